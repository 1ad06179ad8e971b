//! "Als PDF exportieren…": what to print, on which paper, which way round.

use crate::export::{Orientation, Paper};
use crate::i18n::{Language, Msg};
use crate::preferences::{ExportChoice, ExportContent};

/// What the dialog knows about the document, for its labels.
pub struct ExportContext<'a> {
    pub current_title: Option<&'a str>,
    pub collaboration_count: usize,
    /// Contacts in the Netzwerkbuch, for the contact list and the map.
    pub contact_count: usize,
    /// The template a blank sheet is printed from: the selected canvas's.
    pub blank_template: &'a str,
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
    let needs_contacts = matches!(choice.content, ExportContent::Contacts | ExportContent::Map);
    if (context.current_title.is_none() && needs_selection)
        || (context.contact_count == 0 && needs_contacts)
    {
        choice.content = ExportContent::All;
    }
    let (answer, dismissed) = super::show_dialog(
        ctx,
        "export_options_dialog",
        Msg::ExportPdf.text(language),
        |ui| {
            ui.label(egui::RichText::new(Msg::ExportWhat.text(language)).strong());
            content_choices(ui, language, context, &mut choice.content);
            ui.add_space(8.0);
            page_choices(ui, language, choice);
            let can_export = match choice.content {
                ExportContent::Current | ExportContent::Brief => context.current_title.is_some(),
                ExportContent::All => context.collaboration_count > 0,
                ExportContent::Blank => true,
                ExportContent::Contacts | ExportContent::Map => context.contact_count > 0,
            };
            super::button_row(ui, |ui| {
                let export = ui.add_enabled(
                    can_export,
                    egui::Button::new(Msg::ExportStart.text(language)),
                );
                let export = super::default_button(export, ui);
                if export.clicked() || (can_export && super::enter_pressed(ui)) {
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

/// The radio buttons for what to print; choices without content are disabled.
fn content_choices(
    ui: &mut egui::Ui,
    language: Language,
    context: &ExportContext<'_>,
    content: &mut ExportContent,
) {
    let current =
        Msg::ExportCurrent.fill(language, &[("title", context.current_title.unwrap_or("–"))]);
    let all = Msg::ExportAll.fill(
        language,
        &[("count", &context.collaboration_count.to_string())],
    );
    ui.add_enabled_ui(context.current_title.is_some(), |ui| {
        ui.radio_value(content, ExportContent::Current, current);
    });
    ui.add_enabled_ui(context.collaboration_count > 0, |ui| {
        ui.radio_value(content, ExportContent::All, all);
    });
    let blank = format!(
        "{} ({})",
        Msg::ExportBlank.text(language),
        context.blank_template
    );
    ui.radio_value(content, ExportContent::Blank, blank);
    ui.add_enabled_ui(context.current_title.is_some(), |ui| {
        ui.radio_value(
            content,
            ExportContent::Brief,
            Msg::ExportBrief.text(language),
        );
    });
    ui.add_enabled_ui(context.contact_count > 0, |ui| {
        ui.radio_value(
            content,
            ExportContent::Contacts,
            Msg::ExportContacts.text(language),
        );
        ui.radio_value(content, ExportContent::Map, Msg::ExportMap.text(language));
    });
}

/// Paper and orientation; what the content fixes (the brief is always A4 portrait, the
/// map always landscape) is greyed out, with a line that says why.
fn page_choices(ui: &mut egui::Ui, language: Language, choice: &mut ExportChoice) {
    let content = choice.content;
    // Fixed values are shown as they will print; the remembered choice stays untouched.
    let mut fixed_page = choice.effective_page();
    let paper = match content.fixed_paper() {
        Some(_) => &mut fixed_page.paper,
        None => &mut choice.page.paper,
    };
    let orientation = match content.fixed_orientation() {
        Some(_) => &mut fixed_page.orientation,
        None => &mut choice.page.orientation,
    };
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(Msg::PaperLabel.text(language)).strong());
        ui.add_enabled_ui(content.fixed_paper().is_none(), |ui| {
            ui.radio_value(paper, Paper::A4, "A4");
            ui.radio_value(paper, Paper::A3, "A3");
        });
        ui.separator();
        ui.add_enabled_ui(content.fixed_orientation().is_none(), |ui| {
            ui.radio_value(
                orientation,
                Orientation::Landscape,
                Msg::Landscape.text(language),
            );
            ui.radio_value(
                orientation,
                Orientation::Portrait,
                Msg::Portrait.text(language),
            );
        });
    });
    let fixed = match content {
        ExportContent::Brief => Some(Msg::BriefPageIsFixed),
        ExportContent::Map => Some(Msg::MapPageIsLandscape),
        _ => None,
    };
    if let Some(note) = fixed {
        ui.label(egui::RichText::new(note.text(language)).weak().small());
    }
}
