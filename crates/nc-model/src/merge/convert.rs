//! A workspace as the JSON tree the merge walks, and back: the same keys the file has,
//! the keys of a newer app included, so that nothing the file holds escapes the merge.

use serde_json::{Map, Value};

use super::MergeError;
use crate::Workspace;
use crate::limits::{self, Canvases, Contacts, Templates};

const COLLABORATIONS: &str = "collaborations";
const CONTACTS: &str = "contacts";
const GOAL: &str = "monthly_contact_goal";
const TEMPLATES: &str = "templates";

pub fn to_tree(workspace: &Workspace) -> Result<Map<String, Value>, MergeError> {
    let mut tree = workspace.unknown_keys.clone();
    tree.insert(COLLABORATIONS.into(), to_value(&workspace.collaborations)?);
    tree.insert(CONTACTS.into(), to_value(&workspace.contacts)?);
    tree.insert(GOAL.into(), Value::from(workspace.monthly_contact_goal));
    tree.insert(TEMPLATES.into(), to_value(&workspace.templates)?);
    Ok(tree)
}

fn to_value<T: serde::Serialize>(value: &T) -> Result<Value, MergeError> {
    serde_json::to_value(value).map_err(|error| MergeError::Invalid(error.to_string()))
}

/// The workspace of a merged tree, counted against the limits a file is read with (two
/// sides' additions together may pass them).
pub fn from_tree(mut tree: Map<String, Value>) -> Result<Workspace, MergeError> {
    let mut take = |key: &str| tree.remove(key).unwrap_or(Value::Null);
    let (collaborations, contacts, goal, templates) = (
        take(COLLABORATIONS),
        take(CONTACTS),
        take(GOAL),
        take(TEMPLATES),
    );
    let read = || -> Result<Workspace, serde_json::Error> {
        Ok(Workspace {
            collaborations: list::<Canvases<_>, _>(collaborations, |l| l.0)?,
            contacts: list::<Contacts<_>, _>(contacts, |l| l.0)?,
            monthly_contact_goal: match goal {
                Value::Null => Workspace::DEFAULT_MONTHLY_CONTACT_GOAL,
                goal => serde_json::from_value(goal)?,
            },
            templates: list::<Templates<_>, _>(templates, |l| l.0)?,
            unknown_keys: Map::new(),
        })
    };
    let mut workspace = limits::counting(read)
        .map_err(MergeError::TooMany)?
        .map_err(|error| MergeError::Invalid(error.to_string()))?;
    workspace.unknown_keys = tree;
    workspace.normalize();
    Ok(workspace)
}

fn list<L: serde::de::DeserializeOwned, T>(
    value: Value,
    items: impl FnOnce(L) -> Vec<T>,
) -> Result<Vec<T>, serde_json::Error> {
    match value {
        Value::Null => Ok(Vec::new()),
        value => serde_json::from_value(value).map(items),
    }
}
