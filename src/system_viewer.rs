//! Opens a file in the desktop's default program (the exported PDF, to print it), on a
//! worker thread that waits for the opener, so that no finished child is left behind as
//! a zombie and a missing viewer is reported instead of doing nothing.
//!
//! On Linux and the BSDs this is `xdg-open`, whose exit status says whether a program
//! was found (the `opener` crate starts it detached and cannot tell). On Windows and
//! macOS the `opener` crate asks the system, which answers at once.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

/// Why the file could not be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ViewerError {
    /// The program that finds the viewer (`xdg-open`) is not installed.
    NoOpener(String),
    /// It ran, but found no program for the file (or that program failed).
    NoViewer(String),
}

/// Starts showing `path`; the receiver gets an answer when the opener has finished, or
/// none while a viewer that the opener waits for is still open.
pub fn open_in_viewer(
    path: &Path,
    wake: impl Fn() + Send + 'static,
) -> Receiver<Result<(), ViewerError>> {
    let (sender, receiver) = channel();
    let path = path.to_path_buf();
    std::thread::spawn(move || {
        let _ = sender.send(open_and_wait(&path));
        wake();
    });
    receiver
}

#[cfg(all(unix, not(target_os = "macos")))]
fn open_and_wait(path: &PathBuf) -> Result<(), ViewerError> {
    use std::process::{Command, Stdio};
    const OPENER: &str = "xdg-open";
    let child = Command::new(OPENER)
        .arg(path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Err(ViewerError::NoOpener(OPENER.to_owned()));
        }
        Err(error) => return Err(ViewerError::NoViewer(error.to_string())),
    };
    // Waiting reaps the child, however long a viewer it waits for stays open.
    match child.wait() {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(ViewerError::NoViewer(format!("{OPENER}: {status}"))),
        Err(error) => Err(ViewerError::NoViewer(error.to_string())),
    }
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn open_and_wait(path: &PathBuf) -> Result<(), ViewerError> {
    opener::open(path).map_err(|error| ViewerError::NoViewer(error.to_string()))
}
