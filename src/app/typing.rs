//! Typing: egui edits the text in place, so each frame's keystrokes are recorded after
//! the UI pass, against copies ("shadows") kept from before it. Keystrokes in the same
//! place within a pause become one undo step.

use super::session::Session;
use crate::model::{BookChange, Contact, EditTarget, StepLabel, Template};

/// Copies of what the shown contact card or template editor may change, as they were
/// before this frame's typing.
#[derive(Default)]
pub(super) struct BookShadow {
    contact: Option<Contact>,
    templates: Option<Vec<Template>>,
}

impl Session {
    /// Keeps a copy of the shown collaboration as it is before the next keystroke.
    pub(super) fn refresh_shadow(&mut self) {
        let selected = self.selected.as_ref();
        if self.shadow.as_ref().map(|c| &c.id) != selected {
            self.shadow = selected
                .and_then(|id| self.document.workspace.get(id))
                .cloned();
        }
    }

    /// Records this frame's typing in the shown collaboration, `now` in seconds.
    pub(super) fn typed_in_canvas(&mut self, now: f64) {
        let Some(id) = self.selected.clone() else {
            return;
        };
        let Some(current) = self.document.workspace.get_mut(&id) else {
            return;
        };
        current.modified = Some(chrono::Utc::now());
        if let Some(before) = &self.shadow
            && before.id == id
        {
            self.history.record_edit(before, current, now);
        }
        self.shadow = Some(current.clone());
        self.document.mark_modified();
    }

    /// Keeps a copy of the shown contact as it is before the next keystroke.
    pub(super) fn refresh_contact_shadow(&mut self) {
        let selected = self.selected_contact.as_ref();
        if self.book_shadow.contact.as_ref().map(|c| &c.id) != selected {
            self.book_shadow.contact = selected
                .and_then(|id| self.document.workspace.contact(id))
                .cloned();
        }
    }

    /// Records this frame's typing in the shown contact's card.
    pub(super) fn typed_in_contact(&mut self, now: f64) {
        let Some(after) = (self.selected_contact.as_ref())
            .and_then(|id| self.document.workspace.contact(id))
            .cloned()
        else {
            return;
        };
        if let Some(before) = self.book_shadow.contact.take()
            && before.id == after.id
        {
            let change = BookChange::Contact {
                before: Box::new(before),
                after: Box::new(after.clone()),
            };
            let label = StepLabel::Edit(EditTarget::Contacts);
            self.history.record_book_edit(label, change, now);
        }
        self.book_shadow.contact = Some(after);
        self.document.mark_modified();
    }

    /// Keeps a copy of the file's templates as they are before the next edit.
    pub(super) fn refresh_templates_shadow(&mut self) {
        if self.book_shadow.templates.is_none() {
            self.book_shadow.templates = Some(self.document.workspace.templates.clone());
        }
    }

    /// Records this frame's change in the template editor.
    pub(super) fn typed_in_templates(&mut self, now: f64) {
        let after = self.document.workspace.templates.clone();
        if let Some(before) = self.book_shadow.templates.take() {
            let change = BookChange::Templates {
                before,
                after: after.clone(),
            };
            let label = StepLabel::Edit(EditTarget::Templates);
            self.history.record_book_edit(label, change, now);
        }
        self.book_shadow.templates = Some(after);
        self.document.mark_modified();
    }

    /// After a command or an undo step the copies are stale: they are taken afresh.
    pub(super) fn forget_shadows(&mut self) {
        self.shadow = None;
        self.book_shadow = BookShadow::default();
    }
}
