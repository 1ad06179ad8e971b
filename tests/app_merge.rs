//! Issue 18: a file changed elsewhere (another window, a synced folder) is merged with
//! the open document instead of overwritten, at save time and while the window is open.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;

use std::path::{Path, PathBuf};

use common::{click_button, press, replace_text};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use netzwerk_canvas::app::{ActiveDialog, App, Startup};
use netzwerk_canvas::storage;

fn saved_example(folder: &Path) -> PathBuf {
    let path = folder.join("netz.json");
    storage::save_workspace(&path, &storage::example_workspace().unwrap()).unwrap();
    path
}

/// Someone elsewhere changes the file: `edit` on what is on disk.
fn change_on_disk(path: &Path, edit: impl FnOnce(&mut netzwerk_canvas::model::Workspace)) {
    let mut workspace = storage::load_workspace(path).unwrap();
    edit(&mut workspace);
    // A different size or time, as a sync engine's write would leave.
    std::thread::sleep(std::time::Duration::from_millis(20));
    storage::save_workspace(path, &workspace).unwrap();
}

fn open(path: &Path) -> Harness<'static, App> {
    common::app_harness(Startup::File(path.to_path_buf()))
}

/// Lets `seconds` of app time pass, so that the file is looked at again.
fn let_time_pass(harness: &mut Harness<'_, App>, seconds: f64) {
    let now = harness.ctx.input(|input| input.time);
    harness.input_mut().time = Some(now + seconds);
    harness.step();
    harness.input_mut().time = None;
    harness.run();
}

fn success_on_disk(path: &Path) -> String {
    let saved = storage::load_workspace(path).unwrap();
    saved.collaborations[0].field_text("success").to_owned()
}

#[test]
fn saving_over_a_file_changed_elsewhere_keeps_both_sides_changes() {
    let folder = tempfile::tempdir().unwrap();
    let path = saved_example(folder.path());
    let mut harness = open(&path);
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Erfolg",
        "Meine Fassung",
    );
    change_on_disk(&path, |w| {
        w.collaborations[0].title = "Fremde Fassung".into();
        w.collaborations.truncate(2);
    });
    press(&mut harness, Modifiers::COMMAND, Key::S);

    assert!(harness.state().dialog().is_none(), "nothing to ask");
    let saved = storage::load_workspace(&path).unwrap();
    assert_eq!(
        saved.collaborations[0].field_text("success"),
        "Meine Fassung"
    );
    assert_eq!(saved.collaborations[0].title, "Fremde Fassung");
    assert_eq!(saved.collaborations.len(), 2);
    let document = harness.state().document();
    assert!(!document.is_modified());
    assert_eq!(document.workspace(), &saved);
    harness.get_by_label_contains("3 Änderungen von außen übernommen");
    assert_eq!(
        harness.state().undo_text().as_deref(),
        Some("Rückgängig: Änderungen von außen übernommen")
    );
    // Saving again does not merge again: the saved file is the new base.
    press(&mut harness, Modifiers::COMMAND, Key::S);
    assert!(harness.state().dialog().is_none());
}

/// The same field changed here and elsewhere, then Ctrl+S: the merge dialog.
fn conflicting_save(folder: &Path) -> (PathBuf, Harness<'static, App>) {
    let path = saved_example(folder);
    let mut harness = open(&path);
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Erfolg",
        "Meine Fassung",
    );
    change_on_disk(&path, |w| {
        w.collaborations[0]
            .fields
            .insert("success".into(), "Fremde Fassung".into());
        w.collaborations[1].title = "Auch geändert".into();
    });
    press(&mut harness, Modifiers::COMMAND, Key::S);
    assert!(matches!(
        harness.state().dialog(),
        Some(ActiveDialog::Merge(_))
    ));
    harness.get_by_label("Gleichzeitige Änderungen zusammenführen");
    (path, harness)
}

#[test]
fn a_conflict_offers_mine_theirs_or_the_combination_and_saves_the_choice() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = conflicting_save(folder.path());
    assert!(harness.get_all_by_label_contains("– Erfolg").count() >= 1);
    harness.get_by_label("Ihre Fassung (dieses Fenster)");
    click_button(&mut harness, "Zusammenführen und speichern");
    assert_eq!(success_on_disk(&path), "Meine Fassung\nFremde Fassung");
    let saved = storage::load_workspace(&path).unwrap();
    assert_eq!(
        saved.collaborations[1].title, "Auch geändert",
        "the rest came in"
    );
    assert!(!harness.state().document().is_modified());

    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = conflicting_save(folder.path());
    harness
        .get_by_label_contains(": Fassung von außen übernehmen")
        .click();
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(success_on_disk(&path), "Fremde Fassung");

    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = conflicting_save(folder.path());
    harness
        .get_by_label_contains(": Ihre Fassung behalten")
        .click();
    harness.run();
    click_button(&mut harness, "Zusammenführen und speichern");
    assert_eq!(success_on_disk(&path), "Meine Fassung");
    assert_eq!(
        harness.state().document().workspace().collaborations[0].field_text("success"),
        "Meine Fassung"
    );
}

#[test]
fn the_combination_can_be_edited_before_it_is_saved() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = conflicting_save(folder.path());
    let editor = harness
        .get_all_by_role(Role::MultilineTextInput)
        .last()
        .unwrap();
    editor.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_all_by_role(Role::MultilineTextInput)
        .last()
        .unwrap()
        .type_text("Beides, neu gefasst");
    harness.run();
    press(&mut harness, Modifiers::COMMAND, Key::Enter);
    assert_eq!(success_on_disk(&path), "Beides, neu gefasst");
}

#[test]
fn escape_in_the_merge_dialog_saves_nothing_and_keeps_the_work() {
    let folder = tempfile::tempdir().unwrap();
    let (path, mut harness) = conflicting_save(folder.path());
    let on_disk = std::fs::read(&path).unwrap();
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(harness.state().dialog().is_none());
    assert_eq!(std::fs::read(&path).unwrap(), on_disk);
    let document = harness.state().document();
    assert!(document.is_modified());
    assert_eq!(
        document.workspace().collaborations[0].field_text("success"),
        "Meine Fassung"
    );
}

#[test]
fn while_open_without_unsaved_work_changes_elsewhere_come_in_by_themselves() {
    let folder = tempfile::tempdir().unwrap();
    let path = saved_example(folder.path());
    let mut harness = open(&path);
    change_on_disk(&path, |w| w.collaborations[1].title = "Von außen".into());
    let_time_pass(&mut harness, 2.5);
    let document = harness.state().document();
    assert_eq!(document.workspace().collaborations[1].title, "Von außen");
    assert!(!document.is_modified(), "the window shows what is on disk");
    harness.get_by_label_contains("1 Änderung von außen übernommen");
}

#[test]
fn while_open_with_unsaved_work_the_window_offers_to_bring_changes_in() {
    let folder = tempfile::tempdir().unwrap();
    let path = saved_example(folder.path());
    let mut harness = open(&path);
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Erfolg",
        "Meine Fassung",
    );
    change_on_disk(&path, |w| w.collaborations[1].title = "Von außen".into());
    let_time_pass(&mut harness, 2.5);
    assert!(matches!(
        harness.state().dialog(),
        Some(ActiveDialog::OutsideChange(_))
    ));
    click_button(&mut harness, "Übernehmen");
    let document = harness.state().document();
    assert_eq!(document.workspace().collaborations[1].title, "Von außen");
    assert_eq!(
        document.workspace().collaborations[0].field_text("success"),
        "Meine Fassung"
    );
    assert!(document.is_modified(), "the own change is still unsaved");
    // Brought in once: not offered again.
    let_time_pass(&mut harness, 2.5);
    assert!(harness.state().dialog().is_none());
}

#[test]
fn later_is_not_asked_again_for_the_same_change_and_saving_still_merges() {
    let folder = tempfile::tempdir().unwrap();
    let path = saved_example(folder.path());
    let mut harness = open(&path);
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Erfolg",
        "Meine Fassung",
    );
    change_on_disk(&path, |w| w.collaborations[1].title = "Von außen".into());
    let_time_pass(&mut harness, 2.5);
    click_button(&mut harness, "Später");
    let_time_pass(&mut harness, 2.5);
    assert!(harness.state().dialog().is_none(), "asked once per change");
    let document = harness.state().document();
    assert_ne!(document.workspace().collaborations[1].title, "Von außen");
    press(&mut harness, Modifiers::COMMAND, Key::S);
    let saved = storage::load_workspace(&path).unwrap();
    assert_eq!(saved.collaborations[1].title, "Von außen");
    assert_eq!(
        saved.collaborations[0].field_text("success"),
        "Meine Fassung"
    );
}
