//! Installing and uninstalling as an IT department would (`/S`), judged by what lands
//! on the disk and in the registry: the program, the Start-menu entry, the entry in
//! *Apps & Features*, the "Open with" entry — and afterwards, the user's data still there.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::wait::{all, ensure};
use super::wine::{Wine, text};

pub const UNINSTALL_KEY: &str =
    r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Netzwerk-Canvas";
const OPEN_WITH_KEY: &str = r"HKCU\Software\Classes\.json\OpenWithProgids";

/// Builds the test shim for `bcryptprimitives.dll` (bcryptprimitives_shim.c) with mingw.
pub fn build_shim(folder: &Path) -> Result<PathBuf, String> {
    let source =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/wine_scenario/bcryptprimitives_shim.c");
    let dll = folder.join("bcryptprimitives.dll");
    let output = Command::new("x86_64-w64-mingw32-gcc")
        .args(["-shared", "-O2", "-o"])
        .arg(&dll)
        .arg(&source)
        .arg("-ladvapi32")
        .output()
        .map_err(|error| format!("cannot run x86_64-w64-mingw32-gcc: {error}"))?;
    ensure(output.status.success(), || {
        format!("the shim did not compile: {}", text(&output.stderr))
    })?;
    Ok(dll)
}

/// `setup.exe /S`; returns the installation folder (on the Linux side).
pub fn install(wine: &Wine, installer: &Path) -> Result<PathBuf, String> {
    let setup = wine.prefix.join("drive_c/netzwerk-canvas-setup.exe");
    std::fs::copy(installer, &setup).map_err(|error| error.to_string())?;
    let output = wine.run(&wine.windows_path(&setup)?, &["/S"])?;
    wine.wait_idle()?;
    ensure(output.status.success(), || {
        format!("setup.exe /S: {}", output.status)
    })?;
    let folder = wine.profile.join("AppData/Local/Programs/Netzwerk-Canvas");
    let uninstall = wine.registry(UNINSTALL_KEY)?.unwrap_or_default();
    let open_with = wine.registry(OPEN_WITH_KEY)?.unwrap_or_default();
    let version = env!("CARGO_PKG_VERSION");
    all([
        ensure(folder.join("netzwerk-canvas.exe").is_file(), || {
            format!("no netzwerk-canvas.exe in {}", folder.display())
        }),
        ensure(folder.join("uninstall.exe").is_file(), || {
            "no uninstall.exe".to_owned()
        }),
        ensure(start_menu_entry(wine).is_file(), || {
            format!("no Start-menu entry {}", start_menu_entry(wine).display())
        }),
        ensure(
            uninstall.contains("DisplayName") && uninstall.contains(version),
            || format!("Apps & Features entry without name or version {version}: {uninstall}"),
        ),
        ensure(
            uninstall.contains(r#"AppData\Local\Programs\Netzwerk-Canvas\uninstall.exe" /S"#),
            || format!("no quiet uninstall string: {uninstall}"),
        ),
        ensure(open_with.contains("NetzwerkCanvas.Workspace"), || {
            format!("not in the \"Open with\" list of .json: {open_with}")
        }),
        ensure(!folder.join("bcryptprimitives.dll").exists(), || {
            "the test shim was installed".to_owned()
        }),
    ])?;
    // An installation over this one must find the same folder, not a second one.
    let programs = wine.profile.join("AppData/Local/Programs");
    let count = std::fs::read_dir(&programs)
        .map(|entries| entries.count())
        .unwrap_or(0);
    ensure(count == 1, || {
        format!("{count} folders in {}", programs.display())
    })?;
    Ok(folder)
}

fn start_menu_entry(wine: &Wine) -> PathBuf {
    wine.profile
        .join("AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Netzwerk-Canvas.lnk")
}

/// `uninstall.exe /S`: the program and its entries are gone; the user's settings in
/// `%APPDATA%\netzwerk-canvas` and the workspaces stay.
pub fn uninstall(wine: &Wine, installed: &Path, files: &Path) -> Result<(), String> {
    let user_data = wine.profile.join("AppData/Roaming/netzwerk-canvas");
    ensure(user_data.is_dir(), || {
        format!("the app left no data in {} to keep", user_data.display())
    })?;
    let data_before = listing(&user_data);
    let files_before = listing(files);
    let uninstaller = wine.windows_path(&installed.join("uninstall.exe"))?;
    let output = wine.run(&uninstaller, &["/S"])?;
    wine.wait_idle()?;
    ensure(output.status.success(), || {
        format!("uninstall.exe /S: {}", output.status)
    })?;
    all([
        ensure(!installed.exists(), || {
            format!("{} is still there", installed.display())
        }),
        ensure(!start_menu_entry(wine).exists(), || {
            "the Start-menu entry is still there".to_owned()
        }),
        ensure(wine.registry(UNINSTALL_KEY)?.is_none(), || {
            "the Apps & Features entry is still there".to_owned()
        }),
        ensure(
            !wine
                .registry(OPEN_WITH_KEY)?
                .unwrap_or_default()
                .contains("NetzwerkCanvas"),
            || "the \"Open with\" entry is still there".to_owned(),
        ),
        ensure(listing(&user_data) == data_before, || {
            format!("the user's data changed: {:?}", listing(&user_data))
        }),
        ensure(listing(files) == files_before, || {
            format!("the workspaces changed: {:?}", listing(files))
        }),
    ])
}

/// Every file below `folder` with its size, sorted.
fn listing(folder: &Path) -> Vec<(PathBuf, u64)> {
    let mut found = Vec::new();
    let mut stack = vec![folder.to_path_buf()];
    while let Some(current) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&current) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            match entry.metadata() {
                Ok(meta) if meta.is_dir() => stack.push(path),
                Ok(meta) => found.push((path, meta.len())),
                Err(_) => {}
            }
        }
    }
    found.sort();
    found
}
