//! The open file changed elsewhere while there is unsaved work here: bring the other
//! changes in now (a merge that keeps the unsaved work), or later.

use crate::i18n::{Language, Msg};

/// `Some(true)`: bring in; `Some(false)`: later.
pub fn outside_change_ui(ctx: &egui::Context, language: Language, file: &str) -> Option<bool> {
    let (answer, dismissed) = super::show_dialog(
        ctx,
        "outside_change_dialog",
        Msg::ConflictTitle.text(language),
        |ui| {
            ui.label(Msg::OutsideChangedBody.fill(language, &[("file", file)]));
            super::button_row(ui, |ui| {
                if super::default_button(ui.button(Msg::BringIn.text(language)), ui).clicked()
                    || super::enter_pressed(ui)
                {
                    Some(true)
                } else if ui.button(Msg::Later.text(language)).clicked() {
                    Some(false)
                } else {
                    None
                }
            })
        },
    );
    if dismissed { Some(false) } else { answer }
}
