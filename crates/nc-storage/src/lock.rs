//! Lock files that tell two instances of the app that they opened the same file.
//!
//! `.NAME.json.lock` next to the file names its holder as `user@host` (what the notice
//! shows; nothing more goes into a synced folder) and holds the process id for older
//! versions. Whether the holder still runs is asked of the operating system: the holder
//! keeps the lock file locked (`File::try_lock`) for as long as the document is open,
//! and the system releases that lock when the process ends, however it ends, on every
//! platform and in every PID namespace. Locks do not cross machines through a synced
//! folder, so a lock from another host counts as live until it is older than
//! [`FOREIGN_LOCK_STALE_AFTER`]; its holder renews it every [`RENEW_EVERY`].
//!
//! The lock only warns; it never stops anybody from opening or saving.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// A lock from another machine that has not been renewed for this long is stale.
pub const FOREIGN_LOCK_STALE_AFTER: Duration = Duration::from_secs(12 * 60 * 60);
/// How often a holder renews its lock's time.
pub const RENEW_EVERY: Duration = Duration::from_secs(60 * 60);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockHolder {
    /// `user@host`, as the notice shows it.
    pub name: String,
}

/// The lock this instance holds on one file, released when dropped.
#[derive(Debug)]
pub struct DocumentLock {
    file: File,
    path: PathBuf,
    renewed: SystemTime,
}

pub fn lock_path(path: &Path) -> PathBuf {
    // Next to the real file, also when it was opened through a symbolic link.
    let path = &super::atomic::resolve_link(path);
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(".lock");
    path.with_file_name(name)
}

/// `user@host` of this instance.
pub fn own_name() -> String {
    let user = ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|key| std::env::var(key).ok().filter(|name| !name.is_empty()))
        .unwrap_or_else(|| "?".to_owned());
    let host = gethostname::gethostname().to_string_lossy().into_owned();
    format!("{user}@{host}")
}

fn host_of(name: &str) -> &str {
    name.rsplit_once('@').map_or(name, |(_, host)| host)
}

/// The lock file's holder as written: `PID` then `user@host` (older versions wrote a
/// bare host name).
fn read_holder(file: &mut File) -> Option<LockHolder> {
    let mut text = String::new();
    file.rewind().ok()?;
    file.read_to_string(&mut text).ok()?;
    let mut lines = text.lines().skip(1);
    let name = lines.next()?.trim().to_owned();
    (!name.is_empty()).then_some(LockHolder { name })
}

/// Takes the lock on `path`. Returns the lock (None where the folder allows no lock
/// file) and another live holder, if any, to tell the user about. A lock held by a
/// live instance on this machine is left alone, so that its holder keeps it.
pub fn take(path: &Path) -> (Option<DocumentLock>, Option<LockHolder>) {
    let lock = lock_path(path);
    let Ok(mut file) = hidden_on_windows(&mut OpenOptions::new())
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&lock)
    else {
        return (None, None);
    };
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            let holder = read_holder(&mut file).unwrap_or(LockHolder {
                name: "?".to_owned(),
            });
            return (None, Some(holder));
        }
        // A file system without locks: warn by the lock file's content alone.
        Err(TryLockError::Error(_)) => {}
    }
    let previous = read_holder(&mut file);
    let own = own_name();
    let live_elsewhere =
        previous.filter(|holder| host_of(&holder.name) != host_of(&own) && !is_stale(&file));
    let written = file.set_len(0).and_then(|()| {
        file.rewind()?;
        file.write_all(format!("{}\n{own}\n", std::process::id()).as_bytes())?;
        file.flush()
    });
    if written.is_err() {
        return (None, live_elsewhere);
    }
    let held = DocumentLock {
        file,
        path: lock,
        renewed: SystemTime::now(),
    };
    (Some(held), live_elsewhere)
}

/// Windows shows files whose names begin with a dot; there the lock file is created
/// with the hidden attribute, so that it does not sit beside the user's file in the
/// Explorer. (Only when it is created; a rename would carry the attribute over, which is
/// why the temporary files of a save are not hidden.)
fn hidden_on_windows(options: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(windows)]
    {
        use std::os::windows::fs::OpenOptionsExt;
        /// `FILE_ATTRIBUTE_HIDDEN` of the Win32 API.
        const HIDDEN: u32 = 0x2;
        options.attributes(HIDDEN);
    }
    options
}

fn is_stale(file: &File) -> bool {
    file.metadata()
        .and_then(|metadata| metadata.modified())
        .ok()
        .and_then(|modified| modified.elapsed().ok())
        .is_some_and(|age| age > FOREIGN_LOCK_STALE_AFTER)
}

impl DocumentLock {
    /// Keeps the lock fresh for instances on other machines; cheap to call every frame.
    pub fn renew(&mut self) {
        let due = self
            .renewed
            .elapsed()
            .map_or(true, |age| age >= RENEW_EVERY);
        if due {
            self.renewed = SystemTime::now();
            let _ = self.file.set_modified(self.renewed);
        }
    }
}

impl Drop for DocumentLock {
    /// Removes the lock file if it still names this instance (another machine may have
    /// written its own since), then the system lock goes with the handle.
    fn drop(&mut self) {
        let is_ours = read_holder(&mut self.file).is_some_and(|holder| holder.name == own_name())
            && std::fs::read_to_string(&self.path).is_ok_and(|text| {
                text.lines().next() == Some(std::process::id().to_string().as_str())
            });
        if is_ours {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_is_told_and_leaves_the_first_ones_lock_alone() {
        let folder = tempfile::tempdir().expect("temp dir");
        let file = folder.path().join("netz.json");
        let (first, holder) = take(&file);
        assert!(first.is_some() && holder.is_none());
        let (second, holder) = take(&file);
        assert!(second.is_none(), "the first instance keeps its lock");
        assert_eq!(holder.map(|h| h.name), Some(own_name()));
        drop(second);
        assert!(
            lock_path(&file).exists(),
            "the second instance removed nothing"
        );
        drop(first);
        assert!(!lock_path(&file).exists());
    }

    #[test]
    fn a_lock_whose_holder_ended_is_taken_over_silently() {
        let folder = tempfile::tempdir().expect("temp dir");
        let file = folder.path().join("netz.json");
        // What a crashed instance on this machine leaves: the file, no system lock.
        std::fs::write(lock_path(&file), format!("4000000\n{}\n", own_name())).expect("written");
        let (lock, holder) = take(&file);
        assert!(lock.is_some());
        assert_eq!(holder, None);
    }

    #[test]
    fn a_lock_from_another_machine_warns_until_it_is_old() {
        let folder = tempfile::tempdir().expect("temp dir");
        let file = folder.path().join("netz.json");
        let lock = lock_path(&file);
        std::fs::write(&lock, "77\nanna@buero-pc\n").expect("written");
        let (_, holder) = take(&file);
        assert_eq!(holder.map(|h| h.name), Some("anna@buero-pc".to_owned()));

        std::fs::write(&lock, "77\nanna@buero-pc\n").expect("written");
        let old = SystemTime::now() - FOREIGN_LOCK_STALE_AFTER - Duration::from_secs(60);
        File::options()
            .write(true)
            .open(&lock)
            .and_then(|handle| handle.set_modified(old))
            .expect("aged");
        let (_, holder) = take(&file);
        assert_eq!(holder, None, "not renewed for 12 hours: stale");
    }
}
