//! Recovery files: unsaved work written every few seconds, offered again after a crash.
//!
//! A recovery file is an ordinary workspace file with one extra top-level key,
//! `recovery`, that says where the work came from and when it was written. One file per
//! open document of a running instance (`recovery-ID.json`, ID a random instance id),
//! so two windows never overwrite each other. The writer keeps `recovery-ID.lock`
//! locked with the system's file lock while it runs; the system releases that lock when
//! the process ends, however it ends, so a recovery whose lock is free belongs to work
//! that was lost, on every platform and in every PID namespace.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{
    Backup, Passphrase, StorageError, load_workspace, parse_workspace_with, workspace_file_bytes,
    write_atomically,
};
use nc_model::Workspace;

const KEY: &str = "recovery";

/// Where the recovered work belongs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecoveryInfo {
    /// The file the work was opened from; None for a new workspace or the example.
    pub original_path: Option<PathBuf>,
    pub saved_at: DateTime<Utc>,
    pub process_id: u32,
    /// The writer's instance id, which names the file; absent in older files, which are
    /// named by `process_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// The original file as the work last read or wrote it, so that a restore notices
    /// changes made to it since (by a sync, another instance) before saving over them.
    /// Missing in older recovery files: then any file there counts as changed.
    #[serde(default)]
    pub disk_stamp: Option<super::DiskStamp>,
}

/// A recovery file found at start, left by an instance that is gone.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovery {
    pub file: PathBuf,
    pub info: RecoveryInfo,
    pub workspace: Workspace,
    /// The passphrase a protected recovery was opened with: the restored work stays
    /// protected with it.
    pub passphrase: Option<Passphrase>,
}

/// `recovery-ID.json`: ID is the instance id, or the process id of older versions.
pub fn recovery_file(folder: &Path, id: &str) -> PathBuf {
    folder.join(format!("recovery-{id}.json"))
}

/// The file the writer keeps locked while it runs.
pub fn alive_file(folder: &Path, id: &str) -> PathBuf {
    folder.join(format!("recovery-{id}.lock"))
}

impl RecoveryInfo {
    fn id(&self) -> String {
        self.instance
            .clone()
            .unwrap_or_else(|| self.process_id.to_string())
    }
}

/// Held by a running writer: the locked `recovery-ID.lock`. Dropping it releases it.
#[derive(Debug)]
pub struct AliveMark {
    _file: std::fs::File,
}

/// Takes the mark for instance `id`; None where the folder cannot hold it.
pub fn mark_alive(folder: &Path, id: &str) -> Option<AliveMark> {
    create_private_folder(folder).ok()?;
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(alive_file(folder, id))
        .ok()?;
    file.try_lock().ok()?;
    Some(AliveMark { _file: file })
}

/// Whether the writer of `info` still runs: its mark is locked; without a mark (older
/// versions, file systems without locks), its process id is asked.
fn writer_is_running(folder: &Path, info: &RecoveryInfo) -> bool {
    match &info.instance {
        Some(instance) => instance_is_running(folder, instance),
        None => process_is_running(info.process_id) && info.process_id != std::process::id(),
    }
}

/// Whether the instance `instance` still holds its mark `recovery-ID.lock`.
fn instance_is_running(folder: &Path, instance: &str) -> bool {
    let Ok(file) = std::fs::OpenOptions::new()
        .write(true)
        .open(alive_file(folder, instance))
    else {
        return false;
    };
    matches!(file.try_lock(), Err(std::fs::TryLockError::WouldBlock))
}

/// Writes the recovery file atomically, so a crash during the write leaves the previous
/// one. The work of a protected workspace is encrypted with its `passphrase`, like the
/// file itself.
pub fn write_recovery(
    folder: &Path,
    workspace: &Workspace,
    info: &RecoveryInfo,
    passphrase: Option<&Passphrase>,
) -> Result<(), StorageError> {
    create_private_folder(folder)?;
    let mut tagged = workspace.clone();
    tagged.unknown_keys.insert(
        KEY.to_owned(),
        serde_json::to_value(info).map_err(StorageError::from)?,
    );
    let bytes = workspace_file_bytes(&tagged, passphrase)?;
    Ok(write_atomically(
        &recovery_file(folder, &info.id()),
        &bytes,
        Backup::Skip,
    )?)
}

/// The recovery folder holds other people's contact data: only its owner may list or
/// enter it (0700), also when an older version made it with the umask's mode.
pub fn create_private_folder(folder: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(folder)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Removes the recovery file of instance `id` and its mark.
pub fn remove_recovery(folder: &Path, id: &str) {
    let _ = std::fs::remove_file(recovery_file(folder, id));
    let _ = std::fs::remove_file(alive_file(folder, id));
}

/// A restored or discarded recovery: its file and its (free) mark go.
pub fn remove_found(recovery: &Recovery) {
    let _ = std::fs::remove_file(&recovery.file);
    if let (Some(folder), Some(instance)) = (recovery.file.parent(), &recovery.info.instance) {
        let _ = std::fs::remove_file(alive_file(folder, instance));
    }
}

/// Recovery files of instances that no longer run, newest first. Unreadable ones are
/// skipped (and left on disk for a person to look at).
pub fn find_recoveries(folder: &Path) -> Vec<Recovery> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<Recovery> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| is_recovery_name(path))
        .filter_map(|file| read_recovery(&file))
        .filter(|recovery| !writer_is_running(folder, &recovery.info))
        .collect();
    found.sort_by_key(|recovery| std::cmp::Reverse(recovery.info.saved_at));
    found
}

fn is_recovery_name(path: &Path) -> bool {
    path.file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| name.starts_with("recovery-") && name.ends_with(".json"))
}

fn read_recovery(file: &Path) -> Option<Recovery> {
    recovery_from(file, load_workspace(file).ok()?)
}

fn recovery_from(file: &Path, mut workspace: Workspace) -> Option<Recovery> {
    let info = workspace.unknown_keys.remove(KEY)?;
    let info: RecoveryInfo = serde_json::from_value(info).ok()?;
    Some(Recovery {
        file: file.to_path_buf(),
        info,
        workspace,
        passphrase: None,
    })
}

/// Recovery files of protected workspaces whose writers are gone: they open only with
/// the workspace's passphrase ([`open_locked_recovery`]).
pub fn find_locked_recoveries(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| is_recovery_name(path))
        .filter(|path| super::file_is_sealed(path))
        .filter(|path| !locked_writer_is_running(folder, path))
        .collect()
}

/// The writer of a protected recovery file, told by the instance id in its name.
fn locked_writer_is_running(folder: &Path, file: &Path) -> bool {
    let id = file
        .file_name()
        .and_then(|name| name.to_str())
        .and_then(|name| name.strip_prefix("recovery-"))
        .and_then(|name| name.strip_suffix(".json"))
        .unwrap_or_default();
    instance_is_running(folder, id)
}

/// A protected recovery file, opened with the workspace's passphrase.
pub fn open_locked_recovery(
    file: &Path,
    passphrase: &Passphrase,
) -> Result<Recovery, StorageError> {
    let bytes = std::fs::read(file)?;
    let workspace = parse_workspace_with(&bytes, Some(passphrase))?;
    let recovery = recovery_from(file, workspace).ok_or(StorageError::MissingFormat)?;
    Ok(Recovery {
        passphrase: Some(passphrase.clone()),
        ..recovery
    })
}

/// Whether a process with this id runs on this machine. Only asked for what older
/// versions left without a lock (a recovery without its mark, a save's temporary file);
/// everything newer asks the lock the system releases when its holder ends.
pub fn process_is_running(process_id: u32) -> bool {
    process_id == std::process::id() || other_process_is_running(process_id)
}

/// Linux: `/proc/PID/stat`.
#[cfg(target_os = "linux")]
fn other_process_is_running(process_id: u32) -> bool {
    let proc_root = Path::new("/proc");
    if proc_root.is_dir() {
        // A process that ended but was not yet reaped (a zombie, state Z) is gone too.
        match std::fs::read_to_string(proc_root.join(process_id.to_string()).join("stat")) {
            Ok(stat) => !is_zombie(&stat),
            Err(_) => false,
        }
    } else {
        // Without /proc we cannot tell; assume it runs, so nothing is taken over by mistake.
        true
    }
}

/// Elsewhere (Windows, macOS, the BSDs) std cannot ask: assume it runs, so nothing of
/// another instance is taken over by mistake; such leftovers stay on disk for a person.
#[cfg(not(target_os = "linux"))]
fn other_process_is_running(_process_id: u32) -> bool {
    true
}

/// `/proc/PID/stat` reads `PID (NAME) STATE …`; the name may hold spaces and brackets.
#[cfg(any(target_os = "linux", test))]
fn is_zombie(stat: &str) -> bool {
    stat.rsplit_once(')')
        .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zombie_counts_as_ended() {
        assert!(is_zombie("4711 (netzwerk-canvas) Z 1 4711"));
        assert!(is_zombie("4711 (a (b) c) Z 1"));
        assert!(!is_zombie("4711 (netzwerk-canvas) S 1 4711"));
        assert!(!is_zombie("4711 (Z) R 1"));
    }

    #[test]
    fn a_recovery_is_offered_once_its_writer_no_longer_holds_its_mark() {
        let folder = tempfile::tempdir().expect("temp dir");
        let mut workspace = Workspace::default();
        workspace.add("Ungespeichert", DateTime::UNIX_EPOCH);
        let info = RecoveryInfo {
            original_path: Some(PathBuf::from("/home/a/netz.json")),
            saved_at: DateTime::UNIX_EPOCH,
            // Our own process id, as a crashed instance in another PID namespace has.
            process_id: std::process::id(),
            instance: Some("abc123".to_owned()),
            disk_stamp: None,
        };
        let mark = mark_alive(folder.path(), "abc123").expect("marked");
        write_recovery(folder.path(), &workspace, &info, None).expect("written");
        assert!(
            find_recoveries(folder.path()).is_empty(),
            "its writer still runs"
        );
        drop(mark);
        let found = find_recoveries(folder.path());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].info, info);
        assert_eq!(found[0].workspace, workspace);
        remove_found(&found[0]);
        assert!(find_recoveries(folder.path()).is_empty());
        assert!(!alive_file(folder.path(), "abc123").exists());
    }

    // Elsewhere a process id is not looked up, and such a file is kept, to be safe.
    #[cfg(target_os = "linux")]
    #[test]
    fn an_older_recovery_named_by_process_id_is_found_when_that_process_is_gone() {
        let folder = tempfile::tempdir().expect("temp dir");
        let info = RecoveryInfo {
            original_path: None,
            saved_at: DateTime::UNIX_EPOCH,
            process_id: 4_000_000,
            instance: None,
            disk_stamp: None,
        };
        write_recovery(folder.path(), &Workspace::default(), &info, None).expect("written");
        assert!(recovery_file(folder.path(), "4000000").exists());
        assert_eq!(find_recoveries(folder.path()).len(), 1);
    }

    #[test]
    fn recoveries_are_offered_newest_first() {
        let folder = tempfile::tempdir().expect("temp dir");
        for (minute, id) in [(5, "a"), (30, "b"), (10, "c")] {
            let info = RecoveryInfo {
                original_path: None,
                saved_at: DateTime::UNIX_EPOCH + chrono::Duration::minutes(minute),
                process_id: 4_000_000,
                instance: Some(id.to_owned()),
                disk_stamp: None,
            };
            write_recovery(folder.path(), &Workspace::default(), &info, None).expect("written");
        }
        let order: Vec<String> = find_recoveries(folder.path())
            .into_iter()
            .filter_map(|recovery| recovery.info.instance)
            .collect();
        assert_eq!(order, ["b", "c", "a"]);
    }
}
