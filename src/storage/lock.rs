//! Lock files that tell two instances of the app that they opened the same file.
//!
//! `.NAME.json.lock` next to the file holds the holder's process id and host name. A lock
//! whose process is gone is stale and taken over. The lock only warns; it never stops
//! anybody from opening or saving.

use std::path::{Path, PathBuf};

use super::recovery::process_is_running;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockHolder {
    pub process_id: u32,
    pub host: String,
}

pub fn lock_path(path: &Path) -> PathBuf {
    // Next to the real file, also when it was opened through a symbolic link.
    let path = &super::atomic::resolve_link(path);
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(".lock");
    path.with_file_name(name)
}

fn host_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|name| name.trim().to_owned())
        .unwrap_or_default()
}

/// Another live instance that holds the lock, if any.
pub fn current_holder(path: &Path) -> Option<LockHolder> {
    let text = std::fs::read_to_string(lock_path(path)).ok()?;
    let mut lines = text.lines();
    let process_id: u32 = lines.next()?.trim().parse().ok()?;
    let host = lines.next().unwrap_or_default().trim().to_owned();
    let holder = LockHolder { process_id, host };
    let is_ours = holder.process_id == std::process::id() && holder.host == host_name();
    let is_live_elsewhere = holder.host != host_name() || process_is_running(holder.process_id);
    (!is_ours && is_live_elsewhere).then_some(holder)
}

/// Takes the lock for this process (best effort: a read-only folder just means no lock).
pub fn acquire(path: &Path) {
    let _ = std::fs::write(
        lock_path(path),
        format!("{}\n{}\n", std::process::id(), host_name()),
    );
}

/// Releases the lock if this process holds it.
pub fn release(path: &Path) {
    let lock = lock_path(path);
    let Ok(text) = std::fs::read_to_string(&lock) else {
        return;
    };
    if text
        .lines()
        .next()
        .and_then(|line| line.trim().parse::<u32>().ok())
        == Some(std::process::id())
    {
        let _ = std::fs::remove_file(lock);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_own_lock_is_no_conflict_and_a_live_other_process_is() {
        let folder = tempfile::tempdir().expect("temp dir");
        let file = folder.path().join("netz.json");
        acquire(&file);
        assert_eq!(current_holder(&file), None);
        // Process 1 (init) always runs.
        std::fs::write(lock_path(&file), format!("1\n{}\n", host_name())).expect("written");
        assert_eq!(current_holder(&file).map(|h| h.process_id), Some(1));
        release(&file);
        assert!(lock_path(&file).exists(), "another process's lock stays");
    }

    #[test]
    fn a_lock_of_a_gone_process_is_stale() {
        let folder = tempfile::tempdir().expect("temp dir");
        let file = folder.path().join("netz.json");
        std::fs::write(lock_path(&file), format!("4000000\n{}\n", host_name())).expect("written");
        assert_eq!(current_holder(&file), None);
    }
}
