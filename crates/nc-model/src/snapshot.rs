//! "Stand festhalten": dated copies of a canvas kept inside the workspace, so a canvas can
//! be compared with how it looked before a meeting.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Collaboration;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub taken_at: DateTime<Utc>,
    /// The canvas as it was; its own snapshots are left out.
    pub canvas: Box<Collaboration>,
}

impl Snapshot {
    pub fn of(collaboration: &Collaboration, now: DateTime<Utc>) -> Self {
        let mut canvas = collaboration.clone();
        canvas.snapshots.clear();
        Self {
            taken_at: now,
            canvas: Box::new(canvas),
        }
    }
}

/// The parts of two canvases that differ, by field id (template text fields and the
/// partners' view) and for the header.
pub fn changed_fields(before: &Collaboration, after: &Collaboration) -> Vec<String> {
    let mut keys: Vec<&String> = before.fields.keys().chain(after.fields.keys()).collect();
    keys.sort();
    keys.dedup();
    let mut changed: Vec<String> = keys
        .into_iter()
        .filter(|key| before.field_text(key).trim() != after.field_text(key).trim())
        .cloned()
        .collect();
    if before.investment != after.investment {
        changed.push("investment".to_owned());
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_keeps_the_canvas_and_the_comparison_names_changed_fields() {
        let mut collaboration = Collaboration::new("A", DateTime::UNIX_EPOCH);
        collaboration
            .fields
            .insert("motivation".into(), "vorher".into());
        collaboration
            .fields
            .insert("success".into(), "gleich".into());
        let snapshot = Snapshot::of(&collaboration, DateTime::UNIX_EPOCH);
        collaboration
            .fields
            .insert("motivation".into(), "nachher".into());
        collaboration.investment.time.mine = 3.0;
        assert_eq!(
            changed_fields(&snapshot.canvas, &collaboration),
            ["motivation", "investment"]
        );
    }
}
