//! Every user-visible string of the app, in German and English, in one table.
//!
//! The table is a macro so that a message cannot exist in one language only: each
//! entry must name both texts, or the crate does not compile. Placeholders such as
//! `{file}` are filled by [`Msg::fill`].

pub use crate::language::Language;

macro_rules! messages {
    ($($name:ident => $de:literal, $en:literal;)*) => {
        /// A message key; [`Msg::text`] gives its text in a language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($name),* }

        impl Msg {
            pub const ALL: &[Msg] = &[$(Msg::$name),*];

            pub fn text(self, language: Language) -> &'static str {
                match (self, language) {
                    $(
                        (Msg::$name, Language::German) => $de,
                        (Msg::$name, Language::English) => $en,
                    )*
                }
            }
        }
    };
}

messages! {
    AppName => "Netzwerk-Canvas", "Netzwerk-Canvas";
    MenuFile => "Datei", "File";
    MenuEdit => "Bearbeiten", "Edit";
    MenuView => "Ansicht", "View";
    MenuHelp => "Hilfe", "Help";
    OpenExample => "Beispiel öffnen", "Open the example";
    New => "Neu", "New";
    Open => "Öffnen…", "Open…";
    OpenRecent => "Zuletzt geöffnet", "Open recent";
    NoRecentFiles => "Keine zuletzt geöffneten Dateien", "No recently opened files";
    Save => "Speichern", "Save";
    SaveAs => "Speichern unter…", "Save as…";
    Quit => "Beenden", "Quit";
    Find => "Suchen", "Find";
    ZoomIn => "Vergrößern", "Zoom in";
    ZoomOut => "Verkleinern", "Zoom out";
    ZoomReset => "Originalgröße", "Actual size";
    AddCollaboration => "Neue Kooperation", "New collaboration";
    Duplicate => "Duplizieren", "Duplicate";
    Rename => "Umbenennen…", "Rename…";
    Delete => "Löschen…", "Delete…";
    LanguageMenu => "Sprache", "Language";
    ThemeMenu => "Darstellung", "Appearance";
    ThemeLight => "Hell", "Light";
    ThemeDark => "Dunkel", "Dark";
    LanguageGerman => "Deutsch", "Deutsch";
    LanguageEnglish => "English", "English";
    SearchHint => "Suchen… (Strg+F)", "Search… (Ctrl+F)";
    SearchLabel => "Suche", "Search";
    SortLabel => "Sortierung", "Sort by";
    SortFile => "Reihenfolge der Datei", "File order";
    SortTitle => "Titel", "Title";
    SortImportance => "Wichtigkeit", "Importance";
    SortMeetingDate => "Termin", "Meeting date";
    NoMatches => "Keine Treffer für „{query}“.", "No matches for “{query}”.";
    EmptyWorkspace => "Noch keine Kooperationen. Legen Sie mit „Neue Kooperation“ (Strg+Umschalt+N) die erste an.",
        "No collaborations yet. Create the first with “New collaboration” (Ctrl+Shift+N).";
    CollaborationCount => "{count} Kooperationen", "{count} collaborations";
    CollaborationCountOne => "{count} Kooperation", "{count} collaboration";
    Begegnung => "Begegnung", "Encounter";
    Kontakt => "Kontakt", "Contact";
    Kooperation => "Kooperation", "Cooperation";
    Gruppe => "Gruppe", "Group";
    Title => "Titel", "Title";
    Partners => "Partner", "Partners";
    PartnersHint => "Namen, durch Kommas getrennt", "Names, separated by commas";
    RelationshipLabel => "Beziehungsform", "Relationship";
    Importance => "Wichtigkeit", "Importance";
    ImportanceValue => "Wichtigkeit {value} von 5", "Importance {value} of 5";
    MeetingDate => "Termin", "Meeting date";
    DateHint => "TT.MM.JJJJ", "YYYY-MM-DD";
    DateInvalid => "Datum nicht erkannt – bitte als TT.MM.JJJJ eingeben.", "Date not recognised – please enter YYYY-MM-DD.";
    Created => "Angelegt", "Created";
    Modified => "Geändert", "Modified";
    NoSelection => "Wählen Sie links eine Kooperation aus oder legen Sie eine neue an.", "Pick a collaboration on the left, or create a new one.";
    Time => "Zeit", "Time";
    Money => "Geld", "Money";
    Energy => "Energie", "Energy";
    Mine => "Ich", "Me";
    PartnersShare => "Partner", "Partners";
    Note => "Notiz", "Note";
    HoursPerMonth => "Std. pro Monat", "hours per month";
    HoursTotal => "Std. gesamt", "hours in total";
    Euro => "€", "€";
    EnergyScale => "von 5", "of 5";
    Balance => "Geben und Nehmen", "Give and take";
    UnsavedTitle => "Ungespeicherte Änderungen", "Unsaved changes";
    UnsavedBody => "„{name}“ hat ungespeicherte Änderungen. Möchten Sie sie vorher speichern?",
        "“{name}” has unsaved changes. Do you want to save them first?";
    Discard => "Verwerfen", "Discard";
    Cancel => "Abbrechen", "Cancel";
    DeleteTitle => "Kooperation löschen?", "Delete collaboration?";
    DeleteBody => "„{title}“ wird mit allen Feldern aus dem Arbeitsbereich entfernt.",
        "“{title}” and all its fields will be removed from the workspace.";
    DeleteConfirm => "Löschen", "Delete";
    RenameTitle => "Kooperation umbenennen", "Rename collaboration";
    NewTitle => "Neuer Titel", "New title";
    Ok => "OK", "OK";
    ErrorTitle => "Das hat nicht geklappt", "That did not work";
    OpenFailed => "„{file}“ konnte nicht geöffnet werden.", "“{file}” could not be opened.";
    OpenKeptCurrent => "Der bisher geöffnete Arbeitsbereich bleibt offen; die Datei wurde nicht verändert.",
        "The workspace that was open stays open; the file was not changed.";
    SaveFailed => "„{file}“ konnte nicht gespeichert werden.", "“{file}” could not be saved.";
    SaveKeptOld => "Die vorherige Fassung der Datei ist unverändert erhalten.", "The previous version of the file is still intact.";
    PathPromptOpen => "Datei öffnen", "Open file";
    PathPromptSave => "Speichern unter", "Save as";
    PathPromptNoDialog => "Es ist kein Dateidialog verfügbar (kein XDG-Portal und kein zenity gefunden). Geben Sie den Pfad der Datei hier ein:",
        "No file dialog is available (neither an XDG portal nor zenity was found). Type the path of the file here:";
    PathPromptTyped => "Pfad der Datei eingeben:", "Type the path of the file:";
    PathLabel => "Pfad", "Path";
    Saved => "Gespeichert: {file}", "Saved: {file}";
    Opened => "Geöffnet: {file}", "Opened: {file}";
    Untitled => "Unbenannt", "Untitled";
    ExampleName => "Beispiel-Arbeitsbereich", "Example workspace";
    NewCollaborationTitle => "Neue Kooperation", "New collaboration";
    CopyTitle => "{title} (Kopie)", "{title} (copy)";
    ModifiedMark => "Ungespeichert", "Unsaved";
    PdfContinuation => "Fortsetzung: {title} – {field}", "Continued: {title} – {field}";
    CliNoSuchTemplate => "Keine Vorlage mit der Kennung „{id}“. Vorhanden: {known}", "No template with the id “{id}”. Available: {known}";
    PdfLeftover => "Übrige Notizen: {title}", "Other notes: {title}";
    PdfContinuedOnPage => "→ Fortsetzung auf Seite {page}", "→ continued on page {page}";
    PdfFooter => "Netzwerk-Canvas · exportiert am {date}", "Netzwerk-Canvas · exported on {date}";
    PdfPageOf => "Seite {page} von {count}", "Page {page} of {count}";
    PdfAllTitle => "Kooperations- und Netzwerk-Canvas – {name}", "Cooperation and network canvas – {name}";
    PdfTimeUnitMonth => "Zeit in Stunden pro Monat", "Time in hours per month";
    PdfTimeUnitTotal => "Zeit in Stunden gesamt", "Time in hours in total";
    ExportNothing => "Es gibt keine Kooperation zum Exportieren. Für eine leere Vorlage: --blank.",
        "There is no collaboration to export. For an empty template: --blank.";
    ExportFailed => "„{file}“ konnte nicht geschrieben werden.", "“{file}” could not be written.";
    ExportDone => "{file}: {count} Seiten geschrieben.", "{file}: {count} pages written.";
    ExportDoneOne => "{file}: {count} Seite geschrieben.", "{file}: {count} page written.";
    ExportReplaced => "{count} Zeichen fehlen in der Schrift und wurden durch � ersetzt.",
        "{count} characters are missing from the font and were replaced by �.";
    CliNoMatch => "Keine Kooperation heißt „{title}“. Vorhanden: {titles}", "No collaboration is titled “{title}”. Available: {titles}";
    ExportOverWorkspace => "Die PDF-Datei würde die Arbeitsbereich-Datei „{file}“ überschreiben. Bitte wählen Sie einen anderen Namen.",
        "The PDF would overwrite the workspace file “{file}”. Please choose another name.";
    ExportOverBackup => "„{file}“ ist die Sicherungskopie des Arbeitsbereichs und wird nicht durch die PDF-Datei ersetzt. Bitte wählen Sie einen anderen Namen.",
        "“{file}” is the workspace's backup copy and is not replaced by the PDF. Please choose another name.";
    ExportOverNonPdf => "„{file}“ ist keine PDF-Datei und wird nicht überschrieben. Bitte wählen Sie einen anderen Namen.",
        "“{file}” is not a PDF file and is not overwritten. Please choose another name.";
    CliForceHint => "Mit --force wird sie trotzdem überschrieben.", "--force overwrites it anyway.";
    ExportCrashed => "Der Export ist an einem internen Fehler abgebrochen ({detail}); es wurde keine Datei geschrieben. Ihre Arbeit ist unverändert.",
        "The export stopped on an internal error ({detail}); no file was written. Your work is unchanged.";
    ExportNothingWritten => "Es wurde nichts geschrieben.", "Nothing was written.";
    PdfFileAll => "Alle Kooperationen", "All collaborations";
    PdfFileContacts => "Kontakte", "Contacts";
    PdfFileMap => "Netzwerkkarte", "Network map";
    Notice => "Hinweis", "Note";
    RecoverTitle => "Ungesicherte Arbeit gefunden", "Unsaved work found";
    RecoverBody => "Netzwerk-Canvas wurde beendet, bevor diese Änderungen gespeichert waren: „{name}“ mit {count} Kooperationen, zuletzt gesichert am {time}.",
        "Netzwerk-Canvas ended before these changes were saved: “{name}” with {count} collaborations, last backed up on {time}.";
    RecoverBodyOne => "Netzwerk-Canvas wurde beendet, bevor diese Änderungen gespeichert waren: „{name}“ mit {count} Kooperation, zuletzt gesichert am {time}.",
        "Netzwerk-Canvas ended before these changes were saved: “{name}” with {count} collaboration, last backed up on {time}.";
    RecoverHint => "Wiederherstellen öffnet die Arbeit als ungespeicherte Änderungen; speichern Sie sie danach.",
        "Restore opens the work as unsaved changes; save it afterwards.";
    Restore => "Wiederherstellen", "Restore";
    KeepForLater => "Für später behalten", "Keep for later";
    ConflictTitle => "Datei wurde geändert", "File was changed";
    ConflictBody => "„{file}“ wurde seit dem Öffnen außerhalb dieses Fensters geändert (z. B. von einer anderen Instanz oder einem Sync-Ordner wie Nextcloud oder Dropbox). Überschreiben ersetzt diese Änderungen; Neu laden verwirft Ihre.",
        "“{file}” was changed outside this window since it was opened (by another instance, or a sync folder such as Nextcloud or Dropbox). Overwrite replaces those changes; Reload discards yours.";
    Overwrite => "Überschreiben", "Overwrite";
    Reload => "Neu laden", "Reload";
    LockHeld => "„{file}“ ist bereits in einer anderen Netzwerk-Canvas-Instanz geöffnet ({holder}). Wer danach speichert, wird gefragt, bevor etwas überschrieben wird.",
        "“{file}” is already open in another Netzwerk-Canvas instance ({holder}). Whoever saves later is asked before anything is overwritten.";
    AutosaveFailed => "Sicherungskopie fehlgeschlagen: {reason}", "Backup copy failed: {reason}";
    LargeField => "Dieses Feld ist sehr lang ({size} MB) und wird deshalb nur angezeigt, nicht bearbeitet. Der ganze Text bleibt erhalten und wird gespeichert und gedruckt.",
        "This field is very long ({size} MB), so it is shown, not edited. The whole text is kept, saved and printed.";
    Preparation => "Vorbereitung…", "Preparation…";
    PreparationTitle => "Vorbereitung: {title}", "Preparation: {title}";
    PrepQuestion1 => "1. Was ist meine Motivation, und was erwarte ich?", "1. What is my motivation, and what do I expect?";
    PrepQuestion2 => "2. Ist die Zusammenarbeit wertschätzend, und gibt es gemeinsame Ziele?", "2. Is the collaboration appreciative, and are there shared goals?";
    PrepQuestion3 => "3. Worin genau besteht der Mehrwert?", "3. What exactly is the added value?";
    SelfCheck => "Selbstcheck: Prinzipien der Netzwerkarbeit", "Self-check: principles of network work";
    PrincipleVoluntariness => "Freiwilligkeit", "Voluntariness";
    PrincipleSharedInterest => "Gemeinsames Interesse", "Shared interest";
    PrincipleLongTerm => "Langfristige Investition", "Long-term investment";
    PrincipleDynamics => "Dynamik und Offenheit", "Dynamics and openness";
    PrincipleGoalBenefit => "Ziel- und Nutzenorientierung", "Goal and benefit orientation";
    PrincipleCooperation => "Kooperation", "Cooperation";
    PrincipleTrust => "Vertrauen", "Trust";
    PrincipleReliability => "Verlässlichkeit", "Reliability";
    PrincipleNegotiation => "Verhandlung", "Negotiation";
    RatingRed => "Rot", "Red";
    RatingAmber => "Gelb", "Amber";
    RatingGreen => "Grün", "Green";
    RatingOpen => "offen", "open";
    Done => "Fertig", "Done";
    Debrief => "Nachbereitung…", "Debrief…";
    DebriefTitle => "Nachbereitung: {title}", "Debrief: {title}";
    DebriefDate => "Datum des Treffens", "Date of the meeting";
    DebriefOutcome => "Ergebnis", "Outcome";
    DebriefFollowUp => "Nachfassen am", "Follow up on";
    DebriefFollowUpHint => "Vorschlag: drei Tage nach dem Treffen melden.", "Suggestion: get back in touch three days after the meeting.";
    DebriefSave => "Im Verlauf speichern", "Add to history";
    DebriefHistory => "Bisherige Treffen", "Earlier meetings";
    BriefTitle => "Gesprächsvorbereitung", "Meeting brief";
    BriefOpenSteps => "Offene nächste Schritte", "Open next steps";
    MyView => "Meine Sicht", "My view";
    PartnersView => "Sicht der Partner", "Partners' view";
    OneSided => "nur eine Seite ausgefüllt", "only one side filled in";
    TakeSnapshot => "Stand festhalten", "Keep this state";
    SnapshotTaken => "Stand vom {time} festgehalten.", "State of {time} kept.";
    Compare => "Vergleichen…", "Compare…";
    CompareTitle => "Vergleich mit dem Stand vom {time}", "Comparison with the state of {time}";
    CompareWith => "Stand", "State";
    Changed => "geändert", "changed";
    Unchanged => "unverändert", "unchanged";
    Then => "Damals", "Then";
    Now => "Jetzt", "Now";
    NoSnapshots => "Noch kein Stand festgehalten.", "No state kept yet.";
    Presentation => "Präsentation", "Presentation";
    LeavePresentation => "Präsentation beenden (Esc)", "Leave presentation (Esc)";
    NextField => "Nächstes Feld (Bild ↓) ▶", "Next field (Page Down) ▶";
    PreviousField => "◀ Vorheriges Feld (Bild ↑)", "◀ Previous field (Page Up)";
    FieldOf => "Feld {n} von {count}", "Field {n} of {count}";
    TimerStart => "Start", "Start";
    TimerPause => "Pause", "Pause";
    TimerExtend => "+1 Min.", "+1 min";
    TimerReset => "Zurücksetzen", "Reset";
    TimerMinutes => "Min. pro Feld", "Min. per field";
    TimerHint => "Restzeit für dieses Feld", "Time left for this field";
    TimeIsUp => "Die Zeit für dieses Feld ist um.", "Time for this field is up.";
    Undo => "Rückgängig", "Undo";
    Redo => "Wiederholen", "Redo";
    Cut => "Ausschneiden", "Cut";
    Copy => "Kopieren", "Copy";
    Paste => "Einfügen", "Paste";
    SelectAll => "Alles auswählen", "Select all";
    MoveUp => "Nach oben", "Move up";
    MoveDown => "Nach unten", "Move down";
    StepTyping => "Eingabe in „{field}“", "Typing in “{field}”";
    StepAdd => "Neue Kooperation", "New collaboration";
    StepDeleteContact => "Kontakt löschen", "Delete contact";
    StepLogActivity => "Kontakt eintragen", "Log a contact";
    StepCopyTemplate => "Vorlage kopieren", "Copy template";
    StepDeleteTemplate => "Vorlage löschen", "Delete template";
    StepDuplicate => "Duplizieren", "Duplicate";
    StepDelete => "Löschen", "Delete";
    StepRename => "Umbenennen", "Rename";
    StepMove => "Verschieben", "Move";
    ExportPdf => "Als PDF exportieren…", "Export as PDF…";
    // Netzwerkbuch export and CLI
    PdfContactsTitle => "Netzwerkbuch – Kontakte", "Network book – contacts";
    PdfMapTitle => "Netzwerkbuch – Netzwerkkarte", "Network book – network map";
    PdfContactsInfo => "Stand {date} · {count} Kontakte", "As of {date} · {count} contacts";
    PdfColumnName => "Name", "Name";
    PdfColumnCircle => "Kreis", "Circle";
    PdfColumnLastContact => "Letzter Kontakt", "Last contact";
    PdfColumnFollowUp => "Nächstes Nachfassen", "Next follow-up";
    PdfCircleInner => "Innerer Kreis", "Inner circle";
    PdfCircleMiddle => "Mittlerer Kreis", "Middle circle";
    PdfCirclePeriphery => "Peripherie", "Periphery";
    PdfDueOverdue => "überfällig", "overdue";
    PdfDueSoon => "fällig in höchstens 3 Tagen", "due within 3 days";
    PdfDueLater => "später", "later";
    PdfMapLegend => "Legende", "Legend";
    PdfMapLegendSize => "Größe des Punkts = Wichtigkeit", "Size of the dot = importance";
    PdfMapLegendPale => "Blass = lange kein Kontakt", "Pale = no contact for a long time";
    PdfMapNamesOmitted => "Bei {count} Kontakten stehen nur Namen ab Wichtigkeit 4 auf der Karte.",
        "With {count} contacts, only names of importance 4 and up are on the map.";
    ExportContacts => "Kontaktliste (Netzwerkbuch)", "Contact list (network book)";
    ExportMap => "Netzwerkkarte", "Network map";
    ExportNoContacts => "Das Netzwerkbuch enthält keine Kontakte.", "The network book has no contacts.";
    OpenPdf => "PDF öffnen", "Open PDF";
    Close => "Schließen", "Close";
    ExportWhat => "Was soll gedruckt werden?", "What should be printed?";
    ExportCurrent => "Aktuelle Kooperation: {title}", "Current collaboration: {title}";
    ExportAll => "Alle Kooperationen ({count}, in der Reihenfolge der Liste)", "All collaborations ({count}, in list order)";
    ExportBlank => "Leere Vorlage zum Ausfüllen mit Stift", "Blank template to fill in with a pen";
    ExportBrief => "Gesprächsvorbereitung der aktuellen Kooperation (1 Seite A4 hoch)", "Meeting brief of the current collaboration (1 page, A4 portrait)";
    PaperLabel => "Papier", "Paper";
    BriefPageIsFixed => "Die Gesprächsvorbereitung ist immer eine Seite A4 hoch.", "The meeting brief is always one page, A4 portrait.";
    MapPageIsLandscape => "Die Netzwerkkarte wird immer quer gedruckt.", "The network map is always printed landscape.";
    Landscape => "Querformat", "Landscape";
    Portrait => "Hochformat", "Portrait";
    ExportStart => "Exportieren…", "Export…";
    ExportProgressTitle => "PDF wird erstellt", "Creating the PDF";
    ExportProgress => "Kooperation {done} von {total}…", "Canvas {done} of {total}…";
    ExportDoneTitle => "PDF gespeichert", "PDF saved";
    ExportSaved => "„{file}“ wurde mit {count} Seiten gespeichert.", "“{file}” was saved with {count} pages.";
    ExportSavedOne => "„{file}“ wurde mit {count} Seite gespeichert.", "“{file}” was saved with {count} page.";
    ExportOpenHint => "Zum Drucken im PDF-Betrachter öffnen.", "Open it in the PDF viewer to print it.";
    OpenViewerFailed => "Die Datei konnte nicht im Betrachter geöffnet werden: {detail}", "The file could not be opened in a viewer: {detail}";
    NoViewer => "Es ist kein PDF-Betrachter eingerichtet ({opener} fehlt).", "No PDF viewer is set up ({opener} is missing).";
    OpeningTitle => "Wird geöffnet", "Opening";
    Opening => "„{file}“ wird gelesen …", "Reading “{file}” …";
    CopyPath => "Pfad kopieren", "Copy path";
    NoViewerFound => "Es ist kein Programm zum Anzeigen von PDF-Dateien eingerichtet ({detail}).", "No program to show PDF files is set up ({detail}).";
    FileIsAt => "Die Datei liegt hier: {file}", "The file is here: {file}";
    PathPromptExport => "PDF speichern unter", "Save PDF as";
    ErrEmpty => "Die Datei ist leer.", "The file is empty.";
    ErrTooMany => "Die Datei enthält mehr {what} als die {limit}, die Netzwerk-Canvas öffnet; sie wurde nicht geladen.",
        "The file holds more {what} than the {limit} that Netzwerk-Canvas opens; it was not loaded.";
    ErrTooManyValues => "Die Datei besteht aus {count} Einzelwerten, mehr als die {limit}, die Netzwerk-Canvas öffnet; sie wurde nicht geladen.",
        "The file consists of {count} values, more than the {limit} that Netzwerk-Canvas opens; it was not loaded.";
    ErrTooManyObjects => "Die Datei besteht aus {count} Objekten, mehr als die {limit}, die Netzwerk-Canvas öffnet; sie wurde nicht geladen.",
        "The file consists of {count} objects, more than the {limit} that Netzwerk-Canvas opens; it was not loaded.";
    LimitCanvases => "Kooperationen und festgehaltene Stände", "collaborations and kept states";
    LimitContacts => "Kontakte", "contacts";
    LimitLogEntries => "Einträge in Kontaktverläufen und Nachbereitungen", "contact log entries and meeting records";
    LimitTemplates => "Vorlagen", "templates";
    LimitTemplateFields => "Vorlagenfelder", "template fields";
    ErrTooLarge => "Die Datei ist mit {size} MB zu groß; Netzwerk-Canvas öffnet Dateien bis {limit} MB.",
        "The file is too large ({size} MB); Netzwerk-Canvas opens files up to {limit} MB.";
    ErrNotJson => "Die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}).",
        "The file is not valid JSON (line {line}, column {column}).";
    ErrTruncated => "Die Datei endet mitten im Inhalt (Zeile {line}) – sie ist vermutlich abgeschnitten.",
        "The file ends in the middle of its content (line {line}) – it is probably truncated.";
    ErrMissingFormat => "Das ist keine Netzwerk-Canvas-Datei: die Angabe „format“ fehlt.",
        "This is not a Netzwerk-Canvas file: the “format” key is missing.";
    ErrWrongFormat => "Das ist keine Netzwerk-Canvas-Datei (Format „{found}“).",
        "This is not a Netzwerk-Canvas file (format “{found}”).";
    ErrNewerVersion => "Die Datei stammt aus einer neueren Version von Netzwerk-Canvas (Dateiversion {found}, diese App kennt bis {supported}). Bitte aktualisiere die App.",
        "The file comes from a newer version of Netzwerk-Canvas (file version {found}, this app knows up to {supported}). Please update the app.";
    ErrTooDeep => "Die Datei ist zu tief verschachtelt, um eine Netzwerk-Canvas-Datei zu sein.",
        "The file is nested too deeply to be a Netzwerk-Canvas file.";
    ErrInvalidContent => "Unerwarteter Inhalt in Zeile {line}, Spalte {column}: {detail}",
        "Unexpected content at line {line}, column {column}: {detail}";
    ErrNotFound => "Die Datei oder der Ordner existiert nicht.", "The file or folder does not exist.";
    ErrPermission => "Keine Berechtigung (Datei oder Ordner ist schreibgeschützt).", "Permission denied (the file or folder is read-only).";
    ErrDiskFull => "Der Datenträger ist voll.", "The disk is full.";
    ErrIsDirectory => "Das ist ein Ordner, keine Datei.", "That is a folder, not a file.";
    ErrIo => "Ein- oder Ausgabefehler: {detail}", "Input/output error: {detail}";
    // Netzwerkbuch
    ViewCanvases => "Kooperationen", "Collaborations";
    ViewContacts => "Kontakte", "Contacts";
    ViewDue => "Fällig", "Due";
    ViewDueCount => "Fällig ({count})", "Due ({count})";
    ViewMap => "Netzwerkkarte", "Network map";
    AddContact => "Neuer Kontakt", "New contact";
    NewContactName => "Neuer Kontakt", "New contact";
    ContactName => "Name", "Name";
    Organisation => "Organisation", "Organisation";
    Role => "Rolle", "Role";
    Email => "E-Mail", "Email";
    Phone => "Telefon", "Phone";
    Tags => "Schlagwörter", "Tags";
    TagsHint => "durch Komma getrennt", "separated by commas";
    CircleLabel => "Kreis", "Circle";
    CircleInner => "Innerer Kreis", "Inner circle";
    CircleMiddle => "Mittlerer Kreis", "Middle circle";
    CirclePeriphery => "Peripherie", "Periphery";
    CircleAutomatic => "Automatisch: {circle}", "Automatic: {circle}";
    Notes => "Notizen", "Notes";
    NextFollowUp => "Nächster Kontakt", "Next follow-up";
    LastContact => "Letzter Kontakt", "Last contact";
    NeverContacted => "noch keiner", "none yet";
    Cadence => "Rhythmus", "Cadence";
    CadenceDays => "alle {days} Tage", "every {days} days";
    CadenceDefault => "Standard", "Default";
    ActivityLog => "Kontaktverlauf", "Activity log";
    LogActivity => "Eintragen", "Log it";
    ActivityDate => "Datum", "Date";
    ActivityNote => "Notiz", "Note";
    ActivityKindLabel => "Art", "Kind";
    ExchangeLabel => "Geben/Nehmen", "Give/take";
    ExchangeWhat => "Was", "What";
    ActivityEmpty => "Noch nichts eingetragen.", "Nothing logged yet.";
    RemoveActivity => "Eintrag entfernen", "Remove entry";
    KindMeeting => "Treffen", "Meeting";
    KindCall => "Telefonat", "Call";
    KindEmail => "E-Mail", "Email";
    KindMessage => "Nachricht", "Message";
    KindEvent => "Veranstaltung", "Event";
    ExchangeNone => "ohne Geben/Nehmen", "no give or take";
    ExchangeGive => "Ich gab", "I gave";
    ExchangeTake => "Ich erhielt", "I received";
    ExchangeTime => "Zeit", "Time";
    ExchangeMoney => "Geld", "Money";
    ExchangeEnergy => "Energie", "Energy";
    ExchangeFavour => "Gefallen", "Favour";
    ExchangeInformation => "Information", "Information";
    BalanceChart => "Geben und Nehmen (12 Monate)", "Give and take (12 months)";
    BalanceSummary => "gegeben {given} · erhalten {received}", "given {given} · received {received}";
    BalanceOneSided => "Einseitig – Zeit, das auszugleichen?", "One-sided – time to rebalance?";
    LinkedCollaborations => "Kooperationen mit diesem Kontakt", "Collaborations with this contact";
    NoLinkedCollaborations => "Mit keiner Kooperation verknüpft. Verknüpfen Sie ihn im Kopf einer Kooperation.", "Not linked to a collaboration. Link it in a collaboration's header.";
    LinkedContacts => "Kontakte:", "Contacts:";
    LinkContact => "Kontakt verknüpfen…", "Link contact…";
    Unlink => "Verknüpfung lösen", "Unlink";
    OpenContact => "Kontakt öffnen", "Open contact";
    NoContacts => "Noch keine Kontakte. Legen Sie mit „+ Neuer Kontakt“ den ersten an.", "No contacts yet. Add the first with “+ New contact”.";
    NoContactsFound => "Kein Kontakt passt zu „{search}“.", "No contact matches “{search}”.";
    NoContactSelected => "Wählen Sie links einen Kontakt aus oder legen Sie einen neuen an.", "Pick a contact on the left, or add a new one.";
    DueHeading => "Fällige Kontakte am {date}", "Follow-ups due on {date}";
    DueEmpty => "Nichts fällig in den nächsten zwei Wochen.", "Nothing due in the next two weeks.";
    DueOverdue => "überfällig seit {days} Tagen", "overdue by {days} days";
    DueToday => "heute fällig", "due today";
    DueYesterday => "seit gestern überfällig", "overdue since yesterday";
    DueTomorrow => "morgen fällig", "due tomorrow";
    DueInDays => "in {days} Tagen", "in {days} days";
    MonthlyGoal => "Neue relevante Kontakte diesen Monat: {count} von {goal}", "New relevant contacts this month: {count} of {goal}";
    GoalLabel => "Monatsziel", "Monthly goal";
    DeleteContactTitle => "Kontakt löschen?", "Delete contact?";
    DeleteContactBody => "„{title}“ wird mit dem ganzen Kontaktverlauf entfernt; Kooperationen behalten den Namen als Partner.", "“{title}” is removed with its whole activity log; collaborations keep the name as a partner.";
    SortName => "Name", "Name";
    SortNextFollowUp => "Nächster Kontakt", "Next follow-up";
    SortLastContact => "Letzter Kontakt", "Last contact";
    ContactCount => "{count} Kontakte", "{count} contacts";
    MapMe => "Ich", "Me";
    MapLegend => "Ringe: innerer, mittlerer Kreis, Peripherie · Größe: Wichtigkeit · blass: lange kein Kontakt", "Rings: inner, middle circle, periphery · size: importance · pale: long without contact";
    ErrNotATemplate => "Das ist keine Vorlagendatei von Netzwerk-Canvas (Format „{found}“).", "This is not a Netzwerk-Canvas template file (format “{found}”).";
    TemplateLabel => "Vorlage", "Template";
    TemplateSwitchHint => "Text in gleichnamigen Feldern bleibt; anderer Text erscheint unter „Übrige Notizen“.", "Text in fields of the same id stays; other text appears under “Other notes”.";
    LeftoverNotes => "Übrige Notizen", "Other notes";
    LeftoverNotesHint => "Text aus Feldern, die diese Vorlage nicht hat. Nichts geht verloren; mit der früheren Vorlage steht er wieder an seinem Platz.", "Text from fields this template does not have. Nothing is lost; with the former template it is back in place.";
    NewWithTemplate => "Neue Kooperation mit Vorlage", "New collaboration from template";
    ViewTemplates => "Vorlagen", "Templates";
    NewTemplate => "Neue Vorlage", "New template";
    BundledMarker => "mitgeliefert", "bundled";
    EditTemplate => "Vorlage bearbeiten", "Edit template";
    DuplicateTemplate => "Duplizieren", "Duplicate";
    CopySuffix => "Kopie", "copy";
    ImportTemplate => "Vorlage importieren…", "Import template…";
    ExportTemplate => "Vorlage exportieren…", "Export template…";
    DeleteTemplate => "Vorlage löschen…", "Delete template…";
    BundledTemplateHint => "Mitgelieferte Vorlage. „Vorlage bearbeiten“ legt sie in dieser Datei ab; Änderungen gelten dann für alle Kooperationen dieser Datei, die sie verwenden.", "Bundled template. “Edit template” stores it in this file; changes then apply to every collaboration of this file that uses it.";
    TemplateNameDe => "Name (deutsch)", "Name (German)";
    TemplateNameEn => "Name (englisch)", "Name (English)";
    GridColumns => "Spalten", "Columns";
    GridRows => "Zeilen", "Rows";
    CardsPerPage => "Vier Karten pro Seite drucken", "Print four cards per page";
    TemplateFields => "Felder", "Fields";
    AddField => "+ Feld", "+ Field";
    NewFieldLabelDe => "Neues Feld", "Neues Feld";
    NewFieldLabelEn => "New field", "New field";
    MoveFieldUp => "Nach vorn", "Move up";
    MoveFieldDown => "Nach hinten", "Move down";
    RemoveField => "Feld entfernen", "Remove field";
    LabelDe => "Bezeichnung (deutsch)", "Label (German)";
    LabelEn => "Bezeichnung (englisch)", "Label (English)";
    QuestionDe => "Frage (deutsch)", "Question (German)";
    QuestionEn => "Frage (englisch)", "Question (English)";
    FieldColumn => "Spalte", "Column";
    FieldRow => "Zeile", "Row";
    FieldColumnSpan => "Breite (Spalten)", "Width (columns)";
    FieldRowSpan => "Höhe (Zeilen)", "Height (rows)";
    FieldKindLabel => "Art", "Kind";
    FieldKindText => "Text", "Text";
    FieldKindInvestment => "Einsatz (Zeit · Geld · Energie)", "Investment (time · money · energy)";
    DoesNotFit => "Passt dort nicht hin: die Zellen sind belegt oder außerhalb des Rasters.", "Does not fit there: the cells are taken or outside the grid.";
    GridFull => "Das Raster ist voll (höchstens 6 × 6 Zellen).", "The grid is full (at most 6 × 6 cells).";
    PreviewLabel => "Vorschau der gedruckten Seite – Felder ziehen zum Verschieben, die blaue Ecke für die Größe", "Preview of the printed page – drag boxes to move them, the blue corner to resize";
    NoTemplateSelected => "Wählen Sie links eine Vorlage aus.", "Pick a template on the left.";
    RemoveFieldTitle => "Feld entfernen?", "Remove field?";
    RemoveFieldBody => "„{title}“ enthält Text in {count} Kooperationen. Der Text bleibt erhalten und erscheint dort unter „Übrige Notizen“.", "“{title}” holds text in {count} collaborations. The text is kept and appears there under “Other notes”.";
    TemplateInUse => "„{title}“ wird von {count} Kooperationen verwendet und bleibt deshalb erhalten.", "“{title}” is used by {count} collaborations and is therefore kept.";
    RemoveFieldBodyOne => "„{title}“ enthält Text in {count} Kooperation. Der Text bleibt erhalten und erscheint dort unter „Übrige Notizen“.", "“{title}” holds text in {count} collaboration. The text is kept and appears there under “Other notes”.";
    TemplateInUseOne => "„{title}“ wird von {count} Kooperation verwendet und bleibt deshalb erhalten.", "“{title}” is used by {count} collaboration and is therefore kept.";
    DeleteTemplateTitle => "Vorlage löschen?", "Delete template?";
    DeleteTemplateBody => "„{title}“ wird aus dieser Datei entfernt.", "“{title}” is removed from this file.";
    TemplateImported => "Vorlage „{name}“ importiert.", "Template “{name}” imported.";
    TemplateExported => "Vorlage gespeichert: {path}", "Template saved: {path}";
    ImportTemplateFailed => "Die Vorlage konnte nicht importiert werden", "The template could not be imported";
    ExportTemplateFailed => "Die Vorlage konnte nicht gespeichert werden", "The template could not be saved";
    PathPromptImportTemplate => "Vorlage importieren", "Import template";
    PathPromptExportTemplate => "Vorlage exportieren", "Export template";
    MapEmpty => "Die Karte zeigt Ihre Kontakte, sobald Sie welche anlegen.", "The map shows your contacts once you add some.";
}

impl Msg {
    pub fn principle(principle: crate::model::Principle) -> Self {
        use crate::model::Principle;
        match principle {
            Principle::Voluntariness => Self::PrincipleVoluntariness,
            Principle::SharedInterest => Self::PrincipleSharedInterest,
            Principle::LongTermInvestment => Self::PrincipleLongTerm,
            Principle::DynamicsOpenness => Self::PrincipleDynamics,
            Principle::GoalBenefit => Self::PrincipleGoalBenefit,
            Principle::Cooperation => Self::PrincipleCooperation,
            Principle::Trust => Self::PrincipleTrust,
            Principle::Reliability => Self::PrincipleReliability,
            Principle::Negotiation => Self::PrincipleNegotiation,
        }
    }

    pub fn rating(rating: crate::model::Rating) -> Self {
        use crate::model::Rating;
        match rating {
            Rating::Unrated => Self::RatingOpen,
            Rating::Red => Self::RatingRed,
            Rating::Amber => Self::RatingAmber,
            Rating::Green => Self::RatingGreen,
        }
    }

    /// The three preparation questions, in order.
    pub const PREPARATION_QUESTIONS: [Self; 3] = [
        Self::PrepQuestion1,
        Self::PrepQuestion2,
        Self::PrepQuestion3,
    ];

    /// The name of a relationship form.
    pub fn circle(circle: crate::model::Circle) -> Self {
        use crate::model::Circle;
        match circle {
            Circle::Inner => Self::CircleInner,
            Circle::Middle => Self::CircleMiddle,
            Circle::Periphery => Self::CirclePeriphery,
        }
    }

    pub fn activity_kind(kind: crate::model::ActivityKind) -> Self {
        use crate::model::ActivityKind;
        match kind {
            ActivityKind::Meeting => Self::KindMeeting,
            ActivityKind::Call => Self::KindCall,
            ActivityKind::Email => Self::KindEmail,
            ActivityKind::Message => Self::KindMessage,
            ActivityKind::Event => Self::KindEvent,
        }
    }

    pub fn exchange_kind(kind: crate::model::ExchangeKind) -> Self {
        use crate::model::ExchangeKind;
        match kind {
            ExchangeKind::Time => Self::ExchangeTime,
            ExchangeKind::Money => Self::ExchangeMoney,
            ExchangeKind::Energy => Self::ExchangeEnergy,
            ExchangeKind::Favour => Self::ExchangeFavour,
            ExchangeKind::Information => Self::ExchangeInformation,
        }
    }

    pub fn relationship(relationship: crate::model::Relationship) -> Self {
        use crate::model::Relationship;
        match relationship {
            Relationship::Begegnung => Self::Begegnung,
            Relationship::Kontakt => Self::Kontakt,
            Relationship::Kooperation => Self::Kooperation,
            Relationship::Gruppe => Self::Gruppe,
        }
    }

    /// The singular form of a counted message, where it has one.
    fn singular(self) -> Self {
        match self {
            Self::CollaborationCount => Self::CollaborationCountOne,
            Self::RecoverBody => Self::RecoverBodyOne,
            Self::RemoveFieldBody => Self::RemoveFieldBodyOne,
            Self::TemplateInUse => Self::TemplateInUseOne,
            Self::ExportSaved => Self::ExportSavedOne,
            Self::ExportDone => Self::ExportDoneOne,
            other => other,
        }
    }

    /// A counted message: "1 Kooperation", "2 Kooperationen"; `{count}` is filled in.
    pub fn fill_count(self, language: Language, count: usize, values: &[(&str, &str)]) -> String {
        let msg = if count == 1 { self.singular() } else { self };
        let count = count.to_string();
        let mut all = vec![("count", count.as_str())];
        all.extend_from_slice(values);
        msg.fill(language, &all)
    }

    /// The text with each `{name}` placeholder replaced by its value.
    pub fn fill(self, language: Language, values: &[(&str, &str)]) -> String {
        let mut text = self.text(language).to_owned();
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }
}

/// A date as the user's language writes it: 03.12.2026 or 2026-12-03.
pub fn format_date(date: chrono::NaiveDate, language: Language) -> String {
    match language {
        Language::German => date.format("%d.%m.%Y").to_string(),
        Language::English => date.format("%Y-%m-%d").to_string(),
    }
}

/// A moment in local time, date and minutes: "22.11.2026 01:30".
pub fn format_local_time(time: chrono::DateTime<chrono::Utc>, language: Language) -> String {
    let local = time.with_timezone(&chrono::Local);
    format!(
        "{} {}",
        format_date(local.date_naive(), language),
        local.format("%H:%M")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn every_message_has_text_in_both_languages_with_the_same_placeholders() {
        for message in Msg::ALL {
            let german = message.text(Language::German);
            let english = message.text(Language::English);
            assert!(!german.trim().is_empty(), "{message:?} has no German text");
            assert!(
                !english.trim().is_empty(),
                "{message:?} has no English text"
            );
            assert_eq!(placeholders(german), placeholders(english), "{message:?}");
        }
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        let text = Msg::OpenFailed.fill(Language::German, &[("file", "a.json")]);
        assert_eq!(text, "„a.json“ konnte nicht geöffnet werden.");
    }

    /// Issue 15: the German UI addresses the user as "Sie", everywhere.
    #[test]
    fn the_german_table_speaks_sie() {
        const DU_WORDS: [&str; 22] = [
            "du",
            "dich",
            "dir",
            "dein",
            "deine",
            "deinen",
            "deinem",
            "deiner",
            "deines",
            "möchtest",
            "kannst",
            "musst",
            "willst",
            "hast",
            "bist",
            "wähle",
            "lege",
            "gib",
            "speichere",
            "öffne",
            "klicke",
            "prüfe",
        ];
        for msg in Msg::ALL {
            let text = msg.text(Language::German).to_lowercase();
            for word in text.split(|c: char| !c.is_alphabetic()) {
                assert!(!DU_WORDS.contains(&word), "{msg:?} says “{word}”: {text}");
            }
        }
    }

    #[test]
    fn counted_messages_use_the_singular_for_one() {
        let one = Msg::CollaborationCount.fill_count(Language::German, 1, &[]);
        let two = Msg::CollaborationCount.fill_count(Language::German, 2, &[]);
        assert_eq!(
            (one.as_str(), two.as_str()),
            ("1 Kooperation", "2 Kooperationen")
        );
        let one = Msg::TemplateInUse.fill_count(Language::English, 1, &[("title", "T")]);
        assert!(one.contains("used by 1 collaboration and"), "{one}");
    }
}
