//! Recovery files: unsaved work written every few seconds, offered again after a crash.
//!
//! A recovery file is an ordinary workspace file with one extra top-level key,
//! `recovery`, that says where the work came from and when it was written. One file per
//! running instance (`recovery-PID.json`), so two windows never overwrite each other.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Backup, StorageError, load_workspace, workspace_to_json, write_atomically};
use crate::model::Workspace;

const KEY: &str = "recovery";

/// Where the recovered work belongs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecoveryInfo {
    /// The file the work was opened from; None for a new workspace or the example.
    pub original_path: Option<PathBuf>,
    pub saved_at: DateTime<Utc>,
    pub process_id: u32,
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
}

pub fn recovery_file(folder: &Path, process_id: u32) -> PathBuf {
    folder.join(format!("recovery-{process_id}.json"))
}

/// Writes the recovery file atomically, so a crash during the write leaves the previous one.
pub fn write_recovery(
    folder: &Path,
    workspace: &Workspace,
    info: &RecoveryInfo,
) -> Result<(), StorageError> {
    create_private_folder(folder)?;
    let mut tagged = workspace.clone();
    tagged.unknown_keys.insert(
        KEY.to_owned(),
        serde_json::to_value(info).map_err(StorageError::from)?,
    );
    let bytes = workspace_to_json(&tagged)?;
    Ok(write_atomically(
        &recovery_file(folder, info.process_id),
        &bytes,
        Backup::Skip,
    )?)
}

/// The recovery folder holds other people's contact data: only its owner may list or
/// enter it (0700), also when an older version made it with the umask's mode.
fn create_private_folder(folder: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(folder)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

pub fn remove_recovery(folder: &Path, process_id: u32) {
    let _ = std::fs::remove_file(recovery_file(folder, process_id));
}

/// Recovery files of instances that no longer run, newest first. Unreadable ones are
/// skipped (and left on disk for a person to look at).
pub fn find_recoveries(folder: &Path, is_running: &dyn Fn(u32) -> bool) -> Vec<Recovery> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<Recovery> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| is_recovery_name(path))
        .filter_map(|file| read_recovery(&file))
        .filter(|recovery| !is_running(recovery.info.process_id))
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
    let mut workspace = load_workspace(file).ok()?;
    let info = workspace.unknown_keys.remove(KEY)?;
    let info: RecoveryInfo = serde_json::from_value(info).ok()?;
    Some(Recovery {
        file: file.to_path_buf(),
        info,
        workspace,
    })
}

/// Whether a process with this id runs on this machine (Linux: /proc).
pub fn process_is_running(process_id: u32) -> bool {
    if process_id == std::process::id() {
        return true;
    }
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

/// `/proc/PID/stat` reads `PID (NAME) STATE …`; the name may hold spaces and brackets.
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
    fn a_recovery_file_of_a_gone_process_is_found_with_its_origin() {
        let folder = tempfile::tempdir().expect("temp dir");
        let mut workspace = Workspace::default();
        workspace.add("Ungespeichert", DateTime::UNIX_EPOCH);
        let info = RecoveryInfo {
            original_path: Some(PathBuf::from("/home/a/netz.json")),
            saved_at: DateTime::UNIX_EPOCH,
            process_id: 4_000_000,
            disk_stamp: None,
        };
        write_recovery(folder.path(), &workspace, &info).expect("written");
        let found = find_recoveries(folder.path(), &|_| false);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].info, info);
        assert_eq!(found[0].workspace, workspace);
        assert!(find_recoveries(folder.path(), &|_| true).is_empty());
        remove_recovery(folder.path(), info.process_id);
        assert!(find_recoveries(folder.path(), &|_| false).is_empty());
    }
}
