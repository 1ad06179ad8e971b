//! Issue 18: two people on one workspace file (a synced folder), here two instances of
//! the app on one file, side by side. Changes in different fields both end up in the
//! file; a field both changed brings up the side-by-side choice, and each choice ends up
//! in the file as chosen. A sync program's conflict copies beside the file are offered
//! for merging, with the same choice where the two versions differ.

use std::path::Path;
use std::thread::sleep;
use std::time::Duration;

use serde_json::Value;

use super::dialogs;
use super::scenarios_typing::{expect_all, open};
use super::session::{App, Session};
use super::tree;
use super::wait::{LONG, SHORT, poll};
use super::workspace::{self, collaborations};

/// Longer than the app's look at the file every two seconds: only where a scenario
/// checks that nothing comes (a copy kept with Escape is not offered again), the one
/// wait for a clock on purpose.
const WATCH: Duration = Duration::from_millis(3500);
/// Longer than a frame of the app under software GL on a busy machine.
const FRAME: Duration = Duration::from_millis(700);

/// The file as two instances A and B see it; returns the path and instance A (B is
/// driven), B moved aside so that both windows show.
fn two_instances(
    session: &mut Session,
    name: &str,
) -> Result<(std::path::PathBuf, Option<App>), String> {
    let path = open(
        session,
        name,
        &workspace::with_one_canvas("Dorfladen Rhade"),
    )?;
    let first = session.start_second_app(&path)?;
    session
        .desk
        .xdotool(&["windowmove", &session.window()?, "240", "140"])?;
    // B is told that A has the file open: a notice, closed with Enter.
    session.wait_for_dialog()?;
    session.key(&["Return"])?;
    session.wait_for_no_dialog()?;
    Ok((path, first))
}

fn wait_for_canvas(path: &Path, what: &str, expected: &[(&str, &str)]) -> Result<Value, String> {
    workspace::wait_for(path, what, LONG, |saved| {
        let all = collaborations(saved);
        let canvas = all.first().ok_or("no collaboration in the file")?;
        expect_all(canvas, expected)
    })
}

/// Saves in the driven instance B, which A's lock makes say so in a notice; Enter
/// closes it once the save is seen (the "●" gone from the title), so that it does not
/// arrive in the same frame as Ctrl+S, before the notice is there.
fn save_in_second(session: &Session) -> Result<(), String> {
    session.key(&["ctrl+s"])?;
    let window = session.window()?;
    poll("the save (no \"●\" in the title)", SHORT, || {
        let title = session.desk.title(&window);
        if title.starts_with('●') {
            Err(format!("title {title:?}"))
        } else {
            Ok(())
        }
    })?;
    session.wait_for_dialog()?;
    session.key(&["Return"])?;
    session.wait_for_no_dialog()
}

/// In the merge dialog, Tab to the choice `choice` of the row about `field` (the
/// choices are named "<row> – <field>: <choice>") and Space to take it.
fn take_choice(session: &Session, field: &str, choice: &str) -> Result<(), String> {
    let ending = format!(" – {field}: {choice}");
    dialogs::tab_to(session, &format!("{field}: {choice}"), |node| {
        node.role == tree::RADIO && node.name.ends_with(&ending)
    })?;
    keys_one_by_one(session, &["space"])
}

/// Keys one at a time, each in a frame of its own (a dialog an answer opens is there
/// only in the next frame).
fn keys_one_by_one(session: &Session, keys: &[&str]) -> Result<(), String> {
    for key in keys {
        session.key(&[key])?;
        sleep(FRAME);
    }
    Ok(())
}

/// Waits until the canvas field `field` shows `text` (a change that came in by itself).
fn wait_for_field(session: &Session, field: &str, text: &str) -> Result<(), String> {
    let node = session.find(tree::ENTRY, field)?;
    poll(&format!("{field:?} to show {text:?}"), SHORT, || {
        let now = session.text_of(&node)?;
        if now == text {
            Ok(())
        } else {
            Err(format!("it shows {now:?}"))
        }
    })
}

/// Replaces the text of a canvas field.
fn replace_field(session: &Session, field: &str, text: &str) -> Result<(), String> {
    session.focus_on(tree::ENTRY, field)?;
    session.key(&["ctrl+a"])?;
    session.type_text(text)
}

/// A types into one field, B into another, A saves, then B: the file ends with both.
pub fn two_instances_keep_both_changes(session: &mut Session) -> Result<(), String> {
    let (path, mut other) = two_instances(session, "team.json")?;
    session.focus_on(tree::ENTRY, "Erfolg")?;
    session.type_text("Laden offen")?;
    session.switch_app(&mut other)?;
    session.focus_on(tree::ENTRY, "Gemeinsame Ziele")?;
    session.type_text("Vertrag bis Juni")?;
    session.key(&["ctrl+s"])?;
    wait_for_canvas(
        &path,
        "A's change saved",
        &[("/fields/shared_goals", "Vertrag bis Juni")],
    )?;
    session.switch_app(&mut other)?;
    // B, with unsaved work, offers to bring A's change in; Enter takes it.
    session.find(tree::BUTTON, "Übernehmen")?;
    keys_one_by_one(session, &["Return"])?;
    session.wait_for_no_dialog()?;
    save_in_second(session)?;
    let both = [
        ("/fields/shared_goals", "Vertrag bis Juni"),
        ("/fields/success", "Laden offen"),
        ("/fields/motivation", "Ein Laden im Dorf"),
    ];
    wait_for_canvas(&path, "both instances' changes in the file", &both)?;
    // A had nothing unsaved: B's change came in by itself, and A's next save keeps it.
    session.switch_app(&mut other)?;
    wait_for_field(session, "Erfolg", "Laden offen")?;
    session.focus_on(tree::ENTRY, "Nächste Schritte & Absprachen")?;
    session.key(&["ctrl+End"])?;
    session.type_text(" am Montag")?;
    session.key(&["ctrl+s"])?;
    let mut all = both.to_vec();
    all.push(("/fields/next_steps", "Termin im Rathaus am Montag"));
    wait_for_canvas(&path, "A's next save keeping B's change", &all)?;
    drop(other);
    Ok(())
}

/// A and B change the same field; B is asked, and each choice (the combination Enter
/// takes, B's own version, the other version) is what the file ends with. In the first
/// round A types and saves; in the later ones the other version arrives in the file as
/// a sync engine delivers it, written over it from outside.
pub fn same_field_changed_twice_asks(session: &mut Session) -> Result<(), String> {
    let (path, mut other) = two_instances(session, "team.json")?;
    // Keys in the merge dialog: none for the proposed combination; Tab to the choice
    // ("Ihre Fassung behalten" or "Fassung von außen übernehmen", each named with its
    // row), Space to take it; Ctrl+Enter confirms.
    let rounds: [(&str, &str, Option<&str>, String); 3] = [
        (
            "Post im Laden",
            "Cafe im Laden",
            None,
            "Post im Laden\nCafe im Laden".into(),
        ),
        (
            "Post bleibt",
            "Cafe kommt",
            Some("Ihre Fassung behalten"),
            "Post bleibt".into(),
        ),
        (
            "Nur Post",
            "Nur Cafe",
            Some("Fassung von außen übernehmen"),
            "Nur Cafe".into(),
        ),
    ];
    for (round, (mine, theirs, choice, expected)) in rounds.iter().enumerate() {
        // B (driven) changes the field first and keeps it unsaved.
        replace_field(session, "Gemeinsame Ziele", mine)?;
        if round == 0 {
            session.switch_app(&mut other)?;
            replace_field(session, "Gemeinsame Ziele", theirs)?;
            session.key(&["ctrl+s"])?;
            wait_for_canvas(
                &path,
                "A's version saved",
                &[("/fields/shared_goals", theirs)],
            )?;
            session.switch_app(&mut other)?;
        } else {
            let mut file = workspace::read(&path)?;
            file["collaborations"][0]["fields"]["shared_goals"] = (*theirs).into();
            workspace::write(&path, &file)?;
        }
        // "Übernehmen" in the offer, then the side-by-side choice.
        session.find(tree::BUTTON, "Übernehmen")?;
        keys_one_by_one(session, &["Return"])?;
        session.wait_until_gone(tree::BUTTON, "Übernehmen")?;
        session.find(tree::BUTTON, "Zusammenführen")?;
        if let Some(choice) = choice {
            take_choice(session, "Gemeinsame Ziele", choice)?;
        }
        session.screenshot(&format!("merge-dialog-{round}"))?;
        keys_one_by_one(session, &["ctrl+Return"])?;
        save_in_second(session)?;
        let want = [
            ("/fields/shared_goals", expected.as_str()),
            ("/fields/motivation", "Ein Laden im Dorf"),
        ];
        wait_for_canvas(&path, &format!("choice {round} in the file"), &want)?;
    }
    drop(other);
    Ok(())
}

/// A Syncthing conflict copy of `path` (the example canvas edited elsewhere): another
/// motivation and title, and a new contact.
fn conflict_copy(
    path: &Path,
    name: &str,
    edit: impl FnOnce(&mut Value),
) -> Result<std::path::PathBuf, String> {
    let mut copy = workspace::read(path)?;
    edit(&mut copy);
    let copy_path = path.with_file_name(name);
    workspace::write(&copy_path, &copy)?;
    Ok(copy_path)
}

fn gone(path: &Path, what: &str) -> Result<(), String> {
    poll(what, SHORT, || {
        if path.exists() {
            Err(format!("{} is still there", path.display()))
        } else {
            Ok(())
        }
    })
}

/// Three conflict copies, one after the other, while the window is open. The first
/// (there at start) differs in two fields: the copy's motivation and my title are
/// chosen, its new contact comes in without a question, and the copy is deleted after
/// the save. The second arrives later: Enter takes the proposed combination of both
/// texts. The third is kept with Escape: file and copy stay as they are.
pub fn conflict_copies_merged_as_chosen(session: &mut Session) -> Result<(), String> {
    let path = session.files().join("team.json");
    workspace::write(&path, &workspace::with_one_canvas("Dorfladen Rhade"))?;
    let first = conflict_copy(
        &path,
        "team.sync-conflict-20261129-101500-ABCDEFG.json",
        |copy| {
            copy["collaborations"][0]["title"] = "Dorfladen Rhade eG".into();
            copy["collaborations"][0]["fields"]["motivation"] = "Ein Laden fuer alle".into();
            copy["contacts"] = serde_json::json!([{ "id": "kopie-1", "name": "Kira Kopie" }]);
        },
    )?;
    session.start_app(&path)?;
    // The copy is offered at the first look at the file; Enter merges, and the two
    // fields are asked about. The motivation: the copy's; the title: mine; Ctrl+Enter
    // saves.
    session.find(tree::LABEL, "Konfliktkopie gefunden")?;
    keys_one_by_one(session, &["Return"])?;
    session.wait_until_gone(tree::LABEL, "Konfliktkopie gefunden")?;
    session.wait_for_dialog()?;
    take_choice(session, "Motivation", "Fassung der Kopie übernehmen")?;
    take_choice(session, "Titel", "Ihre Fassung behalten")?;
    session.screenshot("copy-merge-dialog")?;
    keys_one_by_one(session, &["ctrl+Return"])?;
    let chosen = [
        ("/title", "Dorfladen Rhade"),
        ("/fields/motivation", "Ein Laden fuer alle"),
        ("/fields/next_steps", "Termin im Rathaus"),
    ];
    let saved = wait_for_canvas(&path, "the first copy merged as chosen", &chosen)?;
    let contacts = workspace::contacts(&saved);
    if workspace::find_by(&contacts, "name", "Kira Kopie").is_none() {
        return Err(format!("the copy's contact did not come in: {contacts:?}"));
    }
    gone(&first, "the first copy deleted after the save")?;

    // A Nextcloud copy arrives while the window is open; Enter, Enter: the combination.
    let second = conflict_copy(
        &path,
        "team (conflicted copy 2026-11-29 101500).json",
        |copy| {
            copy["collaborations"][0]["fields"]["next_steps"] = "Termin im Kreishaus".into();
        },
    )?;
    session.find(tree::LABEL, "Konfliktkopie gefunden")?;
    keys_one_by_one(session, &["Return"])?;
    session.wait_until_gone(tree::LABEL, "Konfliktkopie gefunden")?;
    session.wait_for_dialog()?;
    keys_one_by_one(session, &["ctrl+Return"])?;
    let combined = [
        ("/fields/motivation", "Ein Laden fuer alle"),
        (
            "/fields/next_steps",
            "Termin im Rathaus\nTermin im Kreishaus",
        ),
    ];
    wait_for_canvas(&path, "the second copy combined", &combined)?;
    gone(&second, "the second copy deleted after the save")?;

    // The third is kept: Escape; it is not offered again (a later Enter would merge
    // it), and neither the file nor the copy changes.
    let before = std::fs::read(&path).map_err(|error| error.to_string())?;
    let third = conflict_copy(&path, "team_conflict-20261129-101500.json", |copy| {
        copy["collaborations"][0]["title"] = "Nicht uebernehmen".into();
    })?;
    let third_before = std::fs::read(&third).map_err(|error| error.to_string())?;
    session.find(tree::LABEL, "Konfliktkopie gefunden")?;
    keys_one_by_one(session, &["Escape"])?;
    session.wait_for_no_dialog()?;
    // Nothing may come now: one look at the file more, waited for on purpose.
    sleep(WATCH);
    keys_one_by_one(session, &["Return"])?;
    sleep(FRAME);
    let after = std::fs::read(&path).map_err(|error| error.to_string())?;
    let third_after = std::fs::read(&third).map_err(|error| error.to_string())?;
    if after != before || third_after != third_before {
        return Err("Escape changed the file or the kept copy".into());
    }
    Ok(())
}
