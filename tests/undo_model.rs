//! Model-based test of undo and redo: random sequences of the app's edit commands, run
//! through the real app, against the simplest model of history there is — the file's
//! bytes after each step. Undoing everything gives the start back byte for byte, redoing
//! everything gives the end, and nothing of one document's history reaches another.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;

use chrono::NaiveDate;
use egui_kittest::Harness;
use netzwerk_canvas::app::{App, Startup};
use netzwerk_canvas::command::Command;
use netzwerk_canvas::command::{ContactCommand, EditCommand, FileCommand, MeetingCommand};
use netzwerk_canvas::model::{Activity, ActivityKind, MeetingRecord};
use netzwerk_canvas::storage;
use proptest::prelude::*;

/// An edit, with positions instead of ids; they are resolved against the workspace
/// as it is when the edit runs.
#[derive(Clone, Debug)]
enum Edit {
    AddCollaboration,
    Duplicate(usize),
    Rename(usize, String),
    Delete(usize),
    MoveUp(usize),
    MoveDown(usize),
    Snapshot(usize),
    Debrief(usize, u32),
    SwitchTemplate(usize, usize),
    AddContact,
    DeleteContact(usize),
    LogActivity(usize, u32, String),
    /// "Erledigt" and "+1 Woche" in the due list.
    FollowUpDone(usize),
    PostponeFollowUp(usize),
    MonthlyGoal(u32),
}

fn edit() -> impl Strategy<Value = Edit> {
    let index = 0usize..8;
    prop_oneof![
        Just(Edit::AddCollaboration),
        index.clone().prop_map(Edit::Duplicate),
        (index.clone(), "[A-Za-zÄÖÜäöüß ]{0,12}").prop_map(|(i, t)| Edit::Rename(i, t)),
        index.clone().prop_map(Edit::Delete),
        index.clone().prop_map(Edit::MoveUp),
        index.clone().prop_map(Edit::MoveDown),
        index.clone().prop_map(Edit::Snapshot),
        (index.clone(), 0u32..60).prop_map(|(i, d)| Edit::Debrief(i, d)),
        (index.clone(), 0usize..4).prop_map(|(i, t)| Edit::SwitchTemplate(i, t)),
        Just(Edit::AddContact),
        index.clone().prop_map(Edit::DeleteContact),
        (index.clone(), 0u32..60, "[a-z ]{0,10}").prop_map(|(i, d, n)| Edit::LogActivity(i, d, n)),
        index.clone().prop_map(Edit::FollowUpDone),
        index.clone().prop_map(Edit::PostponeFollowUp),
        (1u32..20).prop_map(Edit::MonthlyGoal),
    ]
}

const TEMPLATES: [&str; 4] = [
    "kooperations-canvas",
    "begegnung",
    "kooperationsvereinbarung",
    "netzwerk-canvas",
];

fn day(offset: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 1).unwrap() + chrono::Days::new(u64::from(offset))
}

fn bytes(harness: &Harness<'_, App>) -> Vec<u8> {
    storage::workspace_to_json(harness.state().document().workspace()).unwrap()
}

fn run(harness: &mut Harness<'_, App>, command: Command) {
    harness.state_mut().queue(command);
    harness.run();
}

/// The commands of one edit; none when it has nothing to act on.
fn commands(harness: &Harness<'_, App>, edit: &Edit) -> Vec<Command> {
    let workspace = &harness.state().document().workspace();
    let collaboration = |i: usize| {
        let list = &workspace.collaborations;
        (!list.is_empty()).then(|| list[i % list.len()].id.clone())
    };
    let contact = |i: usize| {
        let list = &workspace.contacts;
        (!list.is_empty()).then(|| list[i % list.len()].id.clone())
    };
    let selected = |i: usize, then: Command| {
        collaboration(i).map_or_else(Vec::new, |id| {
            vec![Command::Edit(EditCommand::Select(id)), then]
        })
    };
    match edit {
        Edit::AddCollaboration => vec![Command::Edit(EditCommand::AddCollaboration)],
        Edit::Duplicate(i) => selected(*i, Command::Edit(EditCommand::DuplicateSelected)),
        Edit::Rename(i, title) => collaboration(*i)
            .map(|id| vec![Command::Edit(EditCommand::Rename(id, title.clone()))])
            .unwrap_or_default(),
        Edit::Delete(i) => collaboration(*i)
            .map(|id| vec![Command::Edit(EditCommand::ConfirmDelete(id))])
            .unwrap_or_default(),
        Edit::MoveUp(i) => selected(*i, Command::Edit(EditCommand::MoveSelectedUp)),
        Edit::MoveDown(i) => selected(*i, Command::Edit(EditCommand::MoveSelectedDown)),
        Edit::Snapshot(i) => selected(*i, Command::Meeting(MeetingCommand::TakeSnapshot)),
        Edit::Debrief(i, offset) => collaboration(*i)
            .map(|id| {
                let record = MeetingRecord {
                    date: day(*offset),
                    outcome: "Ergebnis".to_owned(),
                    follow_up: Some(day(offset + 3)),
                };
                vec![Command::Meeting(MeetingCommand::RecordMeeting(id, record))]
            })
            .unwrap_or_default(),
        Edit::SwitchTemplate(i, t) => collaboration(*i)
            .map(|id| {
                vec![Command::Edit(EditCommand::SetTemplate(
                    id,
                    TEMPLATES[*t].to_owned(),
                ))]
            })
            .unwrap_or_default(),
        Edit::AddContact => vec![Command::Contact(ContactCommand::AddContact)],
        Edit::DeleteContact(i) => contact(*i)
            .map(|id| vec![Command::Contact(ContactCommand::ConfirmDeleteContact(id))])
            .unwrap_or_default(),
        Edit::LogActivity(i, offset, note) => contact(*i)
            .map(|id| {
                let activity = Activity {
                    date: day(*offset),
                    kind: ActivityKind::default(),
                    note: note.clone(),
                    exchange: None,
                };
                vec![Command::Contact(ContactCommand::LogActivity(id, activity))]
            })
            .unwrap_or_default(),
        Edit::FollowUpDone(i) => contact(*i)
            .map(|id| vec![Command::Contact(ContactCommand::FollowUpDone(id))])
            .unwrap_or_default(),
        Edit::PostponeFollowUp(i) => contact(*i)
            .map(|id| vec![Command::Contact(ContactCommand::PostponeFollowUp(id))])
            .unwrap_or_default(),
        Edit::MonthlyGoal(goal) => vec![Command::Contact(ContactCommand::SetMonthlyGoal(*goal))],
    }
}

fn undo_all(harness: &mut Harness<'_, App>) -> usize {
    let mut steps = 0;
    while harness.state().undo_text().is_some() && steps < 1000 {
        run(harness, Command::Edit(EditCommand::Undo));
        steps += 1;
    }
    steps
}

fn redo_all(harness: &mut Harness<'_, App>) -> usize {
    let mut steps = 0;
    while harness.state().redo_text().is_some() && steps < 1000 {
        run(harness, Command::Edit(EditCommand::Redo));
        steps += 1;
    }
    steps
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn undo_all_gives_the_start_and_redo_all_the_end(edits in prop::collection::vec(edit(), 1..14)) {
        let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/contacts.json");
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("a.json");
        std::fs::copy(fixture, &path).unwrap();
        let mut harness = common::app_harness(Startup::File(path.clone()));
        let start = bytes(&harness);
        let mut states = vec![start.clone()];

        let mut previous: Option<&Edit> = None;
        for edit in &edits {
            for command in commands(&harness, edit) {
                run(&mut harness, command);
            }
            let now = bytes(&harness);
            // Goal changes in a row are one gesture (a dragged number), one step.
            let merges = matches!((previous, edit), (Some(Edit::MonthlyGoal(_)), Edit::MonthlyGoal(_)));
            if merges && states.len() > 1 {
                states.pop();
            }
            if states.last() != Some(&now) {
                states.push(now);
                previous = Some(edit);
            }
        }
        let end = bytes(&harness);
        let undone = undo_all(&mut harness);
        let after_undo = String::from_utf8(bytes(&harness)).unwrap();
        prop_assert_eq!(after_undo, String::from_utf8(start).unwrap());
        prop_assert!(undone >= states.len() - 1, "{} steps for {} changes", undone, states.len() - 1);
        redo_all(&mut harness);
        let after_redo = String::from_utf8(bytes(&harness)).unwrap();
        prop_assert_eq!(after_redo, String::from_utf8(end).unwrap());

        // Another document starts with nothing to undo, and undo leaves it alone.
        let other = folder.path().join("b.json");
        storage::save_workspace(&other, &storage::example_workspace().unwrap()).unwrap();
        harness.state_mut().queue(Command::File(FileCommand::OpenPath(other.clone())));
        harness.run();
        if harness.state().document().is_modified() {
            common::click_button(&mut harness, "Verwerfen");
        }
        let opened = bytes(&harness);
        prop_assert!(harness.state().undo_text().is_none());
        run(&mut harness, Command::Edit(EditCommand::Undo));
        prop_assert_eq!(bytes(&harness), opened);
    }
}
