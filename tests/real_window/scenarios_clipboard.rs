//! The system clipboard both ways: text copied in another program (xclip stands in for
//! a mail program) pastes into a field; text copied in the app reaches other programs.
//! Umlauts and dashes must survive, as they are what German mail is made of.

use serde_json::{Value, json};

use super::scenarios_typing::{expect_all, open};
use super::session::Session;
use super::tree;
use super::wait::{LONG, SHORT, all, poll};
use super::workspace::{self, collaborations};

const FROM_MAIL: &str = "Grüße aus Köln – Straße";
const FROM_OFFICE: &str = "Öffnungszeiten: Mo–Fr, 8–18 Uhr";
const IN_THE_APP: &str = "Grüße an Jürgen: Übergabe am Freitag";

/// One canvas: Gemeinsame Ziele and Erfolg empty, Nächste Schritte with umlauts.
fn workspace_with_text() -> Value {
    json!({
        "format": "netzwerk-canvas",
        "version": 1,
        "collaborations": [{
            "id": "c0ffee00-0000-4000-8000-000000000003",
            "title": "Dorfladen Rhade",
            "fields": { "motivation": "Ein Laden im Dorf", "next_steps": IN_THE_APP }
        }]
    })
}

fn wait_for_clipboard(session: &Session, expected: &str) -> Result<(), String> {
    poll("the field's text on the X clipboard", SHORT, || {
        let now = session.desk.clipboard();
        if now == expected {
            Ok(())
        } else {
            Err(format!("xclip -o gives {now:?}"))
        }
    })
}

/// Ctrl+V and Shift+Insert paste from the X clipboard; Ctrl+A, Ctrl+C copy to it.
pub fn clipboard_paste_and_copy(session: &mut Session) -> Result<(), String> {
    let path = open(session, "zwischenablage.json", &workspace_with_text())?;
    session.desk.set_clipboard(FROM_MAIL)?;
    session.focus_on(tree::ENTRY, "Gemeinsame Ziele")?;
    session.key(&["ctrl+v"])?;
    session.desk.set_clipboard(FROM_OFFICE)?;
    session.focus_on(tree::ENTRY, "Erfolg")?;
    session.key(&["shift+Insert"])?;
    session.key(&["ctrl+s"])?;
    let pasted = workspace::wait_for(&path, "the pasted text in the saved file", LONG, |saved| {
        let all = collaborations(saved);
        let canvas = all.first().ok_or("no collaboration in the file")?;
        expect_all(
            canvas,
            &[
                ("/fields/shared_goals", FROM_MAIL),
                ("/fields/success", FROM_OFFICE),
            ],
        )
    });
    session.focus_on(tree::ENTRY, "Nächste Schritte & Absprachen")?;
    session.key(&["ctrl+a"])?;
    session.key(&["ctrl+c"])?;
    let copied = wait_for_clipboard(session, IN_THE_APP);
    all([
        pasted.map(drop).map_err(|error| format!("paste: {error}")),
        copied.map_err(|error| format!("copy: {error}")),
    ])
}

/// Bearbeiten → Einfügen, by mouse, pastes into the field that had the focus; and
/// Bearbeiten → Alles auswählen, Kopieren copies a field's text.
pub fn clipboard_menu(session: &mut Session) -> Result<(), String> {
    let path = open(session, "menue.json", &workspace_with_text())?;
    session.desk.set_clipboard(FROM_MAIL)?;
    session.focus_on(tree::ENTRY, "Gemeinsame Ziele")?;
    session.menu("Bearbeiten", "Einfügen")?;
    session.key(&["ctrl+s"])?;
    workspace::wait_for(&path, "the pasted text in the saved file", LONG, |saved| {
        let all = collaborations(saved);
        let canvas = all.first().ok_or("no collaboration in the file")?;
        expect_all(canvas, &[("/fields/shared_goals", FROM_MAIL)])
    })
    .map_err(|error| format!("Bearbeiten → Einfügen: {error}"))?;
    session.focus_on(tree::ENTRY, "Nächste Schritte & Absprachen")?;
    session.menu("Bearbeiten", "Alles auswählen")?;
    session.menu("Bearbeiten", "Kopieren")?;
    wait_for_clipboard(session, IN_THE_APP)
        .map_err(|error| format!("Bearbeiten → Alles auswählen, Kopieren: {error}"))
}
