//! Saving on disks that refuse (a full file system, a folder that not even root may
//! write to), and the order of the system calls that makes a save survive a power cut.
//! They need root (to mount a small tmpfs, to set the immutable attribute) and strace;
//! without them the tests say so loudly, and under `CI=true` that is a failure.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use std::path::Path;
use std::process::Command;

use netzwerk_canvas::model::Workspace;
use netzwerk_canvas::storage::{self, StorageError};

fn succeeded(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .status()
        .is_ok_and(|status| status.success())
}

/// Says why a test cannot run here; fails under CI, where it must.
fn cannot_run(test: &str, why: &str) {
    eprintln!("\n*** SKIPPED {test}: {why}. Run `cargo test` as root to include it. ***\n");
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "{test} must run in CI: {why}"
    );
}

fn big_workspace() -> Workspace {
    let mut workspace = storage::example_workspace().unwrap();
    workspace.collaborations[0]
        .fields
        .insert("motivation".into(), "Viel Text. ".repeat(20_000));
    workspace
}

fn temp_files_in(folder: &Path) -> Vec<String> {
    std::fs::read_dir(folder)
        .unwrap()
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp") || name.contains(".tmp."))
        .collect()
}

/// Unmounts on drop, whatever the test did.
struct Mounted<'a>(&'a Path);

impl Drop for Mounted<'_> {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.0).status();
    }
}

fn a_save_on_a_full_disk_fails_clearly_and_keeps_the_old_file() {
    let folder = tempfile::tempdir().unwrap();
    let mount_point = folder.path().join("klein");
    std::fs::create_dir(&mount_point).unwrap();
    let point = mount_point.to_str().unwrap();
    if !succeeded("mount", &["-t", "tmpfs", "-o", "size=96k", "tmpfs", point]) {
        return cannot_run(
            "a_save_on_a_full_disk…",
            "mounting a 96 kB tmpfs was refused",
        );
    }
    let _mounted = Mounted(&mount_point);
    let path = mount_point.join("netz.json");
    storage::save_workspace(&path, &storage::example_workspace().unwrap()).unwrap();
    let before = std::fs::read(&path).unwrap();

    let error = storage::save_workspace(&path, &big_workspace()).expect_err("the disk is full");
    assert!(
        matches!(
            error,
            StorageError::Io {
                kind: std::io::ErrorKind::StorageFull,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(
        error.message(netzwerk_canvas::i18n::Language::German),
        "Der Datenträger ist voll."
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the old file is intact"
    );
    assert!(
        temp_files_in(&mount_point).is_empty(),
        "no temporary file is left"
    );
}

fn a_save_into_a_folder_even_root_may_not_write_fails_and_keeps_the_old_file() {
    let folder = tempfile::tempdir().unwrap();
    let locked = folder.path().join("gesperrt");
    std::fs::create_dir(&locked).unwrap();
    let path = locked.join("netz.json");
    storage::save_workspace(&path, &storage::example_workspace().unwrap()).unwrap();
    let before = std::fs::read(&path).unwrap();
    let locked_text = locked.to_str().unwrap();
    if !succeeded("chattr", &["+i", locked_text]) {
        return cannot_run(
            "a_save_into_a_folder…",
            "setting the immutable attribute was refused",
        );
    }
    let result = storage::save_workspace(&path, &Workspace::default());
    let _ = succeeded("chattr", &["-i", locked_text]);
    let error = result.expect_err("the folder is immutable");
    assert!(
        matches!(
            error,
            StorageError::Io {
                kind: std::io::ErrorKind::PermissionDenied,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(temp_files_in(&locked).is_empty());
}

/// The file descriptor an `openat` in strace's log returned. When another thread made a
/// call meanwhile, strace splits the line ("<unfinished ...>") and gives the result on a
/// "<... openat resumed>" line of the same thread.
fn opened_fd(calls: &[&str], index: usize) -> String {
    let line = calls[index];
    let thread = line.split_whitespace().next().unwrap_or_default();
    let result = if line.contains("<unfinished ...>") {
        calls[index..]
            .iter()
            .find(|l| l.starts_with(thread) && l.contains("<... openat resumed>"))
            .expect("the split openat is resumed")
    } else {
        line
    };
    result
        .rsplit("= ")
        .next()
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

/// A save flushes the new file to disk before it replaces the old one, and flushes the
/// folder after the rename (checked on the system calls of a real export).
fn a_save_is_flushed_before_and_after_the_rename() {
    let folder = tempfile::tempdir().unwrap();
    let input = folder.path().join("netz.json");
    storage::save_workspace(&input, &storage::example_workspace().unwrap()).unwrap();
    let output = folder.path().join("netz.pdf");
    let log = folder.path().join("strace.log");
    let traced = Command::new("strace")
        .args([
            "-f",
            "-e",
            "trace=openat,fsync,fdatasync,rename,renameat,renameat2",
            "-o",
        ])
        .arg(&log)
        .arg(env!("CARGO_BIN_EXE_netzwerk-canvas"))
        .args([
            "export".as_ref(),
            input.as_os_str(),
            "-o".as_ref(),
            output.as_os_str(),
        ])
        .output();
    if !traced.as_ref().is_ok_and(|out| out.status.success()) {
        return cannot_run(
            "a_save_is_flushed…",
            "strace is missing or may not trace here",
        );
    }
    let log = std::fs::read_to_string(&log).unwrap();
    let calls: Vec<&str> = log.lines().collect();
    let temp_open = calls
        .iter()
        .position(|line| {
            line.contains("openat(") && line.contains(".netz.pdf.") && line.contains("O_CREAT")
        })
        .expect("the temporary file is created");
    let temp_fd = opened_fd(&calls, temp_open);
    let rename = calls
        .iter()
        .position(|line| line.contains("rename") && line.contains("netz.pdf\""))
        .expect("the temporary file is renamed over the PDF");
    let flushed_before = calls[temp_open..rename].iter().any(|line| {
        line.contains(&format!("fsync({temp_fd}")) || line.contains(&format!("fdatasync({temp_fd}"))
    });
    assert!(
        flushed_before,
        "no fsync of the new file before the rename:\n{log}"
    );
    let folder_name = folder.path().to_str().unwrap();
    let folder_open = calls[rename..]
        .iter()
        .position(|line| line.contains("openat(") && line.contains(&format!("\"{folder_name}\"")))
        .map(|offset| rename + offset)
        .expect("the folder is opened after the rename");
    let folder_fd = opened_fd(&calls, folder_open);
    assert!(
        calls[folder_open..]
            .iter()
            .any(|line| line.contains(&format!("fsync({folder_fd}"))),
        "no fsync of the folder after the rename:\n{log}"
    );
}

/// Its own `main`, so that a skip message reaches the terminal instead of the harness's
/// captured output.
fn main() {
    if !cfg!(target_os = "linux") {
        eprintln!("hostile_disks: Linux only (tmpfs, chattr); nothing to run here");
        return;
    }
    let tests: [(&str, fn()); 3] = [
        (
            "a_save_is_flushed_before_and_after_the_rename",
            a_save_is_flushed_before_and_after_the_rename,
        ),
        (
            "a_save_on_a_full_disk_fails_clearly_and_keeps_the_old_file",
            a_save_on_a_full_disk_fails_clearly_and_keeps_the_old_file,
        ),
        (
            "a_save_into_a_folder_even_root_may_not_write_fails_and_keeps_the_old_file",
            a_save_into_a_folder_even_root_may_not_write_fails_and_keeps_the_old_file,
        ),
    ];
    let mut failed = 0;
    for (name, test) in tests {
        match std::panic::catch_unwind(test) {
            Ok(()) => println!("test {name} ... ok"),
            Err(_) => {
                println!("test {name} ... FAILED");
                failed += 1;
            }
        }
    }
    println!(
        "hostile_disks: {} passed, {failed} failed",
        tests.len() - failed
    );
    if failed > 0 {
        std::process::exit(1);
    }
}
