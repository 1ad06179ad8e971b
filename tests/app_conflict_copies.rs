//! Issue 18: a sync program's conflict copy beside the open file is offered for
//! merging; nothing either version holds is lost, differing fields are asked about,
//! and the copy goes only when the user chose so and the file was saved.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;

use std::path::{Path, PathBuf};

use common::click_button;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use netzwerk_canvas::app::{ActiveDialog, App, Startup};
use netzwerk_canvas::model::{Contact, Workspace};
use netzwerk_canvas::storage;

const COPY: &str = "netz.sync-conflict-20261129-101500-ABCDEFG.json";

/// The example saved as `netz.json`, and beside it a conflict copy made by `edit`.
fn file_and_copy(folder: &Path, edit: impl FnOnce(&mut Workspace)) -> (PathBuf, PathBuf) {
    let path = folder.join("netz.json");
    let workspace = storage::example_workspace().unwrap();
    storage::save_workspace(&path, &workspace).unwrap();
    let mut copy = workspace;
    edit(&mut copy);
    let copy_path = folder.join(COPY);
    storage::save_workspace(&copy_path, &copy).unwrap();
    (path, copy_path)
}

fn contact(name: &str) -> Contact {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let mut contact = Contact::new(name, today);
    contact.organisation = "Aus der Kopie".into();
    contact
}

fn open(path: &Path) -> Harness<'static, App> {
    let mut harness = common::app_harness(Startup::File(path.to_path_buf()));
    harness.run_steps(10);
    harness
}

fn press(harness: &mut Harness<'_, App>, key: Key) {
    harness.key_press_modifiers(Modifiers::NONE, key);
    harness.run_steps(10);
}

fn offered(harness: &Harness<'_, App>) -> bool {
    matches!(
        harness.state().dialog(),
        Some(ActiveDialog::ConflictCopy(_))
    )
}

#[test]
fn a_copy_with_news_is_merged_saved_and_then_deleted() {
    let folder = tempfile::tempdir().unwrap();
    let (path, copy) = file_and_copy(folder.path(), |w| {
        // Only additions: they come in without a question.
        w.contacts.push(contact("Kira Kopie"));
        w.collaborations[1]
            .partners
            .push("Partner aus der Kopie".into());
    });
    let before = storage::load_workspace(&path).unwrap();
    let mut harness = open(&path);
    assert!(offered(&harness), "{:?}", harness.state().dialog());
    harness.get_by_label("Konfliktkopie gefunden");
    harness.get_by_label_contains("Sie enthält 2 Änderungen, die in der geöffneten Datei fehlen.");
    harness.get_by_label_contains(COPY);

    press(&mut harness, Key::Enter);

    assert!(
        harness.state().dialog().is_none(),
        "{:?}",
        harness.state().dialog()
    );
    let saved = storage::load_workspace(&path).unwrap();
    assert!(saved.contacts.iter().any(|c| c.name == "Kira Kopie"));
    assert_eq!(saved.contacts.len(), before.contacts.len() + 1);
    assert!(
        saved.collaborations[1]
            .partners
            .contains(&"Partner aus der Kopie".to_owned())
    );
    assert_eq!(
        saved.collaborations[1].partners.len(),
        before.collaborations[1].partners.len() + 1
    );
    assert_eq!(saved.collaborations.len(), before.collaborations.len());
    assert!(!copy.exists(), "the copy was deleted once saved");
    assert!(!harness.state().document().is_modified());
    harness.get_by_label_contains("2 Änderungen aus der Konfliktkopie");
    assert_eq!(
        harness.state().undo_text().as_deref(),
        Some("Rückgängig: Änderungen von außen übernommen")
    );
}

#[test]
fn a_copy_never_deletes_what_only_the_open_file_holds() {
    let folder = tempfile::tempdir().unwrap();
    let (path, copy) = file_and_copy(folder.path(), |w| {
        // The copy lacks a canvas and a contact the file has, and adds a contact.
        w.collaborations.remove(0);
        w.contacts.remove(0);
        w.contacts.push(contact("Kira Kopie"));
    });
    let before = storage::load_workspace(&path).unwrap();
    let mut harness = open(&path);
    assert!(offered(&harness));
    press(&mut harness, Key::Enter);

    let saved = storage::load_workspace(&path).unwrap();
    assert_eq!(saved.collaborations, before.collaborations);
    assert!(before.contacts.iter().all(|c| saved.contacts.contains(c)));
    assert!(saved.contacts.iter().any(|c| c.name == "Kira Kopie"));
    assert!(!copy.exists());
}

#[test]
fn differing_fields_are_asked_about_and_each_choice_is_saved() {
    let folder = tempfile::tempdir().unwrap();
    let (path, copy) = file_and_copy(folder.path(), |w| {
        w.collaborations[0]
            .fields
            .insert("success".into(), "Erfolg laut Kopie".into());
        w.collaborations[1].title = "Titel laut Kopie".into();
    });
    let before = storage::load_workspace(&path).unwrap();
    let mut harness = open(&path);
    assert!(offered(&harness));
    press(&mut harness, Key::Enter);

    assert!(matches!(
        harness.state().dialog(),
        Some(ActiveDialog::Merge(_))
    ));
    assert_eq!(
        harness
            .get_all_by_label("Fassung der Konfliktkopie")
            .count(),
        2
    );
    assert!(
        harness.query_all_by_label("Zuvor").next().is_none(),
        "no earlier version is known"
    );
    // The success text: the combination (Enter's choice); the title: the copy's.
    // Each row's choice is named with its row ("… – Titel: Fassung der Kopie übernehmen").
    let titles: Vec<_> = harness
        .query_all_by_label_contains(": Fassung der Kopie übernehmen")
        .collect();
    assert_eq!(titles.len(), 2);
    titles[1].click();
    harness.run_steps(10);
    click_button(&mut harness, "Zusammenführen und speichern");
    harness.run_steps(10);

    let saved = storage::load_workspace(&path).unwrap();
    let mine = before.collaborations[0].field_text("success");
    assert_eq!(
        saved.collaborations[0].field_text("success"),
        format!("{mine}\nErfolg laut Kopie")
    );
    assert_eq!(saved.collaborations[1].title, "Titel laut Kopie");
    assert!(!copy.exists());
}

#[test]
fn escape_keeps_the_copy_and_the_file_and_does_not_ask_again() {
    let folder = tempfile::tempdir().unwrap();
    let (path, copy) = file_and_copy(folder.path(), |w| {
        w.contacts.push(contact("Kira Kopie"));
    });
    let file_before = std::fs::read(&path).unwrap();
    let copy_before = std::fs::read(&copy).unwrap();
    let mut harness = open(&path);
    assert!(offered(&harness));
    press(&mut harness, Key::Escape);
    assert!(harness.state().dialog().is_none());
    // The file is looked at again every two seconds: the copy is not offered again.
    let now = harness.ctx.input(|input| input.time);
    harness.input_mut().time = Some(now + 5.0);
    harness.run_steps(10);
    assert!(harness.state().dialog().is_none());
    assert_eq!(std::fs::read(&path).unwrap(), file_before);
    assert_eq!(std::fs::read(&copy).unwrap(), copy_before);
    assert!(!harness.state().document().is_modified());
}

#[test]
fn the_copy_stays_when_the_box_is_unticked() {
    let folder = tempfile::tempdir().unwrap();
    let (path, copy) = file_and_copy(folder.path(), |w| {
        w.contacts.push(contact("Kira Kopie"));
    });
    let mut harness = open(&path);
    harness.get_by_label("Konfliktkopie danach löschen").click();
    harness.run_steps(10);
    press(&mut harness, Key::Enter);
    let saved = storage::load_workspace(&path).unwrap();
    assert!(saved.contacts.iter().any(|c| c.name == "Kira Kopie"));
    assert!(copy.exists(), "kept as chosen");
}

#[test]
fn a_copy_with_nothing_new_can_be_deleted_at_once() {
    let folder = tempfile::tempdir().unwrap();
    let (path, copy) = file_and_copy(folder.path(), |_| {});
    let file_before = std::fs::read(&path).unwrap();
    let mut harness = open(&path);
    assert!(offered(&harness));
    harness.get_by_label_contains("Sie enthält nichts, was in der geöffneten Datei fehlt.");
    press(&mut harness, Key::Enter);
    assert!(!copy.exists());
    assert_eq!(std::fs::read(&path).unwrap(), file_before);
    harness.get_by_label_contains("gelöscht");
}

#[test]
fn an_unreadable_copy_is_named_and_left_as_it_is() {
    let folder = tempfile::tempdir().unwrap();
    let (path, copy) = file_and_copy(folder.path(), |_| {});
    std::fs::write(&copy, b"{ \"collaborations\": [ { \"title\": ").unwrap();
    let harness = open(&path);
    assert!(
        matches!(harness.state().dialog(), Some(ActiveDialog::Notice(_))),
        "{:?}",
        harness.state().dialog()
    );
    harness.get_by_label_contains(&format!(
        "Die Konfliktkopie „{COPY}“ konnte nicht gelesen werden"
    ));
    harness.get_by_label("Sie bleibt unverändert liegen.");
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        b"{ \"collaborations\": [ { \"title\": "
    );
}
