//! Undo and redo: every edit is kept as the states before and after it.
//!
//! Typing is grouped: changes to the same part of the same collaboration that follow each
//! other within [`GROUP_SECONDS`] become one step. Time comes in from the caller, so the
//! grouping is testable without a clock.
//!
//! The module is split by what each part does: `labels.rs` names a step, `record.rs`
//! turns edits into steps, `replay.rs` undoes and redoes them. The types they share
//! are here.

use super::{BookChange, Collaboration, Workspace};

mod labels;
mod record;
mod replay;
#[cfg(test)]
mod tests;

pub use labels::{BookStep, CardStep, EditTarget, StepLabel};

/// Pauses longer than this start a new undo step while typing.
pub const GROUP_SECONDS: f64 = 1.5;
/// Older steps are forgotten beyond this many.
pub const MAX_STEPS: usize = 1000;

/// What one step changed, with both states, so that it can be applied either way.
#[derive(Clone, Debug, PartialEq)]
enum Change {
    Replace {
        before: Box<Collaboration>,
        after: Box<Collaboration>,
    },
    Insert {
        index: usize,
        collaboration: Box<Collaboration>,
    },
    Remove {
        index: usize,
        collaboration: Box<Collaboration>,
    },
    Move {
        from: usize,
        to: usize,
    },
    /// Contacts, templates and links (see [`super::Book`]).
    Book(BookChange),
    /// A canvas change that also changed the Netzwerkbuch, such as a debrief that logs
    /// the meeting with the partners' contacts.
    WithBook {
        canvas: Box<Change>,
        book: BookChange,
    },
    /// Several changes made by one action, such as forgetting a person in every
    /// canvas; undone in reverse order.
    Several(Vec<Change>),
    /// The whole workspace: changes from elsewhere merged in (a synced file).
    Whole {
        before: Box<Workspace>,
        after: Box<Workspace>,
    },
}

impl Change {
    fn replace(before: &Collaboration, after: &Collaboration) -> Self {
        Self::Replace {
            before: Box::new(before.clone()),
            after: Box::new(after.clone()),
        }
    }
}

/// A finished step: what the Edit menu calls it and what it changed.
#[derive(Clone, Debug, PartialEq)]
struct Step {
    label: StepLabel,
    change: Change,
}

/// Typing still in progress: it becomes a [`Step`] at the next pause or other edit.
#[derive(Clone, Debug, PartialEq)]
struct OpenGroup {
    label: StepLabel,
    before: Collaboration,
    after: Collaboration,
    last_change: f64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    open: Option<OpenGroup>,
    /// When the last Netzwerkbuch step was recorded, for grouping.
    last_book_change: f64,
}
