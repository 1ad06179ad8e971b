//! "Als PDF exportieren…" in the app: options, path, progress, result.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;
use crate::pdf_common;

use std::path::Path;
use std::time::Duration;

use common::{app_harness, click_button, press, replace_text};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use netzwerk_canvas::app::{App, Startup};
use netzwerk_canvas::export::ExportContent;
use netzwerk_canvas::export::{Orientation, Paper};
use pdf_common::ParsedPdf;

/// Enters the PDF path in the in-app prompt and waits for the worker to finish.
fn export_to(harness: &mut Harness<'_, App>, path: &Path) {
    replace_text(
        harness,
        Role::TextInput,
        "Pfad",
        &path.display().to_string(),
    );
    harness.get_by_role_and_label(Role::Button, "OK").click();
    for _ in 0..1000 {
        harness.step();
        if !harness.state().is_exporting() && harness.state().dialog().is_some() {
            harness.run();
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("the export did not finish");
}

fn is_radio_disabled(harness: &Harness<'_, App>, label: &str) -> bool {
    harness
        .get_by_role_and_label(Role::RadioButton, label)
        .accesskit_node()
        .is_disabled()
}

fn is_radio_checked(harness: &Harness<'_, App>, label: &str) -> bool {
    let node = harness.get_by_role_and_label(Role::RadioButton, label);
    node.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True)
}

fn choose(harness: &mut Harness<'_, App>, label: &str) {
    harness.get_by_label_contains(label).click();
    harness.run();
}

#[test]
fn exporting_all_canvases_on_a3_writes_the_pdf_and_offers_to_open_it() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("workshop.pdf");
    let mut harness = app_harness(Startup::Example);
    press(&mut harness, Modifiers::COMMAND, Key::P);
    harness.get_by_label("Was soll gedruckt werden?");
    choose(&mut harness, "Alle Kooperationen (4");
    choose(&mut harness, "A3");
    click_button(&mut harness, "Exportieren…");
    harness.get_by_label("PDF speichern unter");
    export_to(&mut harness, &path);

    harness.get_by_label("PDF gespeichert");
    harness.get_by_role_and_label(Role::Button, "PDF öffnen");
    let parsed = ParsedPdf::parse(&std::fs::read(&path).unwrap());
    assert_eq!(parsed.page_count(), 4);
    let (width, height) = parsed.page_size(1);
    assert!((width - 1190.6).abs() < 0.5 && (height - 841.9).abs() < 0.5);
    assert!(parsed.page_text(1).contains("Dorfladen Rhade"));

    let remembered = harness.state().preferences().export;
    assert_eq!(remembered.content, ExportContent::All);
    assert_eq!(remembered.page.paper, Paper::A3);
    click_button(&mut harness, "Schließen");
    assert!(harness.state().dialog().is_none());
}

#[test]
fn the_current_canvas_is_exported_as_one_page_with_its_edits() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("eine");
    let mut harness = app_harness(Startup::Example);
    click_button(&mut harness, "Stadt trifft Wissenschaft");
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Erfolg",
        "Frisch geändert vor dem Druck",
    );
    harness.get_by_label("Datei").click();
    harness.run();
    // Menu entries show their shortcut next to the label.
    choose(&mut harness, "Als PDF exportieren…");
    choose(
        &mut harness,
        "Aktuelle Kooperation: Stadt trifft Wissenschaft",
    );
    click_button(&mut harness, "Exportieren…");
    export_to(&mut harness, &path);

    let written = folder.path().join("eine.pdf");
    let parsed = ParsedPdf::parse(&std::fs::read(&written).unwrap());
    assert_eq!(parsed.page_count(), 1);
    let text = parsed.page_text(1);
    assert!(
        text.contains("Stadt trifft Wissenschaft") && text.contains("Frisch geändert"),
        "{text}"
    );
}

#[test]
fn a_blank_template_needs_no_collaboration() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("vorlage.pdf");
    let mut harness = app_harness(Startup::Example);
    press(&mut harness, Modifiers::COMMAND, Key::N);
    assert!(
        harness
            .state()
            .document()
            .workspace()
            .collaborations
            .is_empty()
    );
    press(&mut harness, Modifiers::COMMAND, Key::P);
    choose(&mut harness, "Leere Vorlage");
    click_button(&mut harness, "Exportieren…");
    export_to(&mut harness, &path);
    let parsed = ParsedPdf::parse(&std::fs::read(&path).unwrap());
    assert!(parsed.page_text(1).contains("Gemeinsame Ziele"));
}

#[test]
fn an_export_that_cannot_be_written_says_why_and_leaves_no_file() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("fehlt").join("x.pdf");
    let mut harness = app_harness(Startup::Example);
    press(&mut harness, Modifiers::COMMAND, Key::P);
    click_button(&mut harness, "Exportieren…");
    export_to(&mut harness, &path);
    harness.get_by_label_contains("konnte nicht geschrieben werden");
    assert!(std::fs::read_dir(folder.path()).unwrap().next().is_none());
}

#[test]
fn cancelling_the_export_options_changes_nothing() {
    let mut harness = app_harness(Startup::Example);
    press(&mut harness, Modifiers::COMMAND, Key::P);
    choose(&mut harness, "A3");
    click_button(&mut harness, "Abbrechen");
    assert!(harness.state().dialog().is_none());
    assert_eq!(harness.state().preferences().export.page.paper, Paper::A4);
}

#[test]
fn the_meeting_brief_is_exported_from_the_app_on_one_a4_portrait_page() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("brief.pdf");
    let mut harness = app_harness(Startup::Example);
    press(&mut harness, Modifiers::COMMAND, Key::P);
    choose(
        &mut harness,
        "Gesprächsvorbereitung der aktuellen Kooperation",
    );
    assert!(is_radio_disabled(&harness, "A3") && is_radio_disabled(&harness, "Querformat"));
    // It shows what will print, A4 portrait, though landscape is the remembered choice.
    assert!(is_radio_checked(&harness, "A4") && is_radio_checked(&harness, "Hochformat"));
    harness.get_by_label("Die Gesprächsvorbereitung ist immer eine Seite A4 hoch.");
    click_button(&mut harness, "Exportieren…");
    export_to(&mut harness, &path);
    let parsed = ParsedPdf::parse(&std::fs::read(&path).unwrap());
    assert_eq!(parsed.page_count(), 1);
    let (width, height) = parsed.page_size(1);
    assert!(height > width, "portrait");
    assert!(parsed.page_text(1).contains("Selbstcheck"));
    let remembered = harness.state().preferences().export.page;
    assert_eq!(
        remembered.orientation,
        Orientation::Landscape,
        "the choice is kept"
    );
}

#[test]
fn the_contact_list_and_the_map_are_exported_from_the_dialog_and_remembered() {
    let folder = tempfile::tempdir().unwrap();
    // A copy, since the app keeps a lock file next to the file it opens.
    let fixture = folder.path().join("contacts.json");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/contacts.json"),
        &fixture,
    )
    .unwrap();
    let mut harness = app_harness(Startup::File(fixture));
    press(&mut harness, Modifiers::COMMAND, Key::P);
    choose(&mut harness, "Kontaktliste (Netzwerkbuch)");
    assert!(
        !is_radio_disabled(&harness, "Hochformat"),
        "the list can be portrait"
    );
    click_button(&mut harness, "Exportieren…");
    let list = folder.path().join("kontakte.pdf");
    export_to(&mut harness, &list);
    harness.get_by_label("PDF gespeichert");
    let text = ParsedPdf::parse(&std::fs::read(&list).unwrap()).all_text();
    assert!(text.contains("Netzwerkbuch – Kontakte"), "{text}");
    assert!(text.contains("Özlem Yıldız") && text.contains("Frieda Groß"));
    assert_eq!(
        harness.state().preferences().export.content,
        ExportContent::Contacts
    );
    click_button(&mut harness, "Schließen");

    press(&mut harness, Modifiers::COMMAND, Key::P);
    harness
        .get_by_role_and_label(Role::RadioButton, "Netzwerkkarte")
        .click();
    harness.run();
    assert!(is_radio_disabled(&harness, "Hochformat") && !is_radio_disabled(&harness, "A3"));
    harness.get_by_label("Die Netzwerkkarte wird immer quer gedruckt.");
    click_button(&mut harness, "Exportieren…");
    let map = folder.path().join("karte.pdf");
    export_to(&mut harness, &map);
    let parsed = ParsedPdf::parse(&std::fs::read(&map).unwrap());
    assert_eq!(parsed.page_count(), 1);
    assert!(parsed.page_text(1).contains("Netzwerkkarte"));
    assert_eq!(
        harness.state().preferences().export.content,
        ExportContent::Map
    );
}

/// Issue 12: the save dialog proposed the workspace's own name for the PDF, and
/// confirming it wrote the PDF over the workspace.
#[test]
fn the_pdf_is_proposed_under_its_content_next_to_the_workspace_and_never_replaces_it() {
    let folder = tempfile::tempdir().unwrap();
    let workspace = folder.path().join("laptop.json");
    netzwerk_canvas::storage::save_workspace(
        &workspace,
        &netzwerk_canvas::storage::example_workspace().unwrap(),
    )
    .unwrap();
    let before = std::fs::read(&workspace).unwrap();
    let mut harness = app_harness(Startup::File(workspace.clone()));
    press(&mut harness, Modifiers::COMMAND, Key::P);
    choose(&mut harness, "Alle Kooperationen (4");
    click_button(&mut harness, "Exportieren…");
    let proposed = common::text_of(&harness, Role::TextInput, "Pfad");
    let expected = folder.path().join("Alle Kooperationen.pdf");
    assert_eq!(proposed, expected.display().to_string());

    // Typing the workspace's name anyway gets a ".pdf" and leaves the workspace alone.
    export_to(&mut harness, &workspace);
    harness.get_by_label("PDF gespeichert");
    assert_eq!(std::fs::read(&workspace).unwrap(), before);
    let pdf = std::fs::read(folder.path().join("laptop.json.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    click_button(&mut harness, "Schließen");

    // An existing file that is not a PDF is refused with a message; nothing is written.
    let notes = folder.path().join("notizen.pdf");
    std::fs::write(&notes, "keine PDF-Datei").unwrap();
    press(&mut harness, Modifiers::COMMAND, Key::P);
    choose(&mut harness, "Aktuelle Kooperation");
    click_button(&mut harness, "Exportieren…");
    replace_text(
        &mut harness,
        Role::TextInput,
        "Pfad",
        &notes.display().to_string(),
    );
    harness.get_by_role_and_label(Role::Button, "OK").click();
    harness.run();
    harness.get_by_label_contains("ist keine PDF-Datei und wird nicht überschrieben");
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "keine PDF-Datei");
}
