//! The history's unit tests: grouping, undo and redo on a workspace built in code.

use chrono::DateTime;

use super::{BookStep, EditTarget, History, StepLabel};
use crate::{BookChange, Workspace};

fn workspace_with(titles: &[&str]) -> Workspace {
    let mut workspace = Workspace::default();
    for title in titles {
        workspace.add(title, DateTime::UNIX_EPOCH);
    }
    workspace
}

/// Types `text` into a field of the first collaboration at time `now`.
fn type_into(workspace: &mut Workspace, history: &mut History, field: &str, text: &str, now: f64) {
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
    let before = crate::Book::of(&workspace);
    workspace.add_contact("Olaf", today);
    let change = before.change_to(crate::Book::of(&workspace));
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

#[test]
fn an_edit_of_several_canvases_and_the_book_is_undone_and_redone_as_one_step() {
    let mut workspace = workspace_with(&["A", "B", "C"]);
    let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let anna = workspace.add_contact("Anna", day);
    for collaboration in &mut workspace.collaborations {
        (collaboration.fields).insert("motivation".into(), "Anna fragt".into());
    }
    let original = workspace.clone();
    let canvases_before = workspace.collaborations.clone();
    let book_before = crate::Book::of(&workspace);
    workspace.forget(&anna, "[x]").unwrap();
    let forgotten = workspace.clone();
    let replaced: Vec<_> = canvases_before
        .iter()
        .zip(&forgotten.collaborations)
        .filter(|(before, after)| before != after)
        .collect();
    assert_eq!(replaced.len(), 3);
    let book = book_before.change_to(crate::Book::of(&workspace));
    let mut history = History::default();
    history.record_replaced_everywhere(StepLabel::Book(BookStep::Forget), &replaced, book);
    history.undo(&mut workspace);
    assert_eq!(workspace, original);
    assert!(!history.can_undo(), "one step");
    history.redo(&mut workspace);
    assert_eq!(workspace, forgotten);
}
