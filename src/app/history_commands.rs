//! Undo and redo in the app: recording each edit and applying a step.

use super::App;
use crate::i18n::{Language, Msg};
use crate::model::{ContactId, EditTarget, StepLabel};

impl App {
    /// Records the canvas edits of this frame against the state before them.
    pub(super) fn record_canvas_edit(&mut self, now: f64) {
        let Some(id) = self.session.selected.clone() else {
            return;
        };
        let Some(current) = self.session.document.workspace.get(&id) else {
            return;
        };
        match &self.session.shadow {
            Some(before) if before.id == id => {
                self.session.history.record_edit(before, current, now)
            }
            _ => {}
        }
        self.session.shadow = Some(current.clone());
    }

    /// Keeps a copy of the shown collaboration as it is before the next edit.
    pub(super) fn refresh_shadow(&mut self) {
        let selected = self.session.selected.as_ref();
        if self.session.shadow.as_ref().map(|c| &c.id) != selected {
            self.session.shadow = selected
                .and_then(|id| self.session.document.workspace.get(id))
                .cloned();
        }
    }

    pub(super) fn undo(&mut self) {
        if self.session.history.can_undo() {
            let contacts_before = self.contact_ids();
            let shown = self
                .session
                .history
                .undo(&mut self.session.document.workspace);
            self.after_history_step(shown);
            self.show_restored_contact(&contacts_before);
        }
    }

    pub(super) fn redo(&mut self) {
        if self.session.history.can_redo() {
            let contacts_before = self.contact_ids();
            let shown = self
                .session
                .history
                .redo(&mut self.session.document.workspace);
            self.after_history_step(shown);
            self.show_restored_contact(&contacts_before);
        }
    }

    fn contact_ids(&self) -> Vec<ContactId> {
        let contacts = &self.session.document.workspace.contacts;
        contacts.iter().map(|c| c.id.clone()).collect()
    }

    /// A contact that a step brought back is shown; one that it removed is no longer.
    fn show_restored_contact(&mut self, before: &[ContactId]) {
        let contacts = &self.session.document.workspace.contacts;
        if let Some(restored) = contacts.iter().find(|c| !before.contains(&c.id)) {
            self.session.selected_contact = Some(restored.id.clone());
        } else if let Some(selected) = &self.session.selected_contact
            && !contacts.iter().any(|c| &c.id == selected)
        {
            self.session.selected_contact = None;
        }
    }

    fn after_history_step(&mut self, shown: Option<crate::model::CollaborationId>) {
        // A Netzwerkbuch or template step shows no canvas, but may change links.
        self.session.shadow = None;
        self.session.canvas_state.is_reload_requested = true;
        self.session.contact_view_state.is_reload_requested = true;
        self.session.document.mark_modified();
        if shown.is_some() || self.session.document.workspace.collaborations.is_empty() {
            self.session.selected = shown;
        }
    }

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
            StepLabel::Book(step) => super::book_history::book_step_msg(*step)
                .text(language)
                .to_owned(),
        }
    }
}
