//! Section 4, defaults for missing keys: a sparse or hand-edited file loads, with defaults
//! and generated ids, and numbers brought into range.

use std::fs;

use netzwerk_canvas::model::{CollaborationId, Investment, Relationship, TimePeriod};
use netzwerk_canvas::storage;

use super::common::load_bytes;

#[test]
fn a_collaboration_with_only_a_title_gets_the_defaults_and_a_generated_id() {
    let workspace =
        load_bytes(br#"{"format":"netzwerk-canvas","version":1,"collaborations":[{"title":"X"}]}"#)
            .expect("loads");
    assert_eq!(workspace.collaborations.len(), 1);
    let only = &workspace.collaborations[0];
    assert_eq!(only.title, "X");
    assert_eq!(only.importance, 3);
    assert_eq!(only.relationship, Relationship::Kooperation);
    assert!(only.partners.is_empty());
    assert!(only.fields.is_empty());
    assert_eq!(only.meeting_date, None);
    assert_eq!(only.created, None);
    assert_eq!(only.modified, None);
    assert_eq!(only.investment, Investment::default());
    assert_eq!(only.investment.time.period, TimePeriod::Month);
    assert!(!only.id.0.trim().is_empty(), "an id is generated");
}

#[test]
fn collaborations_without_ids_get_different_ids_that_stay_stable_after_saving() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("ohne-ids.json");
    fs::write(
        &path,
        r#"{"format":"netzwerk-canvas","version":1,"collaborations":[{"title":"A"},{"title":"B","id":"  "}]}"#,
    )
    .unwrap();
    let first = storage::load_workspace(&path).expect("loads");
    let ids: Vec<&CollaborationId> = first.collaborations.iter().map(|c| &c.id).collect();
    assert_ne!(ids[0], ids[1]);
    assert!(ids.iter().all(|id| !id.0.trim().is_empty()));
    storage::save_workspace(&path, &first).expect("save");
    let second = storage::load_workspace(&path).expect("reload");
    assert_eq!(second, first, "generated ids are written and kept");
}

#[test]
fn a_file_without_collaborations_loads_as_an_empty_workspace() {
    let workspace = load_bytes(br#"{"format":"netzwerk-canvas","version":1}"#).expect("loads");
    assert!(workspace.collaborations.is_empty());
    assert!(workspace.unknown_keys.is_empty());
}

#[test]
fn a_file_without_version_loads() {
    let workspace =
        load_bytes(br#"{"format":"netzwerk-canvas","collaborations":[{"title":"Alt"}]}"#)
            .expect("a file without version loads");
    assert_eq!(workspace.collaborations[0].title, "Alt");
    assert!(
        !workspace.unknown_keys.contains_key("version"),
        "version is not an unknown key"
    );
}

#[test]
fn out_of_range_numbers_from_a_hand_edited_file_are_brought_into_range() {
    let workspace = load_bytes(
        br#"{"format":"netzwerk-canvas","version":1,"collaborations":[
            {"title":"A","importance":0,"investment":{"time":{"mine":-2},"energy":{"mine":9}}},
            {"title":"B","importance":200}]}"#,
    )
    .expect("loads");
    assert_eq!(workspace.collaborations[0].importance, 1);
    assert_eq!(workspace.collaborations[0].investment.time.mine, 0.0);
    assert_eq!(workspace.collaborations[0].investment.energy.mine, 5);
    assert_eq!(workspace.collaborations[1].importance, 5);
}
