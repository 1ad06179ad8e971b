//! The one way the open document changes. Every edit goes through a method here, which
//! records its undo step and marks the document modified; no other code does either.
//! (Typing, which egui applies in place, is recorded afterwards in `typing.rs`.)

use super::session::Session;
use crate::model::{Book, BookStep, CollaborationId, StepLabel, Workspace};

/// Whether a step may merge with the one before it.
#[derive(Clone, Copy, Debug)]
pub(super) enum Grouping {
    /// One command, one step.
    Alone,
    /// A drag: steps of the same kind within a pause merge; the time in seconds.
    Pause(f64),
}

impl Session {
    /// Changes the collaboration `id` and nothing else, as one step. `edit` returns
    /// whether it changed anything; so does this.
    pub(super) fn edit_canvas(
        &mut self,
        id: &CollaborationId,
        label: StepLabel,
        edit: impl FnOnce(&mut Workspace) -> bool,
    ) -> bool {
        self.edit_canvas_step(id, label, false, edit)
    }

    /// Changes the collaboration `id` together with contacts, templates or links (a
    /// debrief that logs the meeting with the partners, a template copied into the
    /// file), as one step.
    pub(super) fn edit_canvas_and_book(
        &mut self,
        id: &CollaborationId,
        label: StepLabel,
        edit: impl FnOnce(&mut Workspace) -> bool,
    ) -> bool {
        self.edit_canvas_step(id, label, true, edit)
    }

    fn edit_canvas_step(
        &mut self,
        id: &CollaborationId,
        label: StepLabel,
        with_book: bool,
        edit: impl FnOnce(&mut Workspace) -> bool,
    ) -> bool {
        let Some(before) = self.document.workspace.get(id).cloned() else {
            return false;
        };
        // The whole Netzwerkbuch is copied only for the edits that can change it.
        let book_before = with_book.then(|| Book::of(&self.document.workspace));
        if !edit(&mut self.document.workspace) {
            return false;
        }
        let workspace = &self.document.workspace;
        if let Some(after) = workspace.get(id) {
            match book_before {
                Some(book_before) => {
                    let book = book_before.change_to(Book::of(workspace));
                    self.history
                        .record_replace_with_book(label, (&before, after), book);
                }
                None => self.history.record_replace(label, &before, after),
            }
        }
        self.after_edit();
        true
    }

    /// Changes contacts, the monthly goal, templates or links, as one step (or merged
    /// with the previous one while dragging). Nothing is recorded when nothing changed.
    pub(super) fn edit_book<R>(
        &mut self,
        step: BookStep,
        grouping: Grouping,
        edit: impl FnOnce(&mut Workspace) -> R,
    ) -> R {
        let before = Book::of(&self.document.workspace);
        let result = edit(&mut self.document.workspace);
        let change = before.change_to(Book::of(&self.document.workspace));
        if change.is_empty() {
            return result;
        }
        let label = StepLabel::Book(step);
        match grouping {
            Grouping::Alone => self.history.record_book_step(label, change),
            Grouping::Pause(now) => self.history.record_book_edit(label, change, now),
        }
        self.after_edit();
        result
    }

    /// Changes the Netzwerkbuch and any collaborations in place (none added, removed or
    /// moved), as one step: forgetting a person everywhere. The canvases are copied
    /// first, so this is for rare actions.
    pub(super) fn edit_everywhere<R>(
        &mut self,
        step: BookStep,
        edit: impl FnOnce(&mut Workspace) -> R,
    ) -> R {
        let canvases_before = self.document.workspace.collaborations.clone();
        let book_before = Book::of(&self.document.workspace);
        let result = edit(&mut self.document.workspace);
        let workspace = &self.document.workspace;
        let replaced: Vec<_> = (canvases_before.iter())
            .filter_map(|before| {
                let after = workspace.get(&before.id)?;
                (after != before).then_some((before, after))
            })
            .collect();
        let book = book_before.change_to(Book::of(workspace));
        if replaced.is_empty() && book.is_empty() {
            return result;
        }
        (self.history).record_replaced_everywhere(StepLabel::Book(step), &replaced, book);
        self.after_edit();
        result
    }

    /// Adds a collaboration; `add` returns its id. One step.
    pub(super) fn add_canvas(
        &mut self,
        label: StepLabel,
        add: impl FnOnce(&mut Workspace) -> Option<CollaborationId>,
    ) -> Option<CollaborationId> {
        let id = add(&mut self.document.workspace)?;
        let workspace = &self.document.workspace;
        if let (Some(index), Some(added)) = (workspace.index_of(&id), workspace.get(&id)) {
            self.history.record_insert(label, index, added);
        }
        self.after_edit();
        Some(id)
    }

    /// Deletes a collaboration; returns where it was.
    pub(super) fn remove_canvas(&mut self, id: &CollaborationId) -> Option<usize> {
        let (index, removed) = self.document.workspace.remove(id)?;
        self.history.record_remove(index, &removed);
        self.after_edit();
        Some(index)
    }

    /// Moves a collaboration within the file's order.
    pub(super) fn move_canvas(&mut self, from: usize, to: usize) -> bool {
        let list = &mut self.document.workspace.collaborations;
        if from >= list.len() || to >= list.len() || to == from {
            return false;
        }
        let moved = list.remove(from);
        list.insert(to, moved);
        self.history.record_move(from, to);
        self.after_edit();
        true
    }

    fn after_edit(&mut self) {
        self.forget_shadows();
        self.document.mark_modified();
    }
}

impl Session {
    /// Replaces the workspace with one that has changes from elsewhere merged in, as one
    /// undo step; what is shown stays shown where it still exists.
    pub(super) fn bring_in(&mut self, workspace: Workspace) {
        self.bring_in_as(workspace, StepLabel::MergeFromElsewhere);
    }

    /// [`Self::bring_in`], undone as `label`.
    pub(super) fn bring_in_as(&mut self, workspace: Workspace, label: StepLabel) {
        if workspace == self.document.workspace {
            return;
        }
        let before = std::mem::replace(&mut self.document.workspace, workspace);
        let after = self.document.workspace.clone();
        self.history.record_whole(label, before, after);
        self.fonts_stale = true;
        self.forget_shadows();
        self.canvas_state.is_reload_requested = true;
        self.contact_view_state.is_reload_requested = true;
        self.document.mark_modified();
        let workspace = &self.document.workspace;
        if self
            .selected
            .as_ref()
            .is_none_or(|id| workspace.get(id).is_none())
        {
            self.selected = workspace.collaborations.first().map(|c| c.id.clone());
        }
        if let Some(id) = &self.selected_contact
            && workspace.contact(id).is_none()
        {
            self.selected_contact = None;
        }
    }
}
