//! A whole canvas made with the keyboard alone, as someone who cannot use a mouse or
//! who hears the screen works: every step is a key (`xdotool key` and typed text),
//! the tree is only read to know where the focus is, as a screen reader reads it.

use serde_json::json;

use super::dialogs;
use super::scenarios_typing::open;
use super::session::Session;
use super::system::{check_pdf, pdfs_in};
use super::tree::{self, Node};
use super::wait::{LONG, SHORT, all, ensure, poll};
use super::workspace;

/// Presses `key` until the focus is on a widget `wanted` accepts, as a keyboard user
/// does who listens to each name read aloud. A key that leaves the focus where it was
/// is a keyboard trap (or the end of a list), and fails with the names walked.
pub fn walk_to(
    session: &Session,
    key: &str,
    what: &str,
    wanted: impl Fn(&Node) -> bool,
) -> Result<Node, String> {
    let focused_now =
        |nodes: &tree::Nodes| nodes.focused().filter(|node| node.role != "frame").cloned();
    let mut focused = session.tree().map(|nodes| focused_now(&nodes))?;
    let mut passed: Vec<String> = Vec::new();
    loop {
        if let Some(node) = &focused {
            if wanted(node) {
                return Ok(node.clone());
            }
            passed.push(node.to_string());
        }
        if passed.len() > 60 {
            return Err(format!("{key} never reached {what}: {}", passed.join(", ")));
        }
        session.key(&[key])?;
        let before = passed.last().cloned();
        let moved = session.wait_in_tree("the focus moved on", |nodes| {
            focused_now(nodes)
                .filter(|node| Some(node.to_string()) != before)
                .ok_or_else(|| "the focus has not moved".to_owned())
        });
        match moved {
            Ok(node) => focused = Some(node),
            Err(_) => {
                return Err(format!(
                    "{key} did not move the focus on from {} (a keyboard trap) on the way to {what}; walked: {}",
                    before.unwrap_or_else(|| "nothing".into()),
                    passed.join(", ")
                ));
            }
        }
    }
}

/// From an empty workspace to a saved canvas and its PDF, and out of the app, with
/// keys only: a new collaboration (Ctrl+Shift+N) and its title, a contact linked
/// through the list of contacts, two fields written (Tab leaves the multi-line fields:
/// no keyboard trap), a card pinned to a field, put into a cluster and given a dot in
/// its dialog, Ctrl+S, Ctrl+P and Return (and Return in the save dialog), Ctrl+Q. After
/// each key the focus is on a named widget (never nowhere, never behind a dialog).
pub fn keyboard_alone(session: &mut Session) -> Result<(), String> {
    let mut file = workspace::empty();
    file["contacts"] = json!([
        { "id": "k1", "name": "Anna Lindemann" },
        { "id": "k2", "name": "Bernd Sommer" }
    ]);
    let path = open(session, "tastatur.json", &file)?;

    session.key(&["ctrl+shift+n"])?;
    session.wait_for_focus_on(tree::ENTRY, "Titel")?;
    session.key(&["ctrl+a"])?;
    session.type_text("Dorfladen Rhade")?;

    link_anna(session)?;
    walk_to(session, "Tab", "the field Motivation", |node| {
        node.is(tree::ENTRY, "Motivation")
    })?;
    session.type_text("Ein Laden im Dorf")?;
    walk_to(session, "Tab", "the field Gemeinsame Ziele", |node| {
        node.is(tree::ENTRY, "Gemeinsame Ziele")
    })?;
    session.type_text("Nahversorgung sichern")?;
    pin_a_card(session)?;

    session.key(&["ctrl+s"])?;
    saved_as_typed(&path)?;
    // Where the focus stays in the field, the status line tells a screen reader aloud.
    session.wait_for_announcement(&format!("Gespeichert: {}", path.display()))?;
    export_and_quit(session)
}

/// The contacts row's list: Space opens it, Down walks it, Return links the contact.
fn link_anna(session: &Session) -> Result<(), String> {
    walk_to(session, "Tab", "the list of contacts to link", |node| {
        node.is(tree::COMBO, "Kontakte:")
    })?;
    session.key(&["space"])?;
    walk_to(session, "Down", "Anna Lindemann in the list", |node| {
        node.name == "Anna Lindemann"
    })?;
    session.key(&["Return"])?;
    // The focus goes back to the list it was chosen from, not nowhere.
    session.wait_for_focus_on(tree::COMBO, "Kontakte:")?;
    session
        .find(tree::BUTTON, "Verknüpfung lösen: Anna Lindemann")
        .map(drop)
}

/// "+ Karte" of Gemeinsame Ziele, its dialog filled with Tab and typed text.
fn pin_a_card(session: &Session) -> Result<(), String> {
    walk_to(session, "Tab", "+ Karte of Gemeinsame Ziele", |node| {
        node.is(tree::BUTTON, "+ Karte – Gemeinsame Ziele")
    })?;
    session.key(&["Return"])?;
    session.wait_for_dialog()?;
    session.wait_for_focus_on(tree::ENTRY, "Text (ein Gedanke, höchstens 280 Zeichen)")?;
    session.type_text("Regionale Produkte")?;
    walk_to(session, "Tab", "the card's cluster", |node| {
        node.is(tree::ENTRY, "Cluster")
    })?;
    session.type_text("Sortiment")?;
    walk_to(session, "Tab", "the card's dots", |node| {
        node.name == "Punkte"
    })?;
    session.key(&["ctrl+a"])?;
    session.type_text("1")?;
    // Return ends editing the number and passes the focus to the dialog's answer.
    session.key(&["Return"])?;
    session.wait_for_focus_on(tree::BUTTON, "Übernehmen")?;
    session.key(&["Return"])?;
    session.wait_for_no_dialog()
}

fn saved_as_typed(path: &std::path::Path) -> Result<(), String> {
    workspace::wait_for(path, "the canvas made by keyboard saved", LONG, |saved| {
        let canvas = &saved["collaborations"][0];
        let card = &canvas["cards"][0];
        all([
            ensure(canvas["title"] == "Dorfladen Rhade", || {
                format!("title {}", canvas["title"])
            }),
            ensure(canvas["partner_contacts"] == json!(["k1"]), || {
                format!("linked contacts {}", canvas["partner_contacts"])
            }),
            ensure(
                canvas["fields"]["motivation"] == "Ein Laden im Dorf",
                || format!("motivation {}", canvas["fields"]["motivation"]),
            ),
            ensure(
                canvas["fields"]["shared_goals"] == "Nahversorgung sichern",
                || format!("shared goals {}", canvas["fields"]["shared_goals"]),
            ),
            ensure(
                card["text"] == "Regionale Produkte"
                    && card["field"] == "shared_goals"
                    && card["cluster"] == "Sortiment"
                    && card["dots"] == 1,
                || format!("card {card}"),
            ),
        ])
    })
    .map(drop)
}

/// Ctrl+P, Return, Return in the save dialog; Escape closes "PDF gespeichert"; Ctrl+Q.
fn export_and_quit(session: &mut Session) -> Result<(), String> {
    session.key(&["ctrl+p"])?;
    session.wait_for_focus_on(tree::BUTTON, "Exportieren…")?;
    session.key(&["Return"])?;
    dialogs::accept_zenity_suggestion(session)?;
    let folder = session.files();
    let pdf = poll("the PDF beside the workspace", LONG, || {
        pdfs_in(&folder)
            .first()
            .map(|name| folder.join(name))
            .ok_or_else(|| "no PDF yet".to_owned())
    })?;
    // "PDF gespeichert" answers Return with its first button, Schließen.
    session.find(tree::DIALOG, "PDF gespeichert")?;
    session.key(&["Escape"])?;
    session.wait_for_no_dialog()?;
    // The card's column is narrow: its text is hyphenated, its cluster is whole.
    check_pdf(
        &pdf,
        &[
            "Dorfladen Rhade",
            "Nahversorgung sichern",
            "Regionale",
            "Sortiment",
        ],
    )?;

    session.key(&["ctrl+q"])?;
    session.wait_for_exit(SHORT)
}

/// The command palette (Ctrl+Shift+P) runs actions found by a few letters of their
/// names, each with Return: a new contact, the templates view, saving, and the English
/// UI (a radio button of the Ansicht menu).
pub fn palette_runs_three_actions(session: &mut Session) -> Result<(), String> {
    let path = open(
        session,
        "palette.json",
        &workspace::with_one_canvas("Dorfladen Rhade"),
    )?;
    run_from_palette(session, "neuer kont")?;
    session.wait_for_focus_on(tree::ENTRY, "Name")?;
    session.type_text("Clara Vogt")?;
    run_from_palette(session, "vorlag")?;
    session.find(tree::BUTTON, "+ Neue Vorlage")?;
    // Escape closes the palette and runs nothing: Beenden would ask about the unsaved
    // contact in a dialog of its own, and Ctrl+S below would not save.
    session.key(&["ctrl+shift+p"])?;
    session.wait_for_focus_on(tree::ENTRY, PALETTE_FIELD)?;
    session.type_text("beend")?;
    session.key(&["Escape"])?;
    session.wait_for_no_dialog()?;
    run_from_palette(session, "speich")?;
    workspace::wait_for(&path, "the new contact saved", LONG, |saved| {
        let names: Vec<&str> = workspace::contacts(saved)
            .iter()
            .map(|contact| workspace::text(contact, "/name"))
            .collect();
        ensure(names == ["Clara Vogt"], || format!("contacts: {names:?}"))
    })?;
    // The menus' radio buttons are actions too: the language, by its name.
    run_from_palette(session, "sprache engl")?;
    session.find(tree::TOGGLE, "Collaborations").map(drop)
}

/// The palette's search field, named by its label.
const PALETTE_FIELD: &str = "Was möchten Sie tun? (z. B. „speichern“)";

/// Ctrl+Shift+P, the letters, and Return once the palette has the focus.
fn run_from_palette(session: &Session, letters: &str) -> Result<(), String> {
    session.key(&["ctrl+shift+p"])?;
    session.wait_for_focus_on(tree::ENTRY, PALETTE_FIELD)?;
    session.type_text(letters)?;
    session.key(&["Return"])?;
    session.wait_for_no_dialog()
}
