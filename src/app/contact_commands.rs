//! Runs the Netzwerkbuch's commands: contacts, their log, links and the views.

use super::{ActiveDialog, App};
use crate::command::ContactCommand;
use crate::command::View;
use crate::i18n::Msg;
use crate::model::{CollaborationId, ContactId, EditTarget, StepLabel, due_contacts};

impl App {
    /// The day that due dates are measured against; tests fix it.
    pub fn today(&self) -> chrono::NaiveDate {
        self.today_override
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// Fixes "today" for due dates, so that tests and screenshots are repeatable.
    #[must_use]
    pub fn with_today(mut self, today: chrono::NaiveDate) -> Self {
        self.today_override = Some(today);
        self
    }

    pub fn view(&self) -> View {
        self.view
    }

    pub fn selected_contact(&self) -> Option<&ContactId> {
        self.session.selected_contact.as_ref()
    }

    pub(super) fn due_count(&self) -> usize {
        due_contacts(&self.session.document.workspace.contacts, self.today())
            .iter()
            .filter(|entry| entry.days_left <= crate::model::DUE_SOON_DAYS)
            .count()
    }

    pub(super) fn run_contact_command(&mut self, command: ContactCommand) {
        let today = self.today();
        match &command {
            ContactCommand::AddContact => {
                let name = Msg::NewContactName.text(self.preferences.language);
                let id = self.workspace_mut().add_contact(name, today);
                self.contact_list_state.search.clear();
                let editor = crate::ui::netzwerkbuch::contact_form::contact_name_editor_id(&id);
                self.focus_request = Some((editor, Some(name.to_owned())));
                self.show_contact(id);
                self.session.document.mark_modified();
            }
            ContactCommand::SelectContact(id) => self.show_contact(id.clone()),
            ContactCommand::DeleteContact(id) => {
                self.dialog = Some(ActiveDialog::ConfirmDeleteContact(id.clone()));
            }
            ContactCommand::ConfirmDeleteContact(id) => {
                if self.workspace_mut().remove_contact(id).is_some() {
                    self.session.selected_contact = None;
                    self.session.document.mark_modified();
                }
            }
            ContactCommand::LogActivity(id, activity) => {
                if let Some(contact) = self.workspace_mut().contact_mut(id) {
                    contact.log(activity.clone());
                    self.session.document.mark_modified();
                }
            }
            ContactCommand::RemoveActivity(id, index) => {
                if let Some(contact) = self.workspace_mut().contact_mut(id)
                    && *index < contact.activities.len()
                {
                    contact.activities.remove(*index);
                    self.session.document.mark_modified();
                }
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
                self.workspace_mut().monthly_contact_goal = *goal;
                self.session.document.mark_modified();
            }
        }
    }

    fn show_contact(&mut self, id: ContactId) {
        self.session.selected_contact = Some(id);
        self.view = View::Contacts;
    }

    /// Links are part of the collaboration, so they go through its undo history.
    fn change_links(
        &mut self,
        id: &CollaborationId,
        change: impl FnOnce(&mut crate::model::Workspace) -> bool,
    ) {
        let before = self.session.document.workspace.get(id).cloned();
        if !change(self.workspace_mut()) {
            return;
        }
        if let (Some(before), Some(after)) = (before, self.session.document.workspace.get(id)) {
            let label = StepLabel::Edit(EditTarget::Partners);
            self.session.history.record_replace(label, &before, after);
        }
        self.session.shadow = None;
        self.session.document.mark_modified();
    }
}
