//! Contacts in and out from the window (issue 17): a vCard file imported as one undo
//! step with a report, and the Netzwerkbuch written as vCard, CSV and iCalendar.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

mod common;

use std::path::Path;
use std::time::Duration;

use common::{app_harness, press, replace_text};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use netzwerk_canvas::app::{App, Startup};
use netzwerk_canvas::command::{Command, ContactCommand};

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/contacts")
        .join(name)
}

/// Runs `command`, answers the typed-path prompt with `path` and waits until the app
/// shows its answer (the report or the status note).
fn through_prompt(harness: &mut Harness<'_, App>, command: ContactCommand, path: &Path) {
    harness.state_mut().queue(Command::Contact(command.clone()));
    harness.run();
    replace_text(
        harness,
        Role::TextInput,
        "Pfad",
        &path.display().to_string(),
    );
    harness.get_by_role_and_label(Role::Button, "OK").click();
    harness.run();
    // An import reads the file on a worker thread and answers with a report.
    let is_import = command == ContactCommand::ImportContactsDialog;
    for _ in 0..500 {
        if !is_import || harness.state().dialog().is_some() {
            break;
        }
        harness.step();
        std::thread::sleep(Duration::from_millis(10));
    }
    harness.run();
}

#[test]
fn a_vcard_file_is_imported_as_one_undo_step_with_a_report() {
    let mut harness = app_harness(Startup::Example);
    let before = harness.state().document().workspace.contacts.len();
    through_prompt(
        &mut harness,
        ContactCommand::ImportContactsDialog,
        &fixture("apple-3.0.vcf"),
    );
    let contacts = &harness.state().document().workspace.contacts;
    assert!(
        contacts.iter().any(|c| c.name == "Ömer Yılmaz"),
        "{:?}",
        contacts.iter().map(|c| &c.name).collect::<Vec<_>>()
    );
    let added = contacts.len() - before;
    assert!(added >= 2, "added {added}");
    harness.get_by_label_contains("Kontakte importiert");
    harness.get_by_label_contains(&format!("{added} Kontakte hinzugefügt"));
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(
        harness.state().undo_text().as_deref(),
        Some("Rückgängig: Kontakte importiert")
    );
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().document().workspace.contacts.len(), before);
}

#[test]
fn a_broken_file_is_refused_and_the_netzwerkbuch_is_unchanged() {
    let folder = tempfile::tempdir().unwrap();
    let broken = folder.path().join("kaputt.vcf");
    std::fs::write(&broken, "BEGIN:VCARD\nVERSION:3.0\nFN:Halb\n").unwrap();
    let mut harness = app_harness(Startup::Example);
    let before = harness.state().document().workspace.contacts.clone();
    through_prompt(&mut harness, ContactCommand::ImportContactsDialog, &broken);
    harness.get_by_label_contains("wurde nicht importiert");
    assert_eq!(harness.state().document().workspace.contacts, before);
    assert!(!harness.state().document().is_modified);
}

#[test]
fn the_netzwerkbuch_is_written_as_vcard_csv_and_calendar() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = app_harness(Startup::Example);
    let names: Vec<String> = (harness.state().document().workspace.contacts.iter())
        .map(|c| c.name.clone())
        .collect();
    let vcard = folder.path().join("kontakte.vcf");
    through_prompt(&mut harness, ContactCommand::ExportVcardDialog, &vcard);
    let text = std::fs::read_to_string(&vcard).unwrap();
    assert_eq!(text.matches("BEGIN:VCARD").count(), names.len());
    assert!(text.contains(&names[0]));
    let csv = folder.path().join("kontakte.csv");
    through_prompt(&mut harness, ContactCommand::ExportCsvDialog, &csv);
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "no BOM for Excel");
    let ics = folder.path().join("nachfassen.ics");
    through_prompt(&mut harness, ContactCommand::ExportCalendarDialog, &ics);
    let calendar = std::fs::read_to_string(&ics).unwrap();
    assert!(calendar.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(calendar.contains("BEGIN:VEVENT"));
    #[cfg(unix)]
    for path in [&vcard, &csv, &ics] {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", path.display());
    }
}

/// The Fällig view offers the calendar file where the follow-ups are listed.
#[test]
fn the_due_view_writes_its_follow_ups_into_a_calendar_file() {
    let folder = tempfile::tempdir().unwrap();
    let ics = folder.path().join("woche.ics");
    let mut harness = app_harness(Startup::Example);
    harness.state_mut().queue(Command::View(
        netzwerk_canvas::command::ViewCommand::ShowView(netzwerk_canvas::command::View::Due),
    ));
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Nachfassen in den Kalender (.ics)…")
        .click();
    harness.run();
    replace_text(
        &mut harness,
        Role::TextInput,
        "Pfad",
        &ics.display().to_string(),
    );
    harness.get_by_role_and_label(Role::Button, "OK").click();
    harness.run();
    let calendar = std::fs::read_to_string(&ics).unwrap();
    let follow_ups = harness.state().document().workspace.contacts.iter();
    let due = follow_ups.filter(|c| c.next_follow_up.is_some()).count();
    assert!(due > 0);
    assert!(
        calendar.matches("BEGIN:VEVENT").count() >= due,
        "{calendar}"
    );
}
