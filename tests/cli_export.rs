//! `netzwerk-canvas export` as a script would run it: exit codes, messages, files.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::cli_common;
use crate::pdf_common;

use std::path::{Path, PathBuf};

use cli_common::{arg, run, stderr};
use netzwerk_canvas::storage;
use pdf_common::ParsedPdf;

fn example_file(folder: &Path) -> PathBuf {
    let path = folder.join("beispiel.json");
    storage::save_workspace(&path, &storage::example_workspace().unwrap()).unwrap();
    path
}

fn folder_entries(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn exporting_all_canvases_writes_one_a4_landscape_page_each() {
    let folder = tempfile::tempdir().unwrap();
    let input = example_file(folder.path());
    let output_path = folder.path().join("alle.pdf");
    let output = run(&["export", arg(&input), "-o", arg(&output_path)]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(String::from_utf8_lossy(&output.stdout).contains("4 Seiten geschrieben"));
    let parsed = ParsedPdf::parse(&std::fs::read(&output_path).unwrap());
    assert_eq!(parsed.page_count(), 4);
    let (width, height) = parsed.page_size(1);
    assert!(width > height, "landscape by default");
}

#[test]
fn only_exports_the_canvas_with_that_title() {
    let folder = tempfile::tempdir().unwrap();
    let input = example_file(folder.path());
    let output_path = folder.path().join("eine.pdf");
    let output = run(&[
        "export",
        arg(&input),
        "-o",
        arg(&output_path),
        "--only",
        "stadt trifft wissenschaft",
        "--portrait",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let parsed = ParsedPdf::parse(&std::fs::read(&output_path).unwrap());
    assert_eq!(parsed.page_count(), 1);
    assert!(parsed.page_text(1).contains("Stadt trifft Wissenschaft"));
    let (width, height) = parsed.page_size(1);
    assert!(height > width, "portrait");
}

#[test]
fn blank_a3_is_the_workshop_sheet() {
    let folder = tempfile::tempdir().unwrap();
    let input = example_file(folder.path());
    let output_path = folder.path().join("leer.pdf");
    let output = run(&[
        "export",
        arg(&input),
        "-o",
        arg(&output_path),
        "--blank",
        "--paper",
        "a3",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let parsed = ParsedPdf::parse(&std::fs::read(&output_path).unwrap());
    assert_eq!(parsed.page_count(), 1);
    let (width, _) = parsed.page_size(1);
    assert!((width - 1190.6).abs() < 0.5);
    assert!(!parsed.page_text(1).contains("Dorfladen"));
}

#[test]
fn only_naming_no_canvas_fails_with_the_available_titles_and_writes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let input = example_file(folder.path());
    let output_path = folder.path().join("nichts.pdf");
    let output = run(&[
        "export",
        arg(&input),
        "-o",
        arg(&output_path),
        "--only",
        "Gibt es nicht",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("„Gibt es nicht“") && message.contains("Dorfladen Rhade"),
        "{message}"
    );
    assert!(!output_path.exists());
}

#[test]
fn every_bad_input_fails_clearly_leaves_it_untouched_and_writes_no_pdf() {
    let folder = tempfile::tempdir().unwrap();
    let deep = "[".repeat(50_000);
    let bad_inputs: [(&str, &[u8], &str); 7] = [
        ("a.json", b"kein json", "kein gültiges JSON"),
        (
            "b.json",
            br#"{"format": "netzwerk-canvas", "vers"#,
            "abgeschnitten",
        ),
        (
            "c.json",
            br#"{"format": "tabelle"}"#,
            "keine Netzwerk-Canvas-Datei",
        ),
        (
            "d.json",
            br#"{"format": "netzwerk-canvas", "version": 99}"#,
            "neueren Version",
        ),
        (
            "e.json",
            br#"{"format": "netzwerk-canvas", "collaborations": [{"partners": 5}]}"#,
            "Unerwarteter Inhalt",
        ),
        ("f.json", deep.as_bytes(), "zu tief verschachtelt"),
        ("g.json", b"", "leer"),
    ];
    for (name, bytes, reason) in bad_inputs {
        let input = folder.path().join(name);
        std::fs::write(&input, bytes).unwrap();
        let output_path = folder.path().join(format!("{name}.pdf"));
        let output = run(&["export", arg(&input), "-o", arg(&output_path)]);
        assert_eq!(output.status.code(), Some(1), "{name}");
        let message = stderr(&output);
        assert!(
            message.contains(reason) && message.contains(name),
            "{name}: {message}"
        );
        assert!(!message.contains("panicked"), "{message}");
        assert_eq!(std::fs::read(&input).unwrap(), bytes, "{name} was changed");
        assert!(!output_path.exists(), "{name}: a PDF was written");
    }
}

#[test]
fn a_missing_input_file_fails_clearly() {
    let folder = tempfile::tempdir().unwrap();
    let output = run(&[
        "export",
        arg(&folder.path().join("fehlt.json")),
        "-o",
        arg(&folder.path().join("x.pdf")),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("existiert nicht"),
        "{}",
        stderr(&output)
    );
    assert!(folder_entries(folder.path()).is_empty());
}

#[test]
fn an_unwritable_output_fails_and_leaves_no_partial_file() {
    let folder = tempfile::tempdir().unwrap();
    let input = example_file(folder.path());
    let into_missing_folder = folder.path().join("gibt-es-nicht").join("out.pdf");
    let output = run(&["export", arg(&input), "-o", arg(&into_missing_folder)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("konnte nicht geschrieben werden"),
        "{}",
        stderr(&output)
    );

    let a_folder = folder.path().join("ordner.pdf");
    std::fs::create_dir(&a_folder).unwrap();
    let output = run(&["export", arg(&input), "-o", arg(&a_folder)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("Ordner"), "{}", stderr(&output));
    assert_eq!(
        folder_entries(folder.path()),
        ["beispiel.json", "ordner.pdf"]
    );
}

#[test]
fn the_output_may_not_replace_the_workspace_file() {
    let folder = tempfile::tempdir().unwrap();
    let input = example_file(folder.path());
    let before = std::fs::read(&input).unwrap();
    let output = run(&["export", arg(&input), "-o", arg(&input)]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(std::fs::read(&input).unwrap(), before);
}

#[test]
fn help_and_version_describe_the_command_line() {
    let help = run(&["--help"]);
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("export"));
    let export_help = run(&["export", "--help"]);
    let text = String::from_utf8_lossy(&export_help.stdout).into_owned();
    for option in ["--output", "--paper", "--portrait", "--blank", "--only"] {
        assert!(text.contains(option), "{option} missing in {text}");
    }
    // Each option's help sits on its own option: a doc comment on the wrong field once
    // left --contacts without help and gave --template the contacts' text.
    let help_of = |option: &str| {
        let start = text
            .find(&format!("{option} "))
            .unwrap_or_else(|| panic!("{option}"));
        let rest = &text[start + option.len()..];
        let end = rest.find("\n      --").unwrap_or(rest.len());
        rest[..end].split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let contacts = help_of("--contacts");
    assert!(contacts.contains("contact list"), "--contacts: {contacts}");
    let template = help_of("--template");
    assert!(template.contains("blank sheet"), "--template: {template}");
    assert!(!template.contains("contact"), "--template: {template}");
    let version = run(&["--version"]);
    assert!(String::from_utf8_lossy(&version.stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn an_unknown_paper_size_is_a_usage_error() {
    let output = run(&["export", "x.json", "-o", "y.pdf", "--paper", "a5"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("a5"));
}

#[test]
fn a_pdf_is_not_written_over_another_workspace_without_force() {
    let folder = tempfile::tempdir().unwrap();
    let input = example_file(folder.path());
    let other = folder.path().join("andere.json");
    std::fs::write(&other, br#"{"format":"netzwerk-canvas","version":1}"#).unwrap();
    let before = std::fs::read(&other).unwrap();
    let output = run(&["export", arg(&input), "-o", arg(&other)]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("ist keine PDF-Datei und wird nicht überschrieben")
            && message.contains("andere.json")
            && message.contains("--force"),
        "{message}"
    );
    assert_eq!(std::fs::read(&other).unwrap(), before, "untouched");

    let forced = run(&["export", arg(&input), "-o", arg(&other), "--force"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(std::fs::read(&other).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn a_pdf_is_never_written_over_the_workspace_or_its_backup() {
    let folder = tempfile::tempdir().unwrap();
    let input = example_file(folder.path());
    // A second save leaves the first version as beispiel.json.bak.
    storage::save_workspace(&input, &storage::example_workspace().unwrap()).unwrap();
    let backup = storage::backup_path(&input);
    let (input_before, backup_before) = (
        std::fs::read(&input).unwrap(),
        std::fs::read(&backup).unwrap(),
    );

    let over_input = run(&["export", arg(&input), "-o", arg(&input), "--force"]);
    assert_eq!(over_input.status.code(), Some(1));
    assert!(
        stderr(&over_input).contains("würde die Arbeitsbereich-Datei"),
        "{}",
        stderr(&over_input)
    );

    let over_backup = run(&[
        "export",
        arg(&input),
        "-o",
        arg(&backup),
        "--language",
        "en",
    ]);
    assert_eq!(over_backup.status.code(), Some(1));
    assert!(
        stderr(&over_backup).contains("is the workspace's backup copy"),
        "{}",
        stderr(&over_backup)
    );

    assert_eq!(std::fs::read(&input).unwrap(), input_before);
    assert_eq!(std::fs::read(&backup).unwrap(), backup_before);
}

#[test]
fn an_existing_pdf_is_replaced() {
    let folder = tempfile::tempdir().unwrap();
    let input = example_file(folder.path());
    let output_path = folder.path().join("alt.pdf");
    std::fs::write(&output_path, b"%PDF-1.7\n% an older export\n").unwrap();
    let output = run(&["export", arg(&input), "-o", arg(&output_path)]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(std::fs::read(&output_path).unwrap().len() > 1000);
}

#[test]
fn characters_no_font_has_are_named_with_their_canvas() {
    let folder = tempfile::tempdir().unwrap();
    let input = folder.path().join("zeichen.json");
    let mut workspace = storage::example_workspace().unwrap();
    workspace.collaborations[1]
        .fields
        .insert("success".into(), "Erfolg \u{378} und \u{379}".into());
    storage::save_workspace(&input, &workspace).unwrap();
    let output_path = folder.path().join("zeichen.pdf");
    let output = run(&["export", arg(&input), "-o", arg(&output_path)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let said = String::from_utf8_lossy(&output.stdout);
    let title = &workspace.collaborations[1].title;
    assert!(
        said.contains("2 Zeichen hat keine Schrift auf diesem Rechner"),
        "{said}"
    );
    assert!(
        said.contains(&format!("Betroffen: U+0378, U+0379 in „{title}“.")),
        "{said}"
    );
}
