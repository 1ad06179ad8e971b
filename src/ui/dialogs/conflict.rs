//! The file changed on disk since it was opened: overwrite it, save elsewhere, or reload.

use crate::i18n::{Language, Msg};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictChoice {
    Overwrite,
    SaveAs,
    Reload,
    Cancel,
}

pub fn conflict_ui(ctx: &egui::Context, language: Language, file: &str) -> Option<ConflictChoice> {
    let (answer, dismissed) = super::show_dialog(
        ctx,
        "conflict_dialog",
        Msg::ConflictTitle.text(language),
        |ui| {
            ui.label(Msg::ConflictBody.fill(language, &[("file", file)]));
            super::button_row(ui, |ui| {
                if ui.button(Msg::Overwrite.text(language)).clicked() {
                    Some(ConflictChoice::Overwrite)
                } else if ui.button(Msg::SaveAs.text(language)).clicked() {
                    Some(ConflictChoice::SaveAs)
                } else if ui.button(Msg::Reload.text(language)).clicked() {
                    Some(ConflictChoice::Reload)
                } else if super::default_button(ui.button(Msg::Cancel.text(language)), ui).clicked()
                    || super::enter_pressed(ui)
                {
                    // Enter keeps both versions as they are: the one choice that loses nothing.
                    Some(ConflictChoice::Cancel)
                } else {
                    None
                }
            })
        },
    );
    if dismissed {
        Some(ConflictChoice::Cancel)
    } else {
        answer
    }
}
