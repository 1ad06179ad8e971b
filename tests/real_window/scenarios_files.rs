//! Files across the app's life: saved text survives quitting and starting again, and
//! nothing of one file (its undo history above all) reaches another file opened after it.

use serde_json::Value;

use super::dialogs;
use super::scenarios_typing::{expect_all, open};
use super::session::Session;
use super::tree;
use super::wait::{LONG, SHORT, ensure, poll};
use super::workspace::{self, collaborations, contacts};

/// Recovery files the app wrote for unsaved work, parsed.
fn recovery_files(session: &Session) -> Vec<Value> {
    std::fs::read_dir(session.recovery_dir())
        .map(|entries| {
            entries
                .filter_map(|entry| {
                    let path = entry.ok()?.path();
                    let name = path.file_name()?.to_str()?.to_owned();
                    (name.starts_with("recovery-") && name.ends_with(".json"))
                        .then(|| workspace::read(&path).ok())
                        .flatten()
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Type, see the text reach the recovery file, save, quit with Ctrl+Q, start again with
/// the file, add to it, save again: all text intact, no recovery file left behind.
pub fn save_quit_restart(session: &mut Session) -> Result<(), String> {
    let path = open(
        session,
        "neustart.json",
        &workspace::with_one_canvas("Dorfladen Rhade"),
    )?;
    session.focus_on(tree::ENTRY, "Gemeinsame Ziele")?;
    session.type_text("Vertrag bis Juni")?;
    poll("the typed text in a recovery file (autosave)", LONG, || {
        let saved: Vec<String> = recovery_files(session)
            .iter()
            .filter_map(|recovery| {
                let canvas = *collaborations(recovery).first()?;
                Some(workspace::text(canvas, "/fields/shared_goals").to_owned())
            })
            .collect();
        ensure(saved.iter().any(|text| text == "Vertrag bis Juni"), || {
            format!("Gemeinsame Ziele in the recovery files: {saved:?}")
        })
    })?;
    session.key(&["ctrl+s"])?;
    let first = [
        ("/fields/shared_goals", "Vertrag bis Juni"),
        ("/fields/motivation", "Ein Laden im Dorf"),
        ("/fields/next_steps", "Termin im Rathaus"),
    ];
    wait_for_canvas(&path, &first)?;
    session.key(&["ctrl+q"])?;
    session.wait_for_exit(SHORT)?;
    let left = recovery_files(session);
    ensure(left.is_empty(), || {
        format!("recovery files left after a clean quit: {left:?}")
    })?;

    session.start_app(&path)?;
    session.focus_on(tree::ENTRY, "Erfolg")?;
    session.type_text("Laden offen")?;
    session.key(&["ctrl+s"])?;
    let mut second = first.to_vec();
    second.push(("/fields/success", "Laden offen"));
    wait_for_canvas(&path, &second)?;
    session.key(&["ctrl+q"])?;
    session.wait_for_exit(SHORT)
}

fn wait_for_canvas(path: &std::path::Path, expected: &[(&str, &str)]) -> Result<Value, String> {
    workspace::wait_for(path, "the canvas in the saved file", LONG, |saved| {
        let all = collaborations(saved);
        let canvas = all.first().ok_or("no collaboration in the file")?;
        expect_all(canvas, expected)
    })
}

/// The fixture's ten contacts: the first five for a.json, the others for b.json.
fn two_books() -> (Value, Value) {
    let fixture: Value = serde_json::from_str(include_str!("../fixtures/contacts.json"))
        .expect("tests/fixtures/contacts.json is JSON");
    let all = fixture["contacts"].as_array().expect("contacts").clone();
    let book = |contacts: &[Value]| {
        let mut workspace = workspace::empty();
        workspace["contacts"] = Value::Array(contacts.to_vec());
        workspace
    };
    (book(&all[..5]), book(&all[5..]))
}

/// Every key the original contact has is saved unchanged (the app may add defaults).
fn same_contacts(original: &[&Value], saved: &[&Value]) -> Result<(), String> {
    let ids = |contacts: &[&Value]| -> Vec<String> {
        contacts
            .iter()
            .map(|contact| contact["id"].to_string())
            .collect()
    };
    ensure(ids(original) == ids(saved), || {
        format!(
            "contacts on disk {:?}, expected {:?}",
            ids(saved),
            ids(original)
        )
    })?;
    for (before, after) in original.iter().zip(saved) {
        for (key, value) in before.as_object().into_iter().flatten() {
            ensure(&after[key] == value, || {
                format!(
                    "contact {}: {key} is {}, was {value}",
                    before["id"], after[key]
                )
            })?;
        }
    }
    Ok(())
}

/// Open a.json, delete a contact, open b.json (discarding), Ctrl+Z, save: b.json on disk
/// still has exactly b's contacts.
pub fn undo_after_open_other_file(session: &mut Session) -> Result<(), String> {
    let (a, b) = two_books();
    let b_path = session.files().join("b.json");
    workspace::write(&b_path, &b)?;
    open(session, "a.json", &a)?;
    session.show_view("ctrl+2", "Kontakte")?;
    session.click_on(tree::BUTTON, "Löschen…")?;
    session.wait_for_dialog()?;
    dialogs::confirm_delete(session)?;
    session.key(&["ctrl+o"])?;
    dialogs::discard_unsaved(session)?;
    dialogs::pick_in_zenity(session, &b_path.display().to_string())?;
    session
        .desk
        .wait_for_window("Netzwerk-Canvas$", "b.json – ")?;
    session.key(&["ctrl+z"])?;
    // A change of its own, so that Ctrl+S certainly writes b.json, and one can tell
    // when it did: a new canvas.
    session.add_item(&["ctrl+shift+n"])?;
    session.key(&["ctrl+s"])?;
    let saved = workspace::wait_for(&b_path, "b.json saved with the new canvas", LONG, |saved| {
        ensure(!collaborations(saved).is_empty(), || {
            "not saved yet".to_owned()
        })
    })?;
    let a_ids: Vec<&Value> = contacts(&a).iter().map(|contact| &contact["id"]).collect();
    let leaked: Vec<String> = contacts(&saved)
        .iter()
        .filter(|contact| a_ids.contains(&&contact["id"]))
        .map(|contact| workspace::text(contact, "/name").to_owned())
        .collect();
    ensure(leaked.is_empty(), || {
        format!("contacts of a.json in b.json: {leaked:?}")
    })?;
    same_contacts(&contacts(&b), &contacts(&saved))
}

/// Started without a file, the app opens the file opened last (issue 15), as office
/// programs do: a new canvas typed there is saved into that file.
pub fn reopen_last_file(session: &mut Session) -> Result<(), String> {
    let path = open(
        session,
        "zuletzt.json",
        &workspace::with_one_canvas("Dorfladen Rhade"),
    )?;
    session.key(&["ctrl+q"])?;
    session.wait_for_exit(SHORT)?;
    session.start_app_with(None, "zuletzt.json")?;
    session.add_item(&["ctrl+shift+n"])?;
    session.type_text("Wieder da")?;
    session.key(&["ctrl+s"])?;
    workspace::wait_for(
        &path,
        "the new canvas in the file opened last",
        LONG,
        |saved| {
            let titles: Vec<&str> = collaborations(saved)
                .iter()
                .map(|canvas| workspace::text(canvas, "/title"))
                .collect();
            ensure(titles == ["Dorfladen Rhade", "Wieder da"], || {
                format!("titles in the file: {titles:?}")
            })
        },
    )?;
    session.key(&["ctrl+q"])?;
    session.wait_for_exit(SHORT)?;
    // The canvas shown at the end ("Wieder da", not the file's first) is shown again:
    // the partners typed now land in it.
    session.start_app_with(None, "zuletzt.json")?;
    session.focus_on(tree::ENTRY, "Partner")?;
    session.type_text("Markt")?;
    session.key(&["ctrl+s"])?;
    workspace::wait_for(
        &path,
        "the partners in the canvas shown last",
        LONG,
        |saved| {
            let partners: Vec<String> = collaborations(saved)
                .iter()
                .map(|canvas| {
                    canvas
                        .pointer("/partners")
                        .map(ToString::to_string)
                        .unwrap_or_default()
                })
                .collect();
            ensure(
                partners == [r#"["Gemeinde Rhade"]"#, r#"["Markt"]"#],
                || format!("partners in the file: {partners:?}"),
            )
        },
    )?;
    session.key(&["ctrl+q"])?;
    session.wait_for_exit(SHORT)
}
