//! The "Vorlagen" view and its commands: editing templates stored in the file, copying
//! bundled ones into it, and sharing single templates as files.

use std::path::Path;

use super::edit::Grouping;
use super::{ActiveDialog, App};
use crate::command::TemplateCommand;
use crate::command::{Command, View};
use crate::i18n::Msg;
use crate::model::{BookStep, Template, Workspace};
use crate::storage;
use crate::ui::dialogs::ErrorReport;
use crate::ui::file_dialog::DialogPurpose;
use crate::ui::templates::editor::{TemplateRef, template_editor_ui};
use crate::ui::templates::list::template_list_ui;
use crate::ui::widgets::accessible::name_resize_handle;

impl App {
    pub(super) fn templates_ui(&mut self, ui: &mut egui::Ui) {
        let language = self.preferences.language;
        self.session.refresh_templates_shadow();
        let panel_max = super::side_panel_max(ui, self.window.applied_zoom());
        let state = &mut self.session.template_editor;
        if state.selected.is_none() {
            state.selected = Some(crate::model::DEFAULT_TEMPLATE_ID.to_owned());
        }
        egui::Panel::left("template_list")
            .default_size(280.0)
            .max_size(panel_max)
            .resizable(true)
            .show(ui, |ui| {
                let selected = state.selected.as_deref();
                template_list_ui(
                    ui,
                    language,
                    &self.session.document.workspace,
                    selected,
                    &mut self.pending,
                );
            });
        name_resize_handle(ui, "template_list", Msg::ResizeList.text(language));
        let mut changed = false;
        egui::CentralPanel::default().show(ui, |ui| {
            let workspace = &mut self.session.document.workspace;
            let id = state.selected.clone().unwrap_or_default();
            let template = match workspace.templates.iter_mut().find(|t| t.id == id) {
                Some(stored) => Some(TemplateRef::Editable(stored)),
                None => Template::bundled()
                    .iter()
                    .find(|t| t.id == id)
                    .map(TemplateRef::Bundled),
            };
            match template {
                Some(template) => {
                    changed = template_editor_ui(ui, language, template, state, &mut self.pending);
                }
                None => {
                    ui.label(Msg::NoTemplateSelected.text(language));
                }
            }
        });
        if changed {
            self.session
                .typed_in_templates(ui.input(|input| input.time));
        }
    }

    pub(super) fn run_template_command(&mut self, command: TemplateCommand, ctx: &egui::Context) {
        let language = self.preferences.language;
        match &command {
            TemplateCommand::SelectTemplate(id) => self.show_template(id.clone()),
            TemplateCommand::NewTemplate => {
                let template = Template {
                    name_de: Msg::NewTemplate
                        .text(crate::i18n::Language::German)
                        .to_owned(),
                    name_en: Msg::NewTemplate
                        .text(crate::i18n::Language::English)
                        .to_owned(),
                    ..Template::default()
                };
                self.store_new_template(template, "vorlage", BookStep::NewTemplate);
            }
            TemplateCommand::EditBundledTemplate(id) => {
                let keep = |workspace: &mut Workspace| workspace.keep_template(id);
                self.session
                    .edit_book(BookStep::CopyTemplate, Grouping::Alone, keep);
            }
            TemplateCommand::DuplicateTemplate(id) => {
                if let Some(original) = self.session.document.workspace.template(id).cloned() {
                    let mut copy = original;
                    let suffix = Msg::CopySuffix;
                    copy.name_de = format!(
                        "{} ({})",
                        copy.name_de,
                        suffix.text(crate::i18n::Language::German)
                    );
                    copy.name_en = format!(
                        "{} ({})",
                        copy.name_en,
                        suffix.text(crate::i18n::Language::English)
                    );
                    let base = copy.id.clone();
                    self.store_new_template(copy, &base, BookStep::CopyTemplate);
                }
            }
            TemplateCommand::DeleteTemplate(id) => self.ask_delete_template(id),
            TemplateCommand::ConfirmDeleteTemplate(id) => {
                let delete =
                    |workspace: &mut Workspace| workspace.templates.retain(|t| &t.id != id);
                self.session
                    .edit_book(BookStep::DeleteTemplate, Grouping::Alone, delete);
                self.session.template_editor.selected = None;
            }
            TemplateCommand::RemoveTemplateField(template, field) => {
                self.ask_remove_field(template, field)
            }
            TemplateCommand::ConfirmRemoveTemplateField(template, field) => {
                let remove = |workspace: &mut Workspace| {
                    let stored = workspace.templates.iter_mut().find(|t| &t.id == template);
                    stored.map(|stored| stored.fields.retain(|f| &f.id != field))
                };
                let step = BookStep::RemoveField;
                if self
                    .session
                    .edit_book(step, Grouping::Alone, remove)
                    .is_some()
                {
                    self.session.template_editor.selected_field = None;
                }
            }
            TemplateCommand::ImportTemplateDialog => {
                self.request_file_dialog(DialogPurpose::ImportTemplate, ctx);
            }
            TemplateCommand::ExportTemplateDialog(id) => {
                self.session.template_editor.selected = Some(id.clone());
                self.request_file_dialog(DialogPurpose::ExportTemplate, ctx);
            }
        }
        let _ = language;
    }

    /// "<template id>.json" for the export dialog.
    pub(super) fn suggested_template_name(&self) -> String {
        let id = self
            .session
            .template_editor
            .selected
            .as_deref()
            .unwrap_or("vorlage");
        format!("{id}.json")
    }

    fn show_template(&mut self, id: String) {
        self.session.template_editor.selected = Some(id);
        self.session.template_editor.selected_field = None;
        self.session.template_editor.message = None;
        self.views.view = View::Templates;
    }

    /// Stores `template` under an id made from `base` that no other template has.
    fn store_new_template(&mut self, mut template: Template, base: &str, step: BookStep) {
        template.id = unused_id(&self.session.document.workspace, base);
        self.store_template(template, step);
    }

    fn store_template(&mut self, template: Template, step: BookStep) {
        let id = template.id.clone();
        let store = |workspace: &mut Workspace| workspace.templates.push(template);
        self.session.edit_book(step, Grouping::Alone, store);
        self.show_template(id);
    }

    fn ask_delete_template(&mut self, id: &str) {
        let language = self.preferences.language;
        let workspace = &self.session.document.workspace;
        let name = workspace
            .template(id)
            .map_or(id, |t| t.name(language))
            .to_owned();
        let used = workspace
            .collaborations
            .iter()
            .filter(|c| c.template == id)
            .count();
        if used > 0 || !workspace.templates.iter().any(|t| t.id == id) {
            self.dialog = Some(ActiveDialog::Notice(ErrorReport {
                headline: Msg::TemplateInUse.fill_count(language, used, &[("title", &name)]),
                reason: String::new(),
                reassurance: String::new(),
            }));
            return;
        }
        self.dialog = Some(ActiveDialog::ConfirmDeleteTemplate(id.to_owned(), name));
    }

    fn ask_remove_field(&mut self, template: &str, field: &str) {
        let workspace = &self.session.document.workspace;
        let count = workspace.collaborations_with_text(template, field);
        if count == 0 {
            self.pending.push(Command::Template(
                TemplateCommand::ConfirmRemoveTemplateField(template.to_owned(), field.to_owned()),
            ));
            return;
        }
        let language = self.preferences.language;
        let label = workspace
            .template(template)
            .and_then(|t| t.field(field))
            .map_or(field, |f| f.label(language))
            .to_owned();
        let body = Msg::RemoveFieldBody.fill_count(language, count, &[("title", &label)]);
        self.dialog = Some(ActiveDialog::ConfirmRemoveField(
            template.to_owned(),
            field.to_owned(),
            body,
        ));
    }

    /// Reads a template file; one whose id is taken gets a new id, so that no canvas
    /// changes its look by an import.
    pub(super) fn import_template(&mut self, path: &Path) {
        let language = self.preferences.language;
        match storage::load_template(path) {
            Ok(template) => {
                let base = template.id.clone();
                let name = template.name(language).to_owned();
                let taken = self.session.document.workspace.template(&base).is_some();
                let step = BookStep::ImportTemplate;
                if taken {
                    self.store_new_template(template, &base, step);
                } else {
                    self.store_template(template, step);
                }
                self.status_message = Some(super::status_note::StatusNote::with_text(
                    Msg::TemplateImported,
                    "name",
                    name,
                ));
            }
            Err(error) => self.show_template_error(Msg::ImportTemplateFailed, path, &error),
        }
    }

    pub(super) fn export_template(&mut self, path: &Path) {
        let path = super::export_commands::with_extension(path, "json");
        let id = self
            .session
            .template_editor
            .selected
            .clone()
            .unwrap_or_default();
        let Some(template) = self.session.document.workspace.template(&id).cloned() else {
            return;
        };
        match storage::save_template(&path, &template) {
            Ok(()) => {
                let shown = path.display().to_string();
                self.status_message = Some(super::status_note::StatusNote::with_text(
                    Msg::TemplateExported,
                    "path",
                    shown,
                ));
            }
            Err(error) => self.show_template_error(Msg::ExportTemplateFailed, &path, &error),
        }
    }

    fn show_template_error(&mut self, headline: Msg, path: &Path, error: &storage::StorageError) {
        let language = self.preferences.language;
        self.dialog = Some(ActiveDialog::Error(ErrorReport {
            headline: format!("{} ({})", headline.text(language), path.display()),
            reason: error.message(language),
            reassurance: String::new(),
        }));
    }
}

fn unused_id(workspace: &Workspace, base: &str) -> String {
    let base = if base.trim().is_empty() {
        "vorlage"
    } else {
        base.trim()
    };
    (2..)
        .map(|number| format!("{base}-{number}"))
        .find(|id| workspace.template(id).is_none())
        .unwrap_or_else(|| base.to_owned())
}
