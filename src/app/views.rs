//! What the views show beyond the document: which view is open, the side panels'
//! search and sort, the presentation, and an editor waiting for the focus. It outlives
//! a document (a new file opens in the same view).

use crate::command::View;
use crate::ui::canvas::list::ListPanelState;
use crate::ui::netzwerkbuch::contact_list::ContactListState;
use crate::ui::presentation::view::PresentationState;

#[derive(Default)]
pub(super) struct Views {
    pub(super) view: View,
    pub(super) list_state: ListPanelState,
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
