//! Contacts in and out from the window (issue 17): a vCard file imported as one undo
//! step with a report, and the Netzwerkbuch written as vCard, CSV and iCalendar.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;

use std::path::Path;
use std::time::Duration;

use common::{app_harness, press, replace_text};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
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
    // A vCard or CSV export asks for the format and the contacts first.
    if matches!(
        command,
        ContactCommand::ExportVcardDialog | ContactCommand::ExportCsvDialog
    ) {
        harness
            .get_by_role_and_label(Role::Button, "Weiter…")
            .click();
        harness.run();
    }
    replace_text(
        harness,
        Role::TextInput,
        "Pfad",
        &path.display().to_string(),
    );
    harness.get_by_role_and_label(Role::Button, "OK").click();
    // The import dialog's grids take a few frames to settle their sizes.
    harness.run_steps(10);
    // An import reads the file on a worker thread, then asks how to import it.
    if command == ContactCommand::ImportContactsDialog {
        wait_for_dialog(harness);
    }
    harness.run_steps(10);
}

/// Steps the app until a worker thread's answer brought up a dialog.
fn wait_for_dialog(harness: &mut Harness<'_, App>) {
    for _ in 0..500 {
        if harness.state().dialog().is_some() {
            break;
        }
        harness.step();
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// "Importieren" in the import dialog; waits for the report.
fn import(harness: &mut Harness<'_, App>) {
    harness
        .get_by_role_and_label(Role::Button, "Importieren")
        .click();
    harness.run_steps(10);
    wait_for_dialog(harness);
    harness.run_steps(10);
}

#[test]
fn a_vcard_file_is_imported_as_one_undo_step_with_a_report() {
    let mut harness = app_harness(Startup::Example);
    let before = harness.state().document().workspace().contacts.len();
    through_prompt(
        &mut harness,
        ContactCommand::ImportContactsDialog,
        &fixture("apple-3.0.vcf"),
    );
    // The preview shows the first entries before anything changes.
    harness.get_by_label_contains("(vCard):");
    harness.get_by_label("Ömer Yılmaz");
    assert_eq!(
        harness.state().document().workspace().contacts.len(),
        before
    );
    import(&mut harness);
    let contacts = &harness.state().document().workspace().contacts;
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
    assert_eq!(
        harness.state().document().workspace().contacts.len(),
        before
    );
}

#[test]
fn a_broken_file_is_refused_and_the_netzwerkbuch_is_unchanged() {
    let folder = tempfile::tempdir().unwrap();
    let broken = folder.path().join("kaputt.vcf");
    std::fs::write(&broken, "BEGIN:VCARD\nVERSION:3.0\nFN:Halb\n").unwrap();
    let mut harness = app_harness(Startup::Example);
    let before = harness.state().document().workspace().contacts.clone();
    through_prompt(&mut harness, ContactCommand::ImportContactsDialog, &broken);
    harness.get_by_label_contains("Die Datei ist an 1 Stelle fehlerhaft: Karte 1");
    let button = harness.get_by_role_and_label(Role::Button, "Importieren");
    assert!(
        button.accesskit_node().is_disabled(),
        "import a broken file?"
    );
    // Enter does not import it either; Escape closes the dialog.
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert!(harness.state().dialog().is_some());
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(harness.state().dialog().is_none());
    assert_eq!(harness.state().document().workspace().contacts, before);
    assert!(!harness.state().document().is_modified());
}

#[test]
fn skipping_broken_entries_imports_the_rest_and_reports_each_skipped_one() {
    let folder = tempfile::tempdir().unwrap();
    let partly = folder.path().join("teils.vcf");
    std::fs::write(
        &partly,
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ganz Heil\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Halb\n",
    )
    .unwrap();
    let mut harness = app_harness(Startup::Example);
    let before = harness.state().document().workspace().contacts.len();
    through_prompt(&mut harness, ContactCommand::ImportContactsDialog, &partly);
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            "Fehlerhafte Einträge überspringen und im Bericht nennen (sonst wird nichts importiert)",
        )
        .click();
    harness.run();
    import(&mut harness);
    let contacts = &harness.state().document().workspace().contacts;
    assert_eq!(contacts.len(), before + 1);
    assert!(contacts.iter().any(|c| c.name == "Ganz Heil"));
    harness.get_by_label_contains("Karte 2: übersprungen, fehlerhaft");
}

#[test]
fn existing_contacts_are_merged_or_skipped_as_the_user_chooses() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("buch.json");
    let mut workspace = netzwerk_canvas::model::Workspace::default();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let id = workspace.add_contact("Ömer Yılmaz", day);
    workspace.contact_mut(&id).unwrap().email = "oemer.yilmaz@firma.example".into();
    netzwerk_canvas::storage::save_workspace(&path, &workspace).unwrap();
    for (choice, organisation) in [("überspringen", ""), ("zusammenführen", "Yılmaz & Partner")]
    {
        let mut harness = app_harness(Startup::File(path.clone()));
        common::wait_until_opened(&mut harness);
        through_prompt(
            &mut harness,
            ContactCommand::ImportContactsDialog,
            &fixture("apple-3.0.vcf"),
        );
        let label = if choice == "überspringen" {
            "überspringen"
        } else {
            "zusammenführen – leere Felder ergänzen, Vorhandenes behalten"
        };
        harness
            .get_by_role_and_label(Role::RadioButton, label)
            .click();
        harness.run_steps(4);
        import(&mut harness);
        let contacts = &harness.state().document().workspace().contacts;
        let same: Vec<_> = contacts
            .iter()
            .filter(|c| c.name == "Ömer Yılmaz")
            .collect();
        assert_eq!(same.len(), 1, "{choice}: never a second card");
        assert_eq!(same[0].organisation, organisation, "{choice}");
    }
}

#[test]
fn the_netzwerkbuch_is_written_as_vcard_csv_and_calendar() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = app_harness(Startup::Example);
    let names: Vec<String> = (harness.state().document().workspace().contacts.iter())
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
    let follow_ups = harness.state().document().workspace().contacts.iter();
    let due = follow_ups.filter(|c| c.next_follow_up.is_some()).count();
    assert!(due > 0);
    assert!(
        calendar.matches("BEGIN:VEVENT").count() >= due,
        "{calendar}"
    );
}

#[test]
fn a_vcard_3_of_one_tag_is_written_for_older_programs() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("buch.json");
    let mut workspace = netzwerk_canvas::model::Workspace::default();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    for (name, tags) in [
        ("Anna Politik", vec!["Politik"]),
        ("Bernd Sport", vec!["Sport"]),
        ("Clara Beides", vec!["sport", "politik "]),
    ] {
        let id = workspace.add_contact(name, day);
        workspace.contact_mut(&id).unwrap().tags = tags.into_iter().map(String::from).collect();
    }
    netzwerk_canvas::storage::save_workspace(&path, &workspace).unwrap();
    let mut harness = app_harness(Startup::File(path));
    common::wait_until_opened(&mut harness);
    harness
        .state_mut()
        .queue(Command::Contact(ContactCommand::ExportVcardDialog));
    harness.run();
    harness
        .get_by_role_and_label(Role::RadioButton, "vCard 3.0 (für ältere Programme)")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::ComboBox, "Kontakte:")
        .click();
    harness.run();
    harness.get_by_label("mit Schlagwort „Politik“").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Weiter…")
        .click();
    harness.run();
    // The name proposed says what the file holds.
    let proposed = common::text_of(&harness, Role::TextInput, "Pfad");
    assert!(proposed.ends_with("Kontakte – Politik.vcf"), "{proposed}");
    let out = folder.path().join("politik.vcf");
    replace_text(
        &mut harness,
        Role::TextInput,
        "Pfad",
        &out.display().to_string(),
    );
    harness.get_by_role_and_label(Role::Button, "OK").click();
    harness.run();
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written.matches("BEGIN:VCARD").count(), 2, "{written}");
    assert!(written.contains("VERSION:3.0") && !written.contains("VERSION:4.0"));
    assert!(written.contains("Anna Politik") && written.contains("Clara Beides"));
    assert!(!written.contains("Bernd Sport"));
}
