//! Runs the Netzwerkbuch's commands: contacts, their log, links and the views.

use super::edit::Grouping;
use super::{ActiveDialog, App};
use crate::command::ContactCommand;
use crate::command::View;
use crate::model::{
    BookStep, CollaborationId, Contact, ContactId, EditTarget, StepLabel, Workspace, due_contacts,
};
use crate::ui::dialogs::ContactsFormat;
use crate::ui::file_dialog::DialogPurpose;

impl App {
    pub(super) fn due_count(&self) -> usize {
        // The rows the "Fällig" view lists, so that the tab and the view agree.
        due_contacts(&self.session.document.workspace.contacts, self.today()).len()
    }

    /// `now`: the frame's time in seconds, for grouping a dragged goal into one step.
    pub(super) fn run_contact_command(&mut self, command: ContactCommand, ctx: &egui::Context) {
        let now = ctx.input(|input| input.time);
        let today = self.today();
        match &command {
            ContactCommand::AddContact => {
                // Nameless until the user types one (the editor shows "Neuer Kontakt"
                // as a hint): an untouched new contact counts towards no goal.
                let add = |workspace: &mut Workspace| workspace.add_contact("", today);
                let id = self
                    .session
                    .edit_book(BookStep::AddContact, Grouping::Alone, add);
                self.session.contact_search.text.clear();
                let editor = crate::ui::netzwerkbuch::contact_form::contact_name_editor_id(&id);
                self.views.focus_request = Some((editor, None));
                self.show_contact(id);
            }
            ContactCommand::SelectContact(id) => self.show_contact(id.clone()),
            ContactCommand::DeleteContact(id) => {
                self.dialog = Some(ActiveDialog::ConfirmDeleteContact(id.clone()));
            }
            ContactCommand::ConfirmDeleteContact(id) => {
                let remove = |workspace: &mut Workspace| workspace.remove_contact(id).is_some();
                let step = BookStep::DeleteContact;
                if self.session.edit_book(step, Grouping::Alone, remove) {
                    self.session.selected_contact = None;
                }
            }
            ContactCommand::LogActivity(id, activity) => {
                self.edit_contact(id, BookStep::LogActivity, |c| c.log(activity.clone()));
            }
            ContactCommand::RemoveActivity(id, index) => {
                self.edit_contact(id, BookStep::RemoveActivity, |contact| {
                    if *index < contact.activities.len() {
                        contact.activities.remove(*index);
                    }
                });
            }
            ContactCommand::FollowUpDone(id) => {
                self.edit_contact(id, BookStep::FollowUpDone, |c| c.follow_up_done(today));
            }
            ContactCommand::PostponeFollowUp(id) => {
                let step = BookStep::PostponeFollowUp;
                self.edit_contact(id, step, |c| c.postpone_follow_up(today));
            }
            ContactCommand::LinkContact(collaboration, contact) => {
                self.change_links(collaboration, |workspace| {
                    workspace.link(collaboration, contact)
                });
            }
            ContactCommand::UnlinkContact(collaboration, contact) => {
                self.change_links(collaboration, |workspace| {
                    workspace.unlink(collaboration, contact)
                });
            }
            ContactCommand::SetMonthlyGoal(goal) => {
                // The goal is dragged: one step per gesture, not per pixel.
                let grouping = Grouping::Pause(now);
                let set = |workspace: &mut Workspace| workspace.monthly_contact_goal = *goal;
                self.session.edit_book(BookStep::MonthlyGoal, grouping, set);
            }
            ContactCommand::ImportContactsDialog => {
                self.request_file_dialog(DialogPurpose::ImportContacts, ctx);
            }
            ContactCommand::ExportVcardDialog => self.ask_contacts_export(ContactsFormat::VCard4),
            ContactCommand::ExportCsvDialog => self.ask_contacts_export(ContactsFormat::Csv),
            ContactCommand::ExportCalendarDialog => {
                self.request_file_dialog(DialogPurpose::ExportCalendar, ctx);
            }
            ContactCommand::AuskunftDialog(id) => {
                self.session.pending_auskunft = Some(id.clone());
                self.request_file_dialog(DialogPurpose::Auskunft, ctx);
            }
            ContactCommand::ForgetDialog(id) => self.ask_before_forgetting(id),
            ContactCommand::ConfirmForget(id) => self.forget_contact(id),
        }
    }

    /// Changes one contact as one undo step; nothing happens when it is gone.
    fn edit_contact(&mut self, id: &ContactId, step: BookStep, change: impl FnOnce(&mut Contact)) {
        let edit = |workspace: &mut Workspace| {
            if let Some(contact) = workspace.contact_mut(id) {
                change(contact);
            }
        };
        self.session.edit_book(step, Grouping::Alone, edit);
    }

    fn show_contact(&mut self, id: ContactId) {
        self.session.selected_contact = Some(id);
        self.views.view = View::Contacts;
    }

    /// Links are part of the collaboration, so they go through its undo history.
    fn change_links(
        &mut self,
        id: &CollaborationId,
        change: impl FnOnce(&mut crate::model::Workspace) -> bool,
    ) {
        let label = StepLabel::Edit(EditTarget::Partners);
        self.session.edit_canvas(id, label, change);
    }
}
