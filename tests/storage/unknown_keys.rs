//! Section 5, unknown keys survive: keys from a newer app or another tool are written back
//! as they were read, numbers digit for digit.

use std::fs;

use netzwerk_canvas::storage;
use serde_json::{Value, json};

use super::common::{fixture, fixture_bytes, saved_json};

#[test]
fn unknown_keys_at_the_top_and_in_collaborations_survive_load_and_save() {
    let original: Value = serde_json::from_slice(&fixture_bytes("unknown_keys.json")).unwrap();
    let workspace = storage::load_workspace(&fixture("unknown_keys.json")).expect("loads");
    assert!(workspace.unknown_keys.contains_key("x_future"));

    let (_, saved) = saved_json(&workspace);
    assert_eq!(saved["x_future"], original["x_future"], "top-level key");
    // `contacts` became a known key: what the older file held is still there.
    assert_eq!(saved["contacts"][0]["name"], "Frau Hüsing");
    assert_eq!(saved["contacts"][0]["phone"], "+49 2862 0000");
    let (before, after) = (&original["collaborations"][0], &saved["collaborations"][0]);
    for key in ["id", "title", "x_future", "attachments"] {
        assert_eq!(after[key], before[key], "collaboration key {key}");
    }
    assert_eq!(
        after["fields"], before["fields"],
        "unknown field ids are kept"
    );
    assert_eq!(after["investment"]["time"]["period"], "total");
}

#[test]
fn unknown_keys_survive_saving_over_the_same_file_twice() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("zukunft.json");
    fs::copy(fixture("unknown_keys.json"), &path).unwrap();
    for _ in 0..2 {
        let workspace = storage::load_workspace(&path).expect("loads");
        storage::save_workspace(&path, &workspace).expect("saves");
    }
    let saved: Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    assert_eq!(
        saved["x_future"]["nested"]["list"],
        json!([1, 2.5, null, true, "ß"])
    );
    assert_eq!(saved["contacts"][1]["tags"], json!(["TuS", "Jugend"]));
    assert_eq!(saved["collaborations"][0]["x_future"], json!({ "a": 1 }));
    assert_eq!(saved["collaborations"][0]["attachments"][0]["bytes"], 12345);
}

#[test]
fn numbers_in_unknown_keys_are_written_back_digit_for_digit() {
    // Beyond 64 bits, beyond f64's precision and range: a float would change each.
    let numbers = [
        "123456789012345678901234567890",
        "-98765432109876543210",
        "0.1000000000000000055511151231257827",
        "1e+400",
    ];
    let list = numbers.join(", ");
    let file = format!(
        r#"{{"format": "netzwerk-canvas", "version": 1, "x_top": [{list}],
        "collaborations": [{{"title": "Z", "importance": 4, "x_canvas": [{list}]}}],
        "contacts": [{{"name": "N", "importance": 2, "x_contact": [{list}]}}],
        "templates": [{{"id": "t", "columns": 2, "rows": 1, "fields": [], "x_template": [{list}]}}]}}"#
    );
    let workspace = storage::parse_workspace(file.as_bytes()).expect("loads");
    assert_eq!(
        workspace.collaborations[0].importance, 4,
        "known numbers still read"
    );
    assert_eq!(workspace.contacts[0].importance, 2);
    assert_eq!(workspace.templates[0].columns, 2);
    let saved = String::from_utf8(storage::workspace_to_json(&workspace).unwrap()).unwrap();
    for key in ["x_top", "x_canvas", "x_contact", "x_template"] {
        let written = saved.split(&format!("\"{key}\": [")).nth(1).expect(key);
        let written: Vec<&str> = written
            .split(']')
            .next()
            .unwrap_or("")
            .split(',')
            .map(str::trim)
            .collect();
        assert_eq!(written, numbers, "{key}");
    }
}
