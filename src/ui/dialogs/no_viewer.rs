//! "Kein PDF-Betrachter": the export worked, but nothing can show the file. The path
//! is shown and can be copied, so that the user can open it some other way.

use std::path::Path;

use egui::RichText;

use crate::i18n::{Language, Msg};

/// Returns true once the user has closed the dialog (OK, Enter or Escape).
pub fn no_viewer_ui(ctx: &egui::Context, language: Language, path: &Path, reason: &str) -> bool {
    let file = path.display().to_string();
    let (closed, dismissed) =
        super::show_dialog(ctx, "no_viewer_dialog", Msg::OpenPdf.text(language), |ui| {
            ui.label(RichText::new(reason).strong());
            ui.add_space(4.0);
            ui.label(Msg::FileIsAt.fill(language, &[("file", "")]).trim_end());
            ui.add(egui::Label::new(RichText::new(&file).monospace()).selectable(true));
            super::button_row(ui, |ui| {
                let ok = super::default_button(ui.button(Msg::Ok.text(language)), ui).clicked();
                if ui.button(Msg::CopyPath.text(language)).clicked() {
                    ui.ctx().copy_text(file.clone());
                }
                ok || super::enter_pressed(ui)
            })
        });
    closed || dismissed
}
