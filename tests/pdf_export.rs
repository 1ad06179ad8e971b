//! The PDF export, parsed back: every word, the pages, the template and the metadata.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::pdf_common;

use chrono::{TimeZone, Utc};
use netzwerk_canvas::export::{
    ExportError, ExportOptions, ExportRequest, ExportedPdf, Orientation, PageSetup, Paper, Printed,
};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::model::{Collaboration, Template, Workspace};
use netzwerk_canvas::storage;
use pdf_common::{ParsedPdf, squeeze};

fn options(paper: Paper, orientation: Orientation) -> ExportOptions {
    ExportOptions {
        page: PageSetup { paper, orientation },
        language: Language::German,
        exported_at: Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap(),
        document_title: "Netzwerk-Canvas Test".to_owned(),
    }
}

/// A request for these canvases, drawn with the default template.
fn canvases(collaborations: &[Collaboration], options: &ExportOptions) -> ExportRequest {
    ExportRequest {
        printed: Printed::Canvases {
            collaborations: collaborations.to_vec(),
            templates: vec![Template::kooperations_canvas()],
        },
        options: options.clone(),
    }
}

fn export(collaborations: &[Collaboration], options: &ExportOptions) -> ExportedPdf {
    netzwerk_canvas::export::export(&canvases(collaborations, options), &|_, _| {}).unwrap()
}

fn example() -> Workspace {
    storage::example_workspace().unwrap()
}

#[test]
fn every_word_of_the_example_appears_in_the_pdf() {
    let workspace = example();
    let pdf = export(
        &workspace.collaborations,
        &options(Paper::A4, Orientation::Landscape),
    );
    let text = squeeze(&ParsedPdf::parse(&pdf.bytes).all_text());
    for collaboration in &workspace.collaborations {
        assert!(
            text.contains(&squeeze(&collaboration.title)),
            "{}",
            collaboration.title
        );
        for (field, value) in &collaboration.fields {
            for word in value.split_whitespace() {
                assert!(text.contains(word), "{field}: {word:?} is missing");
            }
        }
    }
    assert_eq!(pdf.replaced_characters, 0);
}

/// A workspace with everything that makes text hard to print.
fn difficult_workspace() -> Workspace {
    let mut workspace = Workspace::default();
    let now = Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap();
    let long_field: String = (0..900)
        .map(|i| format!("Absatzwort{i} mit Ärger, Größe und Fußweg"))
        .collect::<Vec<_>>()
        .join(" ");
    let token = format!("https://example.org/{}", "x".repeat(300));
    let texts = [
        (
            "motivation",
            "Grüße aus Köln – „Netzwerk“ heißt: Öffnung, Übung, Maß.".to_owned(),
        ),
        ("expectations", format!("Siehe {token} danach weiter")),
        (
            "shared_goals",
            "Zeile eins\r\nZeile zwei\r\n\r\nAbsatz\tmit\tTabs".to_owned(),
        ),
        (
            "collaboration",
            "Gemeinsam 👍 stark 😀 und ✓ erledigt".to_owned(),
        ),
        ("added_value", String::new()),
        ("success", long_field),
        (
            "next_steps",
            "– Ich: Protokoll bis Freitag\n– Du: Rückmeldung".to_owned(),
        ),
    ];
    for index in 0..3 {
        let id = workspace.add(&format!("Härtetest {index}: „Größe“ & Maß"), now);
        let collaboration = workspace.get_mut(&id).unwrap();
        collaboration.partners = vec!["Straßenbahn GmbH".into(), "Bürgerverein Süd".into()];
        for (field, text) in &texts {
            collaboration.fields.insert((*field).into(), text.clone());
        }
        collaboration.investment.time.note = "Übergabe\tim Café".into();
    }
    workspace
}

#[test]
fn every_word_of_a_difficult_workspace_appears_in_the_pdf() {
    let workspace = difficult_workspace();
    let pdf = export(
        &workspace.collaborations,
        &options(Paper::A4, Orientation::Landscape),
    );
    let parsed = ParsedPdf::parse(&pdf.bytes);
    let text = squeeze(&parsed.all_text());
    for collaboration in &workspace.collaborations {
        for (field, value) in &collaboration.fields {
            for word in value.split_whitespace() {
                // Invisible emoji modifiers are dropped on purpose; the emoji stays.
                let word: String = word.chars().filter(|c| *c != '\u{FE0F}').collect();
                assert!(text.contains(&word), "{field}: {word:?} is missing");
            }
        }
        assert!(text.contains(&squeeze(&collaboration.title)));
        assert!(text.contains("StraßenbahnGmbH,BürgervereinSüd"));
        assert!(text.contains("ÜbergabeimCafé"));
    }
    assert_eq!(pdf.replaced_characters, 0);
}

#[test]
fn a_field_too_long_for_its_box_continues_on_a_headed_page() {
    let workspace = difficult_workspace();
    let first = &workspace.collaborations[..1];
    let pdf = export(first, &options(Paper::A4, Orientation::Landscape));
    let parsed = ParsedPdf::parse(&pdf.bytes);
    assert!(parsed.page_count() >= 2, "{} pages", parsed.page_count());
    assert_eq!(parsed.page_count(), pdf.page_count);
    let canvas_page = parsed.page_text(1);
    assert!(
        squeeze(&canvas_page).contains("→FortsetzungaufSeite2"),
        "{canvas_page}"
    );
    let continuation = parsed.page_text(2);
    assert!(
        continuation.contains("Fortsetzung: Härtetest 0: „Größe“ & Maß – Erfolg"),
        "{continuation}"
    );
    let last = parsed.page_text(u32::try_from(parsed.page_count()).unwrap());
    assert!(
        squeeze(&last).contains("Absatzwort899"),
        "the last word is printed"
    );
    assert!(last.contains(&format!(
        "Seite {} von {}",
        parsed.page_count(),
        parsed.page_count()
    )));
}

#[test]
fn page_sizes_follow_paper_and_orientation() {
    let workspace = example();
    let one = &workspace.collaborations[..1];
    for (paper, orientation, expected) in [
        (Paper::A4, Orientation::Landscape, (841.9, 595.3)),
        (Paper::A4, Orientation::Portrait, (595.3, 841.9)),
        (Paper::A3, Orientation::Landscape, (1190.6, 841.9)),
        (Paper::A3, Orientation::Portrait, (841.9, 1190.6)),
    ] {
        let pdf = export(one, &options(paper, orientation));
        let parsed = ParsedPdf::parse(&pdf.bytes);
        assert_eq!(parsed.page_count(), 1, "{paper:?} {orientation:?}");
        let (width, height) = parsed.page_size(1);
        assert!(
            (width - expected.0).abs() < 0.5 && (height - expected.1).abs() < 0.5,
            "{paper:?} {orientation:?}: {width} x {height}"
        );
    }
}

#[test]
fn all_canvases_come_in_list_order_one_page_each() {
    let workspace = example();
    let pdf = export(
        &workspace.collaborations,
        &options(Paper::A4, Orientation::Landscape),
    );
    let parsed = ParsedPdf::parse(&pdf.bytes);
    assert_eq!(parsed.page_count(), workspace.collaborations.len());
    for (index, collaboration) in workspace.collaborations.iter().enumerate() {
        let page = parsed.page_text(u32::try_from(index + 1).unwrap());
        assert!(
            page.contains(&collaboration.title),
            "page {}: {page}",
            index + 1
        );
        assert!(page.contains(&format!("Seite {} von 4", index + 1)));
    }
}

#[test]
fn the_blank_template_holds_every_label_and_question() {
    let blank = ExportRequest {
        printed: Printed::Blank {
            template: Template::kooperations_canvas(),
        },
        options: options(Paper::A3, Orientation::Landscape),
    };
    let pdf = netzwerk_canvas::export::export(&blank, &|_, _| {}).unwrap();
    let parsed = ParsedPdf::parse(&pdf.bytes);
    assert_eq!(parsed.page_count(), 1);
    let text = squeeze(&parsed.page_text(1));
    for field in &Template::kooperations_canvas().fields {
        assert!(
            text.contains(&squeeze(&field.label_de)),
            "{}",
            field.label_de
        );
        assert!(
            text.contains(&squeeze(&field.question_de)),
            "{}",
            field.question_de
        );
    }
    for form in ["Begegnung", "Kontakt", "Kooperation", "Gruppe"] {
        assert!(text.contains(form));
    }
}

#[test]
fn the_english_export_prints_english_labels() {
    let workspace = example();
    let mut english = options(Paper::A4, Orientation::Landscape);
    english.language = Language::English;
    let pdf = export(&workspace.collaborations[..1], &english);
    let parsed = ParsedPdf::parse(&pdf.bytes);
    let text = parsed.page_text(1);
    assert!(
        text.contains("Shared goals") && text.contains("Page 1 of 1"),
        "{text}"
    );
    assert_eq!(parsed.catalog_language(), "en");
}

#[test]
fn a_one_page_canvas_is_small_and_carries_its_metadata() {
    let workspace = example();
    let pdf = export(
        &workspace.collaborations[..1],
        &options(Paper::A4, Orientation::Landscape),
    );
    assert!(pdf.bytes.len() < 100_000, "{} bytes", pdf.bytes.len());
    let parsed = ParsedPdf::parse(&pdf.bytes);
    assert_eq!(parsed.info_title(), "Netzwerk-Canvas Test");
    assert_eq!(parsed.catalog_language(), "de");
    let raw = String::from_utf8_lossy(&pdf.bytes);
    assert!(
        raw.contains("D:20261121"),
        "creation date is the export date"
    );
    // Subset fonts are named with a six-letter tag, e.g. /ABCDEF+DejaVuSans.
    assert!(raw.contains("FontFile2"), "the font is embedded");
}

#[test]
fn characters_no_font_has_are_replaced_and_counted() {
    let mut workspace = example();
    let first = &mut workspace.collaborations[0];
    first.fields.insert(
        "motivation".into(),
        "Kooperation \u{378}\u{379} und \u{380}".into(),
    );
    let pdf = export(
        &workspace.collaborations[..1],
        &options(Paper::A4, Orientation::Landscape),
    );
    // Three unassigned code points: no font has them, not even one
    // of the system's (tests/pdf_system_fonts.rs: what a system font has prints).
    assert_eq!(pdf.replaced_characters, 3);
    // Which ones, and in which canvas.
    assert_eq!(
        pdf.missing,
        [netzwerk_canvas::export::MissingCharacters {
            place: workspace.collaborations[0].title.clone(),
            characters: vec!['\u{378}', '\u{379}', '\u{380}'],
        }]
    );
    let text = ParsedPdf::parse(&pdf.bytes).page_text(1);
    assert!(text.contains("Kooperation"), "{text}");
}

#[test]
fn nothing_to_export_is_an_error_not_an_empty_pdf() {
    let nothing = canvases(&[], &options(Paper::A4, Orientation::Landscape));
    let result = netzwerk_canvas::export::export(&nothing, &|_, _| {});
    assert!(
        matches!(result, Err(ExportError::NothingToExport)),
        "{result:?}"
    );
}

#[test]
fn progress_is_reported_after_each_canvas() {
    let workspace = example();
    let seen = std::sync::Mutex::new(Vec::new());
    let request = canvases(
        &workspace.collaborations,
        &options(Paper::A4, Orientation::Landscape),
    );
    netzwerk_canvas::export::export(&request, &|done, total| {
        seen.lock().unwrap().push((done, total));
    })
    .unwrap();
    // Canvases are laid out on several cores, so the calls may come in any order.
    let mut seen = seen.into_inner().unwrap();
    seen.sort_unstable();
    assert_eq!(seen, [(1, 4), (2, 4), (3, 4), (4, 4)]);
}

/// Long exports are serialized in several parts on several cores and merged; the reader
/// must not notice.
#[test]
fn a_long_export_keeps_its_pages_in_order_with_embedded_fonts() {
    let example = example();
    let collaborations: Vec<Collaboration> = (0..60)
        .map(|index| {
            let mut collaboration = example.collaborations[index % 4].clone();
            collaboration.title = format!("Kanvas Nummer {index}");
            collaboration
        })
        .collect();
    let pdf = export(&collaborations, &options(Paper::A4, Orientation::Landscape));
    let parsed = ParsedPdf::parse(&pdf.bytes);
    assert_eq!(parsed.page_count(), pdf.page_count);
    assert!(pdf.page_count >= 60, "{} pages", pdf.page_count);
    let mut next_canvas = 0;
    for number in 1..=pdf.page_count {
        let text = parsed.page_text(u32::try_from(number).unwrap());
        let footer = format!("Seite {number} von {}", pdf.page_count);
        assert!(text.contains(&footer), "page {number}: {text}");
        if text.contains(&format!("Kanvas Nummer {next_canvas}")) {
            next_canvas += 1;
        }
    }
    assert_eq!(next_canvas, 60, "every canvas, in list order");
    for (number, page) in parsed.document.get_pages() {
        let fonts = parsed.document.get_page_fonts(page).unwrap();
        for (name, font) in &fonts {
            assert!(
                embedded_font_name(&parsed.document, font).is_some(),
                "page {number}: font {name:?} is not embedded"
            );
        }
        let content = parsed.document.get_and_decode_page_content(page).unwrap();
        for operation in content.operations.iter().filter(|op| op.operator == "Tf") {
            let name = operation.operands[0].as_name().unwrap();
            assert!(
                fonts.contains_key(name),
                "page {number}: {name:?} is missing"
            );
        }
    }
    // Each part embeds its own subsets; no two may share a name.
    let names: Vec<String> = parsed
        .document
        .objects
        .values()
        .filter_map(|object| object.as_dict().ok())
        .filter_map(|font| embedded_font_name(&parsed.document, font))
        .collect();
    let unique: std::collections::BTreeSet<&String> = names.iter().collect();
    assert_eq!(unique.len(), names.len(), "{names:?}");
}

/// An export of 16 pages or more is merged from parts; `qpdf --check` must find it as
/// clean as a short one (the merged trailer once claimed objects that were left behind).
#[test]
fn a_merged_export_passes_qpdf_check_without_warnings() {
    let example = example();
    let collaborations: Vec<Collaboration> = (0..20)
        .map(|index| {
            let mut collaboration = example.collaborations[index % 4].clone();
            collaboration.title = format!("Kanvas Nummer {index}");
            collaboration
        })
        .collect();
    let pdf = export(&collaborations, &options(Paper::A4, Orientation::Landscape));
    assert!(pdf.page_count >= 16, "{} pages", pdf.page_count);
    pdf_common::assert_qpdf_clean(&pdf.bytes);
    let parsed = ParsedPdf::parse(&pdf.bytes);
    let highest = parsed.document.objects.keys().map(|(id, _)| *id).max();
    let size = parsed
        .document
        .trailer
        .get(b"Size")
        .unwrap()
        .as_i64()
        .unwrap();
    assert_eq!(Some(size), highest.map(|id| i64::from(id) + 1));
}

fn resolve<'a>(
    document: &'a lopdf::Document,
    object: &'a lopdf::Object,
) -> Option<&'a lopdf::Object> {
    document.dereference(object).ok().map(|(_, object)| object)
}

/// The subset name of a Type0 font whose descendant carries a font program.
fn embedded_font_name(document: &lopdf::Document, font: &lopdf::Dictionary) -> Option<String> {
    let descendants = resolve(document, font.get(b"DescendantFonts").ok()?)?;
    let descendant = resolve(document, descendants.as_array().ok()?.first()?)?;
    let descriptor = descendant.as_dict().ok()?.get(b"FontDescriptor").ok()?;
    let descriptor = resolve(document, descriptor)?.as_dict().ok()?;
    resolve(document, descriptor.get(b"FontFile2").ok()?)?
        .as_stream()
        .ok()?;
    let name = descriptor.get(b"FontName").ok()?.as_name().ok()?;
    Some(String::from_utf8_lossy(name).into_owned())
}

/// docs/reliability.md: a field over 256 kB is shown read-only in the window, and still
/// printed in full. Every one of its numbered words is in the PDF.
#[test]
fn a_field_over_256_kilobytes_is_printed_in_full() {
    let mut workspace = Workspace::default();
    let id = workspace.add("Sehr lang", chrono::DateTime::UNIX_EPOCH);
    let words: Vec<String> = (0..30_000).map(|n| format!("Wort{n:05}")).collect();
    let text = words.join(" ");
    assert!(text.len() > netzwerk_canvas::ui::canvas::field_box::MAX_EDITABLE_BYTES);
    workspace
        .get_mut(&id)
        .unwrap()
        .fields
        .insert("motivation".into(), text);
    let pdf = export(
        &workspace.collaborations,
        &options(Paper::A4, Orientation::Landscape),
    );
    let printed = squeeze(&ParsedPdf::parse(&pdf.bytes).all_text());
    // The words continue page after page in order: look for each after the last.
    let mut from = 0;
    for word in &words {
        let found = printed[from..].find(word.as_str());
        assert!(found.is_some(), "{word} is missing (or out of order)");
        from += found.unwrap_or(0) + word.len();
    }
}
