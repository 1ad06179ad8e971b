//! Runs the template commands: new canvases from a template, switching a canvas's
//! template, and which template the selected canvas uses.

use chrono::{DateTime, Utc};

use super::App;
use crate::i18n::Msg;
use crate::model::Workspace;
use crate::model::{CollaborationId, DEFAULT_TEMPLATE_ID, EditTarget, StepLabel, Template};

impl App {
    /// The template of the selected collaboration (the default when none is selected).
    pub(super) fn selected_template(&self) -> Template {
        let workspace = &self.session.document.workspace;
        self.session
            .selected
            .as_ref()
            .and_then(|id| workspace.get(id))
            .map_or_else(
                || {
                    workspace
                        .template(DEFAULT_TEMPLATE_ID)
                        .cloned()
                        .unwrap_or_else(Template::kooperations_canvas)
                },
                |collaboration| workspace.template_for(collaboration).into_owned(),
            )
    }

    /// (id, name) of every template in the user's language.
    pub(super) fn template_choices(&self) -> Vec<(String, String)> {
        let language = self.preferences.language;
        self.session
            .document
            .workspace
            .available_templates()
            .into_iter()
            .map(|t| (t.id.clone(), t.name(language).to_owned()))
            .collect()
    }

    pub(super) fn add_with_template(&mut self, template: &str, now: DateTime<Utc>) {
        let title = Msg::NewCollaborationTitle.text(self.preferences.language);
        let add = |workspace: &mut Workspace| {
            let id = workspace.add(title, now);
            if template != DEFAULT_TEMPLATE_ID {
                workspace.keep_template(template);
            }
            if let Some(collaboration) = workspace.get_mut(&id) {
                collaboration.template = template.to_owned();
            }
            Some(id)
        };
        if let Some(id) = self.session.add_canvas(StepLabel::Add, add) {
            self.show_new_collaboration(id);
        }
    }

    /// Keeps every word: fields of the same id keep their text, the rest stays in the
    /// collaboration and shows under "Übrige Notizen".
    pub(super) fn set_template(&mut self, id: &CollaborationId, template: &str) {
        // A bundled template is copied into the file; undo takes the copy out again.
        let switch = |workspace: &mut Workspace| {
            if template != DEFAULT_TEMPLATE_ID {
                workspace.keep_template(template);
            }
            let Some(collaboration) = workspace.get_mut(id) else {
                return false;
            };
            collaboration.template = template.to_owned();
            collaboration.modified = Some(Utc::now());
            true
        };
        let label = StepLabel::Edit(EditTarget::Template);
        if self.session.edit_canvas_and_book(id, label, switch) {
            self.session.canvas_state.is_reload_requested = true;
        }
    }
}
