//! The accessibility tree as a guarded property (issue 32): what a screen reader reads
//! of a view, asserted on the tree the app publishes over AT-SPI. Every widget one can
//! act on has a name with words in it (not "×" or "▾"), German with the German UI, and
//! a canvas field carries its guiding question as its description; a dialog is
//! announced by its title.

use serde_json::json;

use super::scenarios_typing::open;
use super::session::Session;
use super::tree::{self, Nodes};
use super::wait::{all, ensure};
use super::workspace;

/// Names egui gives its own widgets, in English whatever the app's language.
const EGUI_ENGLISH: [&str; 6] = [
    "Resize panel",
    "Close",
    "Collapse",
    "Expand",
    "Hide",
    "Show",
];

/// Every interactive node has a name with a letter in it, and none is one of egui's
/// English names.
pub fn names_read_aloud(nodes: &Nodes) -> Result<(), String> {
    let weak: Vec<String> = nodes
        .0
        .iter()
        .filter(|node| node.is_interactive())
        .filter(|node| {
            !node.name.chars().any(char::is_alphabetic)
                || EGUI_ENGLISH.contains(&node.name.as_str())
        })
        .map(ToString::to_string)
        .collect();
    ensure(weak.is_empty(), || {
        format!(
            "interactive nodes without a readable German name: {}",
            weak.join("; ")
        )
    })
}

/// The node of this role and name is there and describes itself as `description`.
fn described(nodes: &Nodes, role: &str, name: &str, description: &str) -> Result<(), String> {
    match nodes.find(role, name) {
        Some(node) if node.description == description => Ok(()),
        Some(node) => Err(format!("{node}: description is not {description:?}")),
        None => Err(format!("no {role} {name:?}; {}", nodes.summary(role))),
    }
}

fn present(nodes: &Nodes, role: &str, name: &str) -> Result<(), String> {
    nodes
        .find(role, name)
        .map(drop)
        .ok_or_else(|| format!("no {role} {name:?}; {}", nodes.summary(role)))
}

/// The main view (Kooperationen) of a canvas with a linked contact: the list, the
/// header, the fields and the panel's resize handle; the export dialog; the views
/// Kontakte, Fällig and Vorlagen.
pub fn main_view_read_aloud(session: &mut Session) -> Result<(), String> {
    let mut file = workspace::with_one_canvas("Dorfladen Rhade");
    // Two follow-ups due, so that Fällig shows two rows with the same two buttons.
    file["contacts"] = json!([
        { "id": "k1", "name": "Anna Lindemann", "next_follow_up": "2026-01-05" },
        { "id": "k2", "name": "Bernd Sommer", "next_follow_up": "2026-01-06" }
    ]);
    file["collaborations"][0]["partner_contacts"] = json!(["k1"]);
    open(session, "vorlesen.json", &file)?;
    let nodes = session.wait_in_tree("the canvas in the tree", |nodes| {
        nodes
            .find(tree::ENTRY, "Motivation")
            .map(|_| nodes.clone())
            .ok_or_else(|| nodes.summary(tree::ENTRY))
    })?;
    let motivation = "Warum wollen wir diese Zusammenarbeit? Was treibt mich an?";
    let goals = "Welches Ziel verfolgen wir gemeinsam – konkret und terminiert?";
    let main_view = all([
        names_read_aloud(&nodes),
        present(&nodes, tree::BUTTON, "Verknüpfung lösen: Anna Lindemann"),
        present(&nodes, tree::BUTTON, "Neue Kooperation mit Vorlage"),
        present(&nodes, "separator", "Breite der Liste ändern"),
        described(&nodes, tree::ENTRY, "Motivation", motivation),
        described(
            &nodes,
            tree::ENTRY,
            "Motivation – Sicht der Partner",
            motivation,
        ),
        described(&nodes, tree::ENTRY, "Gemeinsame Ziele", goals),
    ]);
    let export = export_dialog_takes_the_focus(session)?;
    // The other views: Kontakte with the contact's card, Fällig, Vorlagen.
    let mut views = vec![main_view, export];
    for (keys, view, role, name) in [
        ("ctrl+2", "Kontakte", tree::ENTRY, "Notizen"),
        (
            "ctrl+3",
            "Fällig",
            tree::BUTTON,
            "Nachfassen in den Kalender (.ics)…",
        ),
        ("ctrl+5", "Vorlagen", tree::BUTTON, "Vorlage bearbeiten"),
    ] {
        let nodes = switch_to_view(session, keys, view, (role, name))?;
        views.push(
            nodes
                .and_then(|nodes| {
                    all([
                        names_read_aloud(&nodes),
                        names_tell_apart(&nodes, tree::BUTTON),
                    ])
                })
                .map_err(|error| format!("{view}: {error}")),
        );
    }
    all(views)
}

/// A dialog is announced by its title and takes the focus from the field one typed in
/// (Ctrl+P from the field Motivation), and keys typed then belong to it, not to the
/// field behind it. The dialog's tree, and whether the field stayed as it was.
fn export_dialog_takes_the_focus(session: &mut Session) -> Result<Result<(), String>, String> {
    session.focus_on(tree::ENTRY, "Motivation")?;
    session.key(&["ctrl+p"])?;
    let title = "Als PDF exportieren…";
    let export = session.wait_in_tree("the export dialog, named, with the focus", |nodes| {
        let focused = nodes.focused();
        match (nodes.find(tree::DIALOG, title), focused) {
            (Some(_), Some(node)) if nodes.ancestors(node).any(|up| up.role == tree::DIALOG) => {
                Ok(nodes.clone())
            }
            (Some(_), focused) => Err(format!(
                "the focus outside the dialog: {}",
                focused.map_or("nothing".to_owned(), ToString::to_string)
            )),
            (None, _) => Err(nodes.summary(tree::DIALOG)),
        }
    });
    // Keys typed now belong to the dialog, not to the field behind it.
    session.type_text("zz")?;
    session.key(&["Escape"])?;
    session.wait_for_no_dialog()?;
    let motivation_text = session.text_of(&session.find(tree::ENTRY, "Motivation")?)?;
    let behind = ensure(!motivation_text.contains("zz"), || {
        format!("typed in the dialog, arrived in the field behind it: {motivation_text:?}")
    });
    Ok(all([
        export.and_then(|nodes| names_read_aloud(&nodes)),
        behind,
    ]))
}

/// Switches views with `keys` and waits for the view's tree, known by the node `(role,
/// name)` in it. The tree, or (as the inner error) what the view showed instead.
fn switch_to_view(
    session: &Session,
    keys: &str,
    view: &str,
    (role, name): (&str, &str),
) -> Result<Result<Nodes, String>, String> {
    session.key(&[keys])?;
    Ok(session.wait_in_tree(&format!("the view {view}"), |nodes| {
        nodes
            .find(role, name)
            .map(|_| nodes.clone())
            .ok_or_else(|| nodes.summary(role))
    }))
}

/// No two buttons of a view share a name: a screen reader's list of buttons must tell
/// which row's "+1 Woche" is which.
fn names_tell_apart(nodes: &Nodes, role: &str) -> Result<(), String> {
    let mut seen = std::collections::BTreeMap::<&str, usize>::new();
    for node in nodes.0.iter().filter(|node| node.role == role) {
        *seen.entry(node.name.as_str()).or_default() += 1;
    }
    let twice: Vec<String> = seen
        .into_iter()
        .filter(|(_, count)| *count > 1)
        .map(|(name, count)| format!("{name:?} ×{count}"))
        .collect();
    ensure(twice.is_empty(), || {
        format!("buttons with the same name: {}", twice.join(", "))
    })
}

/// Keyboard alone: F10 puts the focus on the menu *Datei* and opens it; the arrow keys
/// walk down to the menu item *Speichern*, and Return runs it (the change is in the
/// file).
pub fn menu_by_keyboard(session: &mut Session) -> Result<(), String> {
    let path = open(
        session,
        "tastatur.json",
        &workspace::with_one_canvas("Dorfladen Rhade"),
    )?;
    session.type_into("Motivation", " per Tastatur")?;
    session.key(&["F10"])?;
    session.wait_for_focus_on(tree::BUTTON, "Datei")?;
    // The entries are menu items named by their action (the keys are the item's
    // shortcut, not part of its name).
    let save = "Speichern";
    session.wait_in_tree("the menu Datei open, Speichern a menu item", |nodes| {
        nodes
            .find(tree::MENU_ITEM, save)
            .map(drop)
            .ok_or_else(|| nodes.summary(tree::MENU_ITEM))
    })?;
    let mut walked = Vec::new();
    loop {
        session.key(&["Down"])?;
        let focused = session.wait_in_tree("a menu entry focused", |nodes| {
            nodes
                .focused()
                .filter(|node| node.name != "Datei")
                .cloned()
                .ok_or_else(|| "the focus is still on Datei".to_owned())
        })?;
        if focused.is(tree::MENU_ITEM, save) {
            break;
        }
        walked.push(focused.name.clone());
        if walked.len() > 8 {
            return Err(format!("Down never reached {save}: {walked:?}"));
        }
    }
    session.key(&["Return"])?;
    workspace::wait_for(&path, "the change saved", super::wait::LONG, |saved| {
        let text = saved["collaborations"][0]["fields"]["motivation"]
            .as_str()
            .unwrap_or_default();
        ensure(text.contains("per Tastatur"), || {
            format!("motivation: {text:?}")
        })
    })
    .map(drop)
}

/// Words and letters of the German UI that no English name has (the scenario's own
/// data avoids them).
const GERMAN_MARKS: [&str; 22] = [
    "ä",
    "ö",
    "ü",
    "ß",
    "Datei",
    "Bearbeiten",
    "Ansicht",
    "Hilfe",
    "Speichern",
    "Kooperation",
    "Kontakte",
    "Vorlage",
    "Neue",
    "Sicht",
    "Strg",
    "Umschalt",
    "Entf",
    "Karte",
    "Breite",
    "Verknüpfung",
    "Woche",
    "Erledigt",
];

/// Every interactive node is named in English: none carries a German word or letter
/// (the language's own name "Deutsch" in the language menu aside).
fn names_in_english(nodes: &Nodes) -> Result<(), String> {
    let german: Vec<String> = nodes
        .0
        .iter()
        .filter(|node| node.is_interactive() && node.name != "Deutsch")
        .filter(|node| {
            GERMAN_MARKS
                .iter()
                .any(|mark| node.name.contains(mark) || node.description.contains(mark))
        })
        .map(ToString::to_string)
        .collect();
    ensure(german.is_empty(), || {
        format!("German names in the English UI: {}", german.join("; "))
    })
}

/// The English UI (View → English) read aloud: the main view, the export dialog and the
/// views Contacts, Due and Templates name every widget in English, and the fields carry
/// their English guiding questions.
pub fn english_ui_read_aloud(session: &mut Session) -> Result<(), String> {
    let mut file = workspace::with_one_canvas("Dorfladen Rhade");
    file["contacts"] = json!([
        { "id": "k1", "name": "Anna Lindemann", "next_follow_up": "2026-01-05" },
        { "id": "k2", "name": "Bernd Sommer", "next_follow_up": "2026-01-06" }
    ]);
    file["collaborations"][0]["partner_contacts"] = json!(["k1"]);
    open(session, "english.json", &file)?;
    session.click_on(tree::BUTTON, "Ansicht")?;
    session.click_on(tree::RADIO, "English")?;
    let nodes = session.wait_in_tree("the main view in English", |nodes| {
        match (
            nodes.find(tree::BUTTON, "File"),
            nodes.find(tree::ENTRY, "Motivation"),
        ) {
            (Some(_), Some(_)) => Ok(nodes.clone()),
            _ => Err(nodes.summary(tree::BUTTON)),
        }
    })?;
    let mut views = vec![
        all([
            names_read_aloud(&nodes),
            names_in_english(&nodes),
            described(
                &nodes,
                tree::ENTRY,
                "Motivation",
                "Why do we want this collaboration? What drives me?",
            ),
        ])
        .map_err(|error| format!("main view: {error}")),
    ];
    session.key(&["ctrl+p"])?;
    let export = session.wait_in_tree("the export dialog, named in English", |nodes| {
        nodes
            .find(tree::DIALOG, "Export as PDF…")
            .map(|_| nodes.clone())
            .ok_or_else(|| nodes.summary(tree::DIALOG))
    });
    views.push(
        export
            .and_then(|nodes| all([names_read_aloud(&nodes), names_in_english(&nodes)]))
            .map_err(|error| format!("export dialog: {error}")),
    );
    session.key(&["Escape"])?;
    session.wait_for_no_dialog()?;
    for (keys, view, role, name) in [
        ("ctrl+2", "Contacts", tree::ENTRY, "Notes"),
        ("ctrl+3", "Due", tree::BUTTON, "+1 week: Anna Lindemann"),
        ("ctrl+5", "Templates", tree::BUTTON, "Edit template"),
    ] {
        let nodes = switch_to_view(session, keys, view, (role, name))?;
        views.push(
            nodes
                .and_then(|nodes| all([names_read_aloud(&nodes), names_in_english(&nodes)]))
                .map_err(|error| format!("{view}: {error}")),
        );
    }
    all(views)
}
