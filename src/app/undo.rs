//! Undo and redo: applying a step to the session's document, and naming the next one
//! in the Edit menu.

use super::App;
use super::session::Session;
use crate::i18n::{Language, Msg};
use crate::model::{BookStep, CardStep, CollaborationId, ContactId, EditTarget, StepLabel};

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

    /// Typing names the field typed in ("Eingabe in „Motivation“"); every other step
    /// says what it did ("Beziehungsform geändert").
    fn step_text(&self, label: &StepLabel, language: Language) -> String {
        let typed_in = |name: &str| Msg::StepTyping.fill(language, &[("field", name)]);
        let msg = match label {
            StepLabel::Edit(target) => match target {
                EditTarget::Title => return typed_in(Msg::Title.text(language)),
                EditTarget::Partners => return typed_in(Msg::Partners.text(language)),
                EditTarget::PartnerView(_) => return typed_in(Msg::PartnersView.text(language)),
                EditTarget::Contacts => return typed_in(Msg::ViewContacts.text(language)),
                EditTarget::Templates => return typed_in(Msg::ViewTemplates.text(language)),
                EditTarget::Field(id) => {
                    let template = self.selected_template();
                    let field = template.field(id);
                    return typed_in(field.map_or(id.as_str(), |field| field.label(language)));
                }
                EditTarget::Relationship => Msg::StepRelationship,
                EditTarget::Importance => Msg::StepImportance,
                EditTarget::MeetingDate => Msg::StepMeetingDate,
                EditTarget::Investment => Msg::StepInvestment,
                EditTarget::Preparation => Msg::StepPreparation,
                EditTarget::Meetings => Msg::StepDebrief,
                EditTarget::Snapshots => Msg::StepSnapshot,
                EditTarget::Template => Msg::StepTemplate,
            },
            StepLabel::Add => Msg::StepAdd,
            StepLabel::Duplicate => Msg::StepDuplicate,
            StepLabel::Delete => Msg::StepDelete,
            StepLabel::Rename => Msg::StepRename,
            StepLabel::Move => Msg::StepMove,
            StepLabel::Book(step) => book_step_msg(*step),
            StepLabel::Cards(step) => card_step_msg(*step),
            StepLabel::MergeFromElsewhere => Msg::StepMergeFromElsewhere,
            StepLabel::PartnerCopy => Msg::StepPartnerCopy,
        };
        msg.text(language).to_owned()
    }
}

/// "Rückgängig: Karte verschoben" and the like.
fn card_step_msg(step: CardStep) -> Msg {
    match step {
        CardStep::Add => Msg::StepCardAdd,
        CardStep::Change => Msg::StepCardChange,
        CardStep::Remove => Msg::StepCardRemove,
        CardStep::Move => Msg::StepCardMove,
        CardStep::Cluster => Msg::StepCardCluster,
        CardStep::TakeOver => Msg::StepCardTakeOver,
        CardStep::Participants => Msg::StepCardParticipants,
        CardStep::Dot => Msg::StepCardDot,
    }
}

/// "Rückgängig: Kontakt löschen" and the like, for the Edit menu.
fn book_step_msg(step: BookStep) -> Msg {
    match step {
        BookStep::AddContact => Msg::AddContact,
        BookStep::DeleteContact => Msg::StepDeleteContact,
        BookStep::LogActivity => Msg::StepLogActivity,
        BookStep::RemoveActivity => Msg::RemoveActivity,
        BookStep::FollowUpDone => Msg::StepFollowUpDone,
        BookStep::PostponeFollowUp => Msg::StepPostponeFollowUp,
        BookStep::MonthlyGoal => Msg::GoalLabel,
        BookStep::NewTemplate => Msg::NewTemplate,
        BookStep::CopyTemplate => Msg::StepCopyTemplate,
        BookStep::DeleteTemplate => Msg::StepDeleteTemplate,
        BookStep::RemoveField => Msg::RemoveField,
        BookStep::ImportTemplate => Msg::PathPromptImportTemplate,
        BookStep::ImportContacts => Msg::StepImportContacts,
        BookStep::Forget => Msg::StepForget,
    }
}
