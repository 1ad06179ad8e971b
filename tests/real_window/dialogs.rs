//! Answering dialogs the way a keyboard user does: the app's own modal dialogs with Tab
//! and Return, zenity's file chooser with Ctrl+L and a typed path.
//!
//! A dialog takes the focus when it opens (its first button, or its text field); a
//! keyboard user then presses Tab until the screen reader names the button they want,
//! and Return: [`press_in_dialog`].

use std::thread::sleep;
use std::time::Duration;

use super::scenarios_keyboard::walk_to;
use super::session::Session;
use super::tree;
use super::wait::{LONG, SHORT, poll};

/// Tab through the open dialog until the focus is on a widget that `wanted` accepts,
/// as a keyboard user does who listens to each name read aloud.
pub fn tab_to(
    session: &Session,
    what: &str,
    wanted: impl Fn(&tree::Node) -> bool,
) -> Result<(), String> {
    session.wait_for_dialog()?;
    walk_to(session, "Tab", what, wanted).map(drop)
}

/// Tab through the open dialog to the button `name`, then Return.
pub fn press_in_dialog(session: &Session, name: &str) -> Result<(), String> {
    tab_to(session, &format!("the button {name:?}"), |node| {
        node.is(tree::BUTTON, name)
    })?;
    session.key(&["Return"])
}

/// "Verwerfen" in "Ungespeicherte Änderungen" (Speichern, Verwerfen, …, Abbrechen).
pub fn discard_unsaved(session: &Session) -> Result<(), String> {
    press_in_dialog(session, "Verwerfen")
}

/// "Löschen" in "Kontakt löschen?" (Löschen, Abbrechen).
pub fn confirm_delete(session: &Session) -> Result<(), String> {
    press_in_dialog(session, "Löschen")
}

/// "Exportieren…" in "Als PDF exportieren…" (Ctrl+P), where the focus is when it opens.
pub fn start_export(session: &Session) -> Result<(), String> {
    session.key(&["ctrl+p"])?;
    press_in_dialog(session, "Exportieren…")
}

/// "Als PDF exportieren…" (Ctrl+P): the brief of the current collaboration, then
/// "Exportieren…", by mouse.
pub fn export_brief(session: &Session) -> Result<(), String> {
    session.key(&["ctrl+p"])?;
    let brief = session.find_where("the choice of the brief", |node| {
        node.role == tree::RADIO && node.name.starts_with("Gesprächsvorbereitung")
    })?;
    session.click_node(&brief)?;
    session.wait_for_state(&brief, "checked")?;
    session.click_on(tree::BUTTON, "Exportieren…")?;
    session.wait_until_gone(tree::BUTTON, "Exportieren…")
}

/// "PDF öffnen" in "PDF gespeichert" (PDF öffnen, Schließen; Enter closes).
pub fn open_exported_pdf(session: &Session) -> Result<(), String> {
    press_in_dialog(session, "PDF öffnen")
}

/// The app's typed-path prompt (no file dialog available): replaces the suggested path
/// with `path` and confirms, or cancels with Escape.
pub fn answer_path_prompt(session: &Session, path: &str, confirm: bool) -> Result<(), String> {
    session.key(&["ctrl+a"])?;
    session.type_text(path)?;
    session.key(&[if confirm { "Return" } else { "Escape" }])
}

/// zenity's window, found by its X class (its title is "zenity", or the dialog title
/// the app gave rfd).
pub fn wait_for_zenity(session: &Session) -> Result<String, String> {
    // GTK starts slowly on a busy machine with software rendering.
    let window = poll("zenity's window", LONG, || {
        session
            .desk
            .windows_of("zenity")
            .first()
            .map(|(id, _)| id.clone())
            .ok_or_else(|| format!("windows now: {:?}", session.desk.windows_named(".")))
    })?;
    session.desk.focus(&window)?;
    // The file chooser fills its folder view after it is shown.
    sleep(Duration::from_secs(1));
    Ok(window)
}

/// Picks a file in zenity's file chooser by typing its path (Ctrl+L opens the location
/// field), as one does when the file is not in the folder shown.
pub fn pick_in_zenity(session: &Session, path: &str) -> Result<(), String> {
    let zenity = wait_for_zenity(session)?;
    session.desk.key(&zenity, &["ctrl+l"])?;
    session.desk.type_text(&zenity, path)?;
    // The location field completes as one types; give it a moment before Return.
    sleep(Duration::from_millis(800));
    session.desk.key(&zenity, &["Return"])?;
    wait_until_zenity_closed(session, LONG)
}

/// Types `path` over the name zenity's save dialog proposes (GTK selects the name
/// without its extension, so the whole field is selected first).
pub fn save_in_zenity(session: &Session, path: &std::path::Path) -> Result<(), String> {
    let zenity = wait_for_zenity(session)?;
    session.desk.key(&zenity, &["ctrl+a"])?;
    session
        .desk
        .type_text(&zenity, &path.display().to_string())?;
    sleep(Duration::from_millis(800));
    session.desk.key(&zenity, &["Return"])?;
    wait_until_zenity_closed(session, LONG)
}

/// Accepts the name zenity's save dialog suggests, like a hurried user: Return, and
/// Return again if zenity asks whether to replace an existing file.
pub fn accept_zenity_suggestion(session: &Session) -> Result<(), String> {
    let zenity = wait_for_zenity(session)?;
    session.desk.key(&zenity, &["Return"])?;
    if wait_until_zenity_closed(session, Duration::from_secs(3)).is_err() {
        // GTK's "replace?" question, a second zenity window, has "Replace" as its
        // default button. Errors are ignored: the window may just have closed.
        if let Some((question, _)) = session.desk.windows_of("zenity").last() {
            let _ = session.desk.focus(question);
            let _ = session.desk.key(question, &["Return"]);
        }
    }
    wait_until_zenity_closed(session, SHORT)
}

pub fn wait_until_zenity_closed(session: &Session, timeout: Duration) -> Result<(), String> {
    poll("zenity to close", timeout, || {
        let open = session.desk.windows_of("zenity");
        if open.is_empty() {
            Ok(())
        } else {
            Err(format!("zenity windows open: {open:?}"))
        }
    })
}
