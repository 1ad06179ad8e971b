//! Cards of a Kartenabfrage in the real window: a card written through "+ Karte" and
//! its dialog, then dragged with the mouse into another box.

use super::moderation_common::Participant;
use super::scenarios_typing::open;
use super::session::Session;
use super::tree;
use super::wait::{LONG, poll};
use super::workspace::{self, collaborations};

/// Issue 16: "+ Karte", typed text and Enter pin a card; a mouse drag moves it to
/// another field; Ctrl+Z takes the move back. Judged from the saved file.
pub fn card_written_and_dragged(session: &mut Session) -> Result<(), String> {
    let path = open(
        session,
        "karten.json",
        &workspace::with_one_canvas("Dorfladen Rhade"),
    )?;
    session.click_on(tree::BUTTON, "+ Karte – Gemeinsame Ziele")?;
    session.wait_for_focus_on(tree::ENTRY, "Text (ein Gedanke, höchstens 280 Zeichen)")?;
    session.type_text("Laden im Dorf")?;
    session.key(&["Return"])?;
    session.wait_for_no_dialog()?;
    let card = session.find_where("the card on the canvas", |node| {
        node.role != tree::ENTRY && node.role != tree::LABEL && node.name.contains("Laden im Dorf")
    })?;
    let from = session.settled_extents(&card)?.centre();
    let success = session.find(tree::ENTRY, "Erfolg")?;
    let to = session.settled_extents(&success)?.centre();
    session.drag(from, to)?;
    session.key(&["ctrl+s"])?;
    workspace::wait_for(&path, "the card moved to Erfolg", LONG, |saved| {
        card_field(saved, "Laden im Dorf").and_then(|field| expect_field(&field, "success"))
    })?;
    session.key(&["ctrl+z"])?;
    session.key(&["ctrl+s"])?;
    workspace::wait_for(&path, "the move undone", LONG, |saved| {
        card_field(saved, "Laden im Dorf").and_then(|field| expect_field(&field, "shared_goals"))
    })
    .map(drop)
}

/// Issue 16: Moderation → Teilnehmende einladen… starts a session on the first field;
/// the address comes from "Adresse kopieren" (the clipboard); a participant's card sent
/// over HTTP lands in the canvas and the saved file; "Sitzung beenden" closes the port.
pub fn room_sends_a_card(session: &mut Session) -> Result<(), String> {
    let path = open(
        session,
        "raum.json",
        &workspace::with_one_canvas("Dorfladen Rhade"),
    )?;
    let mut participant = start_room(session)?;
    let page = participant.get("");
    if page.status != 200 || !page.body.contains("Was treibt mich an?") {
        return Err(format!("the page: {} {}", page.status, page.body));
    }
    let sent = participant.card("Ein Dorfladen mit Herz", "real-window-1");
    if sent.status != 303 {
        return Err(format!("sending the card: {} {}", sent.status, sent.body));
    }
    poll("the card in the saved file", LONG, || {
        session.key(&["ctrl+s"])?;
        let saved = workspace::read(&path)?;
        card_field(&saved, "Ein Dorfladen mit Herz").and_then(|f| expect_field(&f, "motivation"))
    })?;
    session.menu("Moderation", "Sitzung beenden")?;
    poll(
        "the port closed",
        LONG,
        || match std::net::TcpStream::connect(participant.address) {
            Ok(_) => Err("the port still answers".to_owned()),
            Err(_) => Ok(()),
        },
    )
}

/// Issue 29: cards that phones were told "ok" for survive `kill -9` of the window:
/// the next start puts them on the canvas from the session's journal, once, and the
/// journal goes when the file is saved. Judged from the saved file.
pub fn room_cards_survive_a_crash(session: &mut Session) -> Result<(), String> {
    let path = open(
        session,
        "absturz.json",
        &workspace::with_one_canvas("Dorfladen Rhade"),
    )?;
    let mut participant = start_room(session)?;
    for (n, text) in ["Vor dem Absturz", "Kurz vor dem Absturz"]
        .iter()
        .enumerate()
    {
        let sent = participant.card(text, &format!("crash-{n}"));
        if sent.status != 303 {
            return Err(format!("sending {text:?}: {} {}", sent.status, sent.body));
        }
    }
    session.kill_app();
    session.start_app(&path)?;
    poll("the restored cards in the saved file", LONG, || {
        session.key(&["ctrl+s"])?;
        let saved = workspace::read(&path)?;
        card_field(&saved, "Vor dem Absturz").and_then(|f| expect_field(&f, "motivation"))?;
        card_field(&saved, "Kurz vor dem Absturz").and_then(|f| expect_field(&f, "motivation"))
    })?;
    let journals: Vec<String> = std::fs::read_dir(session.recovery_dir())
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.file_name().to_string_lossy().into_owned())
                .filter(|name| name.starts_with("kartenabfrage-"))
                .collect()
        })
        .unwrap_or_default();
    if journals.is_empty() {
        Ok(())
    } else {
        Err(format!("journals left after saving: {journals:?}"))
    }
}

/// Issue 29: asking to quit during a Kartenabfrage ends the session first (its port
/// closes, so no phone is told "ok" for a card that the answer "Verwerfen" would then
/// drop) with the last cards on the canvas; Escape keeps the app open, and the card is
/// saved once. Judged from the port and the saved file.
pub fn quitting_ends_the_room_before_asking(session: &mut Session) -> Result<(), String> {
    let path = open(
        session,
        "beenden.json",
        &workspace::with_one_canvas("Dorfladen Rhade"),
    )?;
    let mut participant = start_room(session)?;
    let sent = participant.card("Letzte Karte", "quit-1");
    if sent.status != 303 {
        return Err(format!("sending the card: {} {}", sent.status, sent.body));
    }
    session.key(&["ctrl+q"])?;
    poll(
        "the port closed once quitting was asked for",
        LONG,
        || match std::net::TcpStream::connect(participant.address) {
            Ok(_) => Err("the port still answers".to_owned()),
            Err(_) => Ok(()),
        },
    )?;
    session.key(&["Escape"])?;
    poll("the last card in the saved file", LONG, || {
        session.key(&["ctrl+s"])?;
        let saved = workspace::read(&path)?;
        card_field(&saved, "Letzte Karte").and_then(|f| expect_field(&f, "motivation"))
    })
    .map(drop)
}

/// Issue 35, points 1 and 2: F9 shows the field's card wall (30 cards at once); Space
/// switches *Punkten* on; two clicks on a card give it two dots, a right click takes one
/// back, Ctrl+Z undoes that; Escape closes the wall. Judged from the saved file.
pub fn card_wall_dots_and_undo(session: &mut Session) -> Result<(), String> {
    let mut workspace = workspace::with_one_canvas("Dorfladen Rhade");
    let cards: Vec<serde_json::Value> = (1..=30)
        .map(|n| {
            serde_json::json!({
                "id": format!("00000000-0000-4000-8000-{n:012}"),
                "field": "motivation",
                "text": format!("Karte Nummer {n}"),
            })
        })
        .collect();
    workspace["collaborations"][0]["cards"] = serde_json::Value::Array(cards);
    let path = session.files().join("wand.json");
    workspace::write(&path, &workspace)?;
    session.start_app(&path)?;
    session.key(&["F9"])?;
    // The wall opens with *Punkten* focused: Space switches it on.
    session.wait_in_tree("the wall with \"Punkten\" focused", |nodes| {
        match nodes.focused() {
            Some(focused) if focused.name == "Punkten" => Ok(()),
            other => Err(format!("focus on {other:?}")),
        }
    })?;
    session.key(&["space"])?;
    // The wall lies over the canvas, whose cards are in the tree too: its own come
    // after them, in reading order.
    let first = session.wait_in_tree("the wall's first card", |nodes| {
        nodes
            .0
            .iter()
            .rev()
            .find(|node| node.role == tree::BUTTON && node.name == "Karte: Karte Nummer 1")
            .cloned()
            .ok_or_else(|| nodes.summary(tree::BUTTON))
    })?;
    let at = session.settled_extents(&first)?.centre();
    session.click(at)?;
    session.click(at)?;
    session.right_click(at)?;
    session.key(&["ctrl+z"])?;
    session.key(&["Escape"])?;
    session.key(&["ctrl+s"])?;
    workspace::wait_for(&path, "two dots on the first card", LONG, |saved| {
        let cards = collaborations(saved)
            .first()
            .and_then(|canvas| canvas["cards"].as_array().cloned())
            .unwrap_or_default();
        let dots: Vec<u64> = cards
            .iter()
            .map(|c| c["dots"].as_u64().unwrap_or(0))
            .collect();
        if dots.first() == Some(&2) && dots.iter().skip(1).all(|&d| d == 0) {
            Ok(())
        } else {
            Err(format!("dots per card: {dots:?}"))
        }
    })
    .map(drop)
}

/// Moderation → Teilnehmende einladen…, Enter (the first field, Motivation, on
/// NC_MODERATION_BIND's 127.0.0.1), "Adresse kopieren": a participant at the address
/// read from the clipboard, which the QR code's name in the tree carries too.
fn start_room(session: &mut Session) -> Result<Participant, String> {
    session.menu("Moderation", "Teilnehmende einladen…")?;
    session.wait_for_dialog()?;
    session.key(&["Return"])?;
    session.click_on(tree::BUTTON, "Adresse kopieren")?;
    let url = poll("the join address on the clipboard", LONG, || {
        let text = session.desk.clipboard();
        if text.starts_with("http://127.0.0.1:") {
            Ok(text)
        } else {
            Err(format!("the clipboard holds {text:?}"))
        }
    })?;
    // A screen reader reads the QR code as the address it holds.
    session.find("image", &format!("QR-Code für {}", url.trim()))?;
    // The Kartenabfrage's panel, read aloud: every control named; its QR code hides
    // to free the canvas, and comes back.
    super::scenarios_access::names_read_aloud(&session.tree()?)?;
    let qr = format!("QR-Code für {}", url.trim());
    session.click_on(tree::BUTTON, "QR-Code ausblenden")?;
    session.wait_until_gone("image", &qr)?;
    session.click_on(tree::BUTTON, "QR-Code zeigen")?;
    session.find("image", &qr)?;
    Ok(Participant::new(url.trim()))
}

/// The field of the one card with `text` in the file's first collaboration.
fn card_field(saved: &serde_json::Value, text: &str) -> Result<String, String> {
    let all = collaborations(saved);
    let canvas = all.first().ok_or("no collaboration in the file")?;
    let cards = canvas["cards"].as_array().ok_or("no cards in the file")?;
    let found: Vec<&serde_json::Value> = cards.iter().filter(|card| card["text"] == text).collect();
    match found.as_slice() {
        [card] => Ok(card["field"].as_str().unwrap_or_default().to_owned()),
        other => Err(format!(
            "{} cards with the text {text:?}: {cards:?}",
            other.len()
        )),
    }
}

fn expect_field(field: &str, expected: &str) -> Result<(), String> {
    if field == expected {
        Ok(())
    } else {
        Err(format!("the card is in {field:?}, not {expected:?}"))
    }
}
