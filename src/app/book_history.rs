//! Undo steps outside the canvases: typing in a contact card or the template editor,
//! and the Netzwerkbuch and template commands.

use super::App;
use crate::command::Command;
use crate::command::{ContactCommand, TemplateCommand};
use crate::i18n::Msg;
use crate::model::{Book, BookChange, BookStep, Contact, EditTarget, StepLabel, Template};

/// Copies of what the shown panel may change, as they were before this frame's edits.
#[derive(Default)]
pub(super) struct BookShadow {
    contact: Option<Contact>,
    templates: Option<Vec<Template>>,
}

impl App {
    /// Keeps a copy of the shown contact as it is before the next edit.
    pub(super) fn refresh_contact_shadow(&mut self) {
        let selected = self.session.selected_contact.as_ref();
        if self.session.book_shadow.contact.as_ref().map(|c| &c.id) != selected {
            self.session.book_shadow.contact = selected
                .and_then(|id| self.session.document.workspace.contact(id))
                .cloned();
        }
    }

    /// Records this frame's typing in the shown contact's card.
    pub(super) fn record_contact_edit(&mut self, now: f64) {
        let Some(after) = (self.session.selected_contact.as_ref())
            .and_then(|id| self.session.document.workspace.contact(id))
            .cloned()
        else {
            return;
        };
        if let Some(before) = self.session.book_shadow.contact.take()
            && before.id == after.id
        {
            let change = BookChange::Contact {
                before: Box::new(before),
                after: Box::new(after.clone()),
            };
            let label = StepLabel::Edit(EditTarget::Contacts);
            self.session.history.record_book_edit(label, change, now);
        }
        self.session.book_shadow.contact = Some(after);
    }

    /// Keeps a copy of the file's templates as they are before the next edit.
    pub(super) fn refresh_templates_shadow(&mut self) {
        if self.session.book_shadow.templates.is_none() {
            self.session.book_shadow.templates =
                Some(self.session.document.workspace.templates.clone());
        }
    }

    /// Records this frame's change in the template editor.
    pub(super) fn record_templates_edit(&mut self, now: f64) {
        let after = self.session.document.workspace.templates.clone();
        if let Some(before) = self.session.book_shadow.templates.take() {
            let change = BookChange::Templates {
                before,
                after: after.clone(),
            };
            let label = StepLabel::Edit(EditTarget::Templates);
            self.session.history.record_book_edit(label, change, now);
        }
        self.session.book_shadow.templates = Some(after);
    }

    /// Runs a command; one that changes contacts or templates becomes one undo step.
    pub(super) fn run_recorded(&mut self, command: Command, ctx: &egui::Context) {
        let Some(step) = book_step(&command) else {
            return self.run_command(command, ctx);
        };
        let before = Book::of(&self.session.document.workspace);
        self.run_command(command, ctx);
        let change = before.change_to(Book::of(&self.session.document.workspace));
        let label = StepLabel::Book(step);
        if step == BookStep::MonthlyGoal {
            // The goal is dragged: one step per gesture, not per pixel.
            let now = ctx.input(|input| input.time);
            self.session.history.record_book_edit(label, change, now);
        } else {
            self.session.history.record_book_step(label, change);
        }
    }

    /// Records what an import did to the templates, as one step.
    pub(super) fn record_book_change(&mut self, step: BookStep, before: Book) {
        let change = before.change_to(Book::of(&self.session.document.workspace));
        self.session
            .history
            .record_book_step(StepLabel::Book(step), change);
        // Imports arrive from the file dialog, outside the command loop.
        self.session.book_shadow = BookShadow::default();
    }
}

fn book_step(command: &Command) -> Option<BookStep> {
    Some(match command {
        Command::Contact(ContactCommand::AddContact) => BookStep::AddContact,
        Command::Contact(ContactCommand::ConfirmDeleteContact(_)) => BookStep::DeleteContact,
        Command::Contact(ContactCommand::LogActivity(..)) => BookStep::LogActivity,
        Command::Contact(ContactCommand::RemoveActivity(..)) => BookStep::RemoveActivity,
        Command::Contact(ContactCommand::SetMonthlyGoal(_)) => BookStep::MonthlyGoal,
        Command::Template(TemplateCommand::NewTemplate) => BookStep::NewTemplate,
        Command::Template(TemplateCommand::EditBundledTemplate(_))
        | Command::Template(TemplateCommand::DuplicateTemplate(_)) => BookStep::CopyTemplate,
        Command::Template(TemplateCommand::ConfirmDeleteTemplate(_)) => BookStep::DeleteTemplate,
        Command::Template(TemplateCommand::ConfirmRemoveTemplateField(..)) => BookStep::RemoveField,
        _ => return None,
    })
}

/// "Rückgängig: Kontakt löschen" and the like, for the Edit menu.
pub(super) fn book_step_msg(step: BookStep) -> Msg {
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
