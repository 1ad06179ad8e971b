//! Properties of the three-way merge (issue 18): random edit scripts applied to two
//! copies of a random workspace, merged against the original. Every edit only one side
//! made is in the result; the conflicts are exactly the fields both sides changed
//! differently and the records one side deleted while the other edited them; merging
//! is deterministic, and merging with an unchanged side gives the other side.

#![allow(clippy::expect_used)] // tests stop at the first broken setup step

use chrono::{DateTime, NaiveDate};
use netzwerk_canvas::model::merge::{FieldPath, Step, merge};
use netzwerk_canvas::model::{Activity, ActivityKind, CollaborationId, ContactId, Workspace};
use proptest::prelude::*;
use std::collections::BTreeSet;

const FIELDS: [&str; 3] = ["motivation", "goals", "added_value"];

fn texts() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "Miete",
        "Strom\nWasser",
        "Fest im Mai",
        "Jana",
        "Ole\nKita",
    ])
    .prop_map(str::to_owned)
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default()
}

fn canvas_id(index: usize) -> CollaborationId {
    CollaborationId(format!("c{index}"))
}

fn contact_id(index: usize) -> ContactId {
    ContactId(format!("p{index}"))
}

/// A workspace of 1 to 4 canvases `c0…` and 1 to 3 contacts `p0…`.
fn workspaces() -> impl Strategy<Value = Workspace> {
    let canvas = (
        texts(),
        prop::collection::vec(prop::option::of(texts()), 3),
        1u8..=5,
    );
    let contact = (texts(), texts());
    (
        prop::collection::vec(canvas, 1..=4),
        prop::collection::vec(contact, 1..=3),
        0u32..5,
    )
        .prop_map(|(canvases, contacts, goal)| {
            let mut workspace = Workspace {
                monthly_contact_goal: goal,
                ..Workspace::default()
            };
            for (index, (title, fields, importance)) in canvases.into_iter().enumerate() {
                let id = workspace.add(&title, DateTime::UNIX_EPOCH);
                let canvas = workspace.get_mut(&id).expect("just added");
                canvas.id = canvas_id(index);
                canvas.importance = importance;
                for (field, text) in FIELDS.iter().zip(fields) {
                    if let Some(text) = text {
                        canvas.fields.insert((*field).to_owned(), text);
                    }
                }
            }
            for (index, (name, notes)) in contacts.into_iter().enumerate() {
                let id = workspace.add_contact(&name, day());
                let contact = workspace.contact_mut(&id).expect("just added");
                contact.id = contact_id(index);
                contact.notes = notes;
            }
            workspace
        })
}

/// One edit; canvases and contacts are named by their index in the original.
#[derive(Clone, Debug)]
enum Edit {
    Title(usize, String),
    Field(usize, usize, String),
    Importance(usize, u8),
    Notes(usize, String),
    Email(usize, String),
    Goal(u32),
    DeleteCanvas(usize),
    DeleteContact(usize),
    AddCanvas(String),
    Log(usize, String),
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let edit = prop_oneof![
        (0..4usize, texts()).prop_map(|(i, t)| Edit::Title(i, t)),
        (0..4usize, 0..3usize, texts()).prop_map(|(i, f, t)| Edit::Field(i, f, t)),
        (0..4usize, 1u8..=5).prop_map(|(i, v)| Edit::Importance(i, v)),
        (0..3usize, texts()).prop_map(|(i, t)| Edit::Notes(i, t)),
        (0..3usize, texts()).prop_map(|(i, t)| Edit::Email(i, t)),
        (0u32..5).prop_map(Edit::Goal),
        (0..4usize).prop_map(Edit::DeleteCanvas),
        (0..3usize).prop_map(Edit::DeleteContact),
        texts().prop_map(Edit::AddCanvas),
        (0..3usize, texts()).prop_map(|(i, t)| Edit::Log(i, t)),
    ];
    prop::collection::vec(edit, 0..8)
}

fn apply(workspace: &mut Workspace, edits: &[Edit]) {
    for edit in edits {
        match edit {
            Edit::Title(i, text) => {
                if let Some(c) = workspace.get_mut(&canvas_id(*i)) {
                    c.title.clone_from(text);
                }
            }
            Edit::Field(i, field, text) => {
                if let Some(c) = workspace.get_mut(&canvas_id(*i)) {
                    c.fields.insert(FIELDS[*field].to_owned(), text.clone());
                }
            }
            Edit::Importance(i, value) => {
                if let Some(c) = workspace.get_mut(&canvas_id(*i)) {
                    c.importance = *value;
                }
            }
            Edit::Notes(i, text) => {
                if let Some(c) = workspace.contact_mut(&contact_id(*i)) {
                    c.notes.clone_from(text);
                }
            }
            Edit::Email(i, text) => {
                if let Some(c) = workspace.contact_mut(&contact_id(*i)) {
                    c.email.clone_from(text);
                }
            }
            Edit::Goal(goal) => workspace.monthly_contact_goal = *goal,
            Edit::DeleteCanvas(i) => {
                workspace.remove(&canvas_id(*i));
            }
            Edit::DeleteContact(i) => {
                workspace.remove_contact(&contact_id(*i));
            }
            Edit::AddCanvas(title) => {
                workspace.add(title, DateTime::UNIX_EPOCH);
            }
            Edit::Log(i, note) => {
                if let Some(c) = workspace.contact_mut(&contact_id(*i)) {
                    c.log(Activity {
                        date: day(),
                        kind: ActivityKind::Call,
                        note: note.clone(),
                        exchange: None,
                    });
                }
            }
        }
    }
}

/// A field of a record of the original, as the merge names it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Loc {
    Title(usize),
    Field(usize, usize),
    Importance(usize),
    Notes(usize),
    Email(usize),
    Goal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rec {
    Canvas(usize),
    Contact(usize),
}

impl Loc {
    fn record(&self) -> Option<Rec> {
        match self {
            Self::Title(i) | Self::Field(i, _) | Self::Importance(i) => Some(Rec::Canvas(*i)),
            Self::Notes(i) | Self::Email(i) => Some(Rec::Contact(*i)),
            Self::Goal => None,
        }
    }

    /// The value here; `None` when the record is gone.
    fn read(&self, w: &Workspace) -> Option<String> {
        match self {
            Self::Title(i) => w.get(&canvas_id(*i)).map(|c| c.title.clone()),
            Self::Field(i, f) => w
                .get(&canvas_id(*i))
                .map(|c| format!("{:?}", c.fields.get(FIELDS[*f]))),
            Self::Importance(i) => w.get(&canvas_id(*i)).map(|c| c.importance.to_string()),
            Self::Notes(i) => w.contact(&contact_id(*i)).map(|c| c.notes.clone()),
            Self::Email(i) => w.contact(&contact_id(*i)).map(|c| c.email.clone()),
            Self::Goal => Some(w.monthly_contact_goal.to_string()),
        }
    }

    fn path(&self) -> FieldPath {
        let key = |k: &str| Step::Key(k.to_owned());
        let steps = match self {
            Self::Title(_) => vec![key("title")],
            Self::Field(_, f) => vec![key("fields"), key(FIELDS[*f])],
            Self::Importance(_) => vec![key("importance")],
            Self::Notes(_) => vec![key("notes")],
            Self::Email(_) => vec![key("email")],
            Self::Goal => return FieldPath(vec![key("monthly_contact_goal")]),
        };
        let mut path = self.record().map(|r| r.path().0).unwrap_or_default();
        path.extend(steps);
        FieldPath(path)
    }
}

impl Rec {
    fn exists(self, w: &Workspace) -> bool {
        match self {
            Self::Canvas(i) => w.get(&canvas_id(i)).is_some(),
            Self::Contact(i) => w.contact(&contact_id(i)).is_some(),
        }
    }

    fn path(self) -> FieldPath {
        match self {
            Self::Canvas(i) => FieldPath(vec![
                Step::Key("collaborations".into()),
                Step::Id(canvas_id(i).0),
            ]),
            Self::Contact(i) => FieldPath(vec![
                Step::Key("contacts".into()),
                Step::Id(contact_id(i).0),
            ]),
        }
    }

    /// Whether a side changed anything in the record (it still has it).
    fn edited(self, base: &Workspace, side: &Workspace) -> bool {
        match self {
            Self::Canvas(i) => side.get(&canvas_id(i)) != base.get(&canvas_id(i)),
            Self::Contact(i) => side.contact(&contact_id(i)) != base.contact(&contact_id(i)),
        }
    }
}

fn locs(base: &Workspace) -> Vec<Loc> {
    let mut all = vec![Loc::Goal];
    for i in 0..base.collaborations.len() {
        all.extend([Loc::Title(i), Loc::Importance(i)]);
        all.extend((0..3).map(|f| Loc::Field(i, f)));
    }
    for i in 0..base.contacts.len() {
        all.extend([Loc::Notes(i), Loc::Email(i)]);
    }
    all
}

fn records(base: &Workspace) -> Vec<Rec> {
    let canvases = (0..base.collaborations.len()).map(Rec::Canvas);
    canvases
        .chain((0..base.contacts.len()).map(Rec::Contact))
        .collect()
}

/// What the merge must report: records deleted on one side and edited on the other,
/// and fields of records both still hold that both changed to different values.
fn expected_conflicts(
    base: &Workspace,
    mine: &Workspace,
    theirs: &Workspace,
) -> BTreeSet<FieldPath> {
    let mut expected = BTreeSet::new();
    for rec in records(base) {
        let (in_mine, in_theirs) = (rec.exists(mine), rec.exists(theirs));
        if (in_mine && !in_theirs && rec.edited(base, mine))
            || (in_theirs && !in_mine && rec.edited(base, theirs))
        {
            expected.insert(rec.path());
        }
    }
    for loc in locs(base) {
        let (b, m, t) = (loc.read(base), loc.read(mine), loc.read(theirs));
        if m.is_some() && t.is_some() && m != b && t != b && m != t {
            expected.insert(loc.path());
        }
    }
    expected
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_one_sided_edit_is_kept_and_conflicts_are_exactly_the_double_edits(
        base in workspaces(),
        my_edits in edits(),
        their_edits in edits(),
    ) {
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        apply(&mut mine, &my_edits);
        apply(&mut theirs, &their_edits);
        let merged = merge(&base, &mine, &theirs).expect("merges");
        let result = &merged.workspace;

        let found: BTreeSet<FieldPath> = merged.conflicts.iter().map(|c| c.path.clone()).collect();
        prop_assert_eq!(found.len(), merged.conflicts.len(), "each conflict once");
        prop_assert_eq!(&found, &expected_conflicts(&base, &mine, &theirs));

        // Fields: whatever one side changed is in the result.
        for loc in locs(&base) {
            if loc.record().is_some_and(|rec| found.contains(&rec.path())) || found.contains(&loc.path()) {
                continue;
            }
            let (b, m, t) = (loc.read(&base), loc.read(&mine), loc.read(&theirs));
            let survives = m.is_some() && t.is_some();
            if !survives {
                prop_assert_eq!(loc.read(result), None, "{:?} was deleted", loc);
                continue;
            }
            let want = if m != b { m } else { t };
            prop_assert_eq!(loc.read(result), want, "{:?}", loc);
        }
        // Records both sides added are in; log entries of both sides are kept.
        for side in [&mine, &theirs] {
            for canvas in side.collaborations.iter().filter(|c| base.get(&c.id).is_none()) {
                prop_assert_eq!(result.get(&canvas.id), Some(canvas));
            }
            for contact in &side.contacts {
                if let Some(merged_contact) = result.contact(&contact.id) {
                    for entry in &contact.activities {
                        prop_assert!(merged_contact.activities.contains(entry));
                    }
                }
            }
        }
        // Deterministic.
        let again = merge(&base, &mine, &theirs).expect("merges");
        prop_assert_eq!(&again, &merged);
    }

    #[test]
    fn merging_with_an_unchanged_side_gives_the_other_side(
        base in workspaces(),
        edit_script in edits(),
    ) {
        let mut changed = base.clone();
        apply(&mut changed, &edit_script);
        let mine_only = merge(&base, &changed, &base).expect("merges");
        prop_assert_eq!(&mine_only.workspace, &changed);
        prop_assert_eq!(mine_only.came_in.count, 0);
        let theirs_only = merge(&base, &base, &changed).expect("merges");
        prop_assert_eq!(&theirs_only.workspace, &changed);
        prop_assert!(theirs_only.conflicts.is_empty() && mine_only.conflicts.is_empty());
        prop_assert_eq!(theirs_only.came_in.count == 0, changed == base);
    }
}
