//! Cards of a Kartenabfrage in the real window: a card written through "+ Karte" and
//! its dialog, then dragged with the mouse into another box.

use super::layout;
use super::scenarios_typing::open;
use super::session::Session;
use super::wait::LONG;
use super::workspace::{self, collaborations};

/// Issue 16: "+ Karte", typed text and Enter pin a card; a mouse drag moves it to
/// another field; Ctrl+Z takes the move back. Judged from the saved file.
pub fn card_written_and_dragged(session: &mut Session) -> Result<(), String> {
    let path = open(
        session,
        "karten.json",
        &workspace::with_one_canvas("Dorfladen Rhade"),
    )?;
    session.click(layout::SHARED_GOALS_ADD_CARD)?;
    session.type_text("Laden im Dorf")?;
    session.key(&["Return"])?;
    session.drag(layout::SHARED_GOALS_FIRST_CARD, layout::SUCCESS)?;
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
