//! "Vorlage: …" in the canvas header: which template the canvas is filled in, and
//! switching to another (text in fields of the same id stays; the rest is kept under
//! "Übrige Notizen").

use egui::Ui;

use crate::command::Command;
use crate::command::EditCommand;
use crate::i18n::{Language, Msg};
use crate::model::Collaboration;

pub fn template_switch_ui(
    ui: &mut Ui,
    language: Language,
    collaboration: &Collaboration,
    templates: &[(String, String)],
    commands: &mut Vec<Command>,
) {
    let label = ui.label(Msg::TemplateLabel.text(language));
    let current = templates
        .iter()
        .find(|(id, _)| *id == collaboration.template)
        .map_or(collaboration.template.as_str(), |(_, name)| name.as_str());
    egui::ComboBox::from_id_salt("canvas_template")
        .selected_text(current)
        .show_ui(ui, |ui| {
            for (id, name) in templates {
                let is_current = *id == collaboration.template;
                if ui.selectable_label(is_current, name).clicked() && !is_current {
                    commands.push(Command::Edit(EditCommand::SetTemplate(
                        collaboration.id.clone(),
                        id.clone(),
                    )));
                }
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text(Msg::TemplateSwitchHint.text(language));
}
