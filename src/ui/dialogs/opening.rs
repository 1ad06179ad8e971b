//! "Wird geöffnet …": shown while a large file is read on a worker thread.

use crate::i18n::{Language, Msg};

pub fn opening_ui(ctx: &egui::Context, language: Language, file: &str) {
    let _ = super::show_dialog(
        ctx,
        "opening_dialog",
        Msg::OpeningTitle.text(language),
        |ui| {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(Msg::Opening.fill(language, &[("file", file)]));
            });
        },
    );
}
