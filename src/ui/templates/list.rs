//! The templates side panel: every template the file can use, and the actions on them.

use egui::{RichText, ScrollArea, Ui};

use crate::command::Command;
use crate::command::TemplateCommand;
use crate::i18n::{Language, Msg};
use crate::model::Workspace;

pub fn template_list_ui(
    ui: &mut Ui,
    language: Language,
    workspace: &Workspace,
    selected: Option<&str>,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(format!("+ {}", Msg::NewTemplate.text(language)))
            .clicked()
        {
            commands.push(Command::Template(TemplateCommand::NewTemplate));
        }
        if ui.button(Msg::ImportTemplate.text(language)).clicked() {
            commands.push(Command::Template(TemplateCommand::ImportTemplateDialog));
        }
    });
    if let Some(id) = selected {
        ui.horizontal_wrapped(|ui| {
            for command in [
                Command::Template(TemplateCommand::DuplicateTemplate(id.to_owned())),
                Command::Template(TemplateCommand::ExportTemplateDialog(id.to_owned())),
                Command::Template(TemplateCommand::DeleteTemplate(id.to_owned())),
            ] {
                if ui.button(command.label_text(language)).clicked() {
                    commands.push(command);
                }
            }
        });
    }
    ui.separator();
    ScrollArea::vertical()
        .id_salt("template_list")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for template in workspace.available_templates() {
                let in_file = workspace.templates.iter().any(|t| t.id == template.id);
                let used = workspace
                    .collaborations
                    .iter()
                    .filter(|c| c.template == template.id)
                    .count();
                let is_selected = selected == Some(template.id.as_str());
                let response = ui.selectable_label(
                    is_selected,
                    RichText::new(template.name(language)).size(15.0),
                );
                if response.clicked() && !is_selected {
                    commands.push(Command::Template(TemplateCommand::SelectTemplate(
                        template.id.clone(),
                    )));
                }
                let origin = if in_file {
                    String::new()
                } else {
                    format!(" · {}", Msg::BundledMarker.text(language))
                };
                ui.label(
                    RichText::new(format!(
                        "{} × {} · {} {}{origin}",
                        template.columns,
                        template.rows,
                        used,
                        Msg::ViewCanvases.text(language)
                    ))
                    .weak()
                    .small(),
                );
                ui.add_space(4.0);
            }
        });
}
