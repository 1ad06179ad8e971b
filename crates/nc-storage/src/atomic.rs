//! Writing a file so that a crash, a full disk or a read-only folder never leaves a
//! half-written document behind.
//!
//! The bytes go to a temporary file in the target's folder, are flushed to disk, and
//! only then renamed over the target; the previous version is kept as `NAME.bak`.
//!
//! Files hold personal data of third parties: a new file is readable by its owner only
//! (0600) from its first byte; a file that is replaced keeps its mode. A symbolic link
//! is written through (the real file is replaced and the link stays a link), and a file
//! with several hard links is rewritten in place, so that every name sees the new text.
//! On Windows, a file another program holds open is waited for briefly (`in_use`).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::in_use::retry_while_in_use;

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// `NAME.json` → `NAME.json.bak`, next to it.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Whether the version being replaced is kept as `NAME.bak`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backup {
    /// For documents: the previous version stays next to the new one.
    Keep,
    /// For generated files such as PDFs, which can be made again.
    Skip,
}

pub fn write_atomically(path: &Path, bytes: &[u8], backup: Backup) -> io::Result<()> {
    let path = &resolve_link(path);
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temp_name = std::ffi::OsString::from(".");
    temp_name.push(file_name);
    temp_name.push(format!(
        ".{}-{}.tmp",
        std::process::id(),
        TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let temp_path = folder.join(temp_name);

    let result = write_then_replace(path, &temp_path, bytes, backup);
    if result.is_err() {
        // The target is untouched; only our own temporary file may be left over.
        let _ = fs::remove_file(&temp_path);
    }
    result.map(|()| {
        sync_folder(folder);
        remove_stale_temp_files(folder, file_name);
    })
}

/// The file a symbolic link points to (through every link in the chain), so that the
/// link stays a link; other paths as they are.
pub fn resolve_link(path: &Path) -> PathBuf {
    let is_link = fs::symlink_metadata(path).is_ok_and(|meta| meta.file_type().is_symlink());
    if !is_link {
        return path.to_path_buf();
    }
    // A dangling link: write where it points, creating the file there.
    fs::canonicalize(path).unwrap_or_else(|_| match fs::read_link(path) {
        Ok(target) if target.is_absolute() => target,
        Ok(target) => path.parent().unwrap_or(Path::new(".")).join(target),
        Err(_) => path.to_path_buf(),
    })
}

/// Creates `path` for writing, readable and writable by its owner only.
pub fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(|error| match path.parent() {
        // Windows says "path not found" below a file, where Linux says "not a directory".
        Some(folder) if error.kind() == io::ErrorKind::NotFound && folder.is_file() => {
            io::Error::new(io::ErrorKind::NotADirectory, error.to_string())
        }
        _ => error,
    })
}

/// Whether other names (hard links) share this file; a rename would split them.
fn has_other_names(metadata: &fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        std::os::unix::fs::MetadataExt::nlink(metadata) > 1
    }
    #[cfg(not(unix))]
    {
        let _ = metadata;
        false
    }
}

/// Temporary files of saves that were killed midway (`.NAME.PID-N.tmp` of processes that
/// are gone) are clutter, never data: the target was not touched by them.
fn remove_stale_temp_files(folder: &Path, file_name: &std::ffi::OsStr) {
    let prefix = format!(".{}.", file_name.to_string_lossy());
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix(&prefix) else {
            continue;
        };
        let process_id = rest
            .split('-')
            .next()
            .and_then(|pid| pid.parse::<u32>().ok());
        let is_temp = rest.ends_with(".tmp") || rest.ends_with(".tmp.bak");
        if is_temp && process_id.is_some_and(|pid| !super::recovery::process_is_running(pid)) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn write_then_replace(
    path: &Path,
    temp_path: &Path,
    bytes: &[u8],
    backup: Backup,
) -> io::Result<()> {
    let mut file = create_private(temp_path)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    if let Ok(metadata) = fs::metadata(path) {
        check_replaceable(path, temp_path)?;
        if backup == Backup::Keep {
            keep_backup(path, temp_path)?;
        }
        if has_other_names(&metadata) {
            // The complete text is on disk (the temporary file) and the old one in
            // the `.bak`; now the shared file itself is rewritten.
            return rewrite_in_place(path, bytes).and_then(|()| fs::remove_file(temp_path));
        }
    }
    retry_while_in_use(|| fs::rename(temp_path, path))
}

fn rewrite_in_place(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).truncate(true).open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Refuses to replace a folder or a file marked read-only (rename would do both); the
/// new file gets the old one's permissions.
fn check_replaceable(path: &Path, temp_path: &Path) -> io::Result<()> {
    let metadata = fs::metadata(path)?;
    if metadata.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "the target is a folder",
        ));
    }
    if metadata.permissions().readonly() {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            "the file is marked read-only",
        ));
    }
    let _ = fs::set_permissions(temp_path, metadata.permissions());
    Ok(())
}

/// Copies the current version to `NAME.bak` – through a temporary copy, so that an old
/// read-only backup cannot block the save.
fn keep_backup(path: &Path, temp_path: &Path) -> io::Result<()> {
    let mut backup_temp = temp_path.as_os_str().to_owned();
    backup_temp.push(".bak");
    let backup_temp = PathBuf::from(backup_temp);
    let copied = retry_while_in_use(|| fs::copy(path, &backup_temp))
        .and_then(|_| retry_while_in_use(|| fs::rename(&backup_temp, backup_path(path))));
    if copied.is_err() {
        let _ = fs::remove_file(&backup_temp);
    }
    copied
}

/// Makes the rename itself durable; best effort, since not every file system allows it.
fn sync_folder(folder: &Path) {
    if let Ok(handle) = File::open(folder) {
        let _ = handle.sync_all();
    }
}
