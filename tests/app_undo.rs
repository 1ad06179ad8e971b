//! Undo and redo through the keyboard and the Edit menu.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;

use common::{app_harness, click_button, collaboration_titles, press, replace_text, text_of};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use netzwerk_canvas::app::Startup;

const COMMAND_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

#[test]
fn ctrl_z_undoes_typing_and_ctrl_shift_z_and_ctrl_y_redo_it() {
    let mut harness = app_harness(Startup::Example);
    let original = text_of(&harness, Role::MultilineTextInput, "Motivation");
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Motivation",
        "Ganz neu",
    );

    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        text_of(&harness, Role::MultilineTextInput, "Motivation"),
        original
    );
    press(&mut harness, COMMAND_SHIFT, Key::Z);
    assert_eq!(
        text_of(&harness, Role::MultilineTextInput, "Motivation"),
        "Ganz neu"
    );
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    press(&mut harness, Modifiers::COMMAND, Key::Y);
    assert_eq!(
        text_of(&harness, Role::MultilineTextInput, "Motivation"),
        "Ganz neu"
    );
}

#[test]
fn the_edit_menu_names_what_will_be_undone() {
    let mut harness = app_harness(Startup::Example);
    replace_text(&mut harness, Role::MultilineTextInput, "Erfolg", "Messbar");
    harness.get_by_label("Bearbeiten").click();
    harness.run();
    harness.get_by_label_contains("Rückgängig: Eingabe in „Erfolg“");
}

#[test]
fn header_edits_are_undone_too() {
    let mut harness = app_harness(Startup::Example);
    harness
        .get_by_role_and_label(Role::RadioButton, "Wichtigkeit 1 von 5")
        .click();
    harness.run();
    assert_eq!(
        harness.state().document().workspace().collaborations[0].importance,
        1
    );
    // Not typing: the menu says what changed.
    assert_eq!(
        harness.state().undo_text().as_deref(),
        Some("Rückgängig: Wichtigkeit geändert")
    );
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        harness.state().document().workspace().collaborations[0].importance,
        4
    );
}

#[test]
fn a_deleted_collaboration_comes_back_in_its_place() {
    let mut harness = app_harness(Startup::Example);
    let before = collaboration_titles(&harness);
    click_button(&mut harness, "Sportverein TuS Rhade – Jugendarbeit");
    click_button(&mut harness, "Löschen…");
    click_button(&mut harness, "Löschen");
    assert_eq!(collaboration_titles(&harness).len(), 3);
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(collaboration_titles(&harness), before);
    assert_eq!(
        text_of(&harness, Role::TextInput, "Titel"),
        "Sportverein TuS Rhade – Jugendarbeit"
    );
}

#[test]
fn duplicate_and_move_are_undone_step_by_step() {
    let mut harness = app_harness(Startup::Example);
    let before = collaboration_titles(&harness);
    press(&mut harness, Modifiers::COMMAND, Key::D);
    press(&mut harness, COMMAND_SHIFT, Key::ArrowDown);
    let moved = collaboration_titles(&harness);
    assert_eq!(moved[2], "Dorfladen Rhade (Kopie)");
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(collaboration_titles(&harness)[1], "Dorfladen Rhade (Kopie)");
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(collaboration_titles(&harness), before);
}
