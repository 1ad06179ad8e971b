//! The small slips a facilitator notices (issue 35, points 8–14): Ctrl+F in every list,
//! a search that ends with its document, no follow-up proposed for a day that is over.

use chrono::{Days, Local};
use serde_json::Value;

use super::dialogs;
use super::scenarios_typing::{expect_all, open};
use super::session::Session;
use super::system::check_pdf;
use super::tree;
use super::wait::{LONG, SHORT, poll};
use super::workspace::{self, collaborations};

/// Waits until the X clipboard holds `expected`.
fn wait_for_clipboard(session: &Session, what: &str, expected: &str) -> Result<(), String> {
    poll(what, SHORT, || {
        let now = session.desk.clipboard();
        if now == expected {
            Ok(())
        } else {
            Err(format!("xclip -o gives {now:?}, expected {expected:?}"))
        }
    })
}

/// Types into whatever has the focus and copies that field's whole text.
fn type_and_copy(session: &Session, text: &str) -> Result<(), String> {
    session.type_text(text)?;
    session.key(&["ctrl+a"])?;
    session.key(&["ctrl+c"])
}

fn book() -> Value {
    let fixture: Value = serde_json::from_str(include_str!("../fixtures/contacts.json"))
        .expect("tests/fixtures/contacts.json is JSON");
    let mut workspace = workspace::empty();
    workspace["contacts"] = fixture["contacts"].clone();
    workspace
}

/// In *Kontakte*, Ctrl+F puts the cursor into the contacts' search, as its hint
/// "(Strg+F)" promises: what is typed next lands there (copied out with Ctrl+A, Ctrl+C).
pub fn ctrl_f_searches_contacts(session: &mut Session) -> Result<(), String> {
    open(session, "kontakte.json", &book())?;
    session.desk.set_clipboard("vorher")?;
    session.key(&["ctrl+2"])?;
    session.key(&["ctrl+f"])?;
    type_and_copy(session, "Vogel")?;
    wait_for_clipboard(session, "the typed search on the clipboard", "Vogel")
}

/// A search typed in one workspace does not follow into the next: after opening
/// another file (through the path prompt), Ctrl+F finds an empty search field.
pub fn search_ends_with_its_document(session: &mut Session) -> Result<(), String> {
    let other = session.files().join("b.json");
    workspace::write(&other, &workspace::with_one_canvas("Stadtteilfest"))?;
    open(
        session,
        "a.json",
        &workspace::with_one_canvas("Dorfladen Rhade"),
    )?;
    session.key(&["ctrl+f"])?;
    session.type_text("Dorf")?;
    session.key(&["ctrl+o"])?;
    dialogs::answer_path_prompt(session, &other.display().to_string(), true)?;
    session
        .desk
        .wait_for_window("Netzwerk-Canvas$", "b.json – ")?;
    session.key(&["ctrl+f"])?;
    type_and_copy(session, "Fest")?;
    wait_for_clipboard(session, "only the new search on the clipboard", "Fest")
}

/// The debrief of a meeting ten days ago proposes to follow up today, not on a day
/// that is over (issue 35: on 07.12. it proposed 06.12.); Enter saves the proposal.
pub fn debrief_never_proposes_a_past_day(session: &mut Session) -> Result<(), String> {
    let today = Local::now().date_naive();
    let meeting = today
        .checked_sub_days(Days::new(10))
        .ok_or("no date ten days ago")?;
    let mut canvas = workspace::with_one_canvas("Dorfladen Rhade");
    canvas["collaborations"][0]["meeting_date"] = meeting.to_string().into();
    let path = open(session, "nachfassen.json", &canvas)?;
    session.click_on(tree::BUTTON, "Nachbereitung…")?;
    session.wait_for_dialog()?;
    session.key(&["Return"])?;
    session.key(&["ctrl+s"])?;
    let (meeting, today) = (meeting.to_string(), today.to_string());
    workspace::wait_for(&path, "the meeting in the history", LONG, |saved| {
        let canvases = collaborations(saved);
        let canvas = canvases.first().ok_or("no collaboration in the file")?;
        expect_all(
            canvas,
            &[
                ("/meetings/0/date", meeting.as_str()),
                ("/meetings/0/follow_up", today.as_str()),
            ],
        )
    })
    .map(drop)
}

/// The brief answers question 2 as *Vorbereitung* shows it when the answer is left to
/// the canvas: the shared goals and the collaboration, each under its label (issue 35:
/// it printed only the collaboration).
pub fn brief_answers_like_the_preparation(session: &mut Session) -> Result<(), String> {
    let mut canvas = workspace::with_one_canvas("Dorfladen Rhade");
    let fields = &mut canvas["collaborations"][0]["fields"];
    fields["shared_goals"] = "Genossenschaft bis Juni".into();
    fields["collaboration"] = "Monatlich im Pfarrheim".into();
    open(session, "kurzbrief.json", &canvas)?;
    let pdf = session.files().join("kurzbrief.pdf");
    dialogs::export_brief(session)?;
    dialogs::answer_path_prompt(session, &pdf.display().to_string(), true)?;
    poll("the brief with both answers to question 2", LONG, || {
        check_pdf(
            &pdf,
            &[
                "Gemeinsame Ziele: Genossenschaft bis Juni",
                "Zusammenarbeit: Monatlich im Pfarrheim",
            ],
        )
    })
}

/// *Hilfe → Tastenkürzel* closes with Return and *Hilfe → Kurzanleitung* with Escape:
/// afterwards the shortcuts work again (they are off while a window is open), so a
/// new canvas typed with Ctrl+Shift+N is saved with Ctrl+S.
pub fn help_windows_close_with_enter_and_escape(session: &mut Session) -> Result<(), String> {
    let path = open(
        session,
        "hilfe.json",
        &workspace::with_one_canvas("Dorfladen Rhade"),
    )?;
    session.menu("Hilfe", "Tastenkürzel")?;
    session.wait_for_dialog()?;
    session.key(&["Return"])?;
    session.menu("Hilfe", "Kurzanleitung zur Methode")?;
    session.wait_for_dialog()?;
    session.key(&["Escape"])?;
    session.add_item(&["ctrl+shift+n"])?;
    session.type_text("Nach der Hilfe")?;
    session.key(&["ctrl+s"])?;
    workspace::wait_for(&path, "the new canvas in the file", LONG, |saved| {
        let titles: Vec<&str> = collaborations(saved)
            .iter()
            .map(|canvas| workspace::text(canvas, "/title"))
            .collect();
        if titles.contains(&"Nach der Hilfe") {
            Ok(())
        } else {
            Err(format!("titles in the file: {titles:?}"))
        }
    })
    .map(drop)
}
