//! Undo and redo: every edit is kept as the states before and after it.
//!
//! Typing is grouped: changes to the same part of the same collaboration that follow each
//! other within [`GROUP_SECONDS`] become one step. Time comes in from the caller, so the
//! grouping is testable without a clock.

use super::{BookChange, Collaboration, CollaborationId, Workspace};

/// Pauses longer than this start a new undo step while typing.
pub const GROUP_SECONDS: f64 = 1.5;
/// Older steps are forgotten beyond this many.
pub const MAX_STEPS: usize = 1000;

/// Which part of a collaboration an edit touched; also what the Edit menu names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditTarget {
    Title,
    Partners,
    Relationship,
    Importance,
    MeetingDate,
    Field(String),
    Investment,
    Preparation,
    Meetings,
    PartnerView(String),
    Snapshots,
    Template,
    /// Typing in a contact's card.
    Contacts,
    /// An edit in the template editor.
    Templates,
}

/// What a step did, for "Rückgängig: …" in the Edit menu.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepLabel {
    Edit(EditTarget),
    Add,
    Duplicate,
    Delete,
    Rename,
    Move,
    /// A command that changed contacts or templates.
    Book(BookStep),
}

/// The Netzwerkbuch and template commands that make one undo step each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BookStep {
    AddContact,
    DeleteContact,
    LogActivity,
    RemoveActivity,
    MonthlyGoal,
    NewTemplate,
    CopyTemplate,
    DeleteTemplate,
    RemoveField,
    ImportTemplate,
}

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
}

impl Change {
    fn replace(before: &Collaboration, after: &Collaboration) -> Self {
        Self::Replace {
            before: Box::new(before.clone()),
            after: Box::new(after.clone()),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
struct Step {
    label: StepLabel,
    change: Change,
}

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

/// The part of the collaboration that differs; `modified` times are not edits.
fn changed_target(before: &Collaboration, after: &Collaboration) -> Option<EditTarget> {
    if before.title != after.title {
        return Some(EditTarget::Title);
    }
    if before.partners != after.partners {
        return Some(EditTarget::Partners);
    }
    if before.relationship != after.relationship {
        return Some(EditTarget::Relationship);
    }
    if before.importance != after.importance {
        return Some(EditTarget::Importance);
    }
    if before.meeting_date != after.meeting_date {
        return Some(EditTarget::MeetingDate);
    }
    if before.investment != after.investment {
        return Some(EditTarget::Investment);
    }
    if before.preparation != after.preparation {
        return Some(EditTarget::Preparation);
    }
    if before.meetings != after.meetings {
        return Some(EditTarget::Meetings);
    }
    if before.snapshots != after.snapshots {
        return Some(EditTarget::Snapshots);
    }
    if before.template != after.template {
        return Some(EditTarget::Template);
    }
    if let Some(key) = before
        .partner_view
        .keys()
        .chain(after.partner_view.keys())
        .find(|key| before.partner_text(key) != after.partner_text(key))
    {
        return Some(EditTarget::PartnerView(key.clone()));
    }
    let keys = before.fields.keys().chain(after.fields.keys());
    keys.into_iter()
        .find(|key| before.field_text(key) != after.field_text(key))
        .map(|key| EditTarget::Field(key.clone()))
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;

    fn workspace_with(titles: &[&str]) -> Workspace {
        let mut workspace = Workspace::default();
        for title in titles {
            workspace.add(title, DateTime::UNIX_EPOCH);
        }
        workspace
    }

    /// Types `text` into a field of the first collaboration at time `now`.
    fn type_into(
        workspace: &mut Workspace,
        history: &mut History,
        field: &str,
        text: &str,
        now: f64,
    ) {
        let before = workspace.collaborations[0].clone();
        workspace.collaborations[0]
            .field_text_mut(field)
            .push_str(text);
        history.record_edit(&before, &workspace.collaborations[0], now);
    }

    #[test]
    fn typing_without_a_pause_is_one_step() {
        let mut workspace = workspace_with(&["A"]);
        let mut history = History::default();
        for (index, letter) in ["H", "a", "l", "l", "o"].iter().enumerate() {
            type_into(
                &mut workspace,
                &mut history,
                "motivation",
                letter,
                index as f64 * 0.2,
            );
        }
        assert_eq!(
            history.undo_label(),
            Some(&StepLabel::Edit(EditTarget::Field("motivation".into())))
        );
        history.undo(&mut workspace);
        assert_eq!(workspace.collaborations[0].field_text("motivation"), "");
        assert!(!history.can_undo());
    }

    fn type_into_contact(workspace: &mut Workspace, history: &mut History, index: usize, now: f64) {
        let before = workspace.contacts[index].clone();
        workspace.contacts[index].notes.push('x');
        let change = BookChange::Contact {
            before: Box::new(before),
            after: Box::new(workspace.contacts[index].clone()),
        };
        history.record_book_edit(StepLabel::Edit(EditTarget::Contacts), change, now);
    }

    #[test]
    fn typing_in_one_contact_is_one_step_and_another_contact_starts_a_new_one() {
        let mut workspace = Workspace::default();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid");
        workspace.add_contact("Jana", today);
        workspace.add_contact("Olaf", today);
        let mut history = History::default();
        for step in 0..3 {
            type_into_contact(&mut workspace, &mut history, 0, f64::from(step) * 0.3);
        }
        type_into_contact(&mut workspace, &mut history, 1, 1.0);
        history.undo(&mut workspace);
        assert_eq!(
            (&*workspace.contacts[0].notes, &*workspace.contacts[1].notes),
            ("xxx", "")
        );
        history.undo(&mut workspace);
        assert_eq!(workspace.contacts[0].notes, "");
        assert!(!history.can_undo());
        history.redo(&mut workspace);
        assert_eq!(workspace.contacts[0].notes, "xxx");
    }

    #[test]
    fn a_command_on_the_netzwerkbuch_is_its_own_step() {
        let mut workspace = Workspace::default();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid");
        workspace.add_contact("Jana", today);
        let mut history = History::default();
        type_into_contact(&mut workspace, &mut history, 0, 0.0);
        let before = super::super::Book::of(&workspace);
        workspace.add_contact("Olaf", today);
        let change = before.change_to(super::super::Book::of(&workspace));
        history.record_book_step(StepLabel::Book(BookStep::AddContact), change);
        type_into_contact(&mut workspace, &mut history, 0, 0.2);
        history.undo(&mut workspace);
        history.undo(&mut workspace);
        assert_eq!(
            (workspace.contacts.len(), &*workspace.contacts[0].notes),
            (1, "x")
        );
    }

    #[test]
    fn a_pause_or_another_field_starts_a_new_step() {
        let mut workspace = workspace_with(&["A"]);
        let mut history = History::default();
        type_into(&mut workspace, &mut history, "motivation", "eins", 0.0);
        type_into(&mut workspace, &mut history, "motivation", " zwei", 5.0);
        type_into(&mut workspace, &mut history, "success", "drei", 5.1);
        history.undo(&mut workspace);
        assert_eq!(workspace.collaborations[0].field_text("success"), "");
        history.undo(&mut workspace);
        assert_eq!(workspace.collaborations[0].field_text("motivation"), "eins");
        history.redo(&mut workspace);
        assert_eq!(
            workspace.collaborations[0].field_text("motivation"),
            "eins zwei"
        );
    }

    #[test]
    fn delete_and_add_are_undone_in_place() {
        let mut workspace = workspace_with(&["A", "B", "C"]);
        let mut history = History::default();
        let (index, removed) = workspace
            .remove(&workspace.collaborations[1].id.clone())
            .expect("exists");
        history.record_remove(index, &removed);
        let shown = history.undo(&mut workspace);
        let titles: Vec<&str> = workspace
            .collaborations
            .iter()
            .map(|c| c.title.as_str())
            .collect();
        assert_eq!(titles, ["A", "B", "C"]);
        assert_eq!(shown, Some(removed.id.clone()));
        history.redo(&mut workspace);
        assert_eq!(workspace.collaborations.len(), 2);

        let id = workspace.add("D", DateTime::UNIX_EPOCH);
        let added = workspace.get(&id).expect("added").clone();
        history.record_insert(StepLabel::Add, 2, &added);
        history.undo(&mut workspace);
        assert!(workspace.get(&id).is_none());
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut workspace = workspace_with(&["A"]);
        let mut history = History::default();
        type_into(&mut workspace, &mut history, "motivation", "x", 0.0);
        history.undo(&mut workspace);
        assert!(history.can_redo());
        type_into(&mut workspace, &mut history, "success", "y", 9.0);
        assert!(!history.can_redo());
    }

    #[test]
    fn moves_are_undone_back_to_the_old_place() {
        let mut workspace = workspace_with(&["A", "B", "C"]);
        let mut history = History::default();
        let moved = workspace.collaborations.remove(0);
        workspace.collaborations.insert(2, moved);
        history.record_move(0, 2);
        history.undo(&mut workspace);
        let titles: Vec<&str> = workspace
            .collaborations
            .iter()
            .map(|c| c.title.as_str())
            .collect();
        assert_eq!(titles, ["A", "B", "C"]);
    }
}
