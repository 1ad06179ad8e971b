//! Undo and redo: applying a step to the session's document, and naming the next one
//! in the Edit menu.

use super::App;
use super::session::Session;
use crate::i18n::{Language, Msg};
use crate::model::{BookStep, CollaborationId, ContactId, EditTarget, StepLabel};

impl Session {
    pub(super) fn undo(&mut self) {
        if self.history.can_undo() {
            let contacts_before = self.contact_ids();
            let shown = self.history.undo(&mut self.document.workspace);
            self.after_history_step(shown, &contacts_before);
        }
    }

    pub(super) fn redo(&mut self) {
        if self.history.can_redo() {
            let contacts_before = self.contact_ids();
            let shown = self.history.redo(&mut self.document.workspace);
            self.after_history_step(shown, &contacts_before);
        }
    }

    fn contact_ids(&self) -> Vec<ContactId> {
        let contacts = &self.document.workspace.contacts;
        contacts.iter().map(|c| c.id.clone()).collect()
    }

    /// Shows what the step changed: its canvas, and a contact it brought back (one it
    /// removed is no longer shown).
    fn after_history_step(
        &mut self,
        shown: Option<CollaborationId>,
        contacts_before: &[ContactId],
    ) {
        // A Netzwerkbuch or template step shows no canvas, but may change links.
        self.forget_shadows();
        self.canvas_state.is_reload_requested = true;
        self.contact_view_state.is_reload_requested = true;
        self.document.mark_modified();
        if shown.is_some() || self.document.workspace.collaborations.is_empty() {
            self.selected = shown;
        }
        let contacts = &self.document.workspace.contacts;
        if let Some(restored) = contacts.iter().find(|c| !contacts_before.contains(&c.id)) {
            self.selected_contact = Some(restored.id.clone());
        } else if let Some(selected) = &self.selected_contact
            && !contacts.iter().any(|c| &c.id == selected)
        {
            self.selected_contact = None;
        }
    }
}

impl App {
    /// "Rückgängig: Eingabe in „Motivation“", for the Edit menu.
    pub fn undo_text(&self) -> Option<String> {
        let language = self.preferences.language;
        self.session.history.undo_label().map(|label| {
            format!(
                "{}: {}",
                Msg::Undo.text(language),
                self.step_text(label, language)
            )
        })
    }

    pub fn redo_text(&self) -> Option<String> {
        let language = self.preferences.language;
        self.session.history.redo_label().map(|label| {
            format!(
                "{}: {}",
                Msg::Redo.text(language),
                self.step_text(label, language)
            )
        })
    }

    fn step_text(&self, label: &StepLabel, language: Language) -> String {
        let target_name = |target: &EditTarget| -> String {
            let msg = match target {
                EditTarget::Title => Msg::Title,
                EditTarget::Partners => Msg::Partners,
                EditTarget::Relationship => Msg::RelationshipLabel,
                EditTarget::Importance => Msg::Importance,
                EditTarget::MeetingDate => Msg::MeetingDate,
                EditTarget::Investment => Msg::Balance,
                EditTarget::Preparation => Msg::Preparation,
                EditTarget::Meetings => Msg::Debrief,
                EditTarget::Snapshots => Msg::TakeSnapshot,
                EditTarget::Template => Msg::TemplateLabel,
                EditTarget::Contacts => Msg::ViewContacts,
                EditTarget::Templates => Msg::ViewTemplates,
                EditTarget::PartnerView(_) => Msg::PartnersView,
                EditTarget::Field(id) => {
                    return self
                        .selected_template()
                        .field(id)
                        .map_or_else(|| id.clone(), |field| field.label(language).to_owned());
                }
            };
            msg.text(language).to_owned()
        };
        match label {
            StepLabel::Edit(target) => {
                Msg::StepTyping.fill(language, &[("field", &target_name(target))])
            }
            StepLabel::Add => Msg::StepAdd.text(language).to_owned(),
            StepLabel::Duplicate => Msg::StepDuplicate.text(language).to_owned(),
            StepLabel::Delete => Msg::StepDelete.text(language).to_owned(),
            StepLabel::Rename => Msg::StepRename.text(language).to_owned(),
            StepLabel::Move => Msg::StepMove.text(language).to_owned(),
            StepLabel::Book(step) => book_step_msg(*step).text(language).to_owned(),
        }
    }
}

/// "Rückgängig: Kontakt löschen" and the like, for the Edit menu.
fn book_step_msg(step: BookStep) -> Msg {
    match step {
        BookStep::AddContact => Msg::AddContact,
        BookStep::DeleteContact => Msg::StepDeleteContact,
        BookStep::LogActivity => Msg::StepLogActivity,
        BookStep::RemoveActivity => Msg::RemoveActivity,
        BookStep::MonthlyGoal => Msg::GoalLabel,
        BookStep::NewTemplate => Msg::NewTemplate,
        BookStep::CopyTemplate => Msg::StepCopyTemplate,
        BookStep::DeleteTemplate => Msg::StepDeleteTemplate,
        BookStep::RemoveField => Msg::RemoveField,
        BookStep::ImportTemplate => Msg::PathPromptImportTemplate,
    }
}
