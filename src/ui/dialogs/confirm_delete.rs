//! Asks before something is deleted: a collaboration, a contact, a template or a field.

use crate::i18n::{Language, Msg};

/// `Some(true)` to delete, `Some(false)` to keep, `None` while undecided.
/// `heading` names what is deleted; `body` says what happens to it.
pub fn confirm_delete_ui(
    ctx: &egui::Context,
    language: Language,
    heading: Msg,
    body: &str,
) -> Option<bool> {
    let (answer, dismissed) =
        super::show_dialog(ctx, "confirm_delete_dialog", heading.text(language), |ui| {
            ui.label(body);
            super::button_row(ui, |ui| {
                let delete = egui::Button::new(
                    egui::RichText::new(Msg::DeleteConfirm.text(language))
                        .color(ui.visuals().error_fg_color),
                );
                if ui.add(delete).clicked() || super::enter_pressed(ui) {
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
