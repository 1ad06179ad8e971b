//! Shows what went wrong, naming the file, and what state the user's data is in.

use crate::i18n::{Language, Msg};

/// A problem the user should read: what failed, why, and what is still safe.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorReport {
    pub headline: String,
    pub reason: String,
    pub reassurance: String,
}

/// Returns true once the user has closed the dialog. `heading` is "Das hat nicht
/// geklappt" for errors and "Hinweis" for notices.
pub fn error_ui(
    ctx: &egui::Context,
    language: Language,
    heading: Msg,
    report: &ErrorReport,
) -> bool {
    let (closed, dismissed) =
        super::show_dialog(ctx, "error_dialog", heading.text(language), |ui| {
            ui.label(egui::RichText::new(&report.headline).strong());
            if !report.reason.is_empty() {
                ui.label(&report.reason);
            }
            if !report.reassurance.is_empty() {
                ui.add_space(4.0);
                ui.label(egui::RichText::new(&report.reassurance).weak());
            }
            super::button_row(ui, |ui| {
                super::default_button(ui.button(Msg::Ok.text(language)), ui).clicked()
                    || super::enter_pressed(ui)
            })
        });
    closed || dismissed
}
