//! `import`, `export --vcard/--csv` and `due --ics` as a script would run them: exit
//! codes, messages, and a workspace that a refused or dry run leaves untouched.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::cli_common;

use std::path::{Path, PathBuf};

use cli_common::{arg, run, stderr, stdout};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A copy of the contacts workspace in a fresh folder.
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("netz.json");
    std::fs::copy(fixture("contacts.json"), &path).unwrap();
    (folder, path)
}

/// The permission bits; elsewhere (Windows) files have no owner-only bits to check.
#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn import_writes_the_workspace_with_a_backup_and_prints_the_report() {
    let (_folder, path) = workspace();
    let before = std::fs::read(&path).unwrap();
    let vcf = fixture("contacts/outlook-2.1.vcf");
    let output = run(&[
        "import",
        arg(&path),
        arg(&vcf),
        "--language",
        "en",
        "--today",
        "2026-11-22",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with("2 contacts added, 0 merged, 0 skipped.\n"),
        "{text}"
    );
    assert_eq!(
        std::fs::read(netzwerk_canvas::storage::backup_path(&path)).unwrap(),
        before
    );
    let workspace = netzwerk_canvas::storage::load_workspace(&path).unwrap();
    assert_eq!(workspace.contacts.len(), 12);
    assert!(
        workspace
            .contacts
            .iter()
            .any(|c| c.name == "Dr. Jürgen Müller")
    );
    // The same file again adds nothing and leaves the file as it is.
    let after_first = std::fs::read(&path).unwrap();
    let again = run(&["import", arg(&path), arg(&vcf), "--language", "en"]);
    assert!(
        stdout(&again).starts_with("0 contacts added, 0 merged, 2 skipped.\n"),
        "{}",
        stdout(&again)
    );
    assert_eq!(std::fs::read(&path).unwrap(), after_first);
}

#[test]
fn a_dry_run_writes_nothing() {
    let (_folder, path) = workspace();
    let before = std::fs::read(&path).unwrap();
    let output = run(&[
        "import",
        arg(&path),
        arg(&fixture("contacts/google.csv")),
        "--dry-run",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("2 Kontakte hinzugefügt"),
        "{}",
        stdout(&output)
    );
    assert!(stdout(&output).contains("Probelauf"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!netzwerk_canvas::storage::backup_path(&path).exists());
}

#[test]
fn a_broken_file_is_refused_and_the_workspace_untouched_unless_skip_bad() {
    let (folder, path) = workspace();
    let before = std::fs::read(&path).unwrap();
    let broken = folder.path().join("kaputt.vcf");
    std::fs::write(
        &broken,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Gut\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Abgesch",
    )
    .unwrap();
    let output = run(&["import", arg(&path), arg(&broken)]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("kaputt.vcf“ wurde nicht importiert"),
        "{message}"
    );
    assert!(
        message.contains("Karte 2: die Karte endet nicht mit END:VCARD"),
        "{message}"
    );
    assert!(message.contains("--skip-bad"), "{message}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let output = run(&[
        "import",
        arg(&path),
        arg(&broken),
        "--skip-bad",
        "--language",
        "en",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("1 contact added, 0 merged, 1 skipped.\nCard 2: skipped, broken"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn an_unreadable_contacts_file_is_named_with_exit_1() {
    let (folder, path) = workspace();
    let before = std::fs::read(&path).unwrap();
    let missing = folder.path().join("fehlt.vcf");
    let output = run(&["import", arg(&path), arg(&missing), "--language", "en"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("fehlt.vcf” was not imported"),
        "{}",
        stderr(&output)
    );
    let binary = folder.path().join("bild.csv");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let output = run(&["import", arg(&path), arg(&binary), "--language", "en"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("binary data"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn contacts_export_as_vcard_and_csv_private_to_the_owner() {
    let (folder, path) = workspace();
    let vcf = folder.path().join("alle.vcf");
    let output = run(&["export", arg(&path), "--vcard", "-o", arg(&vcf)]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("10 Kontakte geschrieben"),
        "{}",
        stdout(&output)
    );
    let text = std::fs::read_to_string(&vcf).unwrap();
    assert_eq!(text.matches("VERSION:4.0\r\n").count(), 10);
    #[cfg(unix)]
    assert_eq!(mode(&vcf), 0o600);
    let v3 = folder.path().join("politik.vcf");
    let output = run(&[
        "export",
        arg(&path),
        "--vcard",
        "--vcard-version",
        "3",
        "--tag",
        "politik",
        "-o",
        arg(&v3),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = std::fs::read_to_string(&v3).unwrap();
    assert_eq!(text.matches("BEGIN:VCARD").count(), 1);
    assert!(
        text.contains("VERSION:3.0\r\nUID:c-jana\r\nFN:Jana Berg\r\n"),
        "{text}"
    );
    let csv = folder.path().join("alle.csv");
    let output = run(&["export", arg(&path), "--csv", "-o", arg(&csv)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with("\u{feff}Name;Organisation;Funktion;".as_bytes()));
    #[cfg(unix)]
    assert_eq!(mode(&csv), 0o600);
    let output = run(&[
        "export",
        arg(&path),
        "--csv",
        "--tag",
        "gibtsnicht",
        "-o",
        arg(&csv),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("„gibtsnicht“"),
        "{}",
        stderr(&output)
    );
    let output = run(&["export", arg(&path), "--csv", "-o", arg(&path)]);
    assert_eq!(output.status.code(), Some(1), "never over the workspace");
}

#[test]
fn due_ics_writes_a_calendar_file() {
    let (folder, path) = workspace();
    let ics = folder.path().join("faellig.ics");
    let output = run(&[
        "due",
        arg(&path),
        "--ics",
        "-o",
        arg(&ics),
        "--today",
        "2026-11-22",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("9 Termine geschrieben"),
        "{}",
        stdout(&output)
    );
    let text = std::fs::read_to_string(&ics).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert_eq!(text.matches("BEGIN:VALARM").count(), 9);
    assert!(text.contains("UID:follow-up-c-oemer@netzwerk-canvas\r\n"));
    #[cfg(unix)]
    assert_eq!(mode(&ics), 0o600);
}

#[test]
fn import_names_the_window_that_has_the_file_open() {
    let (_folder, path) = workspace();
    let (window, _) = netzwerk_canvas::storage::lock::take(&path);
    assert!(
        window.is_some(),
        "the test holds the lock as a window would"
    );
    let output = run(&[
        "import",
        arg(&path),
        arg(&fixture("contacts/apple-3.0.vcf")),
        "--language",
        "en",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let printed = stdout(&output);
    let holder = netzwerk_canvas::storage::lock::own_name();
    assert!(
        printed.contains(&format!("is open in Netzwerk-Canvas right now ({holder})")),
        "{printed}"
    );
}
