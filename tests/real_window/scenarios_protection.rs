//! A workspace only its owner can read (issue 33), in the window: protected with a
//! password, unsaved work found encrypted after a `kill -9` and restored with the
//! password (a wrong one first), opened with the right and the wrong password, the
//! password changed (with a slip first) and the protection removed.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::scenarios_typing::open;
use super::session::Session;
use super::tree;
use super::wait::{LONG, SHORT, ensure, poll};
use super::workspace::{collaborations, contacts, text};
use netzwerk_canvas::storage::{self, Passphrase};

/// AccessKit's masked field, as AT-SPI names its role.
const PASSWORD: &str = "password text";
const FIRST: &str = "Lindenblatt 7";
const SECOND: &str = "Eichenrinde 9";
/// Found nowhere but in the workspace: a file holding it leaks the workspace.
const MARKER: &str = "Diskretionsvermerk";

fn book() -> Value {
    json!({
        "format": "netzwerk-canvas",
        "version": 1,
        "collaborations": [{
            "id": "c0ffee00-0000-4000-8000-000000000001",
            "title": "Dorfladen Rhade",
            "fields": { "motivation": "Ein Laden im Dorf" }
        }],
        "contacts": [{
            "id": "c0ffee00-0000-4000-8000-0000000000f1", "name": "Frieda Groß",
            "notes": MARKER, "added": "2020-01-10"
        }]
    })
}

/// The workspace in a protected file, as JSON, opened with `passphrase`.
fn read_protected(path: &Path, passphrase: &str) -> Result<Value, String> {
    let bytes = std::fs::read(path).map_err(|error| error.to_string())?;
    if !storage::is_sealed(&bytes) {
        return Err(format!("{} is not encrypted", path.display()));
    }
    let workspace =
        storage::parse_workspace_with(&bytes, Some(&Passphrase::new(passphrase.into())))
            .map_err(|error| error.to_string())?;
    let json = storage::workspace_to_json(&workspace).map_err(|error| error.to_string())?;
    serde_json::from_slice(&json).map_err(|error| error.to_string())
}

/// Files below `folder` (the recovery folder too) whose bytes hold the marker.
fn leaks(folders: &[PathBuf]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for folder in folders {
        for entry in std::fs::read_dir(folder).into_iter().flatten().flatten() {
            let path = entry.path();
            let holds = std::fs::read(&path)
                .is_ok_and(|bytes| bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()));
            if holds {
                found.push(path);
            }
        }
    }
    found
}

/// Types `passphrase` into the focused masked field (and the repeat field after it when
/// `twice`), then Return.
fn enter_passphrase(session: &Session, passphrase: &str, twice: bool) -> Result<(), String> {
    session.wait_for_focus_on(PASSWORD, "Passwort:")?;
    session.type_text(passphrase)?;
    session.key(&["Return"])?;
    if twice {
        session.wait_for_focus_on(PASSWORD, "Passwort wiederholen:")?;
        session.type_text(passphrase)?;
        session.key(&["Return"])?;
    }
    Ok(())
}

/// Protect, see the file and its backup encrypted; type, see the recovery copy
/// encrypted; `kill -9`; start again: the lost work is offered after its password (a
/// wrong one is refused first), restored and saved encrypted.
pub fn protected_and_restored_after_kill(session: &mut Session) -> Result<(), String> {
    let path = open(session, "vertraulich.json", &book())?;
    session.menu("Datei", "Mit Passwort schützen…")?;
    session.wait_for_dialog()?;
    // Caps Lock on: the dialog says so once a letter arrives in the other case.
    session.wait_for_focus_on(PASSWORD, "Passwort:")?;
    session.key(&["Caps_Lock", "x"])?;
    session.find(tree::LABEL, "Die Feststelltaste ist aktiv.")?;
    session.key(&["Caps_Lock", "BackSpace"])?;
    enter_passphrase(session, FIRST, true)?;
    session.wait_for_announcement("Gespeichert und mit Passwort geschützt")?;
    let saved = poll("the file encrypted", LONG, || read_protected(&path, FIRST))?;
    ensure(contacts(&saved).len() == 1, || format!("saved: {saved}"))?;
    // The previous, readable version went into the backup encrypted.
    read_protected(&storage::backup_path(&path), FIRST)?;

    session.focus_on(tree::ENTRY, "Gemeinsame Ziele")?;
    session.type_text("Vertrag bis Juni")?;
    let recovery = poll("an encrypted recovery file", LONG, || {
        let found = std::fs::read_dir(session.recovery_dir())
            .map_err(|error| error.to_string())?
            .flatten()
            .map(|entry| entry.path())
            .find(|file| file.extension().is_some_and(|ext| ext == "json"))
            .ok_or("no recovery file yet")?;
        read_protected(&found, FIRST).map(|_| found)
    })?;
    let folders = [session.files(), session.recovery_dir()];
    let leaked = leaks(&folders);
    ensure(leaked.is_empty(), || {
        format!("plaintext on disk: {leaked:?}")
    })?;
    session.kill_app();
    ensure(recovery.exists(), || {
        "the recovery file went with the app".into()
    })?;

    session.start_app_with(None, "")?;
    session.find(tree::DIALOG, "Geschützte Datei öffnen")?;
    enter_passphrase(session, "lindenblatt 7", false)?;
    session.find(
        tree::LABEL,
        "Das Passwort ist falsch. Bitte versuchen Sie es noch einmal.",
    )?;
    enter_passphrase(session, FIRST, false)?;
    session.click_on(tree::BUTTON, "Wiederherstellen")?;
    session.key(&["ctrl+s"])?;
    poll("the restored work saved encrypted", LONG, || {
        let saved = read_protected(&path, FIRST)?;
        let canvas = *collaborations(&saved).first().ok_or("no canvas")?;
        let goals = text(canvas, "/fields/shared_goals");
        ensure(goals == "Vertrag bis Juni", || {
            format!("Gemeinsame Ziele: {goals:?}")
        })
    })?;
    let leaked = leaks(&folders);
    ensure(leaked.is_empty(), || {
        format!("plaintext on disk: {leaked:?}")
    })?;
    session.key(&["ctrl+q"])?;
    session.wait_for_exit(SHORT)
}

/// A protected file opened at start: Escape opens nothing; the right password opens it.
/// Changing the password (the two entries differing first) saves with the new one;
/// removing the protection (confirmed with the current password) saves plain JSON.
pub fn password_changed_and_removed(session: &mut Session) -> Result<(), String> {
    let path = session.files().join("geschuetzt.json");
    let workspace = storage::parse_workspace(book().to_string().as_bytes())
        .map_err(|error| error.to_string())?;
    let first = Passphrase::new(FIRST.into());
    storage::save_workspace_protected(&path, &workspace, Some(&first))
        .map_err(|error| error.to_string())?;
    session.start_app_with(Some(&path), "")?;
    session.find(tree::DIALOG, "Geschützte Datei öffnen")?;
    session.key(&["Escape"])?;
    session.wait_for_no_dialog()?;
    session.key(&["ctrl+o"])?;
    super::dialogs::pick_in_zenity(session, &path.display().to_string())?;
    // No window manager gives the window the keyboard back when zenity closes.
    session.desk.focus(&session.window()?)?;
    enter_passphrase(session, FIRST, false)?;
    session.find(tree::ENTRY, "Motivation")?;
    let window = session.window()?;
    poll("the file's name in the title", SHORT, || {
        let title = session.desk.title(&window);
        ensure(title.starts_with("geschuetzt.json – "), || title.clone())
    })?;

    session.menu("Datei", "Passwort ändern…")?;
    session.wait_for_focus_on(PASSWORD, "Passwort:")?;
    session.type_text(SECOND)?;
    session.key(&["Return"])?;
    session.type_text("Eichenrinde 8")?;
    session.key(&["Return"])?;
    session.find(tree::LABEL, "Die beiden Eingaben stimmen nicht überein.")?;
    // The repeat field was emptied; the first keeps its entry.
    session.focus_on(PASSWORD, "Passwort wiederholen:")?;
    session.type_text(SECOND)?;
    session.key(&["Return"])?;
    session.wait_for_announcement("Gespeichert mit dem neuen Passwort")?;
    poll("the file under the new password", LONG, || {
        read_protected(&path, SECOND)
    })?;
    ensure(read_protected(&path, FIRST).is_err(), || {
        "the old password still opens the file".into()
    })?;
    // The previous version, which only the old password opens, does not stay behind.
    let backup = storage::backup_path(&path);
    ensure(!backup.exists(), || format!("{} is left", backup.display()))?;

    session.menu("Datei", "Passwortschutz entfernen…")?;
    enter_passphrase(session, SECOND, false)?;
    session.wait_for_announcement("Gespeichert ohne Passwortschutz")?;
    let plain = super::workspace::read(&path)?;
    ensure(contacts(&plain).len() == 1, || format!("saved: {plain}"))?;
    session.key(&["ctrl+q"])?;
    session.wait_for_exit(SHORT)
}
