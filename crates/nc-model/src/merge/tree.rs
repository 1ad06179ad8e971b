//! The three-way merge of one JSON value, key by key: what only one side changed is
//! taken, what both changed alike is kept once, what both changed differently is a
//! conflict that keeps my value until the user chooses.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::lists;
use super::path::{FieldPath, Step};

/// A place both sides changed differently, with the three values (`None`: absent,
/// for a record: deleted).
#[derive(Clone, Debug, PartialEq)]
pub struct RawConflict {
    pub path: FieldPath,
    pub base: Option<Value>,
    pub mine: Option<Value>,
    pub theirs: Option<Value>,
}

/// Walks the three trees once and collects what it found.
#[derive(Default)]
pub struct Merger {
    pub conflicts: Vec<RawConflict>,
    /// One entry per change taken from the other side.
    pub came_in: Vec<FieldPath>,
}

/// The kind of container a value is, so that an absent list or object (skipped when
/// empty) merges with a present one entry by entry.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Object,
    List,
}

fn shape(value: &Value) -> Option<Shape> {
    match value {
        Value::Object(_) => Some(Shape::Object),
        Value::Array(_) => Some(Shape::List),
        _ => None,
    }
}

/// The container shape all present values share, if they share one.
fn common_shape(values: [Option<&Value>; 3]) -> Option<Shape> {
    let mut shapes = values.iter().flatten().map(|value| shape(value));
    let first = shapes.next()??;
    shapes.all(|other| other == Some(first)).then_some(first)
}

impl Merger {
    pub fn merge_value(
        &mut self,
        path: &FieldPath,
        base: Option<&Value>,
        mine: Option<&Value>,
        theirs: Option<&Value>,
    ) -> Option<Value> {
        if mine == theirs || theirs == base {
            return mine.cloned();
        }
        if mine == base {
            // Only the other side changed: its value as it is, its changes counted (a
            // record or key it added as one).
            if base.is_some() && theirs.is_some() {
                self.merge_inside(path, base, mine, theirs);
            } else {
                self.came_in.push(path.clone());
            }
            return theirs.cloned();
        }
        self.merge_inside(path, base, mine, theirs)
    }

    fn merge_inside(
        &mut self,
        path: &FieldPath,
        base: Option<&Value>,
        mine: Option<&Value>,
        theirs: Option<&Value>,
    ) -> Option<Value> {
        match common_shape([base, mine, theirs]) {
            Some(Shape::Object) => {
                let empty = Map::new();
                let merged = self.merge_objects(
                    path,
                    object(base).unwrap_or(&empty),
                    object(mine).unwrap_or(&empty),
                    object(theirs).unwrap_or(&empty),
                );
                Some(Value::Object(merged))
            }
            Some(Shape::List) => {
                lists::merge_list(self, path, list(base), list(mine), list(theirs))
                    .map(Value::Array)
            }
            None => self.merge_leaf(path, base, mine, theirs),
        }
    }

    pub fn merge_objects(
        &mut self,
        path: &FieldPath,
        base: &Map<String, Value>,
        mine: &Map<String, Value>,
        theirs: &Map<String, Value>,
    ) -> Map<String, Value> {
        let keys: BTreeSet<&String> = base
            .keys()
            .chain(mine.keys())
            .chain(theirs.keys())
            .collect();
        let mut merged = Map::new();
        for key in keys {
            let value = self.merge_value(
                &path.key(key),
                base.get(key),
                mine.get(key),
                theirs.get(key),
            );
            if let Some(value) = value {
                merged.insert(key.clone(), value);
            }
        }
        merged
    }

    /// A value that is not merged inside: a text, a number, a date, a choice.
    fn merge_leaf(
        &mut self,
        path: &FieldPath,
        base: Option<&Value>,
        mine: Option<&Value>,
        theirs: Option<&Value>,
    ) -> Option<Value> {
        if mine == base {
            self.came_in.push(path.clone());
            return theirs.cloned();
        }
        if is_modification_time(path) {
            // Both edited the record: it was last modified when the later of them did.
            // RFC 3339 times in UTC, as the app writes them, order as text.
            if let (Some(Value::String(m)), Some(Value::String(t))) = (mine, theirs) {
                if t > m {
                    self.came_in.push(path.clone());
                    return theirs.cloned();
                }
                return mine.cloned();
            }
        }
        self.conflict(path, base, mine, theirs);
        mine.cloned()
    }

    pub fn conflict(
        &mut self,
        path: &FieldPath,
        base: Option<&Value>,
        mine: Option<&Value>,
        theirs: Option<&Value>,
    ) {
        self.conflicts.push(RawConflict {
            path: path.clone(),
            base: base.cloned(),
            mine: mine.cloned(),
            theirs: theirs.cloned(),
        });
    }
}

fn object(value: Option<&Value>) -> Option<&Map<String, Value>> {
    value.and_then(Value::as_object)
}

fn list(value: Option<&Value>) -> &[Value] {
    value.and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// The `modified` time a record carries: both sides set it when they edit it, which is
/// no conflict.
fn is_modification_time(path: &FieldPath) -> bool {
    matches!(path.0.as_slice(), [.., Step::Id(_), Step::Key(key)] if key == "modified")
}
