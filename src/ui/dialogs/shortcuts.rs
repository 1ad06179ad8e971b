//! Hilfe → Tastenkürzel: every shortcut of the actions' table, with the keys named as
//! the user's keyboard prints them. Enter and Esc close it.

use egui::{Grid, RichText, ScrollArea};

use crate::i18n::{Language, Msg};
use crate::key_names::key_name;
use crate::user_action::UserAction;

/// One row per action with keys, in the order of the actions' table (the menus'
/// order, the clipboard's keys included, the projector's keys last), then F10.
pub fn shortcut_rows(ctx: &egui::Context, language: Language) -> Vec<(String, String)> {
    UserAction::ALL
        .iter()
        .filter_map(|action| {
            let keys = action.shortcut_text(ctx, language)?;
            let keys = match action.alternative_shortcut_text(ctx, language) {
                Some(other) => format!("{keys} {} {other}", Msg::ShortcutsOr.text(language)),
                None => keys,
            };
            let mut text = action.label_text(language).to_owned();
            if action.is_presentation_only() {
                text = format!("{text} {}", Msg::ShortcutsPresentationOnly.text(language));
            }
            Some((text, keys))
        })
        .chain(std::iter::once((
            Msg::ShortcutsMenu.text(language).to_owned(),
            key_name(egui::Key::F10, language).to_owned(),
        )))
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
            super::default_button(ui.button(Msg::Close.text(language)), ui).clicked()
                || super::enter_pressed(ui)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every action with keys has its row, once, and no row is without keys.
    #[test]
    fn the_list_names_every_shortcut_once() {
        let ctx = egui::Context::default();
        let rows = shortcut_rows(&ctx, Language::German);
        let with_keys: Vec<UserAction> = UserAction::ALL
            .iter()
            .copied()
            .filter(|action| action.shortcut().is_some())
            .collect();
        assert_eq!(rows.len(), with_keys.len() + 1);
        for action in with_keys {
            let label = action.label_text(Language::German);
            let count = rows
                .iter()
                .filter(|(text, _)| text.starts_with(label))
                .count();
            assert!(count >= 1, "{action:?} has no row");
        }
        assert!(
            rows.iter()
                .any(|(text, keys)| text == "Befehle suchen…" && keys == "Strg+Umschalt+P")
        );
    }

    #[test]
    fn every_row_names_its_keys_in_the_language() {
        let ctx = egui::Context::default();
        let german = shortcut_rows(&ctx, Language::German);
        // Every action with keys, and F10 for the menu bar last.
        let with_keys = UserAction::ALL
            .iter()
            .filter(|action| action.shortcut().is_some())
            .count();
        assert_eq!(german.len(), with_keys + 1);
        assert_eq!(german[0].1, "Strg+N");
        assert!(german.iter().all(|(_, keys)| !keys.contains("Ctrl")));
        assert_eq!(
            german.last(),
            Some(&(
                "Menüleiste öffnen (dann Pfeiltasten, Eingabe)".to_owned(),
                "F10".to_owned()
            ))
        );
        let english = shortcut_rows(&ctx, Language::English);
        assert_eq!(english[0], ("New".to_owned(), "Ctrl+N".to_owned()));
    }
}
