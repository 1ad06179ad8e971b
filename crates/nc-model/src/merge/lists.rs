//! Lists in a three-way merge. Lists of records with an `id` (canvases, contacts,
//! templates, their fields, cards) merge record by record; other lists of texts or
//! entries (log entries, meetings, tags, partners, kept states) merge as a union: what
//! either side added is in, what either side removed is out.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::path::{FieldPath, record_id};
use super::tree::Merger;

/// The merged list; `None` never occurs for lists but keeps the caller's shape.
pub fn merge_list(
    merger: &mut Merger,
    path: &FieldPath,
    base: &[Value],
    mine: &[Value],
    theirs: &[Value],
) -> Option<Vec<Value>> {
    if let (Some(b), Some(m), Some(t)) = (keyed(base), keyed(mine), keyed(theirs)) {
        return Some(merge_records(
            merger,
            path,
            (base, &b),
            (mine, &m),
            (theirs, &t),
        ));
    }
    let all = || base.iter().chain(mine).chain(theirs);
    if all().all(Value::is_string) || all().all(Value::is_object) {
        return Some(union(merger, path, base, mine, theirs));
    }
    // A list of numbers or mixed values from a newer app: one value.
    let [b, m, t] = [base, mine, theirs].map(|list| Value::Array(list.to_vec()));
    if m == b {
        merger.came_in.push(path.clone());
        return Some(theirs.to_vec());
    }
    merger.conflict(path, Some(&b), Some(&m), Some(&t));
    Some(mine.to_vec())
}

/// The records by id, when every entry is a record with an id of its own.
fn keyed(list: &[Value]) -> Option<BTreeMap<&String, &Value>> {
    let mut records = BTreeMap::new();
    for value in list {
        if records.insert(record_id(value)?, value).is_some() {
            return None;
        }
    }
    Some(records)
}

type Side<'a, 'b> = (&'a [Value], &'b BTreeMap<&'a String, &'a Value>);

fn merge_records(
    merger: &mut Merger,
    path: &FieldPath,
    (base_list, base): Side<'_, '_>,
    (mine_list, mine): Side<'_, '_>,
    (theirs_list, theirs): Side<'_, '_>,
) -> Vec<Value> {
    let ids: BTreeSet<&String> = base
        .keys()
        .chain(mine.keys())
        .chain(theirs.keys())
        .copied()
        .collect();
    let mut merged: BTreeMap<&String, Value> = BTreeMap::new();
    for id in ids {
        let at = path.id(id);
        let (b, m, t) = (
            base.get(id).copied(),
            mine.get(id).copied(),
            theirs.get(id).copied(),
        );
        let value = match (b, m, t) {
            (Some(_), Some(_), None) | (Some(_), None, Some(_)) => {
                deleted_on_one_side(merger, &at, b, m, t)
            }
            _ => merger.merge_value(&at, b, m, t),
        };
        if let Some(value) = value {
            merged.insert(id, value);
        }
    }
    order(mine_list, theirs_list, base_list, merged)
}

/// One side deleted the record: gone if the other left it as it was; a conflict if the
/// other edited it, and then the edited record stays until the user chooses.
fn deleted_on_one_side(
    merger: &mut Merger,
    at: &FieldPath,
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
) -> Option<Value> {
    match (mine, theirs) {
        (Some(kept), None) | (None, Some(kept)) if Some(kept) == base => {
            if mine.is_some() {
                merger.came_in.push(at.clone());
            }
            None
        }
        (Some(kept), None) | (None, Some(kept)) => {
            merger.conflict(at, base, mine, theirs);
            Some(kept.clone())
        }
        _ => None,
    }
}

/// The merged records in order: the order of the side that rearranged them (mine when
/// both or neither did), with the other side's records placed after the record they
/// follow there.
fn order(
    mine: &[Value],
    theirs: &[Value],
    base: &[Value],
    mut merged: BTreeMap<&String, Value>,
) -> Vec<Value> {
    let ids =
        |list: &[Value]| -> Vec<String> { list.iter().filter_map(record_id).cloned().collect() };
    let (base_ids, mine_ids, theirs_ids) = (ids(base), ids(mine), ids(theirs));
    let set = |list: &[String]| -> BTreeSet<String> { list.iter().cloned().collect() };
    let theirs_set = set(&theirs_ids);
    let held: BTreeSet<String> = set(&base_ids)
        .intersection(&set(&mine_ids))
        .filter(|id| theirs_set.contains(*id))
        .cloned()
        .collect();
    // The records all three hold, in each side's order.
    let in_all = |list: &[String]| -> Vec<String> {
        list.iter()
            .filter(|id| held.contains(*id))
            .cloned()
            .collect()
    };
    let base_order = in_all(&base_ids);
    let mine_moved = in_all(&mine_ids) != base_order;
    let theirs_moved = in_all(&theirs_ids) != base_order;
    let (first, second) = if theirs_moved && !mine_moved {
        (theirs_ids, mine_ids)
    } else {
        (mine_ids, theirs_ids)
    };
    let mut sequence: Vec<String> = first
        .into_iter()
        .filter(|id| merged.contains_key(id))
        .collect();
    let mut anchor = 0;
    for id in second {
        if !merged.contains_key(&id) {
            continue;
        }
        match sequence.iter().position(|placed| *placed == id) {
            Some(index) => anchor = index + 1,
            None => {
                sequence.insert(anchor, id);
                anchor += 1;
            }
        }
    }
    sequence.iter().filter_map(|id| merged.remove(id)).collect()
}

/// The union of two edits of a list of entries: my list, without the entries the other
/// side removed, with the entries it added at the end. An entry both added is in once.
fn union(
    merger: &mut Merger,
    path: &FieldPath,
    base: &[Value],
    mine: &[Value],
    theirs: &[Value],
) -> Vec<Value> {
    let count = |list: &[Value]| {
        let mut counts: BTreeMap<String, i64> = BTreeMap::new();
        for value in list {
            *counts.entry(value.to_string()).or_default() += 1;
        }
        counts
    };
    let (base_counts, mine_counts, theirs_counts) = (count(base), count(mine), count(theirs));
    let get = |counts: &BTreeMap<String, i64>, key: &str| counts.get(key).copied().unwrap_or(0);
    // How often each entry is in the result.
    let mut target: BTreeMap<String, i64> = BTreeMap::new();
    for key in base_counts
        .keys()
        .chain(mine_counts.keys())
        .chain(theirs_counts.keys())
    {
        let b = get(&base_counts, key);
        let m = get(&mine_counts, key) - b;
        let t = get(&theirs_counts, key) - b;
        let change = match (m.signum(), t.signum()) {
            (1, 1) => m.max(t),
            (-1, -1) => m.min(t),
            _ => m + t,
        };
        if change != m {
            for _ in 0..(change - m).abs() {
                merger.came_in.push(path.clone());
            }
        }
        target.insert(key.clone(), (b + change).max(0));
    }
    let mut placed: BTreeMap<String, i64> = BTreeMap::new();
    let mut merged = Vec::new();
    for value in mine.iter().chain(theirs) {
        let key = value.to_string();
        let so_far = placed.entry(key.clone()).or_default();
        if *so_far < get(&target, &key) {
            *so_far += 1;
            merged.push(value.clone());
        }
    }
    merged
}
