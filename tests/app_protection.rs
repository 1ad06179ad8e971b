//! A protected workspace in the app (issue 33): opened with its password (a wrong one
//! asked again), saved encrypted, and changes made elsewhere to the protected file
//! merged with the password the document holds.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;

use std::path::{Path, PathBuf};

use common::{press, replace_text, text_of, wait_until_opened};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use netzwerk_canvas::app::{App, Startup};
use netzwerk_canvas::model::Workspace;
use netzwerk_canvas::storage::{self, Passphrase};

const PASSWORD: &str = "Lindenblatt 7";

fn passphrase() -> Passphrase {
    Passphrase::new(PASSWORD.into())
}

fn protected_example(folder: &Path) -> PathBuf {
    let path = folder.join("geschuetzt.json");
    let workspace = storage::example_workspace().unwrap();
    storage::save_workspace_protected(&path, &workspace, Some(&passphrase())).unwrap();
    path
}

fn read(path: &Path) -> Workspace {
    assert!(
        storage::is_sealed(&std::fs::read(path).unwrap()),
        "not encrypted"
    );
    storage::open_workspace(path, Some(&passphrase())).unwrap()
}

fn answer(harness: &mut Harness<'_, App>, typed: &str) {
    let field = harness.get_by_role_and_label(Role::PasswordInput, "Passwort:");
    field.focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::PasswordInput, "Passwort:")
        .type_text(typed);
    harness.run();
    // The file opens on a worker thread (scrypt), with a spinner: step, then wait.
    harness.key_press(Key::Enter);
    harness.step();
    wait_until_opened(harness);
}

/// Opens the protected file at start: a wrong password is asked again, the right one
/// opens it.
fn opened(path: &Path) -> Harness<'static, App> {
    let mut harness = common::app_harness(Startup::File(path.to_path_buf()));
    harness.get_by_label("Geschützte Datei öffnen");
    answer(&mut harness, "lindenblatt 7");
    harness.get_by_label("Das Passwort ist falsch. Bitte versuchen Sie es noch einmal.");
    assert_eq!(harness.state().document().path(), None);
    answer(&mut harness, PASSWORD);
    assert_eq!(harness.state().document().path(), Some(path));
    assert!(harness.state().document().is_protected());
    // The field's undo steps (the typed password) went with the dialog.
    let field = netzwerk_canvas::ui::widgets::editor_id::editor_id("passphrase_first");
    assert!(egui::text_edit::TextEditState::load(&harness.ctx, field).is_none());
    harness
}

#[test]
fn a_protected_file_opens_with_its_password_and_is_saved_encrypted() {
    let folder = tempfile::tempdir().unwrap();
    let path = protected_example(folder.path());
    let mut harness = opened(&path);
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Erfolg",
        "Geheim und gut",
    );
    press(&mut harness, Modifiers::COMMAND, Key::S);
    let saved = read(&path);
    assert_eq!(
        saved.collaborations[0].field_text("success"),
        "Geheim und gut"
    );
    assert!(storage::is_sealed(
        &std::fs::read(storage::backup_path(&path)).unwrap()
    ));
}

#[test]
fn changes_made_elsewhere_to_a_protected_file_are_merged_with_its_password() {
    let folder = tempfile::tempdir().unwrap();
    let path = protected_example(folder.path());
    let mut harness = opened(&path);
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Erfolg",
        "Meine Fassung",
    );
    // Someone else (a synced folder) changes the title and saves, protected too.
    let mut theirs = read(&path);
    theirs.collaborations[0].title = "Fremde Fassung".into();
    storage::save_workspace_protected(&path, &theirs, Some(&passphrase())).unwrap();
    press(&mut harness, Modifiers::COMMAND, Key::S);
    let saved = read(&path);
    assert_eq!(saved.collaborations[0].title, "Fremde Fassung");
    assert_eq!(
        saved.collaborations[0].field_text("success"),
        "Meine Fassung"
    );
    assert_eq!(
        text_of(&harness, Role::TextInput, "Titel"),
        "Fremde Fassung"
    );
}
