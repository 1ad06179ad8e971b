//! `share` and `merge-partner` as a script would run them: the copy for the partner
//! holds none of the withheld data (searched byte for byte), the partner's view comes
//! back and nothing else changes, and a file that is no shared copy, from another
//! workspace, or with a field both sides changed leaves the workspace untouched.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::cli_common;

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use cli_common::{arg, run, stderr, stdout};
use netzwerk_canvas::model::{
    Activity, ActivityKind, Card, Collaboration, MeetingRecord, Snapshot, Workspace,
};
use netzwerk_canvas::storage::{load_workspace, save_workspace};

/// Everything the copy must leave out, each a word found nowhere else.
const WITHHELD: [&str; 10] = [
    "Annegret Vogelsang",
    "annegret@vogelsang.example",
    "Kaffeeklatschnotiz",
    "Geheimprojekt Nord",
    "Vorbereitungsgeheimnis",
    "Treffenergebnisgeheim",
    "Standfestgehalten",
    "Kartenverfasserin",
    "MeineSichtGeheim",
    "Uraltkontakt",
];

/// A workspace with "Dorfladen" (linked to a contact, prepared, debriefed, with a
/// snapshot and a card with its author) beside "Geheimprojekt Nord".
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let mut workspace = Workspace::default();
    let anna = workspace.add_contact("Annegret Vogelsang", day);
    let contact = workspace.contact_mut(&anna).unwrap();
    contact.email = "annegret@vogelsang.example".into();
    contact.notes = "Kaffeeklatschnotiz".into();
    contact.activities.push(Activity {
        date: day,
        kind: ActivityKind::Call,
        note: "Uraltkontakt".into(),
        exchange: None,
    });
    let mut dorfladen = Collaboration::new("Dorfladen", DateTime::UNIX_EPOCH);
    dorfladen.partners = vec!["Gemeinde Rhade".into()];
    dorfladen.partner_contacts = vec![anna];
    dorfladen.importance = 5;
    (dorfladen.fields).insert("motivation".into(), "MeineSichtGeheim".into());
    (dorfladen.fields).insert("shared_goals".into(), "Ein Laden im Dorf".into());
    dorfladen.preparation.motivation_expectations = "Vorbereitungsgeheimnis".into();
    dorfladen.meetings.push(MeetingRecord {
        date: day,
        outcome: "Treffenergebnisgeheim".into(),
        follow_up: None,
    });
    let mut kept = dorfladen.clone();
    kept.fields
        .insert("success".into(), "Standfestgehalten".into());
    dorfladen
        .snapshots
        .push(Snapshot::of(&kept, DateTime::UNIX_EPOCH));
    let mut card = Card::new("shared_goals", "Treffpunkt", DateTime::UNIX_EPOCH);
    card.author = Some("Kartenverfasserin".into());
    dorfladen.add_card(card);
    workspace.collaborations.push(dorfladen);
    workspace.collaborations.push(Collaboration::new(
        "Geheimprojekt Nord",
        DateTime::UNIX_EPOCH,
    ));
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("netz.json");
    save_workspace(&path, &workspace).unwrap();
    (folder, path)
}

fn share(path: &Path, out: &Path) -> std::process::Output {
    run(&[
        "share",
        arg(path),
        "--only",
        "dorfladen",
        "-o",
        arg(out),
        "--without-my-view",
    ])
}

#[test]
fn the_copy_holds_none_of_the_withheld_data_and_says_what_it_left_out() {
    let (folder, path) = workspace();
    let out = folder.path().join("fuer-partner.json");
    let output = share(&path, &out);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let printed = stdout(&output);
    for line in [
        "für die Partner geschrieben: „Dorfladen“",
        "das Netzwerkbuch (1 Kontakt)",
        "1 weitere Kooperation",
        "1 Verknüpfung mit einem Kontakt",
        "1 Ergebnis eines Treffens",
        "1 festgehaltener Stand",
        "die Vorbereitung von 1 Kooperation",
        "der Name des Verfassers von 1 Karte",
        "„Meine Sicht“ in 1 Feld",
    ] {
        assert!(printed.contains(line), "{line:?} missing in:\n{printed}");
    }
    let bytes = std::fs::read(&out).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    for word in WITHHELD {
        assert!(!text.contains(word), "{word:?} is in the partner's copy");
    }
    assert!(text.contains("Ein Laden im Dorf"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // The partner opens it as a workspace of its own.
    let copy = load_workspace(&out).unwrap();
    assert_eq!(copy.collaborations.len(), 1);
}

#[test]
fn the_partners_view_comes_back_and_nothing_else_changes() {
    let (folder, path) = workspace();
    let out = folder.path().join("fuer-partner.json");
    assert_eq!(share(&path, &out).status.code(), Some(0));
    // The partner fills their view and saves, as their app would.
    let mut copy = load_workspace(&out).unwrap();
    copy.collaborations[0]
        .partner_view
        .insert("motivation".into(), "Unsere Sicht: ein Treffpunkt".into());
    copy.collaborations[0].modified = Some(Utc::now());
    let back = folder.path().join("von-partner.json");
    save_workspace(&back, &copy).unwrap();
    let before = load_workspace(&path).unwrap();
    let output = run(&["merge-partner", arg(&path), arg(&back), "--language", "en"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("Partners' copy merged into"),
        "{}",
        stdout(&output)
    );
    let after = load_workspace(&path).unwrap();
    let canvas = &after.collaborations[0];
    assert_eq!(
        canvas.partner_text("motivation"),
        "Unsere Sicht: ein Treffpunkt"
    );
    let mut expected = before.clone();
    expected.collaborations[0].partner_view = canvas.partner_view.clone();
    expected.collaborations[0].modified = canvas.modified;
    assert_eq!(
        after, expected,
        "the merge changed more than the partner's view"
    );
}

#[test]
fn a_file_that_is_no_shared_copy_changes_nothing() {
    let (folder, path) = workspace();
    let before = std::fs::read(&path).unwrap();
    let other = folder.path().join("irgendwas.json");
    save_workspace(&other, &Workspace::default()).unwrap();
    let output = run(&["merge-partner", arg(&path), arg(&other)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("ist keine für Partner freigegebene Kopie"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_copy_from_another_workspace_changes_nothing() {
    let (folder, path) = workspace();
    let (other_folder, other) = workspace();
    let out = other_folder.path().join("fremd.json");
    assert_eq!(share(&other, &out).status.code(), Some(0));
    let before = std::fs::read(&path).unwrap();
    let output = run(&["merge-partner", arg(&path), arg(&out)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("Die Kooperation „Dorfladen“ der Partnerfassung ist nicht in"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    drop(folder);
}

#[test]
fn a_field_both_sides_changed_is_left_to_the_window() {
    let (folder, path) = workspace();
    let out = folder.path().join("fuer-partner.json");
    assert_eq!(share(&path, &out).status.code(), Some(0));
    let mut copy = load_workspace(&out).unwrap();
    copy.collaborations[0]
        .fields
        .insert("shared_goals".into(), "Zwei Läden".into());
    save_workspace(&out, &copy).unwrap();
    let mut mine = load_workspace(&path).unwrap();
    mine.collaborations[0]
        .fields
        .insert("shared_goals".into(), "Drei Läden".into());
    save_workspace(&path, &mine).unwrap();
    let before = std::fs::read(&path).unwrap();
    let output = run(&["merge-partner", arg(&path), arg(&out)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output)
            .contains("Sie und die Partner haben dieselben Stellen geändert (fields.shared_goals)"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn an_unknown_title_writes_nothing() {
    let (folder, path) = workspace();
    let out = folder.path().join("fuer-partner.json");
    let output = run(&["share", arg(&path), "--only", "Gibtsnicht", "-o", arg(&out)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("keine Kooperation „Gibtsnicht“; nichts wurde geschrieben"),
        "{}",
        stderr(&output)
    );
    assert!(!out.exists());
}
