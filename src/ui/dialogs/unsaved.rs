//! "Save, Discard or Cancel?" before anything replaces a modified workspace.

use crate::i18n::{Language, Msg};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedChoice {
    Save,
    Discard,
    /// Quit now and offer the unsaved work again at the next start.
    KeepForLater,
    Cancel,
}

pub fn unsaved_changes_ui(
    ctx: &egui::Context,
    language: Language,
    document_name: &str,
    can_keep_for_later: bool,
) -> Option<UnsavedChoice> {
    let (choice, dismissed) = super::show_dialog(
        ctx,
        "unsaved_changes_dialog",
        Msg::UnsavedTitle.text(language),
        |ui| {
            ui.label(Msg::UnsavedBody.fill(language, &[("name", document_name)]));
            super::button_row(ui, |ui| {
                if super::default_button(ui.button(Msg::Save.text(language)), ui).clicked()
                    || super::enter_pressed(ui)
                {
                    Some(UnsavedChoice::Save)
                } else if ui.button(Msg::Discard.text(language)).clicked() {
                    Some(UnsavedChoice::Discard)
                } else if can_keep_for_later
                    && ui.button(Msg::KeepForLater.text(language)).clicked()
                {
                    Some(UnsavedChoice::KeepForLater)
                } else if ui.button(Msg::Cancel.text(language)).clicked() {
                    Some(UnsavedChoice::Cancel)
                } else {
                    None
                }
            })
        },
    );
    if dismissed {
        Some(UnsavedChoice::Cancel)
    } else {
        choice
    }
}
