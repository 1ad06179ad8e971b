//! The small slips of issue 35 (points 8–14), each through the real app: Ctrl+F in the
//! contacts, a search that ends with its document, German key names, the debrief's
//! follow-up, and the Hilfe menu's shortcuts and guide.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;

use chrono::NaiveDate;
use common::text_of;
use common::{app_harness, app_harness_on, app_harness_with, click_button, press, replace_text};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use netzwerk_canvas::app::{App, Startup};
use netzwerk_canvas::command::{Command, FileCommand};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::preferences::Preferences;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

#[test]
fn ctrl_f_in_the_contacts_puts_the_cursor_into_their_search() {
    let mut harness = app_harness(Startup::Example);
    press(&mut harness, Modifiers::COMMAND, Key::Num2);
    let search = harness.get_by_role_and_label(Role::TextInput, "Suche");
    assert!(!search.is_focused());
    press(&mut harness, Modifiers::COMMAND, Key::F);
    let search = harness.get_by_role_and_label(Role::TextInput, "Suche");
    assert!(
        search.is_focused(),
        "Ctrl+F left the contacts' search unfocused"
    );
}

#[test]
fn another_document_starts_with_empty_searches() {
    let mut harness = app_harness(Startup::Example);
    replace_text(&mut harness, Role::TextInput, "Suche", "Dorf");
    press(&mut harness, Modifiers::COMMAND, Key::Num2);
    replace_text(&mut harness, Role::TextInput, "Suche", "gibt es nicht");
    harness.get_by_label_contains("Kein Kontakt passt");

    harness
        .state_mut()
        .queue(Command::File(FileCommand::OpenExample));
    harness.run();
    assert_eq!(text_of(&harness, Role::TextInput, "Suche"), "");
    assert!(
        harness
            .query_by_label_contains("Kein Kontakt passt")
            .is_none()
    );
    press(&mut harness, Modifiers::COMMAND, Key::Num1);
    assert_eq!(text_of(&harness, Role::TextInput, "Suche"), "");
}

#[test]
fn german_menus_name_keys_as_german_keyboards_print_them() {
    let mut harness = app_harness(Startup::Example);
    harness.get_by_label("Datei").click();
    harness.run();
    assert_menu_item(&harness, "Neu", "Strg+N");
    assert_menu_item(&harness, "Speichern unter…", "Strg+Umschalt+S");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    harness.get_by_label("Bearbeiten").click();
    harness.run();
    assert_menu_item(&harness, "Rückgängig", "Strg+Z");
    assert_menu_item(&harness, "Einfügen", "Strg+V");
}

/// A menu entry as a screen reader gets it (issue 32): a menu item named by its action,
/// with its keys as the item's keyboard shortcut.
fn assert_menu_item(harness: &Harness<'_, App>, name: &str, keys: &str) {
    let item = harness.get_by_role_and_label(Role::MenuItem, name);
    assert_eq!(
        item.accesskit_node().data().keyboard_shortcut(),
        Some(keys),
        "the shortcut of {name}"
    );
}

#[test]
fn english_menus_keep_the_english_key_names() {
    let preferences = Preferences {
        language: Language::English,
        ..Preferences::default()
    };
    let mut harness = app_harness_with(Startup::Example, preferences);
    harness.get_by_label("File").click();
    harness.run();
    assert_menu_item(&harness, "Save as…", "Ctrl+Shift+S");
}

#[test]
fn the_debrief_of_an_older_meeting_proposes_today_and_says_why() {
    // Issue 35: on 07.12. the debrief of the meeting on 03.12. proposed 06.12.
    let mut harness = app_harness_on(Startup::Example, day("2026-12-07"));
    click_button(&mut harness, "Nachbereitung…");
    assert_eq!(
        text_of(&harness, Role::TextInput, "Datum des Treffens"),
        "03.12.2026"
    );
    assert_eq!(
        text_of(&harness, Role::TextInput, "Nachfassen am"),
        "07.12.2026"
    );
    harness.get_by_label_contains("wäre der 06.12.2026 gewesen");
    replace_text(&mut harness, Role::TextInput, "Nachfassen am", "01.12.2026");
    harness.get_by_label_contains("Der 01.12.2026 liegt in der Vergangenheit");
}

#[test]
fn help_lists_every_shortcut_and_enter_closes_the_list() {
    let mut harness = app_harness(Startup::Example);
    harness.get_by_label("Hilfe").click();
    harness.run();
    click_button(&mut harness, "Tastenkürzel");
    for row in [
        "Strg+Umschalt+S",
        "Strg+Umschalt+Z oder Strg+Y",
        "Strg+F",
        "Bild↓ oder Alt+→",
        "F11",
        "Strg+V oder Umschalt+Einfg",
    ] {
        harness.get_by_label(row);
    }
    harness.get_by_label("Wiederholen");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert!(harness.query_by_label("Strg+Umschalt+S").is_none());
}

#[test]
fn help_explains_the_method_and_escape_closes_the_guide() {
    let mut harness = app_harness(Startup::Example);
    harness.get_by_label("Hilfe").click();
    harness.run();
    click_button(&mut harness, "Kurzanleitung zur Methode");
    for text in [
        "1. Was ist meine Motivation, und was erwarte ich?",
        "2. Ist die Zusammenarbeit wertschätzend, und gibt es gemeinsame Ziele?",
        "3. Worin genau besteht der Mehrwert?",
        "Kooperation – starke Bindung",
        "Gruppe – starke Bindung",
        "Begegnung – schwache Bindung",
        "Kontakt – schwache Bindung",
        "Kartenabfrage Schritt für Schritt",
        "Speichern Sie mit Strg+S.",
    ] {
        harness.get_by_label_contains(text);
    }
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(
        harness
            .query_by_label_contains("Kartenabfrage Schritt für Schritt")
            .is_none()
    );
}

/// F10 opens *Datei* (issue 32), but not behind an open dialog, whose answer comes first.
#[test]
fn f10_opens_the_menu_but_not_behind_a_dialog() {
    let mut harness = app_harness(Startup::Example);
    press(&mut harness, Modifiers::COMMAND, Key::P);
    assert!(harness.state().dialog().is_some());
    press(&mut harness, Modifiers::NONE, Key::F10);
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::MenuItem, "Neu")
            .is_none(),
        "the menu opened behind the export dialog"
    );
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(harness.state().dialog().is_none());
    press(&mut harness, Modifiers::NONE, Key::F10);
    harness.run();
    assert_menu_item(&harness, "Neu", "Strg+N");
}
