//! Templates end to end without a window: stored in the file, printed, switched
//! without losing a word, four cards to a sheet, shared as files.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::pdf_common;

use chrono::{TimeZone, Utc};
use netzwerk_canvas::export::{
    ExportOptions, ExportRequest, ExportedPdf, Orientation, PageSetup, Paper, Printed, export,
};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::model::{Collaboration, FieldSpec, Template, Workspace};
use netzwerk_canvas::storage;
use pdf_common::{ParsedPdf, squeeze};

fn options() -> ExportOptions {
    ExportOptions {
        page: PageSetup {
            paper: Paper::A4,
            orientation: Orientation::Landscape,
        },
        language: Language::German,
        exported_at: Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap(),
        document_title: "Vorlagen".to_owned(),
    }
}

/// The canvases, each with its template from `templates` (the first for unknown ids).
fn export_canvases(collaborations: &[Collaboration], templates: &[Template]) -> ExportedPdf {
    let request = ExportRequest {
        printed: Printed::Canvases {
            collaborations: collaborations.to_vec(),
            templates: templates.to_vec(),
        },
        options: options(),
    };
    export(&request, &|_, _| {}).unwrap()
}

/// A facilitator's own template: a 2 × 2 grid with a field spanning both columns.
fn workshop_template() -> Template {
    let field = |id: &str, de: &str, question: &str, (column, row, span): (u8, u8, u8)| FieldSpec {
        id: id.to_owned(),
        label_de: de.to_owned(),
        label_en: de.to_owned(),
        question_de: question.to_owned(),
        question_en: question.to_owned(),
        column,
        row,
        column_span: span,
        ..FieldSpec::default()
    };
    Template {
        id: "zukunftswerkstatt".to_owned(),
        name_de: "Zukunftswerkstatt".to_owned(),
        name_en: "Future workshop".to_owned(),
        columns: 2,
        rows: 2,
        fields: vec![
            field("kritik", "Kritikphase", "Was stört uns heute?", (0, 0, 1)),
            field("fantasie", "Fantasiephase", "Was wäre ideal?", (1, 0, 1)),
            field(
                "umsetzung",
                "Umsetzungsphase",
                "Was tun wir bis Ostern?",
                (0, 1, 2),
            ),
        ],
        ..Template::default()
    }
}

fn workshop_workspace() -> Workspace {
    let mut workspace = Workspace::default();
    workspace.templates.push(workshop_template());
    let id = workspace.add("Werkstatt Dorfmitte", Utc::now());
    let collaboration = workspace.get_mut(&id).unwrap();
    collaboration.template = "zukunftswerkstatt".to_owned();
    for (field, text) in [
        ("kritik", "Leerstand am Marktplatz, zu wenig Bänke"),
        ("fantasie", "Ein Dorfgarten mit Café und Bücherschrank"),
        (
            "umsetzung",
            "Gartengruppe gründen; Antrag beim Heimatfonds bis 15.03.",
        ),
    ] {
        collaboration
            .fields
            .insert(field.to_owned(), text.to_owned());
    }
    workspace
}

#[test]
fn a_custom_template_round_trips_through_the_workspace_file() {
    let workspace = workshop_workspace();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("werkstatt.json");
    storage::save_workspace(&path, &workspace).unwrap();
    let loaded = storage::load_workspace(&path).unwrap();
    assert_eq!(loaded.templates, workspace.templates);
    let collaboration = &loaded.collaborations[0];
    let template = loaded.template_for(collaboration);
    assert_eq!(template.id, "zukunftswerkstatt");
    assert_eq!(template.fields[2].column_span, 2);
    assert!(collaboration.leftover_fields(&template).is_empty());
}

#[test]
fn the_pdf_of_a_custom_template_has_its_labels_and_the_text() {
    let workspace = workshop_workspace();
    let templates = workspace.templates_for_export("kooperations-canvas");
    let pdf = export_canvases(&workspace.collaborations, &templates);
    let parsed = ParsedPdf::parse(&pdf.bytes);
    assert_eq!(parsed.page_count(), 1);
    let text = squeeze(&parsed.all_text());
    for expected in [
        "Kritikphase",
        "Was stört uns heute?",
        "Umsetzungsphase",
        "Dorfgarten mit Café",
        "Antrag beim Heimatfonds bis 15.03.",
    ] {
        assert!(text.contains(&squeeze(expected)), "missing {expected:?}");
    }
    assert!(
        !text.contains("Motivation"),
        "the default template was printed"
    );
}

/// Every word of every field of the example, switched to each bundled template: in a
/// box of the new template or under "Übrige Notizen", on screen and on paper.
#[test]
fn switching_templates_keeps_every_word() {
    let example = storage::example_workspace().unwrap();
    for target in Template::bundled() {
        let mut workspace = example.clone();
        for collaboration in &mut workspace.collaborations {
            collaboration.template = target.id.clone();
        }
        let templates = workspace.templates_for_export(&target.id);
        let pdf = export_canvases(&workspace.collaborations, &templates);
        let text = squeeze(&ParsedPdf::parse(&pdf.bytes).all_text());
        for (before, after) in example.collaborations.iter().zip(&workspace.collaborations) {
            assert_eq!(before.fields, after.fields, "switching changed the text");
            for word in before.fields.values().flat_map(|t| t.split_whitespace()) {
                assert!(text.contains(word), "{}: {word:?} lost", target.id);
            }
            let leftovers = after.leftover_fields(&workspace.template_for(after));
            if target.id != "kooperations-canvas" {
                assert!(
                    !leftovers.is_empty(),
                    "{} keeps other text aside",
                    target.id
                );
                assert!(text.contains(&squeeze("Übrige Notizen")));
            }
        }
    }
}

#[test]
fn begegnung_cards_print_four_to_a_sheet() {
    let workspace = Workspace::default();
    let templates = workspace.templates_for_export("begegnung");
    let blank = ExportRequest {
        printed: Printed::Blank {
            template: templates[0].clone(),
        },
        options: options(),
    };
    let pdf = export(&blank, &|_, _| {}).unwrap();
    let parsed = ParsedPdf::parse(&pdf.bytes);
    assert_eq!(parsed.page_count(), 1);
    assert_eq!(parsed.page_text(1).matches("Was verbindet uns?").count(), 4);

    let mut workspace = Workspace::default();
    for index in 0..5 {
        let id = workspace.add(&format!("Begegnung {index}"), Utc::now());
        let card: &mut Collaboration = workspace.get_mut(&id).unwrap();
        card.template = "begegnung".to_owned();
        card.fields
            .insert("who".to_owned(), format!("Person Nummer {index}"));
    }
    let pdf = export_canvases(&workspace.collaborations, &templates);
    let parsed = ParsedPdf::parse(&pdf.bytes);
    assert_eq!(parsed.page_count(), 2, "five cards need two sheets");
    let first = squeeze(&parsed.page_text(1));
    for index in 0..4 {
        assert!(first.contains(&squeeze(&format!("Person Nummer {index}"))));
    }
    assert!(squeeze(&parsed.page_text(2)).contains("PersonNummer4"));
}

#[test]
fn a_template_file_round_trips_and_bad_files_are_refused() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("zukunftswerkstatt.json");
    storage::save_template(&path, &workshop_template()).unwrap();
    assert_eq!(storage::load_template(&path).unwrap(), workshop_template());

    let workspace_file = folder.path().join("arbeitsbereich.json");
    storage::save_workspace(&workspace_file, &workshop_workspace()).unwrap();
    let before = std::fs::read(&workspace_file).unwrap();
    let error = storage::load_template(&workspace_file).unwrap_err();
    assert!(
        error
            .message(Language::German)
            .contains("keine Vorlagendatei")
    );
    assert_eq!(
        std::fs::read(&workspace_file).unwrap(),
        before,
        "never modified"
    );
    let truncated = folder.path().join("kaputt.json");
    std::fs::write(&truncated, &std::fs::read(&path).unwrap()[..40]).unwrap();
    // A file cut off mid-way says so, and in which line (the 40 bytes end in line 2).
    let error = storage::load_template(&truncated).unwrap_err();
    assert!(
        matches!(error, storage::StorageError::Truncated { line: 2 }),
        "{error:?}"
    );
}
