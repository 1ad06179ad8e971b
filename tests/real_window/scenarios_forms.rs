//! Typing slowly into the smaller editors besides the canvas boxes: the canvas header,
//! the contact card and its activity log, the "Vorbereitung" dialog and the template
//! editor. Each is a text field of its own whose focus must survive every key.

use super::dialogs;
use super::scenarios_typing::{expect_all, open, workshop_workspace};
use super::session::Session;
use super::system::check_pdf;
use super::tree;
use super::wait::{LONG, all, poll};
use super::workspace::{self, collaborations, contacts};

/// Partner and meeting date of a new canvas; organisation and a logged activity of a
/// new contact.
pub fn typing_header_and_contact_card(session: &mut Session) -> Result<(), String> {
    let path = open(session, "kopf.json", &workspace::empty())?;
    session.add_item(&["ctrl+shift+n"])?;
    session.focus_on(tree::ENTRY, "Partner")?;
    session.type_text("Gemeinde Rhade")?;
    session.focus_on(tree::ENTRY, "Termin")?;
    session.type_text("03.12.2026")?;
    session.add_item(&["ctrl+shift+k"])?;
    session.focus_on(tree::ENTRY, "Organisation")?;
    session.type_text("Heimatverein")?;
    session.focus_on(tree::ENTRY, "Notiz")?;
    session.type_text("Anruf wegen Miete")?;
    session.click_on(tree::BUTTON, "Eintragen")?;
    session.key(&["ctrl+s"])?;
    workspace::wait_for(
        &path,
        "header and contact card in the saved file",
        LONG,
        |saved| {
            let canvases = collaborations(saved);
            let canvas = canvases.first().ok_or("no collaboration in the file")?;
            let people = contacts(saved);
            let contact = people.first().ok_or("no contact in the file")?;
            let header = expect_all(
                canvas,
                &[
                    ("/partners/0", "Gemeinde Rhade"),
                    ("/meeting_date", "2026-12-03"),
                ],
            );
            let card = expect_all(
                contact,
                &[
                    ("/organisation", "Heimatverein"),
                    ("/activities/0/note", "Anruf wegen Miete"),
                ],
            );
            all([header, card])
        },
    )
    .map(drop)
}

/// An empty question in the template editor, and two answers in "Vorbereitung".
pub fn typing_template_editor_and_preparation(session: &mut Session) -> Result<(), String> {
    let mut workshop = workshop_workspace();
    workshop["templates"][0]["fields"][1]["question_en"] = "".into();
    let path = open(session, "vorlage.json", &workshop)?;
    session.show_view("ctrl+5", "Vorlagen")?;
    session.click_on(tree::TOGGLE, "Zukunftswerkstatt")?;
    session.click_on(tree::TOGGLE, "Fantasiephase")?;
    session.type_into("Frage (englisch)", "What would be ideal")?;
    // The template editor, read aloud: every button named, its field list included.
    super::scenarios_access::names_read_aloud(&session.tree()?)?;
    session.show_view("ctrl+1", "Kooperationen")?;
    session.click_on(tree::BUTTON, "Vorbereitung…")?;
    session.wait_for_dialog()?;
    session.focus_on(
        tree::ENTRY,
        "2. Ist die Zusammenarbeit wertschätzend, und gibt es gemeinsame Ziele?",
    )?;
    session.type_text("Ja, beide wollen")?;
    session.focus_on(tree::ENTRY, "Dynamik und Offenheit: Notiz")?;
    session.type_text("offen")?;
    session.click_on(tree::BUTTON, "Fertig")?;
    session.wait_until_gone(tree::BUTTON, "Fertig")?;
    session.key(&["ctrl+s"])?;
    workspace::wait_for(
        &path,
        "template and preparation in the saved file",
        LONG,
        |saved| {
            let template = expect_all(
                &saved["templates"][0],
                &[("/fields/1/question_en", "What would be ideal")],
            );
            let canvases = collaborations(saved);
            let canvas = canvases.first().ok_or("no collaboration in the file")?;
            let preparation = expect_all(
                canvas,
                &[
                    ("/preparation/appreciation_goals", "Ja, beide wollen"),
                    ("/preparation/principles/dynamics_openness/note", "offen"),
                ],
            );
            all([template, preparation])
        },
    )
    .map(drop)
}

/// A debrief written before the planned meeting (Termin in 2099) is about a meeting
/// that took place: it proposes today, and Enter saves it to the history.
pub fn debrief_before_the_planned_meeting(session: &mut Session) -> Result<(), String> {
    let mut canvas = workspace::with_one_canvas("Dorfladen Rhade");
    canvas["collaborations"][0]["meeting_date"] = "2099-12-03".into();
    let path = open(session, "nachbereitung.json", &canvas)?;
    session.click_on(tree::BUTTON, "Nachbereitung…")?;
    session.wait_for_dialog()?;
    session.key(&["Return"])?;
    session.key(&["ctrl+s"])?;
    let today = chrono::Local::now().date_naive().to_string();
    workspace::wait_for(&path, "today's meeting in the history", LONG, |saved| {
        let canvases = collaborations(saved);
        let canvas = canvases.first().ok_or("no collaboration in the file")?;
        expect_all(
            canvas,
            &[
                ("/meetings/0/date", today.as_str()),
                ("/meeting_date", "2099-12-03"),
            ],
        )
    })
    .map(drop)
}

/// "Vorbereitung" on a canvas that already says why and what it brings: the empty
/// answers show the canvas text. Extended in place, the third answer is stored; the
/// first, kept as proposed, is not stored but printed in the brief instead of "–".
pub fn preparation_proposes_the_canvas(session: &mut Session) -> Result<(), String> {
    let mut canvas = workspace::with_one_canvas("Dorfladen Rhade");
    canvas["collaborations"][0]["fields"]["added_value"] = "Ein Treffpunkt".into();
    let path = open(session, "vorbereitung.json", &canvas)?;
    session.click_on(tree::BUTTON, "Vorbereitung…")?;
    session.focus_on(tree::ENTRY, "3. Worin genau besteht der Mehrwert?")?;
    session.key(&["ctrl+End"])?;
    session.type_text(" im Ort")?;
    // Away from the field (a click on the dialog's heading), Enter closes the dialog.
    session.click_on(tree::LABEL, "Vorbereitung: Dorfladen Rhade")?;
    session.wait_in_tree("the focus away from the answer", |nodes| {
        match nodes.focused() {
            Some(focused) if focused.role == tree::ENTRY => Err(format!("focus on {focused}")),
            _ => Ok(()),
        }
    })?;
    session.key(&["Return"])?;
    session.wait_until_gone(tree::BUTTON, "Fertig")?;
    session.key(&["ctrl+s"])?;
    workspace::wait_for(&path, "the extended answer in the file", LONG, |saved| {
        let canvases = collaborations(saved);
        let canvas = canvases.first().ok_or("no collaboration in the file")?;
        expect_all(
            canvas,
            &[
                ("/preparation/added_value", "Ein Treffpunkt im Ort"),
                ("/preparation/motivation_expectations", ""),
                ("/fields/motivation", "Ein Laden im Dorf"),
            ],
        )
    })?;
    let pdf = session.files().join("vorbereitung.pdf");
    dialogs::export_brief(session)?;
    dialogs::answer_path_prompt(session, &pdf.display().to_string(), true)?;
    poll("the brief with the canvas's motivation", LONG, || {
        check_pdf(
            &pdf,
            &[
                "1. Was ist meine Motivation, und was erwarte ich? (aus dem Canvas)",
                "Ein Laden im Dorf",
                "Ein Treffpunkt im Ort",
            ],
        )
    })
}

/// Issue 15: the template editor's corner handle answers an ordinary mouse drag – press,
/// move, release – and the box's new span is in the saved file.
pub fn template_box_resized_by_drag(session: &mut Session) -> Result<(), String> {
    let path = open(session, "vorlage-ziehen.json", &workshop_workspace())?;
    session.show_view("ctrl+5", "Vorlagen")?;
    session.click_on(tree::TOGGLE, "Zukunftswerkstatt")?;
    // The wide bottom box in the page preview; selected, it shows its resize handle (a
    // blue corner at its bottom right, named in the tree), which is waited for: under
    // load a press before it is drawn lands on the box itself.
    let realisation = session.click_on(tree::BUTTON, "▦ Umsetzungsphase")?;
    let place = session.extents(&realisation)?;
    let handle = session.find_where("the resize handle of Umsetzungsphase", |node| {
        node.name == "Größe ändern: Umsetzungsphase"
    })?;
    let handle = session.settled_extents(&handle)?.target();
    // Dropped in the left column of the bottom row.
    let left_column = (place.x + place.w / 3, place.y + place.h - 24);
    session.drag(handle, left_column)?;
    session.key(&["ctrl+s"])?;
    workspace::wait_for(&path, "the narrower box in the saved file", LONG, |saved| {
        let field = &saved["templates"][0]["fields"][2];
        let span = (&field["column_span"], &field["row_span"]);
        if span == (&1.into(), &1.into()) {
            Ok(())
        } else {
            Err(format!("Umsetzungsphase spans {span:?}"))
        }
    })
    .map(drop)
}
