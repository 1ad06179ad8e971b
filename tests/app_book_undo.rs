//! Undo and redo reach the Netzwerkbuch and the template editor, not only the canvases.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;

use chrono::NaiveDate;
use common::{app_harness_on, click_button, press, replace_text, text_of};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use netzwerk_canvas::app::{App, Startup};
use netzwerk_canvas::command::FileCommand;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn contact_names(harness: &Harness<'_, App>) -> Vec<String> {
    let workspace = &harness.state().document().workspace();
    workspace.contacts.iter().map(|c| c.name.clone()).collect()
}

#[test]
fn a_deleted_contact_comes_back_with_its_links_on_undo() {
    let mut harness = app_harness_on(Startup::Example, today());
    press(&mut harness, Modifiers::COMMAND, Key::Num2);
    let names_before = contact_names(&harness);
    let links_before = harness.state().document().workspace().collaborations[0]
        .partner_contacts
        .clone();
    assert_eq!(text_of(&harness, Role::TextInput, "Name"), "Anna Lindemann");
    click_button(&mut harness, "Löschen…");
    click_button(&mut harness, "Löschen");
    assert!(!contact_names(&harness).contains(&"Anna Lindemann".to_owned()));

    harness.get_by_label("Bearbeiten").click();
    harness.run();
    harness.get_by_label_contains("Rückgängig: Kontakt löschen");
    press(&mut harness, Modifiers::NONE, Key::Escape);

    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(contact_names(&harness), names_before);
    assert_eq!(text_of(&harness, Role::TextInput, "Name"), "Anna Lindemann");
    let workspace = &harness.state().document().workspace();
    assert_eq!(workspace.collaborations[0].partner_contacts, links_before);

    press(&mut harness, Modifiers::COMMAND, Key::Y);
    assert_eq!(contact_names(&harness).len(), names_before.len() - 1);
}

#[test]
fn typing_in_a_contact_card_is_undone_and_the_card_shows_it() {
    let mut harness = app_harness_on(Startup::Example, today());
    press(&mut harness, Modifiers::COMMAND, Key::Num2);
    replace_text(&mut harness, Role::TextInput, "Organisation", "Neue Firma");
    let first = &harness.state().document().workspace().contacts[0];
    assert_eq!(first.organisation, "Neue Firma");

    press(&mut harness, Modifiers::COMMAND, Key::Z);
    let first = &harness.state().document().workspace().contacts[0];
    assert_ne!(first.organisation, "Neue Firma");
    let restored = first.organisation.clone();
    assert_eq!(text_of(&harness, Role::TextInput, "Organisation"), restored);
}

#[test]
fn template_edits_and_the_copy_of_a_bundled_template_are_undone_step_by_step() {
    let mut harness = app_harness_on(Startup::Example, today());
    press(&mut harness, Modifiers::COMMAND, Key::Num5);
    click_button(&mut harness, "Vorlage bearbeiten");
    let templates =
        |harness: &Harness<'_, App>| harness.state().document().workspace().templates.clone();
    assert_eq!(templates(&harness).len(), 1);
    let fields = templates(&harness)[0].fields.len();
    click_button(&mut harness, "+ Feld");
    assert_eq!(templates(&harness)[0].fields.len(), fields + 1);

    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(templates(&harness)[0].fields.len(), fields);
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert!(templates(&harness).is_empty(), "the copy is gone again");

    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(templates(&harness)[0].fields.len(), fields + 1);
}

/// Issue 12: undo after opening another file used to write the first file's contacts
/// into the second. Every file starts with its own, empty history.
#[test]
fn undo_after_opening_another_file_never_reaches_back_into_the_first() {
    let folder = tempfile::tempdir().unwrap();
    let fixture = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/contacts.json"
    ))
    .unwrap();
    let (first, second) = (folder.path().join("a.json"), folder.path().join("b.json"));
    std::fs::write(&first, &fixture).unwrap();
    let mut other = netzwerk_canvas::storage::load_workspace(&first).unwrap();
    other.contacts.truncate(1);
    other.contacts[0].name = "Nur in B".to_owned();
    netzwerk_canvas::storage::save_workspace(&second, &other).unwrap();
    let second_before = std::fs::read(&second).unwrap();

    let mut harness = app_harness_on(Startup::File(first.clone()), today());
    press(&mut harness, Modifiers::COMMAND, Key::Num2);
    click_button(&mut harness, "Löschen…");
    click_button(&mut harness, "Löschen");
    assert!(harness.state().document().is_modified());

    harness
        .state_mut()
        .queue(netzwerk_canvas::command::Command::File(
            FileCommand::OpenPath(second.clone()),
        ));
    harness.run();
    click_button(&mut harness, "Verwerfen");
    assert_eq!(contact_names(&harness), ["Nur in B"]);
    assert!(
        harness.state().undo_text().is_none(),
        "a new file has nothing to undo"
    );

    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(contact_names(&harness), ["Nur in B"]);
    assert!(!harness.state().document().is_modified());
    press(&mut harness, Modifiers::COMMAND, Key::S);
    assert_eq!(
        std::fs::read(&second).unwrap(),
        second_before,
        "b.json unchanged"
    );
}
