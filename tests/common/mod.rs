//! Shared setup for the whole-app tests: the real `App`, driven through kittest.

#![allow(dead_code)]

use std::path::Path;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use netzwerk_canvas::app::{App, Startup};
use netzwerk_canvas::command::FileCommand;
use netzwerk_canvas::preferences::Preferences;
use netzwerk_canvas::ui::file_dialog::FileDialogs;

pub fn app_harness(startup: Startup) -> Harness<'static, App> {
    app_harness_with(startup, Preferences::default())
}

pub fn app_harness_with(startup: Startup, preferences: Preferences) -> Harness<'static, App> {
    harness_of(move |ctx| App::new(ctx, preferences, startup, FileDialogs::typed_path_only()))
}

/// The app with "today" fixed, for due dates and follow-ups.
pub fn app_harness_on(startup: Startup, today: chrono::NaiveDate) -> Harness<'static, App> {
    harness_of(move |ctx| {
        App::new(
            ctx,
            Preferences::default(),
            startup,
            FileDialogs::typed_path_only(),
        )
        .with_today(today)
    })
}

fn harness_of(make: impl FnOnce(&egui::Context) -> App + 'static) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1360.0, 860.0))
        .build_eframe(move |cc| make(&cc.egui_ctx));
    harness.step();
    wait_until_opened(&mut harness);
    harness
}

/// Large files open on a worker thread; lets the app take the result.
pub fn wait_until_opened(harness: &mut Harness<'_, App>) {
    for _ in 0..6000 {
        if !harness.state().is_opening() {
            break;
        }
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(
        !harness.state().is_opening(),
        "the file did not open within a minute"
    );
    harness.run();
}

/// Clicks a button, or an entry of an open menu, by its label and lets the app react.
pub fn click_button(harness: &mut Harness<'_, App>, label: &str) {
    match harness.query_by_role_and_label(Role::Button, label) {
        Some(button) => button.click(),
        None => harness.get_by_role_and_label(Role::MenuItem, label).click(),
    }
    harness.run();
}

/// Replaces the whole text of a field, as a user would with Ctrl+A and typing.
pub fn replace_text(harness: &mut Harness<'_, App>, role: Role, label: &str, text: &str) {
    let field = harness.get_by_role_and_label(role, label);
    field.focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
}

pub fn press(harness: &mut Harness<'_, App>, modifiers: egui::Modifiers, key: egui::Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

pub fn text_of(harness: &Harness<'_, App>, role: Role, label: &str) -> String {
    harness
        .get_by_role_and_label(role, label)
        .value()
        .unwrap_or_default()
}

/// Answers the in-app path prompt that replaces a missing native file dialog.
pub fn answer_path_prompt(harness: &mut Harness<'_, App>, path: &Path) {
    replace_text(
        harness,
        Role::TextInput,
        "Pfad",
        &path.display().to_string(),
    );
    click_button(harness, "OK");
}

/// Saves to `path` through the save command, as "Speichern unter" does after the dialog.
pub fn save_via_command(harness: &mut Harness<'_, App>, path: &Path) {
    harness
        .state_mut()
        .queue(netzwerk_canvas::command::Command::File(
            FileCommand::SaveToPath(path.to_path_buf()),
        ));
    harness.run();
}

/// How many collaborations the open workspace has.
pub fn collaboration_count(harness: &Harness<'_, App>) -> usize {
    harness.state().document().workspace().collaborations.len()
}

pub fn collaboration_titles(harness: &Harness<'_, App>) -> Vec<String> {
    harness
        .state()
        .document()
        .workspace()
        .collaborations
        .iter()
        .map(|c| c.title.clone())
        .collect()
}
