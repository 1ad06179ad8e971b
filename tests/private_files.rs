//! Files that hold workspace content are readable by their owner only, from the first
//! byte; links are written through. Unix only: modes and links are Unix notions here.

#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::cli_common;

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::Command;

use netzwerk_canvas::storage::{self, backup_path, lock, recovery};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn example() -> netzwerk_canvas::model::Workspace {
    storage::example_workspace().unwrap()
}

/// The binary as a user with the common umask 022 would run it.
fn run_with_umask_022(args: &[&str]) -> std::process::Output {
    Command::new("sh")
        .arg("-c")
        .arg("umask 022 && exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_netzwerk-canvas"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn a_new_workspace_and_its_pdf_are_readable_by_the_owner_only() {
    let folder = tempfile::tempdir().unwrap();
    let workspace = folder.path().join("ws.json");
    storage::save_workspace(&workspace, &example()).unwrap();
    assert_eq!(mode(&workspace), 0o600);

    let pdf = folder.path().join("o.pdf");
    let output = run_with_umask_022(&[
        "export",
        cli_common::arg(&workspace),
        "-o",
        cli_common::arg(&pdf),
    ]);
    assert!(output.status.success(), "{}", cli_common::stderr(&output));
    assert_eq!(mode(&pdf), 0o600, "the PDF holds the same personal data");
}

#[test]
fn a_saved_file_keeps_its_mode_and_so_does_its_backup() {
    let folder = tempfile::tempdir().unwrap();
    let workspace = folder.path().join("geteilt.json");
    storage::save_workspace(&workspace, &example()).unwrap();
    std::fs::set_permissions(&workspace, std::fs::Permissions::from_mode(0o640)).unwrap();
    storage::save_workspace(&workspace, &example()).unwrap();
    assert_eq!(mode(&workspace), 0o640, "the user's own choice stays");
    assert_eq!(mode(&backup_path(&workspace)), 0o640);
}

#[test]
fn the_recovery_folder_and_files_are_private() {
    let data = tempfile::tempdir().unwrap();
    let folder = data.path().join("recovery");
    std::fs::create_dir(&folder).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    let info = recovery::RecoveryInfo {
        original_path: None,
        saved_at: chrono::Utc::now(),
        process_id: 4_000_000,
        instance: None,
        disk_stamp: None,
    };
    recovery::write_recovery(&folder, &example(), &info, None).unwrap();
    assert_eq!(mode(&folder), 0o700, "an old 0755 folder is closed too");
    assert_eq!(mode(&recovery::recovery_file(&folder, "4000000")), 0o600);
}

#[test]
fn saving_through_a_symbolic_link_keeps_the_link_and_updates_the_real_file() {
    let folder = tempfile::tempdir().unwrap();
    let real_folder = folder.path().join("sync");
    std::fs::create_dir(&real_folder).unwrap();
    let real = real_folder.join("netzwerk.json");
    storage::save_workspace(&real, &example()).unwrap();
    let link = folder.path().join("verknüpfung.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();

    let mut changed = example();
    changed.collaborations.truncate(1);
    storage::save_workspace(&link, &changed).unwrap();

    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        storage::load_workspace(&real).unwrap().collaborations.len(),
        1
    );
    assert!(
        backup_path(&real).exists(),
        "the .bak is next to the real file"
    );
    assert!(!backup_path(&link).exists());
    assert_eq!(lock::lock_path(&link), lock::lock_path(&real));
}

#[test]
fn saving_a_file_with_two_hard_links_updates_both_names() {
    let folder = tempfile::tempdir().unwrap();
    let first = folder.path().join("a.json");
    storage::save_workspace(&first, &example()).unwrap();
    let second = folder.path().join("b.json");
    std::fs::hard_link(&first, &second).unwrap();

    let mut changed = example();
    changed.collaborations.truncate(2);
    storage::save_workspace(&second, &changed).unwrap();

    assert_eq!(
        storage::load_workspace(&first)
            .unwrap()
            .collaborations
            .len(),
        2
    );
    assert_eq!(
        std::fs::metadata(&first).unwrap().ino(),
        std::fs::metadata(&second).unwrap().ino()
    );
    assert!(backup_path(&second).exists());
}
