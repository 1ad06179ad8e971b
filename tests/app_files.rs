//! Saving, opening and never losing work, driven through the real app.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;

use std::path::Path;

use common::{answer_path_prompt, app_harness, click_button, press, replace_text, text_of};
use egui::accesskit::Role;
use egui::{Key, Modifiers, ViewportCommand, ViewportEvent, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use netzwerk_canvas::app::{App, Startup};
use netzwerk_canvas::command::FileCommand;
use netzwerk_canvas::model::{Relationship, TimePeriod};
use netzwerk_canvas::storage;

const TEXT_FIELDS: [(&str, &str); 7] = [
    (
        "Motivation",
        "Lebensmittel retten – gemeinsam mit der Bäckerei 🍎",
    ),
    ("Erwartungen", "„Verlässliche“ Abholung, zweimal pro Woche"),
    (
        "Gemeinsame Ziele",
        "Bis 31.03.2027: 200 kg pro Monat weniger Müll",
    ),
    (
        "Zusammenarbeit",
        "Wir teilen Fahrten und Kühlraum; Größe: 12 m²",
    ),
    ("Mehrwert", "Weniger Abfall, mehr Nähe zu den Kundinnen"),
    ("Erfolg", "Die Kühltruhe ist jeden Freitag leer"),
    (
        "Nächste Schritte & Absprachen",
        "– Ich: Hygieneplan bis Freitag",
    ),
];

fn new_collaboration_filled_in(harness: &mut Harness<'_, App>) {
    click_button(harness, "+ Neue Kooperation");
    replace_text(
        harness,
        Role::TextInput,
        "Titel",
        "Tafel Rhade – Lebensmittelrettung",
    );
    replace_text(
        harness,
        Role::TextInput,
        "Partner",
        "Tafel e. V., Bäckerei Kemper",
    );
    replace_text(harness, Role::TextInput, "Termin", "03.12.2026");
    harness
        .get_by_role_and_label(Role::RadioButton, "Wichtigkeit 5 von 5")
        .click();
    harness.run();
    harness.get_by_label("Beziehungsform").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Gruppe")
        .click();
    harness.run();
    for (label, text) in TEXT_FIELDS {
        replace_text(harness, Role::MultilineTextInput, label, text);
    }
    for (label, value) in [
        ("Zeit – Ich", 4.5),
        ("Zeit – Partner", 2.0),
        ("Geld – Ich", 120.0),
        ("Geld – Partner", 80.0),
        ("Energie – Ich", 4.0),
        ("Energie – Partner", 2.0),
    ] {
        harness.get_by_label(label).set_value_accesskit(value);
        harness.run();
    }
    for (label, text) in [
        ("Zeit – Notiz", "Stunden pro Monat"),
        ("Geld – Notiz", "Kühltruhe anteilig"),
        ("Energie – Notiz", "Viel Lust auf Neues"),
    ] {
        replace_text(harness, Role::TextInput, label, text);
    }
    harness.get_by_label("Std. gesamt").click();
    harness.run();
}

#[test]
fn a_new_filled_collaboration_saved_through_the_save_command_reopens_equal() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("workshop.json");
    let mut harness = app_harness(Startup::Example);
    new_collaboration_filled_in(&mut harness);
    assert!(harness.state().document().is_modified());

    // The example has no file yet, so Save asks for a path.
    press(&mut harness, Modifiers::COMMAND, Key::S);
    answer_path_prompt(&mut harness, &path);
    assert!(!harness.state().document().is_modified());
    assert_eq!(harness.state().document().path(), Some(path.as_path()));

    let saved = storage::load_workspace(&path).unwrap();
    assert_eq!(&saved, harness.state().document().workspace());
    let added = saved.collaborations.last().unwrap();
    assert_eq!(added.title, "Tafel Rhade – Lebensmittelrettung");
    assert_eq!(added.partners, ["Tafel e. V.", "Bäckerei Kemper"]);
    assert_eq!(added.relationship, Relationship::Gruppe);
    assert_eq!(added.importance, 5);
    assert_eq!(added.meeting_date.unwrap().to_string(), "2026-12-03");
    assert_eq!(added.field_text("motivation"), TEXT_FIELDS[0].1);
    assert_eq!(added.field_text("next_steps"), TEXT_FIELDS[6].1);
    assert_eq!(added.investment.time.mine, 4.5);
    assert_eq!(added.investment.money.partners, 80.0);
    assert_eq!(added.investment.energy.mine, 4);
    assert_eq!(added.investment.time.period, TimePeriod::Total);
    assert_eq!(added.investment.money.note, "Kühltruhe anteilig");

    // The first window is closed; a second one would be told the file is open.
    drop(harness);
    let mut reopened = app_harness(Startup::File(path.clone()));
    assert_eq!(reopened.state().document().workspace(), &saved);
    click_button(&mut reopened, "Tafel Rhade – Lebensmittelrettung");
    for (label, text) in TEXT_FIELDS {
        assert_eq!(text_of(&reopened, Role::MultilineTextInput, label), text);
    }
}

#[test]
fn saving_again_keeps_the_previous_version_as_bak() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("canvas.json");
    let mut harness = app_harness(Startup::Example);
    common::save_via_command(&mut harness, &path);
    let first = std::fs::read(&path).unwrap();

    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Motivation",
        "Neu gedacht",
    );
    press(&mut harness, Modifiers::COMMAND, Key::S);
    assert_eq!(std::fs::read(storage::backup_path(&path)).unwrap(), first);
    let saved = storage::load_workspace(&path).unwrap();
    assert_eq!(
        saved.collaborations[0].field_text("motivation"),
        "Neu gedacht"
    );
}

#[test]
fn an_edit_marks_the_document_modified_in_the_title() {
    let mut harness = app_harness(Startup::Example);
    assert!(!harness.state().window_title().starts_with('●'));
    replace_text(&mut harness, Role::MultilineTextInput, "Erfolg", "Anders");
    assert!(harness.state().document().is_modified());
    assert_eq!(
        harness.state().window_title(),
        "● Beispiel-Arbeitsbereich – Netzwerk-Canvas"
    );
}

fn request_window_close(harness: &mut Harness<'_, App>) {
    harness
        .input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    harness.step();
}

fn root_commands(harness: &Harness<'_, App>) -> Vec<ViewportCommand> {
    harness
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .map(|viewport| viewport.commands.clone())
        .unwrap_or_default()
}

#[test]
fn closing_with_unsaved_changes_asks_and_cancel_keeps_the_app_open() {
    let mut harness = app_harness(Startup::Example);
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Mehrwert",
        "Geändert",
    );
    request_window_close(&mut harness);
    assert!(root_commands(&harness).contains(&ViewportCommand::CancelClose));
    harness.run();
    harness.get_by_label("Ungespeicherte Änderungen");
    harness.get_by_role_and_label(Role::Button, "Speichern");
    harness.get_by_role_and_label(Role::Button, "Verwerfen");

    harness
        .get_by_role_and_label(Role::Button, "Abbrechen")
        .click();
    harness.step();
    assert!(!root_commands(&harness).contains(&ViewportCommand::Close));
    harness.run();
    assert!(
        harness
            .query_by_label("Ungespeicherte Änderungen")
            .is_none()
    );
    assert!(harness.state().document().is_modified());
    assert_eq!(
        text_of(&harness, Role::MultilineTextInput, "Mehrwert"),
        "Geändert"
    );
}

#[test]
fn closing_without_changes_does_not_ask() {
    let mut harness = app_harness(Startup::Example);
    request_window_close(&mut harness);
    assert!(!root_commands(&harness).contains(&ViewportCommand::CancelClose));
    assert!(harness.state().dialog().is_none());
}

#[test]
fn quit_with_changes_then_discard_closes_the_window() {
    let mut harness = app_harness(Startup::Example);
    replace_text(&mut harness, Role::MultilineTextInput, "Erfolg", "Geändert");
    press(&mut harness, Modifiers::COMMAND, Key::Q);
    harness.get_by_label("Ungespeicherte Änderungen");
    harness
        .get_by_role_and_label(Role::Button, "Verwerfen")
        .click();
    harness.step();
    assert!(root_commands(&harness).contains(&ViewportCommand::Close));
}

#[test]
fn new_with_changes_then_save_writes_the_file_before_starting_afresh() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("vorher.json");
    let mut harness = app_harness(Startup::Example);
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Erfolg",
        "Gesichert",
    );
    press(&mut harness, Modifiers::COMMAND, Key::N);
    click_button(&mut harness, "Speichern");
    answer_path_prompt(&mut harness, &path);

    let saved = storage::load_workspace(&path).unwrap();
    assert_eq!(saved.collaborations[0].field_text("success"), "Gesichert");
    assert_eq!(common::collaboration_count(&harness), 0);
    harness.get_by_label_contains("Noch keine Kooperationen");
}

fn write(folder: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = folder.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn opening_each_kind_of_bad_file_shows_why_and_keeps_the_workspace() {
    let folder = tempfile::tempdir().unwrap();
    let deeply_nested = "[".repeat(100_000);
    let bad_files: [(&str, &[u8], &str); 8] = [
        ("eins.json", b"Hallo Welt", "kein gültiges JSON"),
        ("zwei.json", br#"{"format": "netzwerk-canvas", "version": 1, "collab"#, "abgeschnitten"),
        ("drei.json", br#"{"format": "mindmap", "version": 1}"#, "keine Netzwerk-Canvas-Datei"),
        ("vier.json", br#"{"format": "netzwerk-canvas", "version": 7}"#, "neueren Version"),
        (
            "fuenf.json",
            br#"{"format": "netzwerk-canvas", "version": 1, "collaborations": [{"importance": "hoch"}]}"#,
            "Unerwarteter Inhalt",
        ),
        ("sechs.json", deeply_nested.as_bytes(), "zu tief verschachtelt"),
        ("sieben.json", b"", "leer"),
        ("acht.json", br#"{"collaborations": []}"#, "fehlt"),
    ];
    let mut harness = app_harness(Startup::Example);
    for (name, bytes, reason) in bad_files {
        let path = write(folder.path(), name, bytes);
        harness
            .state_mut()
            .queue(netzwerk_canvas::command::Command::File(
                FileCommand::OpenPath(path.clone()),
            ));
        harness.run();
        harness.get_by_label_contains(&format!(
            "„{}“ konnte nicht geöffnet werden",
            path.display()
        ));
        harness.get_by_label_contains(reason);
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{name} was modified");
        assert_eq!(
            harness.state().document().workspace().collaborations.len(),
            4
        );
        assert_eq!(
            text_of(&harness, Role::TextInput, "Titel"),
            "Dorfladen Rhade"
        );
        click_button(&mut harness, "OK");
        assert!(
            harness.state().dialog().is_none(),
            "{name}: dialog still open"
        );
    }
}

#[test]
fn a_bad_file_on_the_command_line_starts_with_the_error_and_an_empty_workspace() {
    let folder = tempfile::tempdir().unwrap();
    let path = write(
        folder.path(),
        "kaputt.json",
        b"{\"format\": \"netzwerk-canvas\", ",
    );
    let harness = app_harness(Startup::File(path.clone()));
    harness.get_by_label_contains("abgeschnitten");
    assert_eq!(common::collaboration_count(&harness), 0);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        b"{\"format\": \"netzwerk-canvas\", "
    );
}

#[test]
fn a_failed_save_says_why_and_leaves_the_old_file_intact() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("bestand.json");
    let mut harness = app_harness(Startup::Example);
    common::save_via_command(&mut harness, &path);
    let before = std::fs::read(&path).unwrap();
    // A folder where the backup must go makes the save fail, even for root.
    std::fs::create_dir(storage::backup_path(&path)).unwrap();
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Erfolg",
        "Wird nicht gespeichert",
    );
    press(&mut harness, Modifiers::COMMAND, Key::S);

    harness.get_by_label_contains("konnte nicht gespeichert werden");
    harness.get_by_label_contains("vorherige Fassung");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(harness.state().document().is_modified());
    let leftovers: Vec<_> = std::fs::read_dir(folder.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[derive(Debug)]
struct DroppedPath(std::path::PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_file_dropped_onto_the_window_opens() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("gezogen.json");
    let mut workspace = storage::example_workspace().unwrap();
    workspace.collaborations.truncate(1);
    workspace.collaborations[0].title = "Aus der Datei gezogen".into();
    storage::save_workspace(&path, &workspace).unwrap();

    let mut harness = app_harness(Startup::Example);
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPath(path.clone())));
    harness.run();
    assert_eq!(harness.state().document().path(), Some(path.as_path()));
    harness.get_by_role_and_label(Role::Button, "Aus der Datei gezogen");
}

/// docs/reliability.md: *Open* with unsaved changes asks first; Cancel keeps the work.
#[test]
fn open_with_unsaved_changes_asks_and_cancel_keeps_the_work() {
    let folder = tempfile::tempdir().unwrap();
    let other = folder.path().join("andere.json");
    storage::save_workspace(&other, &storage::example_workspace().unwrap()).unwrap();
    let mut harness = app_harness(Startup::Example);
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Mehrwert",
        "Noch nicht gespeichert",
    );
    harness
        .state_mut()
        .queue(netzwerk_canvas::command::Command::File(
            FileCommand::OpenPath(other.clone()),
        ));
    harness.run();
    harness.get_by_label("Ungespeicherte Änderungen");
    click_button(&mut harness, "Abbrechen");
    let document = harness.state().document();
    assert!(document.is_modified());
    assert_eq!(document.path(), None, "the other file was not opened");
    assert_eq!(
        document.workspace().collaborations[0].field_text("added_value"),
        "Noch nicht gespeichert"
    );
}

/// Issue 15: the status bar's note ("Geöffnet: …") follows a language switch at once.
#[test]
fn the_status_note_follows_the_language() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("netz.json");
    storage::save_workspace(&path, &storage::example_workspace().unwrap()).unwrap();
    let mut harness = app_harness(Startup::File(path.clone()));
    let shown = path.display().to_string();
    harness.get_by_label(&format!("Geöffnet: {shown}"));
    harness
        .state_mut()
        .queue(netzwerk_canvas::command::Command::View(
            netzwerk_canvas::command::ViewCommand::SetLanguage(
                netzwerk_canvas::i18n::Language::English,
            ),
        ));
    harness.run();
    harness.get_by_label(&format!("Opened: {shown}"));
}
