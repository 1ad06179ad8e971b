//! What the app finds on its search path: the test's own (with zenity), or a folder
//! with only `sh` (no file dialog, no viewer), or one with an `xdg-open` that finds no
//! viewer. The app's behaviour without these programs is part of what is tested.

use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};

/// What the app finds on its `PATH`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SearchPath {
    /// The test's own `PATH`, with zenity when it is installed: native dialogs.
    System,
    /// Only `sh`: no zenity (so no file dialog at all, as no portal is reachable either),
    /// no `xdg-open`, no PDF viewer.
    Bare,
    /// `sh` and an `xdg-open` that fails the way xdg-utils does on a desktop without a
    /// PDF viewer (exit code 3).
    FailingXdgOpen,
}

/// xdg-utils' message and exit code when nothing can open the file.
const FAILING_XDG_OPEN: &str = "#!/bin/sh\n\
    echo \"xdg-open: no method available for opening '$1'\" >&2\n\
    exit 3\n";

/// A `bin` folder with only what `mode` allows.
pub fn make_bin(bin: &Path, mode: SearchPath) -> Result<(), String> {
    fs::create_dir_all(bin).map_err(|error| error.to_string())?;
    let sh = which("sh").ok_or("no sh on PATH")?;
    symlink(sh, bin.join("sh")).map_err(|error| error.to_string())?;
    if mode == SearchPath::FailingXdgOpen {
        let script = bin.join("xdg-open");
        fs::write(&script, FAILING_XDG_OPEN).map_err(|error| error.to_string())?;
        fs::set_permissions(&script, fs::Permissions::from_mode(0o755))
            .map_err(|error| error.to_string())?;
    }
    Ok(())
}

/// The program's path on the test's own `PATH`.
pub fn which(program: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(program))
        .find(|candidate| {
            candidate
                .metadata()
                .is_ok_and(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
        })
}
