//! `auskunft` and `vergessen` as a script would run them: exit codes, messages, the
//! Auskunft file's content and mode, the name gone after forgetting, and a workspace
//! that a refused or dry run leaves untouched.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::cli_common;
use crate::pdf_common;

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate};
use cli_common::{arg, run, stderr, stdout};
use netzwerk_canvas::model::{Activity, ActivityKind, Collaboration, Snapshot, Workspace};
use netzwerk_canvas::storage::{backup_path, load_workspace, save_workspace};

/// Anna Berg, linked to "Dorfladen" and named in it and in its snapshot, beside Tom
/// Richter, the town Annaberg and two contacts called Lea Vogel.
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let mut workspace = Workspace::default();
    let anna = workspace.add_contact("Anna Berg", day);
    workspace
        .contact_mut(&anna)
        .unwrap()
        .activities
        .push(Activity {
            date: day,
            kind: ActivityKind::Call,
            note: "Kaffee im Dorfladen".into(),
            exchange: None,
        });
    workspace.add_contact("Tom Richter", day);
    workspace.add_contact("Lea Vogel", day);
    workspace.add_contact("Lea Vogel", day);
    let mut dorfladen = Collaboration::new("Dorfladen", DateTime::UNIX_EPOCH);
    dorfladen.partners = vec!["Anna Berg".into(), "Tom Richter".into()];
    dorfladen.partner_contacts = vec![anna];
    (dorfladen.fields).insert("motivation".into(), "Anna Berg aus Annaberg".into());
    let snapshot = Snapshot::of(&dorfladen, DateTime::UNIX_EPOCH);
    dorfladen.snapshots.push(snapshot);
    workspace.collaborations.push(dorfladen);
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("netz.json");
    save_workspace(&path, &workspace).unwrap();
    (folder, path)
}

fn text(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// The permission bits; elsewhere (Windows) files have no owner-only bits to check.
#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn auskunft_to_a_pdf_prints_the_record_the_log_and_every_place() {
    let (folder, path) = workspace();
    let out = folder.path().join("auskunft.pdf");
    let output = run(&[
        "auskunft",
        arg(&path),
        "--contact",
        "anna berg",
        "-o",
        arg(&out),
        "--language",
        "en",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("information about “Anna Berg” written"));
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    #[cfg(unix)]
    assert_eq!(mode(&out), 0o600);
    let parsed = pdf_common::ParsedPdf::parse(&bytes);
    pdf_common::assert_qpdf_clean(&bytes);
    let text = parsed.all_text();
    for expected in [
        "Information about “Anna Berg”",
        "Record in the Netzwerkbuch",
        "Kaffee im Dorfladen",
        "Linked as a partner with “Dorfladen”",
        "“Dorfladen”: field “Motivation”",
        "Anna Berg aus Annaberg",
    ] {
        assert!(text.contains(expected), "{expected:?} missing in:\n{text}");
    }
}

#[test]
fn vergessen_removes_the_name_everywhere_and_says_the_backup_still_holds_it() {
    let (_folder, path) = workspace();
    let before = std::fs::read(&path).unwrap();
    let output = run(&[
        "vergessen",
        arg(&path),
        "--contact",
        "anna berg",
        "--language",
        "en",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let printed = stdout(&output);
    assert!(
        printed.starts_with("Something about “Anna Berg” is stored in 6 places:\n"),
        "{printed}"
    );
    assert!(printed.contains("“Anna Berg” was forgotten:"), "{printed}");
    assert!(
        printed.contains("contact and 1 log entry deleted"),
        "{printed}"
    );
    assert!(
        printed.contains("in 2 places in kept snapshots"),
        "{printed}"
    );
    assert!(
        printed.contains("netz.json.bak” still holds the data"),
        "{printed}"
    );
    let after = text(&path);
    assert!(!after.to_lowercase().contains("anna berg"), "{after}");
    assert!(!after.contains("Kaffee"), "the log is gone");
    assert!(after.contains("[removed] aus Annaberg"), "{after}");
    let workspace = load_workspace(&path).unwrap();
    assert_eq!(workspace.contacts.len(), 3);
    assert!(workspace.collaborations[0].partner_contacts.is_empty());
    assert_eq!(
        workspace.collaborations[0].partners,
        ["[removed]", "Tom Richter"]
    );
    assert_eq!(std::fs::read(backup_path(&path)).unwrap(), before);
}

#[test]
fn vergessen_names_the_window_that_has_the_file_open() {
    let (_folder, path) = workspace();
    let (window, _) = netzwerk_canvas::storage::lock::take(&path);
    assert!(
        window.is_some(),
        "the test holds the lock as a window would"
    );
    let output = run(&[
        "vergessen",
        arg(&path),
        "--contact",
        "Anna Berg",
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
    assert!(!text(&path).contains("Anna Berg"));
    assert!(
        netzwerk_canvas::storage::lock::lock_path(&path).exists(),
        "the window keeps its lock"
    );
}

#[test]
fn vergessen_in_german_uses_the_german_placeholder() {
    let (_folder, path) = workspace();
    let output = run(&["vergessen", arg(&path), "--contact", "Anna Berg"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("„Anna Berg“ wurde vergessen:"));
    assert!(text(&path).contains("[entfernt] aus Annaberg"));
}

#[test]
fn a_dry_run_prints_where_and_changes_nothing() {
    let (_folder, path) = workspace();
    let before = std::fs::read(&path).unwrap();
    let output = run(&[
        "vergessen",
        arg(&path),
        "--contact",
        "Anna Berg",
        "--dry-run",
        "--language",
        "en",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let printed = stdout(&output);
    for line in [
        "  Contact in the Netzwerkbuch, with 1 entry in the log\n",
        "  Linked as a partner with “Dorfladen”\n",
        "  “Dorfladen”: Partners\n",
        "Dry run: ",
    ] {
        assert!(printed.contains(line), "{line} in {printed}");
    }
    assert!(printed.contains("“Dorfladen”, snapshot of "), "{printed}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!backup_path(&path).exists());
}

#[test]
fn an_unknown_name_lists_similar_contacts_and_changes_nothing() {
    let (folder, path) = workspace();
    let before = std::fs::read(&path).unwrap();
    let out = folder.path().join("auskunft.json");
    for command in [
        vec![
            "vergessen",
            arg(&path),
            "--contact",
            "Anna",
            "--language",
            "en",
        ],
        vec![
            "auskunft",
            arg(&path),
            "--contact",
            "Anna",
            "-o",
            arg(&out),
            "--language",
            "en",
        ],
    ] {
        let output = run(&command);
        assert_eq!(output.status.code(), Some(1));
        let message = stderr(&output);
        assert!(message.contains("has no contact “Anna”"), "{message}");
        assert!(message.contains("Similar names"), "{message}");
        assert!(message.contains("  Anna Berg – id "), "{message}");
        assert!(!message.contains("Tom Richter"), "{message}");
        assert!(stdout(&output).is_empty());
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!backup_path(&path).exists());
    assert!(!out.exists());
}

#[test]
fn an_ambiguous_name_asks_for_the_id_which_then_picks_one() {
    let (_folder, path) = workspace();
    let before = std::fs::read(&path).unwrap();
    let output = run(&[
        "vergessen",
        arg(&path),
        "--contact",
        "LEA VOGEL",
        "--language",
        "en",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("“LEA VOGEL” matches 2 contacts"),
        "{message}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let workspace = load_workspace(&path).unwrap();
    let leas: Vec<&str> = (workspace.contacts.iter())
        .filter(|c| c.name == "Lea Vogel")
        .map(|c| c.id.0.as_str())
        .collect();
    for id in &leas {
        assert!(
            message.contains(&format!("  Lea Vogel – id {id}\n")),
            "{message}"
        );
    }
    let by_id = run(&["vergessen", arg(&path), "--contact", leas[0]]);
    assert!(by_id.status.success(), "{}", stderr(&by_id));
    let after = load_workspace(&path).unwrap();
    let left: Vec<&str> = after.contacts.iter().map(|c| c.id.0.as_str()).collect();
    assert!(
        !left.contains(&leas[0]) && left.contains(&leas[1]),
        "{left:?}"
    );
}

#[test]
fn auskunft_writes_everything_stored_as_json_for_the_owner_only() {
    let (folder, path) = workspace();
    let before = std::fs::read(&path).unwrap();
    let out = folder.path().join("auskunft.json");
    let output = run(&[
        "auskunft",
        arg(&path),
        "--contact",
        "Anna Berg",
        "-o",
        arg(&out),
        "--language",
        "en",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("information about “Anna Berg” written, 6 places."),
        "{}",
        stdout(&output)
    );
    #[cfg(unix)]
    assert_eq!(mode(&out), 0o600);
    let json: serde_json::Value = serde_json::from_str(&text(&out)).unwrap();
    assert_eq!(json["format"], "netzwerk-canvas-auskunft");
    assert_eq!(json["contact"]["name"], "Anna Berg");
    assert_eq!(
        json["contact"]["activities"][0]["note"],
        "Kaffee im Dorfladen"
    );
    assert_eq!(json["links"][0]["title"], "Dorfladen");
    assert_eq!(
        json["summary"][0],
        "Something about “Anna Berg” is stored in 6 places:"
    );
    let places = json["places"].as_array().unwrap();
    assert_eq!(places.len(), 4);
    let field = places
        .iter()
        .find(|p| p["place"]["kind"] == "field" && p.get("snapshot").is_none())
        .unwrap();
    assert_eq!(field["place"]["field"], "motivation");
    assert_eq!(field["text"], "Anna Berg aus Annaberg");
    assert!(
        field["where"]
            .as_str()
            .unwrap()
            .starts_with("“Dorfladen”: field “")
    );
    assert_eq!(
        places
            .iter()
            .filter(|p| p.get("snapshot").is_some())
            .count(),
        2
    );
    assert_eq!(std::fs::read(&path).unwrap(), before, "Auskunft only reads");
}

#[test]
fn auskunft_never_writes_over_the_workspace() {
    let (_folder, path) = workspace();
    let before = std::fs::read(&path).unwrap();
    let output = run(&[
        "auskunft",
        arg(&path),
        "--contact",
        "Anna Berg",
        "-o",
        arg(&path),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}
