//! Section 1, round trip: what is saved loads back unchanged, down to the bytes.

use std::fs;

use netzwerk_canvas::model::Workspace;
use netzwerk_canvas::storage;

use super::common::sample_workspace;

#[test]
fn a_workspace_with_every_field_and_difficult_text_survives_save_and_load_unchanged() {
    let workspace = sample_workspace();
    assert!(workspace.collaborations[0].fields["added_value"].len() >= 100_000);
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("Netzwerk Übersicht.json");

    storage::save_workspace(&path, &workspace).expect("save");
    let loaded = storage::load_workspace(&path).expect("load");

    assert_eq!(loaded.collaborations.len(), workspace.collaborations.len());
    for (loaded, original) in loaded.collaborations.iter().zip(&workspace.collaborations) {
        assert_eq!(
            loaded, original,
            "collaboration {:?} changed",
            original.title
        );
    }
    assert_eq!(loaded, workspace);
}

#[test]
fn saving_the_loaded_workspace_again_gives_identical_bytes() {
    let folder = tempfile::tempdir().expect("temp dir");
    let first = folder.path().join("first.json");
    let second = folder.path().join("second.json");
    storage::save_workspace(&first, &sample_workspace()).expect("save first");
    let loaded = storage::load_workspace(&first).expect("load");
    storage::save_workspace(&second, &loaded).expect("save second");
    assert_eq!(fs::read(&first).unwrap(), fs::read(&second).unwrap());
}

#[test]
fn an_empty_workspace_survives_save_and_load() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("leer.json");
    storage::save_workspace(&path, &Workspace::default()).expect("save");
    assert_eq!(
        storage::load_workspace(&path).expect("load"),
        Workspace::default()
    );
}

/// Found by afl: a large investment figure was read as its neighbouring float, so each
/// save and load moved it by one unit in the last place.
#[test]
fn every_float_reads_back_as_the_float_that_was_written() {
    // The numbers of afl's five crashes.
    for number in [
        "5000000000000000000000000.0",
        "1111111111111111111111.5",
        "5000200000000000000000000000000.0",
        "1.5555577227555555926873497792",
    ] {
        let file = format!(
            r#"{{"format":"netzwerk-canvas","version":1,"collaborations":[{{"investment":{{"money":{{"mine":{number}}}}}}}]}}"#
        );
        let loaded = storage::parse_workspace(file.as_bytes()).expect("loads");
        let saved = storage::workspace_to_json(&loaded).expect("saves");
        let again = storage::parse_workspace(&saved).expect("loads again");
        assert_eq!(again, loaded, "{number}");
    }
    let loaded = storage::parse_workspace(br#"{"format":"netzwerk-canvas","collaborations":[{}]}"#)
        .expect("loads");
    for value in [
        0.1_f64,
        1.0 / 3.0,
        5e24,
        4.999_999_999_999_999e24,
        123_456.789_012_345_67,
    ] {
        let mut workspace = loaded.clone();
        workspace.collaborations[0].investment.money.mine = value;
        let bytes = storage::workspace_to_json(&workspace).expect("saves");
        let back = storage::parse_workspace(&bytes).expect("loads");
        assert_eq!(
            back.collaborations[0].investment.money.mine.to_bits(),
            value.to_bits(),
            "{value}"
        );
    }
}
