//! "Als PDF exportieren…": what to print, on which paper, which way round.

use crate::export::{Orientation, Paper};
use crate::i18n::{Language, Msg};
use crate::preferences::{ExportChoice, ExportContent};

/// What the dialog knows about the document, for its labels.
pub struct ExportContext<'a> {
    pub current_title: Option<&'a str>,
    pub collaboration_count: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportAnswer {
    Export(ExportChoice),
    Cancel,
}

pub fn export_options_ui(
    ctx: &egui::Context,
    language: Language,
    context: &ExportContext<'_>,
    choice: &mut ExportChoice,
) -> Option<ExportAnswer> {
    let needs_selection = matches!(
        choice.content,
        ExportContent::Current | ExportContent::Brief
    );
    if context.current_title.is_none() && needs_selection {
        choice.content = ExportContent::All;
    }
    let (answer, dismissed) = super::show_dialog(
        ctx,
        "export_options_dialog",
        Msg::ExportPdf.text(language),
        |ui| {
            ui.label(egui::RichText::new(Msg::ExportWhat.text(language)).strong());
            let current = Msg::ExportCurrent
                .fill(language, &[("title", context.current_title.unwrap_or("–"))]);
            let all = Msg::ExportAll.fill(
                language,
                &[("count", &context.collaboration_count.to_string())],
            );
            ui.add_enabled_ui(context.current_title.is_some(), |ui| {
                ui.radio_value(&mut choice.content, ExportContent::Current, current);
            });
            ui.add_enabled_ui(context.collaboration_count > 0, |ui| {
                ui.radio_value(&mut choice.content, ExportContent::All, all);
            });
            ui.radio_value(
                &mut choice.content,
                ExportContent::Blank,
                Msg::ExportBlank.text(language),
            );
            ui.add_enabled_ui(context.current_title.is_some(), |ui| {
                ui.radio_value(
                    &mut choice.content,
                    ExportContent::Brief,
                    Msg::ExportBrief.text(language),
                );
            });
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new(Msg::PaperLabel.text(language)).strong());
                ui.radio_value(&mut choice.page.paper, Paper::A4, "A4");
                ui.radio_value(&mut choice.page.paper, Paper::A3, "A3");
                ui.separator();
                ui.radio_value(
                    &mut choice.page.orientation,
                    Orientation::Landscape,
                    Msg::Landscape.text(language),
                );
                ui.radio_value(
                    &mut choice.page.orientation,
                    Orientation::Portrait,
                    Msg::Portrait.text(language),
                );
            });
            let can_export = match choice.content {
                ExportContent::Current | ExportContent::Brief => context.current_title.is_some(),
                ExportContent::All => context.collaboration_count > 0,
                ExportContent::Blank => true,
            };
            super::button_row(ui, |ui| {
                let export = ui.add_enabled(
                    can_export,
                    egui::Button::new(Msg::ExportStart.text(language)),
                );
                if export.clicked() {
                    Some(ExportAnswer::Export(*choice))
                } else if ui.button(Msg::Cancel.text(language)).clicked() {
                    Some(ExportAnswer::Cancel)
                } else {
                    None
                }
            })
        },
    );
    if dismissed {
        Some(ExportAnswer::Cancel)
    } else {
        answer
    }
}
