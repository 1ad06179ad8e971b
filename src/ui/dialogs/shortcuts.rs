//! Hilfe → Tastenkürzel: every shortcut of the command table, with the keys named as
//! the user's keyboard prints them. Enter and Esc close it.

use egui::{Grid, RichText, ScrollArea};

use crate::command::Command;
use crate::i18n::{Language, Msg};
use crate::key_names::key_name;

/// One row: what the command does and its keys ("Strg+Umschalt+Z oder Strg+Y").
pub fn shortcut_rows(ctx: &egui::Context, language: Language) -> Vec<(String, String)> {
    Command::listed_shortcuts()
        .into_iter()
        .filter_map(|command| {
            let keys = command.shortcut_text(ctx, language)?;
            let keys = match command.alternative_shortcut_text(ctx, language) {
                Some(other) => format!("{keys} {} {other}", Msg::ShortcutsOr.text(language)),
                None => keys,
            };
            let mut action = command.label_text(language).to_owned();
            if command.is_presentation_only() {
                action = format!("{action} {}", Msg::ShortcutsPresentationOnly.text(language));
            }
            Some((action, keys))
        })
        .collect()
}

/// True once closed (the button, Enter or Esc).
pub fn shortcuts_ui(ctx: &egui::Context, language: Language) -> bool {
    let rows = shortcut_rows(ctx, language);
    let heading = Msg::ShowShortcuts.text(language);
    let (closed, dismissed) = super::show_dialog(ctx, "shortcuts_dialog", heading, |ui| {
        ui.set_width(560.0);
        let height = (ctx.content_rect().height() - 260.0).max(160.0);
        ScrollArea::vertical().max_height(height).show(ui, |ui| {
            Grid::new("shortcut_rows")
                .striped(true)
                .num_columns(2)
                .spacing([24.0, 6.0])
                .show(ui, |ui| {
                    ui.label(RichText::new(Msg::ShortcutsAction.text(language)).strong());
                    ui.label(RichText::new(Msg::ShortcutsKeys.text(language)).strong());
                    ui.end_row();
                    for (action, keys) in &rows {
                        ui.label(action);
                        ui.label(RichText::new(keys).monospace());
                        ui.end_row();
                    }
                });
        });
        ui.add_space(8.0);
        ui.label(RichText::new(dialog_keys(language)).weak());
        super::button_row(ui, |ui| {
            ui.button(Msg::Close.text(language)).clicked() || super::enter_pressed(ui)
        })
    });
    closed || dismissed
}

/// "In Dialogen: Eingabe bestätigt, Esc bricht ab; …" with the keys' own names.
fn dialog_keys(language: Language) -> String {
    let back_tab = crate::key_names::shortcut_text(
        &egui::KeyboardShortcut::new(egui::Modifiers::SHIFT, egui::Key::Tab),
        language,
        false,
    );
    Msg::ShortcutsInDialogs.fill(
        language,
        &[
            ("enter", key_name(egui::Key::Enter, language)),
            ("escape", key_name(egui::Key::Escape, language)),
            ("tab", key_name(egui::Key::Tab, language)),
            ("back_tab", &back_tab),
        ],
    )
}
