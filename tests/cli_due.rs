//! `netzwerk-canvas due` and `export --contacts/--map` as a script would run them.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::cli_common;
use crate::pdf_common;

use std::path::{Path, PathBuf};

use cli_common::{arg, run, stderr, stdout};
use pdf_common::{ParsedPdf, squeeze};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/contacts.json")
}

#[test]
fn due_prints_the_follow_ups_most_urgent_first() {
    let output = run(&["due", arg(&fixture()), "--today", "2026-11-22"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let expected = [
        "2026-10-01\toverdue\tÖmer Aydın\tMoscheegemeinde\t",
        "2026-11-10\toverdue\tJana Berg\tGemeinde Rhade\tjana.berg@rhade.example",
        "2026-11-22\tdue\tÖzlem Yıldız\tStadtteilbüro Nord\toezlem@nord.example",
        "2026-11-22\tdue\tMarie Curie-Sklodowska\tVolkshochschule\tmarie@vhs.example",
        "2026-11-25\tdue\tKarl-Heinz Müller-Lüdenscheidt\tHeimatverein\t",
        "2026-11-26\tupcoming\tDr. Anna Schmidt\tHochschule Bochum\tanna.schmidt@hs.example",
        "2026-12-06\tupcoming\tTom Richter\tVerein für Kultur\ttom@kultur.example",
    ];
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines, expected);
    assert!(stderr(&output).is_empty());
}

#[test]
fn due_words_do_not_change_with_the_language() {
    let german = run(&["due", arg(&fixture()), "--today", "2026-11-22"]);
    let english = run(&[
        "due",
        arg(&fixture()),
        "--today",
        "2026-11-22",
        "--language",
        "en",
    ]);
    assert_eq!(stdout(&german), stdout(&english));
}

#[test]
fn nothing_due_prints_nothing_and_succeeds() {
    let output = run(&["due", arg(&fixture()), "--today", "2020-01-01"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output), "");
}

#[test]
fn a_bad_file_fails_with_a_clear_message() {
    let folder = tempfile::tempdir().unwrap();
    let broken = folder.path().join("kaputt.json");
    std::fs::write(&broken, "{\"format\": \"netzwerk-canvas\", \"contacts\": [").unwrap();
    let output = run(&["due", arg(&broken), "--today", "2026-11-22"]);
    assert!(!output.status.success());
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    let message = stderr(&output);
    assert!(message.contains("kaputt.json"), "{message}");
    assert!(message.contains("abgeschnitten"), "{message}");

    let missing = folder.path().join("gibt-es-nicht.json");
    let output = run(&["due", arg(&missing), "--language", "en"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("does not exist"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_bad_date_is_rejected_by_the_argument_parser() {
    let output = run(&["due", arg(&fixture()), "--today", "22.11.2026"]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("--today"), "{}", stderr(&output));
}

#[test]
fn export_contacts_writes_the_list_with_every_name() {
    let folder = tempfile::tempdir().unwrap();
    let pdf_path = folder.path().join("kontakte.pdf");
    let output = run(&[
        "export",
        arg(&fixture()),
        "--contacts",
        "--today",
        "2026-11-22",
        "-o",
        arg(&pdf_path),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("1 Seite geschrieben"),
        "{}",
        stdout(&output)
    );
    let parsed = ParsedPdf::parse(&std::fs::read(&pdf_path).unwrap());
    let text = squeeze(&parsed.all_text());
    for name in [
        "Jana Berg",
        "Özlem Yıldız",
        "Karl-Heinz Müller-Lüdenscheidt",
        "Dr. Anna Schmidt",
        "Paul Becker",
        "Frieda Groß",
    ] {
        assert!(text.contains(&squeeze(name)), "{name} missing");
    }
    assert!(text.contains("Stand22.11.2026"));
    assert_eq!(parsed.info_title(), "Netzwerkbuch – Kontakte");
}

#[test]
fn export_map_writes_one_landscape_page() {
    let folder = tempfile::tempdir().unwrap();
    let pdf_path = folder.path().join("karte.pdf");
    let output = run(&["export", arg(&fixture()), "--map", "-o", arg(&pdf_path)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let parsed = ParsedPdf::parse(&std::fs::read(&pdf_path).unwrap());
    assert_eq!(parsed.page_count(), 1);
    let (width, height) = parsed.page_size(1);
    assert!(width > height);
    let text = squeeze(&parsed.page_text(1));
    assert!(text.contains("JanaBerg") && text.contains("Peripherie"));
}

#[test]
fn contacts_cannot_be_combined_with_blank_brief_or_map() {
    let folder = tempfile::tempdir().unwrap();
    let pdf_path = folder.path().join("x.pdf");
    let input = fixture();
    for extra in [
        &["--blank"][..],
        &["--brief", "Dorfladen"][..],
        &["--map"][..],
        &["--only", "Dorfladen"][..],
    ] {
        let mut args = vec!["export", arg(&input), "--contacts", "-o", arg(&pdf_path)];
        args.extend_from_slice(extra);
        let output = run(&args);
        assert_eq!(output.status.code(), Some(2), "{extra:?} accepted");
        assert!(stderr(&output).contains("cannot be used with"), "{extra:?}");
    }
    assert!(!pdf_path.exists(), "no PDF for rejected arguments");
}

#[test]
fn a_workspace_without_contacts_says_so() {
    let folder = tempfile::tempdir().unwrap();
    let input = folder.path().join("leer.json");
    std::fs::write(
        &input,
        r#"{"format":"netzwerk-canvas","version":1,"collaborations":[]}"#,
    )
    .unwrap();
    let pdf_path = folder.path().join("leer.pdf");
    let output = run(&["export", arg(&input), "--contacts", "-o", arg(&pdf_path)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("keine Kontakte"),
        "{}",
        stderr(&output)
    );
    assert!(!pdf_path.exists());
}
