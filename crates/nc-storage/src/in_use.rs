//! Windows: a file that another program holds open (Explorer's preview, OneDrive, a
//! virus scanner) cannot be replaced or read for a moment; Linux never refuses. Such a
//! step is tried again for about two seconds, as those programs let go quickly; then
//! the error says that the file is in use ([`io::ErrorKind::ResourceBusy`]), and the
//! file on disk is still the old one.

use std::io;
use std::thread::sleep;
use std::time::Duration;

/// The waits between the tries: about 2 s in all.
const WAITS_MS: [u64; 8] = [20, 50, 100, 150, 250, 350, 500, 600];

/// Runs `step`, and again while it fails because the file is in use.
pub fn retry_while_in_use<T>(mut step: impl FnMut() -> io::Result<T>) -> io::Result<T> {
    for wait in WAITS_MS {
        match step() {
            Err(error) if is_in_use(&error) => sleep(Duration::from_millis(wait)),
            done => return done,
        }
    }
    step().map_err(|error| {
        if is_in_use(&error) {
            io::Error::new(io::ErrorKind::ResourceBusy, error.to_string())
        } else {
            error
        }
    })
}

/// ERROR_SHARING_VIOLATION (32) and ERROR_LOCK_VIOLATION (33); ERROR_ACCESS_DENIED (5)
/// too, which a rename over a file gives while another program has it open without
/// sharing its deletion. The steps retried here come after the temporary file was
/// written in the same folder and a read-only target was refused
/// (`atomic::check_replaceable`), so a lack of rights is not what 5 means there. Only on
/// Windows: the same numbers mean other things elsewhere.
pub fn is_in_use(error: &io::Error) -> bool {
    cfg!(windows) && matches!(error.raw_os_error(), Some(5 | 32 | 33))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_errors_are_not_tried_again() {
        let mut tries = 0;
        let result: io::Result<()> = retry_while_in_use(|| {
            tries += 1;
            Err(io::Error::from(io::ErrorKind::StorageFull))
        });
        assert_eq!(
            result.map_err(|e| e.kind()),
            Err(io::ErrorKind::StorageFull)
        );
        assert_eq!(tries, 1);
    }

    #[test]
    fn a_sharing_violation_is_tried_again_only_on_windows() {
        let mut tries = 0;
        let result = retry_while_in_use(|| {
            tries += 1;
            if tries < 3 {
                Err(io::Error::from_raw_os_error(32))
            } else {
                Ok(tries)
            }
        });
        if cfg!(windows) {
            assert_eq!(result.ok(), Some(3));
        } else {
            assert_eq!(result.ok(), None);
            assert_eq!(tries, 1);
        }
    }

    #[cfg(windows)]
    #[test]
    fn a_file_in_use_for_good_is_reported_as_busy() {
        let mut tries = 0;
        let result: io::Result<()> = retry_while_in_use(|| {
            tries += 1;
            Err(io::Error::from_raw_os_error(32))
        });
        assert_eq!(
            result.map_err(|e| e.kind()),
            Err(io::ErrorKind::ResourceBusy)
        );
        assert_eq!(tries, WAITS_MS.len() + 1);
    }

    /// Under Wine in CI (tests/wine_scenario/wine-runner.sh), which keeps share modes as
    /// Windows does: a file opened without sharing, as Explorer's preview or a virus
    /// scanner may hold it.
    #[cfg(windows)]
    #[test]
    fn a_save_waits_for_a_file_let_go_and_reports_one_held_for_good() -> io::Result<()> {
        use std::os::windows::fs::OpenOptionsExt;

        use crate::{Backup, backup_path, write_atomically};

        let hold = |path: &std::path::Path| {
            std::fs::OpenOptions::new()
                .read(true)
                .share_mode(0)
                .open(path)
        };
        let folder = tempfile::tempdir()?;
        let path = folder.path().join("Netzwerk 2026.json");
        std::fs::write(&path, b"alt")?;

        let held = hold(&path)?;
        let error = write_atomically(&path, b"neu", Backup::Keep).err();
        assert_eq!(error.map(|e| e.kind()), Some(io::ErrorKind::ResourceBusy));
        drop(held);
        assert_eq!(std::fs::read(&path)?, b"alt");

        let held = hold(&path)?;
        let release = std::thread::spawn(move || {
            sleep(Duration::from_millis(300));
            drop(held);
        });
        write_atomically(&path, b"neu", Backup::Keep)?;
        let _ = release.join();
        assert_eq!(std::fs::read(&path)?, b"neu");
        assert_eq!(std::fs::read(backup_path(&path))?, b"alt");
        let names: Vec<_> = std::fs::read_dir(folder.path())?
            .filter_map(Result::ok)
            .map(|entry| entry.file_name())
            .collect();
        assert_eq!(names.len(), 2, "temporary files left: {names:?}");
        Ok(())
    }
}
