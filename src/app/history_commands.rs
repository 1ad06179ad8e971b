//! Undo and redo in the app: recording each edit and applying a step.

use super::App;
use crate::command::Command;
use crate::i18n::{Language, Msg};
use crate::model::{Book, BookStep, ContactId, EditTarget, StepLabel};

impl App {
    /// Records the canvas edits of this frame against the state before them.
    pub(super) fn record_canvas_edit(&mut self, now: f64) {
        let Some(id) = self.selected.clone() else {
            return;
        };
        let Some(current) = self.document.workspace.get(&id) else {
            return;
        };
        match &self.shadow {
            Some(before) if before.id == id => self.history.record_edit(before, current, now),
            _ => {}
        }
        self.shadow = Some(current.clone());
    }

    /// Keeps a copy of the shown collaboration as it is before the next edit.
    pub(super) fn refresh_shadow(&mut self) {
        let selected = self.selected.as_ref();
        if self.shadow.as_ref().map(|c| &c.id) != selected {
            self.shadow = selected
                .and_then(|id| self.document.workspace.get(id))
                .cloned();
        }
    }

    /// Keeps a copy of contacts and templates as they are before the next edit.
    pub(super) fn refresh_book_shadow(&mut self) {
        if self.book_shadow.is_none() {
            self.book_shadow = Some(Book::of(&self.document.workspace));
        }
    }

    /// Records this frame's typing in a contact card or the template editor.
    pub(super) fn record_book_edit(&mut self, target: EditTarget, now: f64) {
        let after = Book::of(&self.document.workspace);
        if let Some(before) = self.book_shadow.take() {
            let label = StepLabel::Edit(target);
            self.history.record_book(label, before, after.clone(), now);
        }
        self.book_shadow = Some(after);
    }

    /// Runs a command; one that changes contacts or templates becomes one undo step.
    pub(super) fn run_recorded(&mut self, command: Command, ctx: &egui::Context) {
        let Some(step) = book_step(&command) else {
            return self.run_command(command, ctx);
        };
        let before = Book::of(&self.document.workspace);
        self.run_command(command, ctx);
        self.record_book_change(step, before, ctx.input(|input| input.time));
    }

    /// Records what a command or an import did to contacts and templates.
    pub(super) fn record_book_change(&mut self, step: BookStep, before: Book, now: f64) {
        let after = Book::of(&self.document.workspace);
        let label = StepLabel::Book(step);
        if step == BookStep::MonthlyGoal {
            // The goal is dragged: one step per gesture, not per pixel.
            self.history.record_book(label, before, after, now);
        } else {
            self.history.record_book_step(label, before, after);
        }
        self.book_shadow = None;
    }

    pub(super) fn undo(&mut self) {
        if self.history.can_undo() {
            let contacts_before = self.contact_ids();
            let shown = self.history.undo(&mut self.document.workspace);
            self.after_history_step(shown);
            self.show_restored_contact(&contacts_before);
        }
    }

    pub(super) fn redo(&mut self) {
        if self.history.can_redo() {
            let contacts_before = self.contact_ids();
            let shown = self.history.redo(&mut self.document.workspace);
            self.after_history_step(shown);
            self.show_restored_contact(&contacts_before);
        }
    }

    fn contact_ids(&self) -> Vec<ContactId> {
        let contacts = &self.document.workspace.contacts;
        contacts.iter().map(|c| c.id.clone()).collect()
    }

    /// A contact that a step brought back is shown; one that it removed is no longer.
    fn show_restored_contact(&mut self, before: &[ContactId]) {
        let contacts = &self.document.workspace.contacts;
        if let Some(restored) = contacts.iter().find(|c| !before.contains(&c.id)) {
            self.selected_contact = Some(restored.id.clone());
        } else if let Some(selected) = &self.selected_contact
            && !contacts.iter().any(|c| &c.id == selected)
        {
            self.selected_contact = None;
        }
    }

    fn after_history_step(&mut self, shown: Option<crate::model::CollaborationId>) {
        // A Netzwerkbuch or template step shows no canvas, but may change links.
        self.shadow = None;
        self.book_shadow = None;
        self.canvas_state.is_reload_requested = true;
        self.contact_view_state.is_reload_requested = true;
        self.document.mark_modified();
        if shown.is_some() || self.document.workspace.collaborations.is_empty() {
            self.selected = shown;
        }
    }

    /// "Rückgängig: Eingabe in „Motivation“", for the Edit menu.
    pub fn undo_text(&self) -> Option<String> {
        let language = self.preferences.language;
        self.history.undo_label().map(|label| {
            format!(
                "{}: {}",
                Msg::Undo.text(language),
                self.step_text(label, language)
            )
        })
    }

    pub fn redo_text(&self) -> Option<String> {
        let language = self.preferences.language;
        self.history.redo_label().map(|label| {
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

fn book_step(command: &Command) -> Option<BookStep> {
    Some(match command {
        Command::AddContact => BookStep::AddContact,
        Command::ConfirmDeleteContact(_) => BookStep::DeleteContact,
        Command::LogActivity(..) => BookStep::LogActivity,
        Command::RemoveActivity(..) => BookStep::RemoveActivity,
        Command::SetMonthlyGoal(_) => BookStep::MonthlyGoal,
        Command::NewTemplate => BookStep::NewTemplate,
        Command::EditBundledTemplate(_) | Command::DuplicateTemplate(_) => BookStep::CopyTemplate,
        Command::ConfirmDeleteTemplate(_) => BookStep::DeleteTemplate,
        Command::ConfirmRemoveTemplateField(..) => BookStep::RemoveField,
        _ => return None,
    })
}

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
