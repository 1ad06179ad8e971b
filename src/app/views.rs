//! What the views show beyond the document: which view is open, the contact list's
//! sort, the presentation, and an editor waiting for the focus. It outlives
//! a document (a new file opens in the same view).

use super::App;
use crate::command::View;
use crate::model::ContactId;
use crate::ui::netzwerkbuch::contact_list::ContactListState;
use crate::ui::presentation::view::PresentationState;

#[derive(Default)]
pub(super) struct Views {
    pub(super) view: View,
    pub(super) contact_list_state: ContactListState,
    /// Some while a field is shown on the projector.
    pub(super) presentation: Option<PresentationState>,
    /// An editor to focus once the commands have run, with this text selected (the
    /// name of a new collaboration or contact) or the cursor at its end (the field shown
    /// on the projector).
    pub(super) focus_request: Option<(egui::Id, Option<String>)>,
    /// "Today" for due dates when a test or screenshot fixes it.
    pub(super) today_override: Option<chrono::NaiveDate>,
}

impl App {
    /// The day that due dates are measured against; tests fix it.
    pub fn today(&self) -> chrono::NaiveDate {
        self.views
            .today_override
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// Fixes "today" for due dates, so that tests and screenshots are repeatable.
    #[must_use]
    pub fn with_today(mut self, today: chrono::NaiveDate) -> Self {
        self.views.today_override = Some(today);
        self
    }

    pub fn view(&self) -> View {
        self.views.view
    }

    pub fn selected_contact(&self) -> Option<&ContactId> {
        self.session.selected_contact.as_ref()
    }
}
