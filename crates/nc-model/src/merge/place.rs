//! Which record a place in the tree belongs to, by the name the user knows it by, for
//! the conflict dialog and the note on what came in.

use serde_json::{Map, Value};

use super::path::{FieldPath, Step};

/// The record a change or conflict is in.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Record {
    /// A key of the workspace itself (the monthly goal, a key of a newer app).
    Workspace,
    Canvas {
        id: String,
        title: String,
    },
    Contact {
        id: String,
        name: String,
    },
    Template {
        id: String,
        name: String,
    },
}

/// A place as the user sees it: the record, and the field inside it as keys
/// (`["fields", "motivation"]`; a nested record as its id, `["cards", "[c1]", "text"]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub record: Record,
    pub field: Vec<String>,
}

impl Place {
    /// Names the record from the first tree that has it.
    pub fn of(path: &FieldPath, trees: [&Map<String, Value>; 3]) -> Self {
        let record = record_of(path, trees);
        let skip = if record == Record::Workspace { 0 } else { 2 };
        let field = path
            .0
            .iter()
            .skip(skip)
            .map(|step| match step {
                Step::Key(key) => key.clone(),
                Step::Id(id) => format!("[{id}]"),
            })
            .collect();
        Self { record, field }
    }
}

pub fn record_of(path: &FieldPath, trees: [&Map<String, Value>; 3]) -> Record {
    let (Some(Step::Key(list)), Some(Step::Id(id))) = (path.0.first(), path.0.get(1)) else {
        return Record::Workspace;
    };
    let record_path = FieldPath(path.0[..2].to_vec());
    let text = |key: &str| {
        trees
            .iter()
            .find_map(|tree| record_path.get(tree)?.get(key)?.as_str().map(str::to_owned))
            .unwrap_or_default()
    };
    let id = id.clone();
    match list.as_str() {
        "collaborations" => Record::Canvas {
            id,
            title: text("title"),
        },
        "contacts" => Record::Contact {
            id,
            name: text("name"),
        },
        "templates" => Record::Template {
            id,
            name: text("name_de"),
        },
        _ => Record::Workspace,
    }
}
