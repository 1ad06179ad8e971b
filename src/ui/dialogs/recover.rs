//! After a crash: restore the unsaved work found in a recovery file, or discard it.

use crate::i18n::{Language, Msg};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecoverChoice {
    Restore,
    Discard,
}

/// `name` says what the work was ("netz.json" or "Unbenannt"), `saved_at` when it was
/// last written.
pub fn recover_ui(
    ctx: &egui::Context,
    language: Language,
    name: &str,
    saved_at: &str,
    count: usize,
) -> Option<RecoverChoice> {
    let (answer, _dismissed) = super::show_dialog(
        ctx,
        "recover_dialog",
        Msg::RecoverTitle.text(language),
        |ui| {
            ui.label(Msg::RecoverBody.fill_count(
                language,
                count,
                &[("name", name), ("time", saved_at)],
            ));
            ui.label(egui::RichText::new(Msg::RecoverHint.text(language)).weak());
            super::button_row(ui, |ui| {
                if super::default_button(ui.button(Msg::Restore.text(language)), ui).clicked()
                    || super::enter_pressed(ui)
                {
                    Some(RecoverChoice::Restore)
                } else if ui.button(Msg::Discard.text(language)).clicked() {
                    Some(RecoverChoice::Discard)
                } else {
                    None
                }
            })
        },
    );
    // Esc or a click beside the dialog must not throw work away: the dialog stays.
    answer
}
