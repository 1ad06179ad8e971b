//! The three-way merge of a workspace that two people changed (a file in a synced
//! folder): `merge(base, mine, theirs)` takes what either side changed, field by field,
//! and lists as conflicts only the fields both changed differently and the records one
//! side deleted while the other edited them. Pure and deterministic.

mod convert;
mod lists;
mod path;
mod place;
mod text;
mod tree;

use serde_json::{Map, Value};

pub use path::{FieldPath, Step};
pub use place::{Place, Record};
pub use text::proposal;

use super::Workspace;
use super::limits::Limited;

/// Why a merge could not produce a workspace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeError {
    /// Both sides' additions together pass a limit of the file format.
    TooMany(Limited),
    /// A merged record no longer reads as one (not expected; reported, never saved).
    Invalid(String),
}

/// One field (or record) both sides changed differently.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub path: FieldPath,
    pub place: Place,
    /// The values as JSON; `None`: absent (a record: deleted on that side).
    pub base: Option<Value>,
    pub mine: Option<Value>,
    pub theirs: Option<Value>,
    /// For a text both sides changed: a line-level merge of the two, to edit.
    pub proposal: Option<String>,
}

impl Conflict {
    /// Whether the place holds a text on both sides (then a combination can be edited).
    pub fn is_text(&self) -> bool {
        self.proposal.is_some()
    }

    /// Whether one side deleted the record the other edited.
    pub fn is_deletion(&self) -> bool {
        matches!(self.path.0.last(), Some(Step::Id(_)))
            && (self.mine.is_none() || self.theirs.is_none())
    }
}

/// How the user settles one conflict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    Mine,
    Theirs,
    /// A combined text.
    Text(String),
}

/// What came in from the other side: how many changes, in which records.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CameIn {
    pub count: usize,
    pub records: Vec<Record>,
}

/// The result of a merge.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// The merged workspace; where there are conflicts it holds my value (and keeps a
    /// record one side deleted and the other edited) until they are resolved.
    pub workspace: Workspace,
    pub conflicts: Vec<Conflict>,
    pub came_in: CameIn,
    tree: Map<String, Value>,
}

/// Merges `mine` and `theirs`, both edits of `base`.
pub fn merge(base: &Workspace, mine: &Workspace, theirs: &Workspace) -> Result<Merged, MergeError> {
    let trees = [
        convert::to_tree(base)?,
        convert::to_tree(mine)?,
        convert::to_tree(theirs)?,
    ];
    let [base_tree, mine_tree, theirs_tree] = &trees;
    let mut merger = tree::Merger::default();
    let merged_tree =
        merger.merge_objects(&FieldPath::default(), base_tree, mine_tree, theirs_tree);
    let sides = [mine_tree, theirs_tree, base_tree];
    let conflicts = merger
        .conflicts
        .into_iter()
        .map(|raw| {
            let proposal = match (&raw.base, &raw.mine, &raw.theirs) {
                (base, Some(Value::String(mine)), Some(Value::String(theirs)))
                    if base.as_ref().is_none_or(Value::is_string) =>
                {
                    let base = base.as_ref().and_then(Value::as_str).unwrap_or("");
                    Some(text::proposal(base, mine, theirs))
                }
                _ => None,
            };
            Conflict {
                place: Place::of(&raw.path, sides),
                path: raw.path,
                base: raw.base,
                mine: raw.mine,
                theirs: raw.theirs,
                proposal,
            }
        })
        .collect();
    let mut records: Vec<Record> = Vec::new();
    for path in &merger.came_in {
        let record = place::record_of(path, sides);
        if !records.contains(&record) {
            records.push(record);
        }
    }
    let came_in = CameIn {
        count: merger.came_in.len(),
        records,
    };
    Ok(Merged {
        workspace: convert::from_tree(merged_tree.clone())?,
        conflicts,
        came_in,
        tree: merged_tree,
    })
}

impl Merged {
    /// The workspace with each conflict settled as chosen (one resolution per conflict,
    /// in order; missing ones keep mine).
    pub fn resolve(&self, choices: &[Resolution]) -> Result<Workspace, MergeError> {
        let mut tree = self.tree.clone();
        for (conflict, choice) in self.conflicts.iter().zip(choices) {
            let value = match choice {
                Resolution::Mine => conflict.mine.clone(),
                Resolution::Theirs => conflict.theirs.clone(),
                Resolution::Text(text) => Some(Value::String(text.clone())),
            };
            conflict.path.set(&mut tree, value);
        }
        // Unanswered conflicts keep mine, a record deleted on my side included.
        for conflict in self.conflicts.iter().skip(choices.len()) {
            conflict.path.set(&mut tree, conflict.mine.clone());
        }
        convert::from_tree(tree)
    }
}

#[cfg(test)]
mod tests;
