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
            let delete = super::destructive_button(ui, Msg::DeleteConfirm.text(language));
            super::confirm_row(ui, language, delete, true)
        });
    if dismissed { Some(false) } else { answer }
}
