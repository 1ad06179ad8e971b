//! Section 1, round trip: what is saved loads back unchanged, down to the bytes.

use std::fs;

use netzwerk_canvas::model::Workspace;
use netzwerk_canvas::storage;

use crate::common::sample_workspace;

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
