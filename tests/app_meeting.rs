//! Meeting preparation and debrief, stored with the collaboration.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;

use common::{app_harness, app_harness_on, click_button, press, replace_text, text_of};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use netzwerk_canvas::app::Startup;
use netzwerk_canvas::model::{Principle, Rating};
use netzwerk_canvas::storage;

#[test]
fn preparation_answers_and_the_self_check_are_saved_with_the_collaboration() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("treffen.json");
    let mut harness = app_harness(Startup::Example);
    click_button(&mut harness, "Vorbereitung…");
    harness.get_by_label("Vorbereitung: Dorfladen Rhade");
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "1. Was ist meine Motivation, und was erwarte ich?",
        "Nahversorgung sichern; ich erwarte eine Zusage zur Miete.",
    );
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "3. Worin genau besteht der Mehrwert?",
        "Ein Treffpunkt im Ortskern.",
    );
    harness.get_by_label("Vertrauen: Grün").click();
    harness.run();
    harness.get_by_label("Verlässlichkeit: Gelb").click();
    harness.run();
    replace_text(
        &mut harness,
        Role::TextInput,
        "Verlässlichkeit: Notiz",
        "Protokolle kamen spät",
    );
    click_button(&mut harness, "Fertig");

    common::save_via_command(&mut harness, &path);
    let saved = storage::load_workspace(&path).unwrap();
    let preparation = &saved.collaborations[0].preparation;
    assert_eq!(
        preparation.motivation_expectations,
        "Nahversorgung sichern; ich erwarte eine Zusage zur Miete."
    );
    assert_eq!(preparation.added_value, "Ein Treffpunkt im Ortskern.");
    assert_eq!(preparation.check(Principle::Trust).rating, Rating::Green);
    let reliability = preparation.check(Principle::Reliability);
    assert_eq!(
        (reliability.rating, reliability.note.as_str()),
        (Rating::Amber, "Protokolle kamen spät")
    );
    assert_eq!(
        preparation.check(Principle::Negotiation).rating,
        Rating::Unrated
    );
    let json = std::fs::read_to_string(&path).unwrap();
    assert!(json.contains("\"preparation\"") && json.contains("\"reliability\""));
}

#[test]
fn the_debrief_proposes_three_days_after_the_meeting_and_keeps_the_history() {
    // The example's meeting is on 03.12.2026, after this "today".
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let mut harness = app_harness_on(Startup::Example, today);
    // The partners' contacts get the meeting in their log; undo takes it out again.
    let logged = |harness: &egui_kittest::Harness<'_, netzwerk_canvas::app::App>| {
        let workspace = &harness.state().document().workspace();
        let linked = &workspace.collaborations[0].partner_contacts;
        assert!(!linked.is_empty(), "the example links contacts");
        linked
            .iter()
            .map(|id| workspace.contact(id).unwrap().activities.len())
            .collect::<Vec<_>>()
    };
    let logged_before = logged(&harness);
    click_button(&mut harness, "Nachbereitung…");
    // Written before the planned meeting, the debrief is about one that took place:
    // today's.
    assert_eq!(
        common::text_of(&harness, Role::TextInput, "Datum des Treffens"),
        "29.11.2026"
    );
    assert_eq!(
        common::text_of(&harness, Role::TextInput, "Nachfassen am"),
        "02.12.2026"
    );
    replace_text(
        &mut harness,
        Role::TextInput,
        "Datum des Treffens",
        "30.12.2026",
    );
    assert_eq!(
        common::text_of(&harness, Role::TextInput, "Nachfassen am"),
        "02.01.2027"
    );
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Ergebnis",
        "Miete geklärt, Förderantrag folgt.",
    );
    click_button(&mut harness, "Im Verlauf speichern");

    let meetings = &harness.state().document().workspace().collaborations[0].meetings;
    assert_eq!(meetings.len(), 1);
    assert_eq!(meetings[0].date.to_string(), "2026-12-30");
    assert_eq!(meetings[0].follow_up.unwrap().to_string(), "2027-01-02");
    assert_eq!(meetings[0].outcome, "Miete geklärt, Förderantrag folgt.");
    assert!(harness.state().document().is_modified());
    let logged_after: Vec<usize> = logged_before.iter().map(|count| count + 1).collect();
    assert_eq!(logged(&harness), logged_after);

    click_button(&mut harness, "Nachbereitung…");
    harness.get_by_label_contains("Miete geklärt");
    click_button(&mut harness, "Abbrechen");
    common::press(&mut harness, egui::Modifiers::COMMAND, egui::Key::Z);
    assert!(
        harness.state().document().workspace().collaborations[0]
            .meetings
            .is_empty()
    );
    assert_eq!(logged(&harness), logged_before);
    common::press(&mut harness, egui::Modifiers::COMMAND, egui::Key::Y);
    assert_eq!(logged(&harness), logged_after);
}

#[test]
fn an_invalid_debrief_date_cannot_be_saved() {
    let mut harness = app_harness(Startup::Example);
    click_button(&mut harness, "Nachbereitung…");
    replace_text(
        &mut harness,
        Role::TextInput,
        "Datum des Treffens",
        "irgendwann",
    );
    harness.get_by_label_contains("Datum nicht erkannt");
    harness
        .get_by_role_and_label(Role::Button, "Im Verlauf speichern")
        .click();
    harness.run();
    assert!(
        harness.state().document().workspace().collaborations[0]
            .meetings
            .is_empty()
    );
    assert!(
        harness.state().dialog().is_some(),
        "the dialog stays open with the typed text"
    );
}

const TAKEN_FROM_CANVAS: &str =
    "Aus dem Canvas übernommen – Sie können den Text so lassen oder überschreiben.";
const QUESTION_1: &str = "1. Was ist meine Motivation, und was erwarte ich?";
const QUESTION_2: &str = "2. Ist die Zusammenarbeit wertschätzend, und gibt es gemeinsame Ziele?";
const QUESTION_3: &str = "3. Worin genau besteht der Mehrwert?";

fn field(harness: &egui_kittest::Harness<'_, netzwerk_canvas::app::App>, id: &str) -> String {
    harness.state().document().workspace().collaborations[0]
        .field_text(id)
        .to_owned()
}

#[test]
fn empty_preparation_answers_propose_the_canvas_text_until_edited() {
    let mut harness = app_harness(Startup::Example);
    let motivation = format!(
        "Motivation: {}\nErwartungen: {}",
        field(&harness, "motivation"),
        field(&harness, "expectations")
    );
    let goals = format!(
        "Gemeinsame Ziele: {}\nZusammenarbeit: {}",
        field(&harness, "shared_goals"),
        field(&harness, "collaboration")
    );
    let added_value = field(&harness, "added_value");
    click_button(&mut harness, "Vorbereitung…");
    assert_eq!(
        text_of(&harness, Role::MultilineTextInput, QUESTION_1),
        motivation
    );
    assert_eq!(
        text_of(&harness, Role::MultilineTextInput, QUESTION_2),
        goals
    );
    assert_eq!(
        text_of(&harness, Role::MultilineTextInput, QUESTION_3),
        added_value
    );
    assert_eq!(harness.get_all_by_label(TAKEN_FROM_CANVAS).count(), 3);
    // Showing the proposal stores nothing.
    assert!(!harness.state().document().is_modified());

    // Written over: the own answer, no longer marked.
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        QUESTION_3,
        "Ein Treffpunkt im Ortskern.",
    );
    // Kept and extended: the canvas text with the addition is the answer.
    harness
        .get_by_role_and_label(Role::MultilineTextInput, QUESTION_1)
        .focus();
    harness.run();
    press(&mut harness, egui::Modifiers::COMMAND, egui::Key::End);
    harness
        .get_by_role_and_label(Role::MultilineTextInput, QUESTION_1)
        .type_text(" Zusage bis März.");
    harness.run();
    // Cleared on purpose: stays empty while the dialog is open.
    harness
        .get_by_role_and_label(Role::MultilineTextInput, QUESTION_2)
        .focus();
    harness.run();
    press(&mut harness, egui::Modifiers::COMMAND, egui::Key::A);
    press(&mut harness, egui::Modifiers::NONE, egui::Key::Backspace);
    assert_eq!(text_of(&harness, Role::MultilineTextInput, QUESTION_2), "");
    assert_eq!(harness.query_all_by_label(TAKEN_FROM_CANVAS).count(), 0);
    click_button(&mut harness, "Fertig");

    let preparation = &harness.state().document().workspace().collaborations[0].preparation;
    assert_eq!(
        preparation.motivation_expectations,
        format!("{motivation} Zusage bis März.")
    );
    assert_eq!(preparation.appreciation_goals, "");
    assert_eq!(preparation.added_value, "Ein Treffpunkt im Ortskern.");
    assert!(harness.state().document().is_modified());

    // Opened again, the empty answer proposes the canvas once more.
    click_button(&mut harness, "Vorbereitung…");
    assert_eq!(
        text_of(&harness, Role::MultilineTextInput, QUESTION_2),
        goals
    );
    assert_eq!(harness.get_all_by_label(TAKEN_FROM_CANVAS).count(), 1);
}

#[test]
fn the_comparison_marks_added_and_removed_words_and_names_each_field_once() {
    let mut harness = app_harness(Startup::Example);
    click_button(&mut harness, "Stand festhalten");
    let success = field(&harness, "success");
    assert!(success.contains("nach drei Jahren"), "{success}");
    let now = format!(
        "{} Alle kaufen ein.",
        success.replace("nach drei Jahren", "nach zwei Jahren")
    );
    replace_text(&mut harness, Role::MultilineTextInput, "Erfolg", &now);
    click_button(&mut harness, "Vergleichen…");
    harness.get_by_label("Erfolg: geändert");
    harness.get_by_label("Mehrwert: unverändert");
    // The legend, then the marks: one removed word, two added stretches.
    harness.get_by_label("Markiert gegenüber dem Stand:");
    harness.get_by_label("Entfernt: drei");
    harness.get_by_label("Hinzugefügt: zwei");
    harness.get_by_label("Hinzugefügt: Alle kaufen ein.");
    assert_eq!(harness.query_all_by_label_contains("Entfernt: ").count(), 1);
    assert_eq!(
        harness.query_all_by_label_contains("Hinzugefügt: ").count(),
        2
    );
    harness.get_by_label_contains("Jahren ohne Zuschüsse.");
    click_button(&mut harness, "Schließen");
    assert!(harness.state().dialog().is_none());
}
