//! Asks before a collaboration or a contact, with all its text, is deleted.

use crate::i18n::{Language, Msg};

/// `Some(true)` to delete, `Some(false)` to keep, `None` while undecided.
/// `heading` and `body` name what is deleted; `body` has a `{title}` placeholder.
pub fn confirm_delete_ui(
    ctx: &egui::Context,
    language: Language,
    (heading, body): (Msg, Msg),
    title: &str,
) -> Option<bool> {
    let (answer, dismissed) =
        super::show_dialog(ctx, "confirm_delete_dialog", heading.text(language), |ui| {
            ui.label(body.fill(language, &[("title", title)]));
            super::button_row(ui, |ui| {
                let delete = egui::Button::new(
                    egui::RichText::new(Msg::DeleteConfirm.text(language))
                        .color(ui.visuals().error_fg_color),
                );
                if ui.add(delete).clicked() {
                    Some(true)
                } else if ui.button(Msg::Cancel.text(language)).clicked() {
                    Some(false)
                } else {
                    None
                }
            })
        });
    if dismissed { Some(false) } else { answer }
}
