//! Autosave, crash recovery, conflicting edits and locks, driven through the real app.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;

use std::path::{Path, PathBuf};

#[cfg(target_os = "linux")] // the recoveries of crashed instances
use chrono::Utc;
#[cfg(target_os = "linux")]
use common::text_of;
use common::{click_button, press, replace_text};
use egui::accesskit::Role;
use egui::{Key, Modifiers, ViewportCommand, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use netzwerk_canvas::app::{App, Startup};
use netzwerk_canvas::preferences::Preferences;
#[cfg(target_os = "linux")]
use netzwerk_canvas::storage::recovery;
use netzwerk_canvas::storage::{self, lock};
use netzwerk_canvas::ui::file_dialog::FileDialogs;

fn harness_with_data(startup: Startup, data: &Path) -> Harness<'static, App> {
    let data = data.to_path_buf();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1360.0, 860.0))
        .build_eframe(move |cc| {
            App::new(
                &cc.egui_ctx,
                Preferences::default(),
                startup,
                FileDialogs::typed_path_only(),
            )
            .with_data_folder(Some(data))
        });
    harness.run();
    harness
}

/// Lets `seconds` of app time pass, then waits for a running autosave to finish.
fn let_time_pass(harness: &mut Harness<'_, App>, seconds: f64) {
    let now = harness.ctx.input(|input| input.time);
    harness.input_mut().time = Some(now + seconds);
    harness.step();
    harness.input_mut().time = None;
    for _ in 0..500 {
        harness.step();
        if !harness.state().is_autosaving() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    harness.run();
}

/// The recovery file this instance writes (named by its random instance id), or where
/// none is.
fn own_recovery(data: &Path) -> PathBuf {
    std::fs::read_dir(data)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .find(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            name.starts_with("recovery-") && name.ends_with(".json")
        })
        .unwrap_or_else(|| data.join("recovery-none.json"))
}

fn saved_example(folder: &Path) -> PathBuf {
    let path = folder.join("netz.json");
    storage::save_workspace(&path, &storage::example_workspace().unwrap()).unwrap();
    path
}

#[test]
fn unsaved_work_goes_to_a_recovery_file_a_few_seconds_after_a_change() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = saved_example(folder.path());
    let original = std::fs::read(&path).unwrap();
    let mut harness = harness_with_data(Startup::File(path.clone()), data.path());
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Motivation",
        "Nicht verlieren!",
    );
    assert!(!own_recovery(data.path()).exists(), "not before the pause");

    let_time_pass(&mut harness, 4.0);
    let recovered = std::fs::read_to_string(own_recovery(data.path())).unwrap();
    assert!(recovered.contains("Nicht verlieren!"));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        original,
        "the user's file is untouched"
    );

    press(&mut harness, Modifiers::COMMAND, Key::S);
    assert!(
        !own_recovery(data.path()).exists(),
        "saved work needs no recovery"
    );
}

/// A crashed instance of an older version: no mark, only its process id, which only
/// Linux can ask about (/proc); elsewhere such a recovery waits, to be safe.
#[cfg(target_os = "linux")]
fn leave_recovery_of_a_crashed_instance(data: &Path, original: Option<PathBuf>) -> PathBuf {
    let mut workspace = storage::example_workspace().unwrap();
    workspace.collaborations[0].title = "Vor dem Absturz".into();
    let info = recovery::RecoveryInfo {
        disk_stamp: original.as_deref().and_then(storage::DiskStamp::of),
        original_path: original,
        saved_at: Utc::now(),
        process_id: 4_000_000,
        instance: None,
    };
    recovery::write_recovery(data, &workspace, &info, None).unwrap();
    recovery::recovery_file(data, &info.process_id.to_string())
}

#[test]
#[cfg(target_os = "linux")]
fn after_a_crash_the_next_start_offers_to_restore_the_work() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = saved_example(folder.path());
    let left_behind = leave_recovery_of_a_crashed_instance(data.path(), Some(path.clone()));

    let mut harness = harness_with_data(Startup::Example, data.path());
    harness.get_by_label("Ungesicherte Arbeit gefunden");
    click_button(&mut harness, "Wiederherstellen");
    assert_eq!(
        text_of(&harness, Role::TextInput, "Titel"),
        "Vor dem Absturz"
    );
    let document = harness.state().document();
    assert!(document.is_modified(), "restored work still needs saving");
    assert_eq!(document.path(), Some(path.as_path()));
    assert!(!left_behind.exists());
}

#[test]
#[cfg(target_os = "linux")]
fn discarding_the_recovered_work_removes_it() {
    let data = tempfile::tempdir().unwrap();
    let left_behind = leave_recovery_of_a_crashed_instance(data.path(), None);
    let mut harness = harness_with_data(Startup::Example, data.path());
    click_button(&mut harness, "Verwerfen");
    assert_eq!(
        text_of(&harness, Role::TextInput, "Titel"),
        "Dorfladen Rhade"
    );
    assert!(!left_behind.exists());
}

#[test]
fn quitting_with_keep_for_later_keeps_the_work_for_the_next_start() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = harness_with_data(Startup::Example, data.path());
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Erfolg",
        "Morgen weiter",
    );
    press(&mut harness, Modifiers::COMMAND, Key::Q);
    harness
        .get_by_role_and_label(Role::Button, "Für später behalten")
        .click();
    harness.step();
    let commands = &harness.output().viewport_output[&ViewportId::ROOT].commands;
    assert!(commands.contains(&ViewportCommand::Close));
    eframe::App::on_exit(harness.state_mut(), None);
    assert!(
        std::fs::read_to_string(own_recovery(data.path()))
            .unwrap()
            .contains("Morgen weiter")
    );
}

#[test]
fn quitting_with_discard_leaves_no_recovery_file() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = harness_with_data(Startup::Example, data.path());
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Erfolg",
        "Weg damit",
    );
    let_time_pass(&mut harness, 4.0);
    assert!(own_recovery(data.path()).exists());
    press(&mut harness, Modifiers::COMMAND, Key::Q);
    click_button(&mut harness, "Verwerfen");
    eframe::App::on_exit(harness.state_mut(), None);
    assert!(!own_recovery(data.path()).exists());
}

#[cfg(target_os = "linux")]
fn change_on_disk(path: &Path, title: &str) {
    let mut workspace = storage::load_workspace(path).unwrap();
    workspace.collaborations[0].title = title.into();
    workspace.collaborations.truncate(2);
    storage::save_workspace(path, &workspace).unwrap();
}

/// The file changed by a newer app (a version this one cannot read, so it cannot merge):
/// saving asks what to do.
fn change_on_disk_by_a_newer_app(path: &Path) {
    let mut workspace = storage::load_workspace(path).unwrap();
    workspace.collaborations[0].title = "Fremde Fassung".into();
    let json = String::from_utf8(storage::workspace_to_json(&workspace).unwrap()).unwrap();
    std::fs::write(path, json.replace("\"version\": 1,", "\"version\": 99,")).unwrap();
}

/// An open file with an unsaved edit, changed on disk by a newer app, then Ctrl+S.
/// (Changes this app can read are merged instead: tests/app_merge.rs.)
fn save_after_a_change_elsewhere() -> (tempfile::TempDir, PathBuf, Harness<'static, App>) {
    let folder = tempfile::tempdir().unwrap();
    let path = saved_example(folder.path());
    let mut harness = common::app_harness(Startup::File(path.clone()));
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Erfolg",
        "Meine Fassung",
    );
    change_on_disk_by_a_newer_app(&path);
    press(&mut harness, Modifiers::COMMAND, Key::S);
    (folder, path, harness)
}

#[test]
fn saving_over_a_file_changed_elsewhere_asks_and_overwrite_wins() {
    let (_folder, path, mut harness) = save_after_a_change_elsewhere();
    harness.get_by_label("Datei wurde geändert");
    click_button(&mut harness, "Überschreiben");
    let saved = storage::load_workspace(&path).unwrap();
    assert_eq!(
        saved.collaborations[0].field_text("success"),
        "Meine Fassung"
    );
    assert_eq!(saved.collaborations.len(), 4);
    assert!(!harness.state().document().is_modified());
}

/// Restored work has no base to merge against: saving over a changed file asks.
#[test]
#[cfg(target_os = "linux")]
fn reload_takes_the_version_on_disk() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = saved_example(folder.path());
    leave_recovery_of_a_crashed_instance(data.path(), Some(path.clone()));
    change_on_disk(&path, "Fremde Fassung");
    let mut harness = harness_with_data(Startup::Example, data.path());
    click_button(&mut harness, "Wiederherstellen");
    press(&mut harness, Modifiers::COMMAND, Key::S);
    click_button(&mut harness, "Neu laden");
    assert_eq!(
        text_of(&harness, Role::TextInput, "Titel"),
        "Fremde Fassung"
    );
    assert_eq!(
        harness.state().document().workspace().collaborations.len(),
        2
    );
}

#[test]
fn cancel_in_the_conflict_dialog_keeps_both_versions() {
    let (_folder, path, mut harness) = save_after_a_change_elsewhere();
    let on_disk = std::fs::read(&path).unwrap();
    click_button(&mut harness, "Abbrechen");
    assert_eq!(std::fs::read(&path).unwrap(), on_disk);
    assert!(harness.state().document().is_modified());
}

#[test]
fn a_file_open_in_another_live_instance_is_announced_and_stale_locks_are_taken_over() {
    let folder = tempfile::tempdir().unwrap();
    let path = saved_example(folder.path());
    // Another live instance: it holds the lock file locked.
    let (held, _) = lock::take(&path);
    let held = held.unwrap();
    let harness = common::app_harness(Startup::File(path.clone()));
    let holder = lock::own_name();
    harness.get_by_label_contains(&format!(
        "bereits in einer anderen Netzwerk-Canvas-Instanz geöffnet ({holder})"
    ));
    drop(harness);
    assert!(
        lock::lock_path(&path).exists(),
        "the first instance's lock stays"
    );
    drop(held);

    // A crashed instance on this machine left its lock file, but holds nothing.
    std::fs::write(lock::lock_path(&path), format!("4000000\n{holder}\n")).unwrap();
    let harness = common::app_harness(Startup::File(path.clone()));
    assert!(
        harness.state().dialog().is_none(),
        "a stale lock is no conflict"
    );
    let lock_text = std::fs::read_to_string(lock::lock_path(&path)).unwrap();
    assert!(lock_text.starts_with(&std::process::id().to_string()));
}

/// Issue 13: a restore took the file's size and time as they are now, so changes made
/// to the file since the crash were overwritten without a question.
#[test]
#[cfg(target_os = "linux")]
fn restored_work_asks_before_saving_over_changes_made_since_the_crash() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = saved_example(folder.path());
    leave_recovery_of_a_crashed_instance(data.path(), Some(path.clone()));
    change_on_disk(&path, "Seit dem Absturz geändert");
    let on_disk = std::fs::read(&path).unwrap();

    let mut harness = harness_with_data(Startup::Example, data.path());
    click_button(&mut harness, "Wiederherstellen");
    press(&mut harness, Modifiers::COMMAND, Key::S);
    harness.get_by_label("Datei wurde geändert");
    assert_eq!(std::fs::read(&path).unwrap(), on_disk);
}

/// Issue 13: "Neu laden" cleared the unsaved mark first; a failing load lost the work.
#[test]
fn a_reload_that_fails_keeps_the_unsaved_work() {
    let (_folder, path, mut harness) = save_after_a_change_elsewhere();
    std::fs::write(&path, "{ kaputt").unwrap();
    click_button(&mut harness, "Neu laden");
    harness.get_by_label_contains("konnte nicht geöffnet werden");
    let document = harness.state().document();
    assert!(
        document.is_modified(),
        "the work is still unsaved, and says so"
    );
    assert_eq!(
        document.workspace().collaborations[0].field_text("success"),
        "Meine Fassung"
    );
}

/// Issue 13: restoring a second recovery replaced the first restored work unasked.
#[test]
#[cfg(target_os = "linux")]
fn a_second_recovery_waits_until_the_first_restored_work_is_saved() {
    let folder = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = saved_example(folder.path());
    leave_recovery_of_a_crashed_instance(data.path(), Some(path.clone()));
    let mut other = storage::example_workspace().unwrap();
    other.collaborations[0].title = "Zweiter Absturz".into();
    let info = recovery::RecoveryInfo {
        original_path: None,
        saved_at: Utc::now() - chrono::Duration::minutes(5),
        process_id: 4_000_001,
        instance: None,
        disk_stamp: None,
    };
    recovery::write_recovery(data.path(), &other, &info, None).unwrap();

    let mut harness = harness_with_data(Startup::Example, data.path());
    click_button(&mut harness, "Wiederherstellen");
    assert_eq!(
        text_of(&harness, Role::TextInput, "Titel"),
        "Vor dem Absturz"
    );
    assert!(
        harness.state().dialog().is_none(),
        "no second question over unsaved work"
    );
    assert!(recovery::recovery_file(data.path(), "4000001").exists());

    press(&mut harness, Modifiers::COMMAND, Key::S);
    harness.get_by_label("Ungesicherte Arbeit gefunden");
}
