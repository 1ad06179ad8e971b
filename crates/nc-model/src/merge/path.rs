//! Where a merged value sits in the file: object keys and, inside lists of records, the
//! record's id, so that a place stays the same when either side reorders a list.

use serde_json::{Map, Value};

/// One step down the JSON tree of a workspace.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// A key of an object.
    Key(String),
    /// The record with this `id` in a list of records.
    Id(String),
}

/// A place in the workspace's JSON, from the top.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldPath(pub Vec<Step>);

impl FieldPath {
    pub fn key(&self, key: &str) -> Self {
        self.with(Step::Key(key.to_owned()))
    }

    pub fn id(&self, id: &str) -> Self {
        self.with(Step::Id(id.to_owned()))
    }

    fn with(&self, step: Step) -> Self {
        let mut steps = self.0.clone();
        steps.push(step);
        Self(steps)
    }

    /// The path written with dots, ids in brackets: `collaborations[c1].fields.motivation`.
    pub fn dotted(&self) -> String {
        let mut text = String::new();
        for step in &self.0 {
            match step {
                Step::Key(key) => {
                    if !text.is_empty() {
                        text.push('.');
                    }
                    text.push_str(key);
                }
                Step::Id(id) => {
                    text.push('[');
                    text.push_str(id);
                    text.push(']');
                }
            }
        }
        text
    }

    /// The value at this place, if there is one.
    pub fn get<'a>(&self, root: &'a Map<String, Value>) -> Option<&'a Value> {
        let (first, rest) = self.0.split_first()?;
        let Step::Key(key) = first else {
            return None;
        };
        let mut value = root.get(key)?;
        for step in rest {
            value = match (step, value) {
                (Step::Key(key), Value::Object(map)) => map.get(key)?,
                (Step::Id(id), Value::Array(items)) => {
                    items.iter().find(|item| record_id(item) == Some(id))?
                }
                _ => return None,
            };
        }
        Some(value)
    }

    /// Puts `value` at this place (`None` removes the key or the record). A record that is
    /// not in its list is appended; false when the place above does not exist.
    pub fn set(&self, root: &mut Map<String, Value>, value: Option<Value>) -> bool {
        let Some((last, parents)) = self.0.split_last() else {
            return false;
        };
        let parent = match parents.split_first() {
            None => return set_in_object(root, last, value),
            Some((Step::Key(key), rest)) => match root.get_mut(key) {
                Some(parent) => descend(parent, rest),
                None => None,
            },
            Some((Step::Id(_), _)) => None,
        };
        match (parent, last) {
            (Some(Value::Object(map)), _) => set_in_object(map, last, value),
            (Some(Value::Array(items)), Step::Id(id)) => {
                let index = items.iter().position(|item| record_id(item) == Some(id));
                match (index, value) {
                    (Some(index), Some(value)) => items[index] = value,
                    (Some(index), None) => {
                        items.remove(index);
                    }
                    (None, Some(value)) => items.push(value),
                    (None, None) => {}
                }
                true
            }
            _ => false,
        }
    }
}

fn descend<'a>(mut value: &'a mut Value, steps: &[Step]) -> Option<&'a mut Value> {
    for step in steps {
        value = match (step, value) {
            (Step::Key(key), Value::Object(map)) => map.get_mut(key)?,
            (Step::Id(id), Value::Array(items)) => {
                items.iter_mut().find(|item| record_id(item) == Some(id))?
            }
            _ => return None,
        };
    }
    Some(value)
}

fn set_in_object(map: &mut Map<String, Value>, step: &Step, value: Option<Value>) -> bool {
    let Step::Key(key) = step else {
        return false;
    };
    match value {
        Some(value) => {
            map.insert(key.clone(), value);
        }
        None => {
            map.remove(key);
        }
    }
    true
}

/// The `id` of a record in a list, when it has a text one.
pub fn record_id(value: &Value) -> Option<&String> {
    match value.as_object()?.get("id")? {
        Value::String(id) => Some(id),
        _ => None,
    }
}
