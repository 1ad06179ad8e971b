//! Hilfe → Tastenkürzel: every shortcut of the command table, with the keys named as
//! the user's keyboard prints them. Enter and Esc close it.

use egui::{Grid, RichText, ScrollArea};

use crate::command::{
    ClipboardAction, Command, EditCommand, FileCommand, PresentationCommand, View, ViewCommand,
};
use crate::i18n::{Language, Msg};
use crate::key_names::key_name;

/// Every command with a shortcut, in the order of the menus: Datei, Bearbeiten (the
/// clipboard's keys, which the text fields handle, included), Ansicht, Präsentation.
const LISTED: [Command; 32] = [
    Command::File(FileCommand::NewWorkspace),
    Command::File(FileCommand::OpenDialog),
    Command::File(FileCommand::Save),
    Command::File(FileCommand::SaveAsDialog),
    Command::File(FileCommand::ExportPdfDialog),
    Command::File(FileCommand::Quit),
    Command::Edit(EditCommand::Undo),
    Command::Edit(EditCommand::Redo),
    Command::Edit(EditCommand::Clipboard(ClipboardAction::Cut)),
    Command::Edit(EditCommand::Clipboard(ClipboardAction::Copy)),
    Command::Edit(EditCommand::Clipboard(ClipboardAction::Paste)),
    Command::Edit(EditCommand::Clipboard(ClipboardAction::SelectAll)),
    Command::Edit(EditCommand::AddCollaboration),
    Command::Edit(EditCommand::DuplicateSelected),
    Command::Edit(EditCommand::RenameSelected),
    Command::Edit(EditCommand::MoveSelectedUp),
    Command::Edit(EditCommand::MoveSelectedDown),
    Command::Contact(crate::command::ContactCommand::AddContact),
    Command::View(ViewCommand::ShowView(View::Canvases)),
    Command::View(ViewCommand::ShowView(View::Contacts)),
    Command::View(ViewCommand::ShowView(View::Due)),
    Command::View(ViewCommand::ShowView(View::Map)),
    Command::View(ViewCommand::ShowView(View::Templates)),
    Command::View(ViewCommand::FocusSearch),
    Command::View(ViewCommand::ZoomIn),
    Command::View(ViewCommand::ZoomOut),
    Command::View(ViewCommand::ZoomReset),
    Command::View(ViewCommand::ShowCardWall),
    Command::Presentation(PresentationCommand::TogglePresentation),
    Command::Presentation(PresentationCommand::NextField),
    Command::Presentation(PresentationCommand::PreviousField),
    Command::Presentation(PresentationCommand::LeavePresentation),
];

/// One row: what the command does and its keys ("Strg+Umschalt+Z oder Strg+Y").
pub fn shortcut_rows(ctx: &egui::Context, language: Language) -> Vec<(String, String)> {
    LISTED
        .iter()
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

    /// A command given a shortcut in `command.rs` must be added to [`LISTED`] too.
    #[test]
    fn the_list_names_every_shortcut_once() {
        let clipboard =
            ClipboardAction::ALL.map(|action| Command::Edit(EditCommand::Clipboard(action)));
        let all: Vec<Command> = Command::WITH_SHORTCUTS
            .into_iter()
            .chain(clipboard)
            .collect();
        for command in &all {
            let count = LISTED.iter().filter(|listed| *listed == command).count();
            assert_eq!(count, 1, "{command:?} in the list of shortcuts");
        }
        assert_eq!(LISTED.len(), all.len());
        assert!(LISTED.iter().all(|command| command.shortcut().is_some()));
    }

    #[test]
    fn every_row_names_its_keys_in_the_language() {
        let ctx = egui::Context::default();
        let german = shortcut_rows(&ctx, Language::German);
        // Every listed command, and F10 for the menu bar last.
        assert_eq!(german.len(), LISTED.len() + 1);
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
