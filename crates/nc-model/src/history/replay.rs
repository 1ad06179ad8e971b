//! Undo and redo: a step's change applied backwards or forwards to the workspace, and
//! what the Edit menu may offer meanwhile.

use super::{Change, History, StepLabel};
use crate::{CollaborationId, Workspace};

impl History {
    /// What the next undo reverts: the typing in progress, or the last step.
    pub fn undo_label(&self) -> Option<&StepLabel> {
        match &self.open {
            Some(open) => Some(&open.label),
            None => self.undo.last().map(|step| &step.label),
        }
    }

    pub fn redo_label(&self) -> Option<&StepLabel> {
        if self.open.is_some() {
            return None;
        }
        self.redo.last().map(|step| &step.label)
    }

    pub fn can_undo(&self) -> bool {
        self.open.is_some() || !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        self.open.is_none() && !self.redo.is_empty()
    }

    /// Reverts the last step; returns the collaboration to show, if any.
    pub fn undo(&mut self, workspace: &mut Workspace) -> Option<CollaborationId> {
        self.close_group();
        let step = self.undo.pop()?;
        let shown = apply(&step.change, workspace, Direction::Backward);
        self.redo.push(step);
        shown
    }

    /// Repeats the last undone step; returns the collaboration to show, if any.
    pub fn redo(&mut self, workspace: &mut Workspace) -> Option<CollaborationId> {
        let step = self.redo.pop()?;
        let shown = apply(&step.change, workspace, Direction::Forward);
        self.undo.push(step);
        shown
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Forward,
    Backward,
}

fn apply(
    change: &Change,
    workspace: &mut Workspace,
    direction: Direction,
) -> Option<CollaborationId> {
    let list = &mut workspace.collaborations;
    let forward = direction == Direction::Forward;
    match change {
        Change::Replace { before, after } => {
            let state = if forward { after } else { before };
            let slot = list.iter_mut().find(|c| c.id == state.id)?;
            *slot = (**state).clone();
            Some(state.id.clone())
        }
        Change::Insert {
            index,
            collaboration,
        }
        | Change::Remove {
            index,
            collaboration,
        } => {
            let inserting = matches!(change, Change::Insert { .. }) == forward;
            if inserting {
                list.insert((*index).min(list.len()), (**collaboration).clone());
                Some(collaboration.id.clone())
            } else {
                list.retain(|c| c.id != collaboration.id);
                let neighbour = list.get(*index).or_else(|| list.last());
                neighbour.map(|c| c.id.clone())
            }
        }
        Change::Book(change) => {
            change.apply(workspace, forward);
            None
        }
        Change::WithBook { canvas, book } => {
            book.apply(workspace, forward);
            apply(canvas, workspace, direction)
        }
        Change::Several(changes) => {
            let mut shown = None;
            if forward {
                for change in changes {
                    shown = apply(change, workspace, direction).or(shown);
                }
            } else {
                for change in changes.iter().rev() {
                    shown = apply(change, workspace, direction).or(shown);
                }
            }
            shown
        }
        Change::Whole { before, after } => {
            let state = if forward { after } else { before };
            workspace.clone_from(state);
            None
        }
        Change::Move { from, to } => {
            let (from, to) = if forward { (*from, *to) } else { (*to, *from) };
            if from >= list.len() || to >= list.len() {
                return None;
            }
            let moved = list.remove(from);
            let id = moved.id.clone();
            list.insert(to, moved);
            Some(id)
        }
    }
}
