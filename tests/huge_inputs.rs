//! Very large inputs: a 10 MB field, a 50 MB workspace and 10,000 collaborations load,
//! show and save without a crash; a file over the limit is refused with a message.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;

use std::time::Instant;

use chrono::DateTime;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use netzwerk_canvas::app::Startup;
use netzwerk_canvas::model::Workspace;
use netzwerk_canvas::storage;

fn workspace_of(count: usize, field_bytes: usize) -> Workspace {
    let mut workspace = Workspace::default();
    let sentence = "Wir treffen uns im Dorfladen und planen gemeinsam. ";
    let text = sentence.repeat(field_bytes / sentence.len() + 1);
    for index in 0..count {
        let id = workspace.add(&format!("Kooperation {index:05}"), DateTime::UNIX_EPOCH);
        let collaboration = workspace.get_mut(&id).unwrap();
        collaboration
            .fields
            .insert("motivation".into(), text.clone());
    }
    workspace
}

#[test]
fn ten_thousand_collaborations_load_show_and_search() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("gross.json");
    storage::save_workspace(&path, &workspace_of(10_000, 200)).unwrap();
    let mut harness = common::app_harness(Startup::File(path));
    assert_eq!(
        harness.state().document().workspace().collaborations.len(),
        10_000
    );
    harness.get_by_role_and_label(Role::Button, "Kooperation 00000");
    // The list is virtual: rows far below the window are not built at all.
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Kooperation 09999")
            .is_none()
    );
    common::replace_text(&mut harness, Role::TextInput, "Suche", "Kooperation 09999");
    harness.get_by_role_and_label(Role::Button, "Kooperation 09999");
}

#[test]
fn a_ten_megabyte_field_loads_shows_and_saves() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("feld.json");
    storage::save_workspace(&path, &workspace_of(1, 10_000_000)).unwrap();
    let original = storage::load_workspace(&path).unwrap();
    let started = Instant::now();
    let mut harness = common::app_harness(Startup::File(path.clone()));
    harness.get_by_label_contains("sehr lang (10.0 MB)");
    // The other fields stay editable.
    common::replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Erfolg",
        "Trotzdem flüssig",
    );
    common::press(&mut harness, egui::Modifiers::COMMAND, egui::Key::S);
    let saved = storage::load_workspace(&path).unwrap();
    assert_eq!(
        saved.collaborations[0].field_text("motivation"),
        original.collaborations[0].field_text("motivation")
    );
    assert_eq!(
        saved.collaborations[0].field_text("success"),
        "Trotzdem flüssig"
    );
    println!(
        "10 MB field: opened, shown and saved in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn a_fifty_megabyte_workspace_loads_and_saves() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("fuenfzig.json");
    let workspace = workspace_of(500, 100_000);
    storage::save_workspace(&path, &workspace).unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    assert!(size > 50_000_000, "{size} bytes");
    let mut loaded = storage::load_workspace(&path).unwrap();
    assert_eq!(loaded.collaborations.len(), 500);
    // The second save replaces the 50 MB file with what was loaded and changed.
    loaded.collaborations[499].title = "Zuletzt geändert".into();
    storage::save_workspace(&path, &loaded).unwrap();
    let reloaded = storage::load_workspace(&path).unwrap();
    assert_eq!(reloaded.collaborations[499].title, "Zuletzt geändert");
    assert_eq!(reloaded, loaded);
}

#[test]
fn a_workspace_over_the_limit_is_refused_with_a_message() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("zu-gross.json");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(storage::MAX_FILE_BYTES + 1).unwrap();
    let harness = common::app_harness(Startup::File(path));
    harness.get_by_label_contains("zu groß");
    assert_eq!(common::collaboration_count(&harness), 0);
}

fn list_of(key: &str, item: &str, count: usize) -> Vec<u8> {
    let mut bytes = format!("{{\"format\":\"netzwerk-canvas\",\"{key}\":[").into_bytes();
    for index in 0..count {
        if index > 0 {
            bytes.push(b',');
        }
        bytes.extend_from_slice(item.as_bytes());
    }
    bytes.extend_from_slice(b"]}");
    bytes
}

/// Issue 13: a 30 MB file of ten million empty collaborations took 8.3 GB and 74 s.
#[test]
fn ten_million_empty_collaborations_are_refused_before_they_are_built() {
    let bytes = list_of("collaborations", "{}", 10_000_000);
    assert!(bytes.len() < 31_000_000);
    match storage::parse_workspace(&bytes) {
        Err(storage::StorageError::TooManyValues { count, limit }) => {
            assert_eq!(limit, storage::MAX_JSON_VALUES);
            assert!(count >= 10_000_000);
        }
        other => panic!("expected TooManyValues, got {other:?}"),
    }
}

#[test]
fn each_limit_names_what_there_is_too_much_of() {
    use netzwerk_canvas::model::limits::{self, Limited};
    let canvases = list_of("collaborations", "{}", limits::MAX_CANVASES + 1);
    match storage::parse_workspace(&canvases) {
        Err(
            error @ storage::StorageError::TooMany {
                what: Limited::Canvases,
                ..
            },
        ) => {
            let message = error.message(netzwerk_canvas::i18n::Language::German);
            assert!(
                message.contains("mehr Kooperationen und festgehaltene Stände als die 100000"),
                "{message}"
            );
        }
        other => panic!("expected TooMany canvases, got {other:?}"),
    }
    let exactly = list_of("collaborations", "{}", limits::MAX_CANVASES);
    assert_eq!(
        storage::parse_workspace(&exactly)
            .unwrap()
            .collaborations
            .len(),
        limits::MAX_CANVASES
    );

    let contacts = list_of("contacts", "{}", limits::MAX_CONTACTS + 1);
    assert!(matches!(
        storage::parse_workspace(&contacts),
        Err(storage::StorageError::TooMany {
            what: Limited::Contacts,
            ..
        })
    ));
    let objects = list_of("unknown", "{\"a\":1}", storage::MAX_JSON_OBJECTS + 1);
    assert!(matches!(
        storage::parse_workspace(&objects),
        Err(storage::StorageError::TooManyObjects { .. })
    ));
    // Snapshots count with the canvases they belong to.
    let snapshot = r#"{"taken_at":"2026-01-01T00:00:00Z","canvas":{}}"#;
    let mut nested =
        b"{\"format\":\"netzwerk-canvas\",\"collaborations\":[{\"snapshots\":[".to_vec();
    nested.extend_from_slice(&vec![snapshot; limits::MAX_CANVASES].join(",").into_bytes());
    nested.extend_from_slice(b"]}]}");
    assert!(matches!(
        storage::parse_workspace(&nested),
        Err(storage::StorageError::TooMany {
            what: Limited::Canvases,
            ..
        })
    ));
}

/// Issue 13: the window read files on the UI thread. A large file is read on a worker
/// while the window shows that it is reading; a refused one ends in the message.
#[test]
fn a_large_file_is_read_in_the_background_and_a_refusal_is_shown() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("riesig.json");
    std::fs::write(&path, list_of("collaborations", "{}", 10_000_000)).unwrap();
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1360.0, 860.0))
        .build_eframe(move |cc| {
            netzwerk_canvas::app::App::new(
                &cc.egui_ctx,
                netzwerk_canvas::preferences::Preferences::default(),
                Startup::File(path),
                netzwerk_canvas::ui::file_dialog::FileDialogs::typed_path_only(),
            )
        });
    harness.step();
    assert!(harness.state().is_opening());
    harness.get_by_label_contains("riesig.json“ wird gelesen");
    common::wait_until_opened(&mut harness);
    harness.get_by_label_contains("mehr als die 5000000, die Netzwerk-Canvas öffnet");
}
