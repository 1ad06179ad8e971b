//! Progress while the PDF is made, and what to do with it afterwards.

use std::path::Path;

use crate::i18n::{Language, Msg};

/// A progress bar; the export runs on a worker thread, so the window stays responsive.
pub fn export_progress_ui(ctx: &egui::Context, language: Language, (done, total): (usize, usize)) {
    let _ = super::show_dialog(
        ctx,
        "export_progress_dialog",
        Msg::ExportProgressTitle.text(language),
        |ui| {
            let fraction = if total == 0 {
                0.0
            } else {
                done as f32 / total as f32
            };
            let mut bar = egui::ProgressBar::new(fraction).animate(true);
            // One canvas, a brief, the contact list or the map: nothing worth counting.
            if total > 1 {
                bar = bar.text(Msg::ExportProgress.fill(
                    language,
                    &[("done", &done.to_string()), ("total", &total.to_string())],
                ));
            }
            ui.add(bar);
        },
    );
}

/// The finished export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportSummary {
    pub pages: usize,
    pub replaced_characters: usize,
    /// Which characters no font has, and where.
    pub missing: Vec<crate::export::MissingCharacters>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportDoneAnswer {
    OpenInViewer,
    Close,
}

pub fn export_done_ui(
    ctx: &egui::Context,
    language: Language,
    path: &Path,
    summary: &ExportSummary,
) -> Option<ExportDoneAnswer> {
    let (answer, dismissed) = super::show_dialog(
        ctx,
        "export_done_dialog",
        Msg::ExportDoneTitle.text(language),
        |ui| {
            let file = path.display().to_string();
            ui.label(Msg::ExportSaved.fill_count(language, summary.pages, &[("file", &file)]));
            if summary.replaced_characters > 0 {
                let count = summary.replaced_characters.to_string();
                let text = format!(
                    "{} {}",
                    Msg::ExportReplaced.fill(language, &[("count", &count)]),
                    crate::export::missing_summary(language, &summary.missing)
                );
                ui.label(egui::RichText::new(text).color(ui.visuals().warn_fg_color));
            }
            ui.label(egui::RichText::new(Msg::ExportOpenHint.text(language)).weak());
            super::button_row(ui, |ui| {
                if ui.button(Msg::OpenPdf.text(language)).clicked() {
                    Some(ExportDoneAnswer::OpenInViewer)
                } else if super::default_button(ui.button(Msg::Close.text(language)), ui).clicked()
                    || super::enter_pressed(ui)
                {
                    Some(ExportDoneAnswer::Close)
                } else {
                    None
                }
            })
        },
    );
    if dismissed {
        Some(ExportDoneAnswer::Close)
    } else {
        answer
    }
}
