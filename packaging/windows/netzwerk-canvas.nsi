; The Windows installer of Netzwerk-Canvas (issue 30), built by packaging/build-windows.sh
; with Debian's makensis:
;   makensis -DVERSION=0.1.0 -DEXE=path/to/netzwerk-canvas.exe -DOUTFILE=setup.exe netzwerk-canvas.nsi
;
; - per user, without administrator rights: %LOCALAPPDATA%\Programs\Netzwerk-Canvas, the
;   Start-menu entry and the registry keys under HKEY_CURRENT_USER only;
; - registered in "Apps & Features" (HKCU\...\Uninstall\Netzwerk-Canvas) with its icon,
;   version and size, and a quiet uninstall string for IT departments;
; - optional (on by default): Netzwerk-Canvas in the "Open with" list of .json files. It
;   does not make itself the default program for JSON: workspaces are JSON files, and
;   most JSON files are not workspaces;
; - an installation over an older one replaces the program in the same folder (the folder
;   is remembered under HKCU\Software\Netzwerk-Canvas);
; - /S installs silently with the defaults, /D=FOLDER (last, unquoted) chooses the folder;
; - the uninstaller removes the program, its entries and keys, and leaves the user's
;   workspaces, settings and recovery files (%APPDATA%\netzwerk-canvas\) alone.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true
ManifestSupportedOS all

!ifndef VERSION
  !error "makensis -DVERSION=X.Y.Z is required"
!endif
!ifndef EXE
  !error "makensis -DEXE=path/to/netzwerk-canvas.exe is required"
!endif
!ifndef OUTFILE
  !define OUTFILE "netzwerk-canvas-${VERSION}-setup.exe"
!endif

!define APP "Netzwerk-Canvas"
!define APP_EXE "netzwerk-canvas.exe"
!define PUBLISHER "The Netzwerk-Canvas maintainers"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define SETTINGS_KEY "Software\${APP}"
!define PROGID "NetzwerkCanvas.Workspace"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER} (MIT OR Apache-2.0)"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "netzwerk-canvas.ico"
!define MUI_UNICON "netzwerk-canvas.ico"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default; otherwise Windows' display language chooses.
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"

LangString SectionApp ${LANG_GERMAN} "Netzwerk-Canvas (Programm und Startmenü)"
LangString SectionApp ${LANG_ENGLISH} "Netzwerk-Canvas (program and Start menu)"
LangString SectionOpenWith ${LANG_GERMAN} "Im Menü „Öffnen mit“ von JSON-Dateien anbieten"
LangString SectionOpenWith ${LANG_ENGLISH} "Offer it in the “Open with” menu of JSON files"
LangString WorkspaceType ${LANG_GERMAN} "Netzwerk-Canvas-Arbeitsbereich"
LangString WorkspaceType ${LANG_ENGLISH} "Netzwerk-Canvas workspace"
LangString AppComment ${LANG_GERMAN} "Kooperations- und Netzwerk-Canvas ausfüllen und drucken"
LangString AppComment ${LANG_ENGLISH} "Fill in and print cooperation and network canvases"

Section "!$(SectionApp)" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "/oname=${APP_EXE}" "${EXE}"
  File "/oname=README.md" "../../README.md"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "$(AppComment)"

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${SETTINGS_KEY}" "Version" "${VERSION}"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SectionOpenWith)" SecOpenWith
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(WorkspaceType)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\.json\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\SupportedTypes" ".json" ""
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}" "FriendlyAppName" "${APP}"
  WriteRegDWORD HKCU "${SETTINGS_KEY}" "OpenWith" 1
  ; SHCNE_ASSOCCHANGED: Explorer rereads the associations.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Function .onInit
  ; An upgrade keeps the earlier choice about "Open with".
  ReadRegDWORD $0 HKCU "${SETTINGS_KEY}" "OpenWith"
  ReadRegStr $1 HKCU "${SETTINGS_KEY}" "Version"
  ${If} $1 != ""
  ${AndIf} $0 != 1
    SectionSetFlags ${SecOpenWith} 0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\README.md"
  Delete "$INSTDIR\uninstall.exe"
  ; Only when empty: whatever the user put there stays.
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}.lnk"

  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegValue HKCU "Software\Classes\.json\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\.json\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\.json"
  DeleteRegKey HKCU "Software\Classes\Applications\${APP_EXE}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  ; The workspaces, settings and recovery files in %APPDATA%\netzwerk-canvas\ stay: they
  ; are the user's, and a later installation finds them again.
SectionEnd
