//! New items take the keyboard: after Ctrl+Shift+N or Ctrl+Shift+K one types the name
//! at once, without reaching for the mouse, also while a search filters the list.

use super::scenarios_typing::open;
use super::session::Session;
use super::wait::{LONG, ensure};
use super::workspace::{self, collaborations, contacts, find_by};

fn wait_for_named(
    path: &std::path::Path,
    list: fn(&serde_json::Value) -> Vec<&serde_json::Value>,
    key: &str,
    name: &str,
) -> Result<(), String> {
    workspace::wait_for(
        path,
        &format!("{name:?} in the saved file"),
        LONG,
        |saved| {
            let items = list(saved);
            let names: Vec<&str> = items
                .iter()
                .map(|item| item[key].as_str().unwrap_or("?"))
                .collect();
            find_by(&items, key, name)
                .map(drop)
                .ok_or_else(|| format!("{key}s in the file: {names:?}"))
        },
    )
    .map(drop)
}

/// Ctrl+Shift+N, type the title, save; Ctrl+Shift+K, type the name, save.
pub fn new_items_focused(session: &mut Session) -> Result<(), String> {
    let path = open(session, "neu.json", &workspace::empty())?;
    session.add_item(&["ctrl+shift+n"])?;
    session.type_text("Neues Projekt")?;
    session.key(&["ctrl+s"])?;
    wait_for_named(&path, collaborations, "title", "Neues Projekt")?;
    session.add_item(&["ctrl+shift+k"])?;
    session.type_text("Erika Muster")?;
    session.key(&["ctrl+s"])?;
    wait_for_named(&path, contacts, "name", "Erika Muster")
}

/// With "Dorf" in the search field, Ctrl+Shift+N still gives a canvas to type into.
pub fn new_item_while_searching(session: &mut Session) -> Result<(), String> {
    let path = open(
        session,
        "suche.json",
        &workspace::with_one_canvas("Dorfladen Rhade"),
    )?;
    session.key(&["ctrl+f"])?;
    session.type_text("Dorf")?;
    session.add_item(&["ctrl+shift+n"])?;
    session.type_text("Stadtteilfest")?;
    session.key(&["ctrl+s"])?;
    wait_for_named(&path, collaborations, "title", "Stadtteilfest")?;
    let saved = workspace::read(&path)?;
    let titles: Vec<&str> = collaborations(&saved)
        .iter()
        .map(|canvas| canvas["title"].as_str().unwrap_or("?"))
        .collect();
    ensure(titles.len() == 2, || {
        format!("titles in the file: {titles:?}")
    })
}
