//! A new user's first start: the built-in example, the list and the canvas.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;

use common::{app_harness, click_button, replace_text, text_of};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use netzwerk_canvas::app::Startup;
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::model::{FieldKind, Template};
use netzwerk_canvas::storage;

const EXAMPLE_TITLES: [&str; 4] = [
    "Dorfladen Rhade",
    "Sportverein TuS Rhade – Jugendarbeit",
    "Stadt trifft Wissenschaft",
    "Ehrenamtsbörse Kreis",
];

#[test]
fn the_example_lists_its_collaborations_and_shows_the_first_canvas() {
    let harness = app_harness(Startup::Example);
    for title in EXAMPLE_TITLES {
        harness.get_by_role_and_label(Role::Button, title);
    }
    let motivation = text_of(&harness, Role::MultilineTextInput, "Motivation");
    assert!(
        motivation.starts_with("Seit der letzte Lebensmittelmarkt"),
        "{motivation}"
    );
    assert_eq!(
        text_of(&harness, Role::TextInput, "Titel"),
        "Dorfladen Rhade"
    );
    assert!(!harness.state().document().is_modified());
}

#[test]
fn every_template_field_has_a_labelled_editor_with_its_question_as_hint() {
    let harness = app_harness(Startup::Example);
    for label in [
        "Motivation",
        "Erwartungen",
        "Gemeinsame Ziele",
        "Zusammenarbeit",
        "Mehrwert",
        "Erfolg",
        "Nächste Schritte & Absprachen",
    ] {
        let value = text_of(&harness, Role::MultilineTextInput, label);
        assert!(!value.is_empty(), "{label} is empty in the example");
    }
    for label in [
        "Zeit – Ich",
        "Geld – Partner",
        "Energie – Ich",
        "Zeit – Notiz",
    ] {
        harness.get_by_label(label);
    }
    // A filled field keeps its question visible above the text.
    let template = Template::kooperations_canvas();
    let text_fields = || {
        template
            .fields
            .iter()
            .filter(|field| field.kind == FieldKind::Text)
    };
    for field in text_fields() {
        let question = field.question(Language::German);
        assert!(
            harness.query_all_by_label(question).next().is_some(),
            "the question of {} is not shown: {question}",
            field.id
        );
    }

    // An empty field shows its question inside the editor, as the hint.
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("leer.json");
    let mut workspace = storage::example_workspace().unwrap();
    workspace.collaborations.truncate(1);
    workspace.collaborations[0].fields.clear();
    workspace.collaborations[0].partner_view.clear();
    workspace.collaborations[0].template = template.id.clone();
    storage::save_workspace(&path, &workspace).unwrap();
    let empty = app_harness(Startup::File(path));
    // Two-sided fields show it in "my view", which carries the field's label.
    let mut checked = 0;
    for field in text_fields() {
        let label = field.label(Language::German);
        let editor = empty.get_by_role_and_label(Role::MultilineTextInput, label);
        assert_eq!(
            editor.accesskit_node().placeholder(),
            Some(field.question(Language::German)),
            "{label}"
        );
        checked += 1;
    }
    assert!(checked >= 7, "only {checked} fields checked");
}

#[test]
fn clicking_another_collaboration_shows_its_canvas() {
    let mut harness = app_harness(Startup::Example);
    click_button(&mut harness, "Stadt trifft Wissenschaft");
    assert_eq!(
        text_of(&harness, Role::TextInput, "Titel"),
        "Stadt trifft Wissenschaft"
    );
    let partners = text_of(&harness, Role::TextInput, "Partner");
    assert!(partners.contains("Hochschule"), "{partners}");
}

#[test]
fn search_filters_the_list_by_any_text() {
    let mut harness = app_harness(Startup::Example);
    // "Lebensmittelmarkt" only appears in a field of the village shop, not in a title.
    replace_text(&mut harness, Role::TextInput, "Suche", "lebensmittelmarkt");
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Dorfladen Rhade")
            .is_some()
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Stadt trifft Wissenschaft")
            .is_none()
    );
    replace_text(&mut harness, Role::TextInput, "Suche", "gibt es nirgends");
    harness.get_by_label_contains("Keine Treffer");
}

#[test]
fn ctrl_f_focuses_the_search_field() {
    let mut harness = app_harness(Startup::Example);
    common::press(&mut harness, egui::Modifiers::COMMAND, egui::Key::F);
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "Suche")
            .is_focused()
    );
}

#[test]
fn delete_asks_first_and_cancel_keeps_the_collaboration() {
    let mut harness = app_harness(Startup::Example);
    click_button(&mut harness, "Stadt trifft Wissenschaft");
    click_button(&mut harness, "Löschen…");
    harness.get_by_label("Kooperation löschen?");
    assert_eq!(
        harness.state().document().workspace().collaborations.len(),
        4
    );

    click_button(&mut harness, "Abbrechen");
    assert!(harness.query_by_label("Kooperation löschen?").is_none());
    assert_eq!(
        harness.state().document().workspace().collaborations.len(),
        4
    );

    click_button(&mut harness, "Löschen…");
    click_button(&mut harness, "Löschen");
    let titles = common::collaboration_titles(&harness);
    assert!(!titles.iter().any(|t| t == "Stadt trifft Wissenschaft"));
    assert_eq!(titles.len(), 3);
    assert!(harness.state().document().is_modified());
}

#[test]
fn duplicate_and_rename_work_from_the_panel() {
    let mut harness = app_harness(Startup::Example);
    click_button(&mut harness, "Duplizieren");
    let titles = common::collaboration_titles(&harness);
    assert_eq!(titles[1], "Dorfladen Rhade (Kopie)");

    common::press(&mut harness, egui::Modifiers::NONE, egui::Key::F2);
    harness.get_by_label("Kooperation umbenennen");
    replace_text(
        &mut harness,
        Role::TextInput,
        "Neuer Titel",
        "Dorfladen Rhade – Variante B",
    );
    click_button(&mut harness, "OK");
    let titles = common::collaboration_titles(&harness);
    assert_eq!(titles[1], "Dorfladen Rhade – Variante B");
    harness.get_by_role_and_label(Role::Button, "Dorfladen Rhade – Variante B");
}

#[test]
fn switching_to_english_relabels_the_ui() {
    let mut harness = app_harness(Startup::Example);
    harness.get_by_label("Ansicht").click();
    harness.run();
    harness.get_by_label("English").click();
    harness.run();
    harness.get_by_label("File");
    harness.get_by_role_and_label(Role::MultilineTextInput, "Expectations");
    assert!(harness.query_by_label("Datei").is_none());
}

/// Issue 15: started without a file, the app opens the file opened last; the example
/// only when there is none (the very first start) or it is gone.
#[test]
fn starting_without_a_file_opens_the_last_one_or_the_example() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("zuletzt.json");
    storage::save_workspace(&path, &storage::example_workspace().unwrap()).unwrap();
    let mut preferences = netzwerk_canvas::preferences::Preferences::default();
    preferences.remember_file(&path);
    let harness = common::app_harness_with(Startup::LastFileOrExample, preferences.clone());
    let document = harness.state().document();
    assert_eq!(
        document.path().map(|p| p.file_name().unwrap().to_owned()),
        Some("zuletzt.json".into())
    );
    assert!(!document.is_example());
    drop(harness);

    std::fs::remove_file(&path).unwrap();
    let harness = common::app_harness_with(Startup::LastFileOrExample, preferences);
    assert!(
        harness.state().document().is_example(),
        "the file is gone: the example"
    );
    let first = common::app_harness(Startup::LastFileOrExample);
    assert!(
        first.state().document().is_example(),
        "the very first start: the example"
    );
}

/// Issue 15: Hilfe → Beispiel öffnen brings the example back, asking first about
/// unsaved work.
#[test]
fn help_opens_the_example_after_asking_about_unsaved_work() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("eigen.json");
    storage::save_workspace(&path, &storage::example_workspace().unwrap()).unwrap();
    let mut harness = app_harness(Startup::File(path));
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Mehrwert",
        "Eigenes",
    );
    harness.get_by_label("Hilfe").click();
    harness.run();
    click_button(&mut harness, "Beispiel öffnen");
    harness.get_by_label("Ungespeicherte Änderungen");
    click_button(&mut harness, "Verwerfen");
    let document = harness.state().document();
    assert!(document.is_example());
    assert_eq!(document.path(), None);
}
