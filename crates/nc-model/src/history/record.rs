//! Recording: each kind of change becomes one step, and typing is grouped into one
//! step until a pause, another field or another collaboration.

use super::labels::changed_target;
use super::{BookChange, Change, Collaboration, GROUP_SECONDS, History, MAX_STEPS, OpenGroup};
use super::{Step, StepLabel};
use crate::Workspace;

impl History {
    /// Records an edit inside one collaboration; `before` is its state before the edit.
    pub fn record_edit(&mut self, before: &Collaboration, after: &Collaboration, now: f64) {
        let Some(target) = changed_target(before, after) else {
            return;
        };
        if let Some(open) = &mut self.open {
            let label = StepLabel::Edit(target.clone());
            let same_group = open.after.id == after.id
                && open.label == label
                && now - open.last_change <= GROUP_SECONDS;
            if same_group {
                open.after = after.clone();
                open.last_change = now;
                self.redo.clear();
                return;
            }
        }
        self.close_group();
        self.open = Some(OpenGroup {
            label: StepLabel::Edit(target),
            before: before.clone(),
            after: after.clone(),
            last_change: now,
        });
        self.redo.clear();
    }

    pub fn record_insert(&mut self, label: StepLabel, index: usize, collaboration: &Collaboration) {
        self.push(
            label,
            Change::Insert {
                index,
                collaboration: Box::new(collaboration.clone()),
            },
        );
    }

    pub fn record_remove(&mut self, index: usize, collaboration: &Collaboration) {
        self.push(
            StepLabel::Delete,
            Change::Remove {
                index,
                collaboration: Box::new(collaboration.clone()),
            },
        );
    }

    pub fn record_replace(
        &mut self,
        label: StepLabel,
        before: &Collaboration,
        after: &Collaboration,
    ) {
        self.push(label, Change::replace(before, after));
    }

    /// Records a replaced collaboration and what the same action did to the Netzwerkbuch,
    /// as one step.
    pub fn record_replace_with_book(
        &mut self,
        label: StepLabel,
        (before, after): (&Collaboration, &Collaboration),
        book: BookChange,
    ) {
        let canvas = Change::replace(before, after);
        let change = if book.is_empty() {
            canvas
        } else {
            Change::WithBook {
                canvas: Box::new(canvas),
                book,
            }
        };
        self.push(label, change);
    }

    /// Records an action that replaced several collaborations in place and changed the
    /// Netzwerkbuch (forgetting a person), as one step.
    pub fn record_replaced_everywhere(
        &mut self,
        label: StepLabel,
        replaced: &[(&Collaboration, &Collaboration)],
        book: BookChange,
    ) {
        let mut changes: Vec<Change> = (replaced.iter())
            .map(|(before, after)| Change::replace(before, after))
            .collect();
        if !book.is_empty() {
            changes.push(Change::Book(book));
        }
        if !changes.is_empty() {
            self.push(label, Change::Several(changes));
        }
    }

    /// Records typing in a contact card or the template editor. Steps of the same label
    /// and kind within [`GROUP_SECONDS`] merge, so that typing a name is one step.
    pub fn record_book_edit(&mut self, label: StepLabel, change: BookChange, now: f64) {
        if change.is_empty() {
            return;
        }
        let is_continued = self.open.is_none()
            && self.redo.is_empty()
            && now - self.last_book_change <= GROUP_SECONDS;
        self.last_book_change = now;
        if is_continued
            && let Some(last) = self.undo.last_mut()
            && last.label == label
            && let Change::Book(last_change) = &mut last.change
            && last_change.absorb(&change)
        {
            return;
        }
        self.push(label, Change::Book(change));
    }

    /// Records a Netzwerkbuch or template change made by one command; it never merges.
    pub fn record_book_step(&mut self, label: StepLabel, change: BookChange) {
        if !change.is_empty() {
            self.push(label, Change::Book(change));
        }
        self.last_book_change = f64::NEG_INFINITY;
    }

    /// Records a change of the whole workspace (a merge of changes made elsewhere) as
    /// one step.
    pub fn record_whole(&mut self, label: StepLabel, before: Workspace, after: Workspace) {
        if before != after {
            let change = Change::Whole {
                before: Box::new(before),
                after: Box::new(after),
            };
            self.push(label, change);
        }
        self.last_book_change = f64::NEG_INFINITY;
    }

    pub fn record_move(&mut self, from: usize, to: usize) {
        self.push(StepLabel::Move, Change::Move { from, to });
    }

    fn push(&mut self, label: StepLabel, change: Change) {
        self.close_group();
        self.undo.push(Step { label, change });
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Ends the typing group, so the next edit starts a new step.
    pub fn close_group(&mut self) {
        if let Some(open) = self.open.take() {
            self.undo.push(Step {
                label: open.label,
                change: Change::Replace {
                    before: Box::new(open.before),
                    after: Box::new(open.after),
                },
            });
        }
    }
}
