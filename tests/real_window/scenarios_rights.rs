//! The rights of the people in the Netzwerkbuch from the window (issue 17): the
//! Auskunft written as PDF and JSON, and a person forgotten everywhere — the file, the
//! recovery file of a session that ended without saving — as one undo step.

use std::path::Path;

use serde_json::{Value, json};

use super::dialogs;
use super::scenarios_typing::open;
use super::session::Session;
use super::system::check_pdf;
use super::tree;
use super::wait::{LONG, poll};
use super::workspace::{self, collaborations, contacts, text};

const FRIEDA: &str = "c0ffee00-0000-4000-8000-0000000000f1";
const JANA: &str = "c0ffee00-0000-4000-8000-0000000000f2";

/// Frieda, named in a canvas and linked to it, with two log entries; Jana beside her.
fn book() -> Value {
    json!({
        "format": "netzwerk-canvas",
        "version": 1,
        "collaborations": [{
            "id": "c0ffee00-0000-4000-8000-000000000001",
            "title": "Dorfladen Rhade",
            "partners": ["Landfrauen"],
            "partner_contacts": [FRIEDA],
            "fields": { "motivation": "Frieda Groß hatte die Idee für den Laden." }
        }],
        "contacts": [
            {
                "id": FRIEDA, "name": "Frieda Groß", "organisation": "Landfrauen",
                "email": "frieda@landfrauen.example", "importance": 4, "added": "2020-01-10",
                "activities": [
                    { "date": "2021-03-01", "kind": "meeting", "note": "Weihnachtsmarkt" },
                    { "date": "2021-06-01", "kind": "call", "note": "Laden" }
                ]
            },
            { "id": JANA, "name": "Jana Berg", "organisation": "Gemeinde Rhade", "added": "2026-11-01" }
        ]
    })
}

/// A recovery file of a session that ended without saving (no live mark), which holds
/// Frieda too.
fn write_lost_recovery(session: &Session, original: &Path) -> Result<std::path::PathBuf, String> {
    let folder = session.recovery_dir();
    std::fs::create_dir_all(&folder).map_err(|error| error.to_string())?;
    let mut lost = book();
    lost["recovery"] = json!({
        "original_path": original,
        "saved_at": "2026-11-01T10:00:00Z",
        "process_id": 4_000_000,
        "instance": "0123456789abcdef0123456789abcdef"
    });
    let path = folder.join("recovery-0123456789abcdef0123456789abcdef.json");
    workspace::write(&path, &lost)?;
    Ok(path)
}

/// *Auskunft speichern…* through zenity writes the PDF and the JSON beside it;
/// *Vergessen…* and Return forget Frieda; the saved file, its folder (no `.bak`) and
/// the lost session's recovery file no longer name her, Jana stays. Ctrl+Z brings her
/// back in one step.
pub fn person_forgotten_everywhere(session: &mut Session) -> Result<(), String> {
    let path = open(session, "netzwerk.json", &book())?;
    let lost = write_lost_recovery(session, &path)?;
    session.key(&["ctrl+2"])?;
    session.click_on(tree::BUTTON, "Auskunft speichern…")?;
    let auskunft = session.files().join("auskunft-frieda.pdf");
    dialogs::save_in_zenity(session, &auskunft)?;
    let json_path = auskunft.with_extension("json");
    poll("the Auskunft PDF and JSON", LONG, || {
        check_pdf(
            &auskunft,
            &["Frieda Groß", "Weihnachtsmarkt", "Dorfladen Rhade"],
        )?;
        let json = workspace::read(&json_path)?;
        match (json["format"].as_str(), text(&json, "/contact/name")) {
            (Some("netzwerk-canvas-auskunft"), "Frieda Groß") => Ok(()),
            other => Err(format!("the JSON says {other:?}")),
        }
    })?;

    session.click_on(tree::BUTTON, "Vergessen…")?;
    let question = session.wait_for_dialog()?;
    // Return forgets; Return again closes the notice of what went.
    session.key(&["Return"])?;
    session.wait_in_tree("the notice of what went", |nodes| {
        match nodes.find_by(|node| node.role == tree::DIALOG) {
            Some(dialog) if dialog.path != question.path => Ok(()),
            _ => Err(nodes.summary(tree::BUTTON)),
        }
    })?;
    session.key(&["Return"])?;
    session.wait_for_no_dialog()?;
    session.key(&["ctrl+s"])?;
    let saved = workspace::wait_for(&path, "the file without Frieda", LONG, |saved| {
        let names: Vec<&str> = contacts(saved).iter().map(|c| text(c, "/name")).collect();
        if names != ["Jana Berg"] {
            return Err(format!("contacts in the file: {names:?}"));
        }
        Ok(())
    })?;
    let raw = serde_json::to_string(&saved).map_err(|error| error.to_string())?;
    if raw.contains("Frieda") || raw.contains(FRIEDA) {
        return Err(format!("the saved file still names Frieda: {raw}"));
    }
    let canvas = collaborations(&saved)
        .first()
        .copied()
        .ok_or("no canvas left")?;
    let motivation = text(canvas, "/fields/motivation");
    if motivation != "[entfernt] hatte die Idee für den Laden." {
        return Err(format!("motivation is {motivation:?}"));
    }
    let backup = path.with_file_name("netzwerk.json.bak");
    if backup.exists() {
        return Err(format!("{} still exists after the save", backup.display()));
    }
    let recovery = std::fs::read_to_string(&lost).map_err(|error| error.to_string())?;
    if recovery.contains("Frieda") || recovery.contains(FRIEDA) {
        return Err("the lost session's recovery file still names Frieda".to_owned());
    }

    // One undo step brings everything back, in the window.
    session.key(&["ctrl+z"])?;
    session.key(&["ctrl+s"])?;
    workspace::wait_for(&path, "Frieda back after Ctrl+Z", LONG, |saved| {
        let names: Vec<&str> = contacts(saved).iter().map(|c| text(c, "/name")).collect();
        let canvas = collaborations(saved).first().copied().ok_or("no canvas")?;
        match (names.as_slice(), text(canvas, "/fields/motivation")) {
            (["Frieda Groß", "Jana Berg"], "Frieda Groß hatte die Idee für den Laden.") => {
                Ok(())
            }
            other => Err(format!("after Ctrl+Z: {other:?}")),
        }
    })
    .map(drop)
}

/// Without any file dialog, *Auskunft speichern…* asks for a path in the app's own
/// prompt, proposing "Auskunft Frieda Groß.pdf" beside the workspace; Return takes it.
pub fn auskunft_through_path_prompt(session: &mut Session) -> Result<(), String> {
    let path = open(session, "netzwerk.json", &book())?;
    session.key(&["ctrl+2"])?;
    session.click_on(tree::BUTTON, "Auskunft speichern…")?;
    session.wait_for_dialog()?;
    session.key(&["Return"])?;
    let pdf = path.with_file_name("Auskunft Frieda Groß.pdf");
    poll("the Auskunft under the proposed name", LONG, || {
        check_pdf(
            &pdf,
            &["Auskunft über", "Frieda Groß", "frieda@landfrauen.example"],
        )?;
        workspace::read(&pdf.with_extension("json")).map(drop)
    })
}

/// Issue 33: *Datei → Für Partner freigeben…*, Return in the dialog (the open canvas is
/// ticked), the copy saved through zenity: it holds the canvas and none of the
/// Netzwerkbuch (Frieda's record, log and link). The partner's filled copy, read back with *Partnerfassung einlesen…*, brings
/// their view into the saved file and changes nothing else.
pub fn canvas_shared_and_read_back(session: &mut Session) -> Result<(), String> {
    let path = open(session, "netzwerk.json", &book())?;
    session.menu("Datei", "Für Partner freigeben…")?;
    // The dialog opens with nothing focused: Return takes "Speichern unter…".
    session.wait_for_dialog()?;
    session.key(&["Return"])?;
    let copy = session.files().join("fuer-partner.json");
    dialogs::save_in_zenity(session, &copy)?;
    let shared = poll("the partner's copy", LONG, || {
        std::fs::read_to_string(&copy).map_err(|error| error.to_string())
    })?;
    // Her name stays where the owner wrote it into the canvas; her record, her log and
    // the canvas's link to her do not go.
    for withheld in ["frieda@landfrauen.example", "Weihnachtsmarkt", FRIEDA, JANA] {
        if shared.contains(withheld) {
            return Err(format!("{withheld:?} is in the partner's copy"));
        }
    }
    let mut filled = workspace::read(&copy)?;
    filled["collaborations"][0]["partner_view"] = json!({ "motivation": "Sicht der Landfrauen" });
    let back = session.files().join("von-partner.json");
    workspace::write(&back, &filled)?;
    session.menu("Datei", "Partnerfassung einlesen…")?;
    dialogs::pick_in_zenity(session, &back.display().to_string())?;
    session.key(&["ctrl+s"])?;
    workspace::wait_for(
        &path,
        "the partner's view in the saved file",
        LONG,
        |saved| {
            let all = collaborations(saved);
            let canvas = all.first().ok_or("no collaboration in the file")?;
            let view = text(canvas, "/partner_view/motivation");
            let mine = text(canvas, "/fields/motivation");
            if view != "Sicht der Landfrauen" {
                return Err(format!("partner view: {view:?}"));
            }
            if mine != "Frieda Groß hatte die Idee für den Laden." || contacts(saved).len() != 2 {
                return Err(format!("something else changed: {mine:?}"));
            }
            Ok(())
        },
    )
    .map(drop)
}
