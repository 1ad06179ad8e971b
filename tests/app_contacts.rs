//! The Netzwerkbuch in the running app: contacts, follow-ups, the due view and links.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;

use chrono::NaiveDate;
use common::{app_harness_on, click_button, press, replace_text, save_via_command, text_of};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use netzwerk_canvas::app::{App, Startup};
use netzwerk_canvas::command::View;
use netzwerk_canvas::command::{Command, ContactCommand, ViewCommand};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::model::{Activity, ActivityKind, Contact};
use netzwerk_canvas::storage;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

#[test]
fn a_logged_meeting_moves_the_follow_up_to_three_days_later_and_shows_it_as_due() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("netzwerkbuch.json");
    let mut harness = app_harness_on(Startup::Example, today());

    press(&mut harness, Modifiers::COMMAND, Key::Num2);
    assert_eq!(harness.state().view(), View::Contacts);
    click_button(&mut harness, "+ Neuer Kontakt");
    replace_text(&mut harness, Role::TextInput, "Name", "Greta Sommer");
    replace_text(
        &mut harness,
        Role::TextInput,
        "Organisation",
        "Bürgerbus Rhade",
    );
    // A new contact of importance 3 is due after its cadence: 60 days.
    assert_eq!(
        text_of(&harness, Role::TextInput, "Nächster Kontakt"),
        "21.01.2027"
    );

    replace_text(&mut harness, Role::TextInput, "Datum", "21.11.2026");
    replace_text(
        &mut harness,
        Role::TextInput,
        "Notiz",
        "Kennengelernt beim Adventsmarkt",
    );
    click_button(&mut harness, "Eintragen");

    assert_eq!(
        text_of(&harness, Role::TextInput, "Nächster Kontakt"),
        "24.11.2026"
    );
    harness.get_by_label("Kennengelernt beim Adventsmarkt");
    let workspace = &harness.state().document().workspace();
    let greta = workspace
        .contacts
        .iter()
        .find(|c| c.name == "Greta Sommer")
        .unwrap();
    assert_eq!(greta.next_follow_up, Some(day("2026-11-24")));
    assert_eq!(greta.last_contact(), Some(day("2026-11-21")));

    press(&mut harness, Modifiers::COMMAND, Key::Num3);
    assert_eq!(harness.state().view(), View::Due);
    harness.get_by_label("Fällige Kontakte am 22.11.2026");
    harness
        .get_by_role_and_label(Role::Link, "Greta Sommer")
        .click();
    harness.run();
    assert_eq!(harness.state().view(), View::Contacts);
    assert_eq!(text_of(&harness, Role::TextInput, "Name"), "Greta Sommer");

    save_via_command(&mut harness, &path);
    let saved = storage::load_workspace(&path).unwrap();
    let greta = saved
        .contacts
        .iter()
        .find(|c| c.name == "Greta Sommer")
        .unwrap();
    assert_eq!(greta.organisation, "Bürgerbus Rhade");
    assert_eq!(greta.activities[0].note, "Kennengelernt beim Adventsmarkt");
    assert_eq!(greta.next_follow_up, Some(day("2026-11-24")));
}

#[test]
fn the_due_view_lists_the_most_urgent_first() {
    let mut harness = app_harness_on(Startup::Example, today());
    press(&mut harness, Modifiers::COMMAND, Key::Num3);
    // The example's overdue contacts come first; later ones are not listed.
    let overdue = harness
        .get_by_label("überfällig seit 82 Tagen")
        .rect()
        .top();
    let four_days = harness.get_by_label("überfällig seit 4 Tagen").rect().top();
    let tomorrow = harness.get_by_label("morgen fällig").rect().top();
    assert!(overdue < four_days && four_days < tomorrow);
    assert!(
        harness
            .query_by_role_and_label(Role::Link, "Lea Hüsing")
            .is_none()
    );
    // The tab counts the rows it lists: every follow-up of the next two weeks.
    let rows = harness.query_all_by_role(Role::Link).count();
    assert_eq!(rows, 6, "one link per row");
    harness.get_by_role_and_label(Role::Button, "Fällig (6)");
}

#[test]
fn a_contact_linked_to_a_canvas_can_be_reached_from_both_sides() {
    let mut harness = app_harness_on(Startup::Example, today());
    // The example opens on "Dorfladen Rhade".
    harness
        .get_by_role_and_label(Role::ComboBox, "Kontakte:")
        .click();
    harness.run();
    harness.get_by_label("Peter Wessels").click();
    harness.run();
    let workspace = &harness.state().document().workspace();
    let peter = workspace
        .contacts
        .iter()
        .find(|c| c.name == "Peter Wessels")
        .unwrap();
    let titles: Vec<&str> = workspace
        .collaborations_of(&peter.id)
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert!(titles.contains(&"Dorfladen Rhade"), "{titles:?}");

    harness
        .get_by_role_and_label(Role::Link, "→ Peter Wessels")
        .click();
    harness.run();
    assert_eq!(harness.state().view(), View::Contacts);
    assert_eq!(text_of(&harness, Role::TextInput, "Name"), "Peter Wessels");

    harness
        .get_by_role_and_label(Role::Link, "→ Dorfladen Rhade")
        .click();
    harness.run();
    assert_eq!(harness.state().view(), View::Canvases);
    assert_eq!(
        text_of(&harness, Role::TextInput, "Titel"),
        "Dorfladen Rhade"
    );

    // The link is part of the collaboration's undo history.
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    let workspace = &harness.state().document().workspace();
    let peter = workspace
        .contacts
        .iter()
        .find(|c| c.name == "Peter Wessels")
        .unwrap();
    assert!(
        workspace
            .collaborations_of(&peter.id)
            .iter()
            .all(|c| c.title != "Dorfladen Rhade")
    );
}

#[test]
fn deleting_a_contact_asks_first_and_removes_its_links() {
    let mut harness = app_harness_on(Startup::Example, today());
    press(&mut harness, Modifiers::COMMAND, Key::Num2);
    assert_eq!(text_of(&harness, Role::TextInput, "Name"), "Anna Lindemann");
    click_button(&mut harness, "Löschen…");
    harness.get_by_label("Kontakt löschen?");
    click_button(&mut harness, "Abbrechen");
    assert_eq!(harness.state().document().workspace().contacts.len(), 8);

    click_button(&mut harness, "Löschen…");
    click_button(&mut harness, "Löschen");
    let workspace = &harness.state().document().workspace();
    assert_eq!(workspace.contacts.len(), 7);
    assert!(
        workspace
            .contacts
            .iter()
            .all(|c| c.name != "Anna Lindemann")
    );
    assert!(workspace.collaborations[0].partner_contacts.len() == 1);
    assert_eq!(workspace.collaborations[0].partners[0], "Gemeinde Rhade");
    assert!(harness.state().document().is_modified());
}

#[test]
fn the_monthly_goal_shows_progress_and_can_be_changed() {
    let mut harness = app_harness_on(Startup::Example, today());
    press(&mut harness, Modifiers::COMMAND, Key::Num2);
    // Added in November 2026 with importance 3 or more: Özdemir and Wessels.
    harness.get_by_label("Neue relevante Kontakte diesen Monat: 2 von 2");
    click_button(&mut harness, "+ Neuer Kontakt");
    // Untouched, it is no contact made yet; it counts once it has a name.
    harness.get_by_label("Neue relevante Kontakte diesen Monat: 2 von 2");
    replace_text(&mut harness, Role::TextInput, "Name", "Greta Sommer");
    harness.get_by_label("Neue relevante Kontakte diesen Monat: 3 von 2");
    harness
        .state_mut()
        .queue(Command::Contact(ContactCommand::SetMonthlyGoal(5)));
    harness.run();
    harness.get_by_label("Neue relevante Kontakte diesen Monat: 3 von 5");
}

fn contact<'a>(harness: &'a Harness<'_, App>, name: &str) -> &'a Contact {
    let contacts = &harness.state().document().workspace().contacts;
    contacts.iter().find(|c| c.name == name).unwrap()
}

/// Clicks `action` ("Erledigt", "+1 Woche") in the due list's row of `name`: the
/// button at the height of the name's link, which a screen reader names with the
/// contact ("+1 Woche: Anna Lindemann").
fn click_in_row(harness: &mut Harness<'_, App>, name: &str, action: &str) {
    let row = harness.get_by_role_and_label(Role::Link, name).rect();
    let spoken = format!("{action}: {name}");
    let buttons: Vec<_> = harness
        .query_all_by_role_and_label(Role::Button, &spoken)
        .filter(|button| row.y_range().contains(button.rect().center().y))
        .collect();
    assert_eq!(buttons.len(), 1, "one {spoken:?} in the row of {name}");
    buttons[0].click();
    harness.run();
}

/// The names of the due list's rows, top to bottom.
fn due_rows(harness: &Harness<'_, App>) -> Vec<String> {
    let mut links: Vec<(f32, String)> = harness
        .query_all_by_role(Role::Link)
        .map(|link| {
            let name = link.accesskit_node().label().unwrap_or_default();
            (link.rect().top(), name)
        })
        .collect();
    links.sort_by(|a, b| a.0.total_cmp(&b.0));
    links.into_iter().map(|(_, name)| name).collect()
}

#[test]
fn postponing_in_the_due_list_moves_the_follow_up_a_week_and_undo_brings_it_back() {
    let mut harness = app_harness_on(Startup::Example, today());
    press(&mut harness, Modifiers::COMMAND, Key::Num3);
    // Overdue since 01.09.: a week from today, not from the old date.
    click_in_row(&mut harness, "Sabine Kruse", "+1 Woche");
    assert_eq!(
        contact(&harness, "Sabine Kruse").next_follow_up,
        Some(day("2026-11-29"))
    );
    assert_eq!(
        contact(&harness, "Sabine Kruse").activities.len(),
        1,
        "nothing logged"
    );
    assert_eq!(
        harness.state().undo_text().as_deref(),
        Some("Rückgängig: Nächsten Kontakt verschoben")
    );
    // Due tomorrow: a week after that day.
    click_in_row(&mut harness, "Anna Lindemann", "+1 Woche");
    assert_eq!(
        contact(&harness, "Anna Lindemann").next_follow_up,
        Some(day("2026-11-30"))
    );
    // The rows move to their new dates; nothing is overdue but Jonas Terhorst.
    assert_eq!(
        due_rows(&harness),
        [
            "Jonas Terhorst",
            "Dr. Miriam Özdemir",
            "Peter Wessels",
            "Sabine Kruse",
            "Anna Lindemann",
            "Offener Ganztag Rhade",
        ]
    );
    harness.get_by_label("in 7 Tagen");
    assert!(harness.query_by_label("überfällig seit 82 Tagen").is_none());

    // One step each.
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        contact(&harness, "Anna Lindemann").next_follow_up,
        Some(day("2026-11-23"))
    );
    assert_eq!(
        contact(&harness, "Sabine Kruse").next_follow_up,
        Some(day("2026-11-29"))
    );
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        contact(&harness, "Sabine Kruse").next_follow_up,
        Some(day("2026-09-01"))
    );
    harness.get_by_label("überfällig seit 82 Tagen");
    assert_eq!(due_rows(&harness)[0], "Sabine Kruse");
}

#[test]
fn done_in_the_due_list_logs_a_call_today_and_the_row_leaves_until_undo() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("netzwerkbuch.json");
    let mut harness = app_harness_on(Startup::Example, today());
    press(&mut harness, Modifiers::COMMAND, Key::Num3);
    let before = contact(&harness, "Jonas Terhorst").clone();
    assert_eq!(before.activities.len(), 4);

    click_in_row(&mut harness, "Jonas Terhorst", "Erledigt");
    let logged = Activity {
        date: today(),
        kind: ActivityKind::Call,
        note: String::new(),
        exchange: None,
    };
    let jonas = contact(&harness, "Jonas Terhorst");
    assert_eq!(jonas.activities.len(), 5);
    assert_eq!(jonas.activities.last(), Some(&logged));
    // Importance 4: the next follow-up a cadence of 30 days after today, beyond the
    // list's two weeks.
    assert_eq!(jonas.next_follow_up, Some(day("2026-12-22")));
    assert!(
        harness
            .query_by_role_and_label(Role::Link, "Jonas Terhorst")
            .is_none()
    );
    harness.get_by_role_and_label(Role::Button, "Fällig (5)");
    assert_eq!(
        harness.state().undo_text().as_deref(),
        Some("Rückgängig: Kontakt erledigt")
    );

    save_via_command(&mut harness, &path);
    let saved = storage::load_workspace(&path).unwrap();
    let jonas = saved
        .contacts
        .iter()
        .find(|c| c.name == "Jonas Terhorst")
        .unwrap();
    assert_eq!(jonas.activities.last(), Some(&logged));
    assert_eq!(jonas.next_follow_up, Some(day("2026-12-22")));

    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(contact(&harness, "Jonas Terhorst"), &before);
    harness.get_by_label("überfällig seit 4 Tagen");
    harness.get_by_role_and_label(Role::Button, "Fällig (6)");

    // "Öffnen" is the name: it shows the card with the date the list showed.
    harness
        .get_by_role_and_label(Role::Link, "Jonas Terhorst")
        .click();
    harness.run();
    assert_eq!(harness.state().view(), View::Contacts);
    assert_eq!(
        text_of(&harness, Role::TextInput, "Nächster Kontakt"),
        "18.11.2026"
    );
}

/// The labels under the give-and-take chart, left to right.
fn month_names(harness: &Harness<'_, App>, names: &[&str]) -> Vec<egui::Rect> {
    names
        .iter()
        .map(|name| harness.get_by_role_and_label(Role::Label, name).rect())
        .collect()
}

#[test]
fn the_give_and_take_chart_names_its_months_in_the_users_language() {
    let mut harness = app_harness_on(Startup::Example, today());
    press(&mut harness, Modifiers::COMMAND, Key::Num2);
    assert_eq!(text_of(&harness, Role::TextInput, "Name"), "Anna Lindemann");
    // The twelve months up to November 2026, oldest first.
    let german = [
        "Dez", "Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov",
    ];
    let rects = month_names(&harness, &german);
    let heading = harness.get_by_label("Geben und Nehmen (12 Monate)").rect();
    for pair in rects.windows(2) {
        assert!(pair[0].right() <= pair[1].left(), "side by side: {pair:?}");
        assert_eq!(pair[0].top(), pair[1].top(), "in one line");
    }
    // Below the bars (80 px under the summary line), not over them.
    assert!(rects[0].top() > heading.bottom() + 80.0, "{rects:?}");

    harness
        .state_mut()
        .queue(Command::View(ViewCommand::SetLanguage(Language::English)));
    harness.run();
    let english = [
        "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
    ];
    month_names(&harness, &english);
    assert!(harness.query_by_label("Dez").is_none());
}

/// Issue 15: on a 1366 × 768 laptop the contact card's text rows wrap instead of
/// squeezing the last editor at the window's edge, where the phone number was cut off.
#[test]
fn on_a_laptop_every_contact_detail_is_inside_the_window() {
    let mut harness = common::app_harness(Startup::Example);
    let screen = egui::vec2(1366.0, 768.0);
    harness.set_size(screen);
    press(&mut harness, Modifiers::COMMAND, Key::Num2);
    for name in ["Organisation", "Rolle", "E-Mail", "Telefon"] {
        let rect = harness.get_by_role_and_label(Role::TextInput, name).rect();
        assert!(
            rect.max.x <= screen.x && rect.width() >= 200.0,
            "{name} is squeezed or runs past the window's edge: {rect:?}"
        );
    }
}

#[test]
fn a_contact_without_news_for_years_is_marked_for_review_as_the_preference_says() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("alt.json");
    let mut workspace = netzwerk_canvas::model::Workspace::default();
    let id = workspace.add_contact("Gerda Alt", day("2020-01-01"));
    workspace
        .contact_mut(&id)
        .unwrap()
        .activities
        .push(Activity {
            date: day("2023-06-01"),
            kind: ActivityKind::Call,
            note: String::new(),
            exchange: None,
        });
    storage::save_workspace(&path, &workspace).unwrap();
    let mut harness = app_harness_on(Startup::File(path), today());
    common::wait_until_opened(&mut harness);
    press(&mut harness, Modifiers::COMMAND, Key::Num2);
    let hint = "Seit über 3 Jahren kein Kontakt – noch nötig? Prüfen oder vergessen.";
    harness.get_by_label(hint);
    harness.get_by_label("Vergessen…");
    harness.get_by_label("Auskunft speichern…");
    // Three years and a half since the call: with five years there is no hint.
    harness
        .state_mut()
        .queue(Command::View(ViewCommand::SetReviewYears(5)));
    harness.run();
    assert!(harness.query_by_label(hint).is_none());
    assert!(
        harness
            .query_by_label_contains("Seit über 5 Jahren")
            .is_none()
    );
    harness
        .state_mut()
        .queue(Command::View(ViewCommand::SetReviewYears(3)));
    harness.run();
    harness.get_by_label(hint);
}

/// Issue 35, point 6: at 200 % (a 1366 × 768 laptop: 683 × 384 points) every row's
/// "+1 Woche" stays whole on the screen, one column for all rows, also beside a long
/// name ("Offener Ganztag Rhade"), which is cut short instead.
#[test]
fn at_200_percent_every_postpone_button_is_whole_in_one_column() {
    let mut harness = app_harness_on(Startup::Example, today());
    harness.set_size(egui::vec2(683.0, 384.0));
    press(&mut harness, Modifiers::COMMAND, Key::Num3);
    harness.run();
    let width = 683.0;
    let buttons: Vec<egui::Rect> = harness
        .query_all_by_role(Role::Button)
        .filter(|button| {
            let node = button.accesskit_node();
            node.label()
                .is_some_and(|label| label.starts_with("+1 Woche: "))
        })
        .map(|button| button.rect())
        .collect();
    assert!(buttons.len() >= 5, "{} postpone buttons", buttons.len());
    for rect in &buttons {
        assert!(
            rect.right() <= width,
            "a button ends at {} of {width}",
            rect.right()
        );
        assert!(
            (rect.right() - buttons[0].right()).abs() < 1.0,
            "one column: {rect:?} and {:?}",
            buttons[0]
        );
    }
}

/// The painted texts of the last frame whose text contains `part`, with their rects on
/// the screen and whether they were cut short.
fn painted_texts(harness: &Harness<'_, App>, part: &str) -> Vec<(String, egui::Rect, bool)> {
    harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Text(text) if text.galley.text().contains(part) => Some((
                text.galley.text().to_owned(),
                text.galley.rect.translate(text.pos.to_vec2()),
                text.galley.elided,
            )),
            _ => None,
        })
        .collect()
}

/// Issue 35, point 6: at 100 % on a 1366 × 768 laptop the list's rows printed the
/// circle under the importance dots ("Mittlerer Kreis●●●●○") and cut the organisation.
/// Now no row's dots touch its other texts, and the organisation with the circle
/// shows whole where the panel has room for it.
#[test]
fn at_100_percent_the_contact_rows_keep_the_dots_apart_from_the_texts() {
    let mut harness = common::app_harness(Startup::Example);
    harness.set_size(egui::vec2(1366.0, 768.0));
    press(&mut harness, Modifiers::COMMAND, Key::Num2);
    harness.run();
    let dots = painted_texts(&harness, "●");
    assert!(dots.len() >= 8, "the rows' importance dots: {dots:?}");
    let texts: Vec<_> = [" · ", "Anna", "Jonas", "Klaus", "Lea", "Peter", "Sabine"]
        .iter()
        .flat_map(|part| painted_texts(&harness, part))
        .filter(|(text, _, _)| !text.contains('●'))
        .collect();
    assert!(texts.len() >= 12, "the rows' texts: {texts:?}");
    for (_, dot_rect, _) in &dots {
        for (text, rect, _) in &texts {
            assert!(
                !dot_rect.intersects(rect.shrink(0.5)),
                "'{text}' at {rect:?} runs under the importance dots at {dot_rect:?}"
            );
        }
    }
    let (_, _, cut) = painted_texts(&harness, "Dorfladen-Netzwerk · Mittlerer Kreis")
        .into_iter()
        .next()
        .expect("Klaus Brömmel's organisation and circle");
    assert!(!cut, "'Dorfladen-Netzwerk · Mittlerer Kreis' is cut short");
}

/// Issue 35, point 6: at 200 % on a 1366 × 768 laptop (683 × 384 points) the contact
/// detail was cut at the right (the importance dots, "Letzter Kontakt: noch ke…"). Its
/// rows wrap now: every control of the detail lies whole inside the window.
#[test]
fn at_200_percent_the_contact_detail_is_whole_inside_the_window() {
    let mut harness = common::app_harness(Startup::Example);
    let screen = egui::vec2(1366.0 / 2.0, 768.0 / 2.0);
    harness.set_size(screen);
    press(&mut harness, Modifiers::COMMAND, Key::Num2);
    harness.run();
    let mut checked = Vec::new();
    for (role, name) in [
        (Role::TextInput, "Organisation"),
        (Role::TextInput, "E-Mail"),
        (Role::TextInput, "Telefon"),
        (Role::ComboBox, "Beziehungsform"),
        (Role::ComboBox, "Kreis"),
        (Role::CheckBox, "Standard (alle 14 Tage)"),
        (Role::RadioButton, "Wichtigkeit 5 von 5"),
    ] {
        let Some(node) = harness.query_by_role_and_label(role, name) else {
            panic!("{name} ({role:?}) is not in the contact detail");
        };
        let rect = node.rect();
        assert!(
            rect.max.x <= screen.x + 0.5,
            "{name} runs past the window's edge: {rect:?} on {screen:?}"
        );
        checked.push(name);
    }
    let last_contact = painted_texts(&harness, "Letzter Kontakt");
    assert!(
        !last_contact.is_empty()
            && last_contact
                .iter()
                .all(|(_, rect, cut)| !cut && rect.max.x <= screen.x + 0.5),
        "'Letzter Kontakt' is cut: {last_contact:?}"
    );
    assert_eq!(checked.len(), 7);
}
