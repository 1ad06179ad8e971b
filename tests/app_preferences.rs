//! Language, theme and zoom persist across starts, apart from the document.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;

use std::collections::HashMap;

use common::{app_harness, app_harness_with, press};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use netzwerk_canvas::app::{App, Startup};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::preferences::{Preferences, Theme};

#[derive(Default)]
struct MemoryStorage(HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}

#[test]
fn language_and_theme_chosen_in_the_menu_are_there_at_the_next_start() {
    let mut harness = app_harness(Startup::Example);
    harness.get_by_label("Ansicht").click();
    harness.run();
    harness.get_by_label("Dunkel").click();
    harness.run();
    harness.get_by_label("Ansicht").click();
    harness.run();
    harness.get_by_label("English").click();
    harness.run();
    press(&mut harness, Modifiers::COMMAND, Key::Plus);

    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    let stored = App::preferences_from_storage(Some(&storage));
    assert_eq!(stored.language, Language::English);
    assert_eq!(stored.theme, Theme::Dark);
    assert!((stored.zoom - 1.1).abs() < 1e-6, "zoom {}", stored.zoom);
    assert!(
        !storage.0.values().any(|value| value.contains("Dorfladen")),
        "the document must not end up in the app storage"
    );

    let next_start = app_harness_with(Startup::Example, stored);
    next_start.get_by_label("File");
    assert_eq!(next_start.ctx.theme(), egui::Theme::Dark);
}

#[test]
fn unreadable_stored_preferences_fall_back_to_defaults() {
    // A readable store keeps a changed value, also next to a key from a newer version;
    // so the fallback below is the broken text's doing, not a store that is never read.
    let changed = Preferences {
        language: Language::English,
        minutes_per_field: 9,
        ..Preferences::default()
    };
    let mut storage = MemoryStorage::default();
    eframe::set_value(&mut storage, eframe::APP_KEY, &changed);
    let stored = storage.0[eframe::APP_KEY].replacen('(', "(from_a_newer_version:1,", 1);
    eframe::Storage::set_string(&mut storage, eframe::APP_KEY, stored);
    let preferences = App::preferences_from_storage(Some(&storage));
    assert_eq!(preferences.language, Language::English);
    assert_eq!(preferences.minutes_per_field, 9);

    eframe::Storage::set_string(&mut storage, eframe::APP_KEY, "{ kaputt".into());
    let preferences = App::preferences_from_storage(Some(&storage));
    assert_eq!(preferences, Preferences::default());
}

#[test]
fn emoji_and_characters_outside_the_font_can_be_typed_without_a_crash() {
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1360.0, 860.0))
        .allow_missing_glyphs()
        .build_eframe(|cc| {
            App::new(
                &cc.egui_ctx,
                netzwerk_canvas::preferences::Preferences::default(),
                Startup::Example,
                netzwerk_canvas::ui::file_dialog::FileDialogs::typed_path_only(),
            )
        });
    harness.run();
    let text = "Gemeinsam 🤝 stark 😀 – 協力 ✓";
    common::replace_text(
        &mut harness,
        egui::accesskit::Role::MultilineTextInput,
        "Erfolg",
        text,
    );
    let stored = harness.state().document().workspace().collaborations[0].field_text("success");
    assert_eq!(stored, text);
}
