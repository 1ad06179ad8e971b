//! Templates in the running app: choosing one for a new canvas, switching a canvas
//! without losing text, and the template editor's add, rename, move and remove.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;

use common::{app_harness, click_button, press, replace_text};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{By, Queryable};
use netzwerk_canvas::app::Startup;
use netzwerk_canvas::command::ViewCommand;
use netzwerk_canvas::command::{Command, View};

fn template_of_selected(harness: &egui_kittest::Harness<'_, netzwerk_canvas::app::App>) -> String {
    let app = harness.state();
    let id = app.selected().unwrap();
    app.document().workspace().get(id).unwrap().template.clone()
}

#[test]
fn a_new_collaboration_can_start_from_a_bundled_template() {
    let mut harness = app_harness(Startup::Example);
    harness.get_by_label("Neue Kooperation mit Vorlage").click();
    harness.run();
    click_button(&mut harness, "Kooperationsvereinbarung");
    assert_eq!(template_of_selected(&harness), "kooperationsvereinbarung");
    // The canvas shows the template's boxes, and the file now carries the template.
    harness.get_by_label("Rollen");
    harness.get_by_label("Risiken und Grenzen");
    let workspace = &harness.state().document().workspace();
    assert!(
        workspace
            .templates
            .iter()
            .any(|t| t.id == "kooperationsvereinbarung")
    );
}

#[test]
fn switching_a_canvas_keeps_its_text_under_other_notes_and_undo_brings_it_back() {
    let mut harness = app_harness(Startup::Example);
    let before = {
        let app = harness.state();
        app.document()
            .workspace()
            .get(app.selected().unwrap())
            .unwrap()
            .fields
            .clone()
    };
    harness
        .get_by_role_and_label(Role::ComboBox, "Vorlage")
        .click();
    harness.run();
    harness.get_by_label("Begegnung (Karte)").click();
    harness.run();
    assert_eq!(template_of_selected(&harness), "begegnung");
    harness.get_by_label("Übrige Notizen");
    harness.get_by_label("Was verbindet uns?");
    let motivation = harness.get_by_role_and_label(Role::MultilineTextInput, "Motivation");
    assert!(motivation.value().unwrap().contains("Lebensmittelmarkt"));
    let after = {
        let app = harness.state();
        app.document()
            .workspace()
            .get(app.selected().unwrap())
            .unwrap()
            .fields
            .clone()
    };
    let filled = |fields: &std::collections::BTreeMap<String, String>| {
        fields
            .iter()
            .filter(|(_, text)| !text.is_empty())
            .map(|(id, text)| (id.clone(), text.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(filled(&before), filled(&after), "no text changed");

    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(template_of_selected(&harness), "kooperations-canvas");
    assert!(harness.query_by_label("Übrige Notizen").is_none());
}

#[test]
fn the_editor_adds_renames_and_moves_a_field_and_the_canvas_follows() {
    let mut harness = app_harness(Startup::Example);
    press(&mut harness, Modifiers::COMMAND, Key::Num5);
    assert_eq!(harness.state().view(), View::Templates);
    // The default template is bundled: "Bearbeiten" stores a copy in the file.
    click_button(&mut harness, "Vorlage bearbeiten");
    click_button(&mut harness, "+ Feld");
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Bezeichnung (deutsch)",
        "Offene Fragen",
    );
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Frage (deutsch)",
        "Was ist noch ungeklärt?",
    );
    let template = |harness: &egui_kittest::Harness<'_, netzwerk_canvas::app::App>| {
        harness.state().document().workspace().templates[0].clone()
    };
    let added = template(&harness).fields.last().cloned().unwrap();
    assert_eq!(added.label_de, "Offene Fragen");
    assert_eq!(
        (added.column, added.row),
        (0, 3),
        "a new row for the new field"
    );
    assert_eq!(template(&harness).rows, 4);

    // Move it one place forward in reading order, then one cell to the right.
    let ups = harness
        .query_all(By::new().role(Role::Button).label_contains("Nach vorn: "))
        .count();
    assert_eq!(ups, 9);
    harness
        .query_all(By::new().role(Role::Button).label_contains("Nach vorn: "))
        .last()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(template(&harness).fields[7].label_de, "Offene Fragen");
    // Drag its box in the page preview one cell to the right…
    let rect = harness.get_by_label("▦ Offene Fragen").rect();
    let (from, to) = (
        rect.center(),
        rect.center() + egui::vec2(rect.width() + 4.0, 0.0),
    );
    harness.drag_at(from);
    harness.run();
    harness.hover_at(from + egui::vec2(20.0, 0.0));
    harness.run();
    harness.hover_at(to);
    harness.run();
    harness.drop_at(to);
    harness.run();
    let moved = &template(&harness).fields[7];
    assert_eq!((moved.column, moved.row), (1, 3));
    // …and make it two columns wide with the keyboard's spin button.
    harness
        .get_by_role_and_label(Role::SpinButton, "Breite (Spalten)")
        .set_value_accesskit(2.0);
    harness.run();
    assert_eq!(template(&harness).fields[7].column_span, 2);
    assert!(harness.state().document().is_modified());

    // The canvas of every collaboration with this template shows the new box.
    harness
        .state_mut()
        .queue(Command::View(ViewCommand::ShowView(View::Canvases)));
    harness.run();
    harness.get_by_label("Offene Fragen");
    harness.get_by_role_and_label(Role::MultilineTextInput, "Offene Fragen");
}

#[test]
fn removing_a_field_with_text_asks_and_keeps_the_text() {
    let mut harness = app_harness(Startup::Example);
    press(&mut harness, Modifiers::COMMAND, Key::Num5);
    click_button(&mut harness, "Vorlage bearbeiten");
    // "Motivation" is the first field; every example canvas has text in it.
    harness
        .query_all(
            By::new()
                .role(Role::Button)
                .label_contains("Feld entfernen: "),
        )
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label("Feld entfernen?");
    harness.get_by_label_contains("enthält Text in 4 Kooperationen");
    click_button(&mut harness, "Abbrechen");
    assert_eq!(
        harness.state().document().workspace().templates[0]
            .fields
            .len(),
        8
    );

    harness
        .query_all(
            By::new()
                .role(Role::Button)
                .label_contains("Feld entfernen: "),
        )
        .next()
        .unwrap()
        .click();
    harness.run();
    click_button(&mut harness, "Löschen");
    let workspace = &harness.state().document().workspace();
    assert!(workspace.templates[0].field("motivation").is_none());
    assert!(
        workspace.collaborations[0]
            .field_text("motivation")
            .contains("Lebensmittelmarkt"),
        "the text stays in the collaboration"
    );
    harness
        .state_mut()
        .queue(Command::View(ViewCommand::ShowView(View::Canvases)));
    harness.run();
    harness.get_by_label("Übrige Notizen");
}

#[test]
fn a_template_is_exported_to_a_file_and_imported_under_a_new_id() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("vereinbarung.json");
    let mut harness = app_harness(Startup::Example);
    press(&mut harness, Modifiers::COMMAND, Key::Num5);
    harness.get_by_label("Kooperationsvereinbarung").click();
    harness.run();
    click_button(&mut harness, "Vorlage exportieren…");
    common::answer_path_prompt(&mut harness, &path);
    let exported = netzwerk_canvas::storage::load_template(&path).unwrap();
    assert_eq!(exported.id, "kooperationsvereinbarung");
    assert_eq!(exported.fields.len(), 6);

    click_button(&mut harness, "Vorlage importieren…");
    common::answer_path_prompt(&mut harness, &path);
    let workspace = &harness.state().document().workspace();
    let imported = workspace.templates.last().unwrap();
    assert_eq!(
        imported.id, "kooperationsvereinbarung-2",
        "a taken id is not overwritten"
    );
    assert_eq!(imported.fields, exported.fields);
    harness.get_by_label_contains("Vorlage „Kooperationsvereinbarung“ importiert");

    // A workspace file is not a template: a clear message, and the file stays as it is.
    let workspace_file = folder.path().join("arbeitsbereich.json");
    netzwerk_canvas::storage::save_workspace(&workspace_file, workspace).unwrap();
    let before = std::fs::read(&workspace_file).unwrap();
    click_button(&mut harness, "Vorlage importieren…");
    common::answer_path_prompt(&mut harness, &workspace_file);
    harness.get_by_label_contains("keine Vorlagendatei");
    assert_eq!(std::fs::read(&workspace_file).unwrap(), before);
}

/// Issue 15: the corner handle of the selected box is large enough to grab (≥ 16
/// points) and an ordinary drag – press, move, release – sets the box's spans.
#[test]
fn the_resize_handle_is_large_and_answers_an_ordinary_drag() {
    let mut harness = app_harness(Startup::Example);
    press(&mut harness, Modifiers::COMMAND, Key::Num5);
    click_button(&mut harness, "Vorlage bearbeiten");
    let template = |harness: &egui_kittest::Harness<'_, netzwerk_canvas::app::App>| {
        harness.state().document().workspace().templates[0].clone()
    };
    // A new field gets a row of its own, so the cell to its right is free.
    click_button(&mut harness, "+ Feld");
    let before = template(&harness).fields.last().cloned().unwrap();
    assert_eq!(
        (before.column, before.column_span, before.row_span),
        (0, 1, 1)
    );
    let label = format!("▦ {}", before.label_de);
    harness.get_by_label(&label).click();
    harness.run();
    let handle = harness
        .get_by_label(&format!("Größe ändern: {}", before.label_de))
        .rect();
    assert!(
        handle.width() >= 16.0 && handle.height() >= 16.0,
        "the handle is {handle:?}"
    );
    let cell = harness.get_by_label(&label).rect();
    let from = handle.center();
    let to = from + egui::vec2(cell.width() * 0.8, 0.0);
    harness.drag_at(from);
    harness.run();
    harness.hover_at(from + egui::vec2(12.0, 0.0));
    harness.run();
    harness.hover_at(to);
    harness.run();
    harness.drop_at(to);
    harness.run();
    let after = template(&harness).fields.last().cloned().unwrap();
    assert_eq!((after.column_span, after.row_span), (2, 1));
}
