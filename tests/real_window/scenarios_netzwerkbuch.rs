//! The Netzwerkbuch beyond typing: what the contact card and the due list do with a
//! click.

use chrono::{Local, TimeDelta};
use serde_json::{Value, json};

use super::scenarios_typing::{expect_all, open};
use super::session::Session;
use super::tree::{self, Node};
use super::wait::LONG;
use super::workspace::{self, contacts, find_by, text};

/// Raising a contact's importance shortens its cadence, and the follow-up the old
/// cadence had proposed moves with it (60 days after being added → 14 days).
pub fn importance_moves_follow_up(session: &mut Session) -> Result<(), String> {
    let book = json!({
        "format": "netzwerk-canvas",
        "version": 1,
        "collaborations": [],
        "contacts": [{
            "id": "c0ffee00-0000-4000-8000-00000000000a",
            "name": "Jana Beispiel",
            "organisation": "Verein",
            "importance": 3,
            "added": "2026-11-01",
            "next_follow_up": "2026-12-31"
        }]
    });
    let path = open(session, "kontakte.json", &book)?;
    session.show_view("ctrl+2", "Kontakte")?;
    session.click_on(tree::RADIO, "Wichtigkeit 5 von 5")?;
    session.key(&["ctrl+s"])?;
    workspace::wait_for(
        &path,
        "the moved follow-up in the saved file",
        LONG,
        |saved| {
            let all = contacts(saved);
            let contact = all.first().ok_or("no contact in the file")?;
            let importance = contact
                .pointer("/importance")
                .and_then(|value| value.as_u64());
            if importance != Some(5) {
                return Err(format!("importance {importance:?}, not 5"));
            }
            expect_all(contact, &[("/next_follow_up", "2026-11-15")])
        },
    )
    .map(drop)
}

/// Two overdue contacts in "Fällig" (Ctrl+3): *+1 Woche* on the first row moves its
/// follow-up a week from today (not from the overdue date) and the row down the list;
/// *Erledigt* on the row that then comes first logs a call today and restarts that
/// contact's cadence (importance 4: 30 days). The app's "today" is the real one.
pub fn due_list_actions(session: &mut Session) -> Result<(), String> {
    let today = Local::now().date_naive();
    let date = |days: i64| {
        (today + TimeDelta::days(days))
            .format("%Y-%m-%d")
            .to_string()
    };
    let book = json!({
        "format": "netzwerk-canvas",
        "version": 1,
        "collaborations": [],
        "contacts": [
            {
                "id": "c0ffee00-0000-4000-8000-00000000000b",
                "name": "Bernd Later",
                "importance": 4,
                "added": date(-90),
                "next_follow_up": date(-5)
            },
            {
                "id": "c0ffee00-0000-4000-8000-00000000000c",
                "name": "Anke Vorn",
                "importance": 3,
                "added": date(-90),
                "next_follow_up": date(-10)
            }
        ]
    });
    let path = open(session, "faellig.json", &book)?;
    session.show_view("ctrl+3", "Fällig")?;
    // Anke Vorn, overdue for 10 days, is the first row.
    session.click_on(tree::BUTTON, "+1 Woche: Anke Vorn")?;
    session.key(&["ctrl+s"])?;
    let postponed = date(7);
    workspace::wait_for(&path, "Anke Vorn a week from today", LONG, |saved| {
        expect_saved(saved, "Anke Vorn", &[("/next_follow_up", &postponed)])
    })?;
    // Now due in a week, Anke Vorn is below Bernd Later, whose row is the first.
    session.click_on(tree::BUTTON, "Erledigt: Bernd Later")?;
    session.key(&["ctrl+s"])?;
    let (logged, restarted) = (date(0), date(30));
    workspace::wait_for(&path, "a call with Bernd Later today", LONG, |saved| {
        let bernd = contact_named(saved, "Bernd Later")?;
        let activities = bernd["activities"].as_array().map_or(0, Vec::len);
        if activities != 1 {
            return Err(format!("{activities} activities of Bernd Later, not 1"));
        }
        expect_saved(
            saved,
            "Bernd Later",
            &[
                ("/activities/0/date", &logged),
                ("/activities/0/kind", "call"),
                ("/next_follow_up", &restarted),
            ],
        )?;
        expect_saved(saved, "Anke Vorn", &[("/next_follow_up", &postponed)])
    })
    .map(drop)
}

fn contact_named<'a>(saved: &'a Value, name: &str) -> Result<&'a Value, String> {
    find_by(&contacts(saved), "name", name).ok_or_else(|| format!("no {name} in the file"))
}

/// Compares the saved contact `name` at each pointer, all at once.
fn expect_saved(saved: &Value, name: &str, expected: &[(&str, &str)]) -> Result<(), String> {
    let contact = contact_named(saved, name)?;
    let wrong: Vec<String> = expected
        .iter()
        .filter(|(pointer, value)| text(contact, pointer) != *value)
        .map(|(pointer, value)| {
            let saved = text(contact, pointer);
            format!("{name}{pointer} is {saved:?}, not {value:?}")
        })
        .collect();
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(wrong.join("; "))
    }
}

/// Issue 17: Datei → Kontakte importieren…, a vCard file picked in zenity's chooser, the
/// report closed with Enter, and the imported people in the saved file.
pub fn contacts_imported_from_vcard(session: &mut Session) -> Result<(), String> {
    let path = open(session, "buch.json", &workspace::empty())?;
    let vcard = session.files().join("adressbuch.vcf");
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/contacts/apple-3.0.vcf"
    );
    std::fs::copy(fixture, &vcard).map_err(|error| format!("copying the vCard: {error}"))?;
    session.menu("Datei", "Kontakte importieren (vCard, CSV)…")?;
    super::dialogs::pick_in_zenity(session, &vcard.display().to_string())?;
    // The import dialog with its preview: Enter imports; the report: Enter closes it.
    let preview = session.wait_for_dialog()?;
    session.key(&["Return"])?;
    another_dialog(session, &preview)?;
    session.key(&["Return"])?;
    session.wait_for_no_dialog()?;
    session.key(&["ctrl+s"])?;
    workspace::wait_for(
        &path,
        "the imported contacts in the saved file",
        LONG,
        |saved| {
            let names: Vec<String> = contacts(saved)
                .iter()
                .map(|contact| text(contact, "/name").to_owned())
                .collect();
            if names.iter().any(|name| name == "Ömer Yılmaz") && names.len() >= 2 {
                Ok(())
            } else {
                Err(format!("contacts in the file: {names:?}"))
            }
        },
    )
    .map(drop)
}

/// A CSV list whose name column has a name no program uses ("Teilnehmer"): without a
/// file dialog the path is typed into the app's prompt, the import dialog shows the
/// columns, the user maps "Teilnehmer" to the full name with two clicks, imports, and
/// the saved file has the people with their club, address and remark.
pub fn csv_columns_mapped_before_import(session: &mut Session) -> Result<(), String> {
    let path = open(session, "buch.json", &workspace::empty())?;
    let csv = session.files().join("liste.csv");
    std::fs::write(
        &csv,
        "Teilnehmer;Verein;Mail;Bemerkung\n\
         Anna Schmidt;Heimatverein Rhade;anna@heimat.example;kommt immer\n\
         Tom Richter;Kulturverein;tom@kultur.example;\n",
    )
    .map_err(|error| format!("writing the CSV: {error}"))?;
    session.menu("Datei", "Kontakte importieren (vCard, CSV)…")?;
    let prompt = session.wait_for_dialog()?;
    super::dialogs::answer_path_prompt(session, &csv.display().to_string(), true)?;
    let mapping = another_dialog(session, &prompt)?;
    // The first column's choice ("– nicht importieren –"): the dialog's first list.
    let column = session.wait_in_tree("the first column's choice", |nodes| {
        nodes
            .find_by(|node| {
                node.role == tree::COMBO && nodes.ancestors(node).any(|up| up.path == mapping.path)
            })
            .cloned()
            .ok_or_else(|| nodes.summary(tree::COMBO))
    })?;
    session.click_node(&column)?;
    let full_name = "Name (vollständig)";
    session.click_on(tree::TOGGLE, full_name)?;
    session.wait_until_gone(tree::TOGGLE, full_name)?;
    session.click_on(tree::BUTTON, "Importieren")?;
    another_dialog(session, &mapping)?;
    session.key(&["Return"])?;
    session.wait_for_no_dialog()?;
    session.key(&["ctrl+s"])?;
    workspace::wait_for(&path, "the mapped contacts in the file", LONG, |saved| {
        let all = contacts(saved);
        let anna = find_by(&all, "name", "Anna Schmidt").ok_or_else(|| {
            let names: Vec<&str> = all.iter().map(|c| text(c, "/name")).collect();
            format!("no Anna Schmidt; contacts: {names:?}")
        })?;
        find_by(&all, "name", "Tom Richter").ok_or("no Tom Richter")?;
        expect_all(
            anna,
            &[
                ("/organisation", "Heimatverein Rhade"),
                ("/email", "anna@heimat.example"),
                ("/notes", "kommt immer"),
            ],
        )
    })
    .map(drop)
}

/// Waits for a dialog other than `before` (the next step of an import), and returns it.
fn another_dialog(session: &Session, before: &Node) -> Result<Node, String> {
    session.find_where("the next dialog", |node| {
        node.role == tree::DIALOG && node.path != before.path
    })
}

/// *Kontakte als vCard exportieren…*: vCard 3.0 for an older program, only the
/// contacts tagged "Politik" (one of them tagged "politik" in other case), saved
/// through zenity; the file has those two cards in version 3.0.
pub fn contacts_exported_for_older_programs(session: &mut Session) -> Result<(), String> {
    let book = json!({
        "format": "netzwerk-canvas",
        "version": 1,
        "collaborations": [],
        "contacts": [
            { "id": "c0ffee00-0000-4000-8000-0000000000a1", "name": "Anna Politik", "tags": ["Politik"] },
            { "id": "c0ffee00-0000-4000-8000-0000000000a2", "name": "Bernd Sport", "tags": ["Sport"] },
            { "id": "c0ffee00-0000-4000-8000-0000000000a3", "name": "Clara Beides", "tags": ["Sport", "politik"] }
        ]
    });
    open(session, "buch.json", &book)?;
    session.menu("Datei", "Kontakte als vCard exportieren…")?;
    let version = session.find_where("the choice of vCard 3.0", |node| {
        node.role == tree::RADIO && node.name.starts_with("vCard 3.0")
    })?;
    session.click_node(&version)?;
    session.wait_for_state(&version, "checked")?;
    session.click_on(tree::COMBO, "Kontakte:")?;
    // The first tag in alphabetical order; "politik" counts as the same.
    let tag = "mit Schlagwort „Politik“";
    session.click_on(tree::TOGGLE, tag)?;
    session.wait_until_gone(tree::TOGGLE, tag)?;
    session.click_on(tree::BUTTON, "Weiter…")?;
    let out = session.files().join("politik.vcf");
    super::dialogs::save_in_zenity(session, &out)?;
    super::wait::poll("the vCard file", LONG, || {
        let written =
            std::fs::read_to_string(&out).map_err(|error| format!("{}: {error}", out.display()))?;
        let cards = written.matches("BEGIN:VCARD").count();
        let ok = cards == 2
            && written.contains("VERSION:3.0")
            && written.contains("Anna Politik")
            && written.contains("Clara Beides")
            && !written.contains("Bernd Sport");
        if ok {
            Ok(())
        } else {
            Err(format!("the file has {cards} cards:\n{written}"))
        }
    })
}
