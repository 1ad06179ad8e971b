//! The blank sheet for pens, measured: on A3 it hangs on a workshop wall, so its
//! questions must be readable from a step away, the investment cells big enough to
//! write in with a marker, and an empty sheet says nothing about when it was exported.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::pdf_common;

use chrono::{TimeZone, Utc};
use netzwerk_canvas::export::{
    ExportOptions, ExportRequest, ExportedPdf, Orientation, PageSetup, Paper, Printed, export,
};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::model::{FieldKind, Template};
use netzwerk_canvas::storage;
use pdf_common::ParsedPdf;
use pdf_common::measure::{self, Rectangle};

/// 15 mm in points: the least height a cell needs for handwriting with a marker.
const FIFTEEN_MM: f32 = 15.0 * 72.0 / 25.4;
/// 12 pt: the least size of a question read on a wall.
const WALL_QUESTION: f32 = 12.0;

const PAGES: [(Paper, Orientation); 4] = [
    (Paper::A3, Orientation::Landscape),
    (Paper::A3, Orientation::Portrait),
    (Paper::A4, Orientation::Landscape),
    (Paper::A4, Orientation::Portrait),
];
const LANGUAGES: [Language; 2] = [Language::German, Language::English];

fn options((paper, orientation): (Paper, Orientation), language: Language) -> ExportOptions {
    ExportOptions {
        page: PageSetup { paper, orientation },
        language,
        exported_at: Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap(),
        document_title: "Leere Vorlage".to_owned(),
    }
}

fn blank(template: &Template, page: (Paper, Orientation), language: Language) -> ExportedPdf {
    let request = ExportRequest {
        printed: Printed::Blank {
            template: template.clone(),
        },
        options: options(page, language),
    };
    export(&request, &|_, _| {}).unwrap()
}

/// Every bundled template on every page in both languages, with a name for messages.
fn every_blank_sheet() -> Vec<(String, ExportedPdf)> {
    let mut sheets = Vec::new();
    for template in Template::bundled() {
        for page in PAGES {
            for language in LANGUAGES {
                let name = format!("{} {page:?} {language:?}", template.id);
                sheets.push((name, blank(template, page, language)));
            }
        }
    }
    sheets
}

/// The sizes every question of the template is printed at, one list per question.
fn question_sizes(
    template: &Template,
    page: (Paper, Orientation),
    language: Language,
) -> Vec<(String, Vec<f32>)> {
    let pdf = blank(template, page, language);
    let parsed = ParsedPdf::parse(&pdf.bytes);
    let runs = parsed.text_runs(1);
    template
        .fields
        .iter()
        .filter(|field| !field.question(language).trim().is_empty())
        .map(|field| {
            let question = field.question(language);
            let sizes = measure::runs_spelling(&runs, question)
                .iter()
                .map(|run| run.size)
                .collect();
            (question.to_owned(), sizes)
        })
        .collect()
}

#[test]
fn on_a3_every_question_is_printed_at_12_pt_at_least() {
    let sheets = Template::bundled()
        .iter()
        .filter(|template| template.cards_per_page == 1);
    assert_eq!(sheets.clone().count(), 3);
    for template in sheets {
        for page in &PAGES[..2] {
            for language in LANGUAGES {
                for (question, sizes) in question_sizes(template, *page, language) {
                    assert!(
                        !sizes.is_empty(),
                        "{} {page:?}: question {question:?} not found",
                        template.id
                    );
                    for size in sizes {
                        assert!(
                            size >= WALL_QUESTION,
                            "{} {page:?} {language:?}: {question:?} at {size} pt, \
                             a wall needs {WALL_QUESTION} pt",
                            template.id
                        );
                    }
                }
            }
        }
    }
}

/// On A4, and on cards (four to an A3 sheet, cut apart and held in the hand), the
/// questions keep the size of the filled canvas: 6.8 pt on A4, scaled by 1.3 on A3.
#[test]
fn on_a4_and_on_cards_the_questions_keep_their_desk_size() {
    let card = Template::bundled()
        .iter()
        .find(|template| template.cards_per_page == 4)
        .unwrap();
    for (template, page, expected) in [
        (&Template::kooperations_canvas(), PAGES[2], 6.8),
        (&Template::kooperations_canvas(), PAGES[3], 6.8),
        (card, PAGES[2], 6.8),
        (card, PAGES[0], 6.8 * 1.3),
    ] {
        for (question, sizes) in question_sizes(template, page, Language::German) {
            assert!(!sizes.is_empty(), "{question:?} not found");
            for size in sizes {
                assert!(
                    (size - expected).abs() < 0.01,
                    "{} {page:?}: {question:?} at {size} pt, expected {expected}",
                    template.id
                );
            }
        }
    }
}

#[test]
fn on_a3_the_investment_cells_are_15_mm_high_to_write_in() {
    let template = Template::kooperations_canvas();
    assert!(
        template
            .fields
            .iter()
            .any(|field| field.kind == FieldKind::Investment)
    );
    for page in &PAGES[..2] {
        for language in LANGUAGES {
            let pdf = blank(&template, *page, language);
            let parsed = ParsedPdf::parse(&pdf.bytes);
            let cells = measure::nested(&parsed.rectangles(1));
            // Time, money, energy; mine and the partners'.
            assert_eq!(cells.len(), 6, "{page:?} {language:?}: {cells:?}");
            for (outer, cell) in cells {
                assert!(
                    cell.height >= FIFTEEN_MM,
                    "{page:?} {language:?}: a cell {:.1} pt high, 15 mm is {FIFTEEN_MM:.1} pt",
                    cell.height
                );
                assert!(
                    cell.width >= FIFTEEN_MM * 4.0 / 3.0,
                    "{page:?} {language:?}: a cell {:.1} pt wide",
                    cell.width
                );
                // Inside the box's padding, not on its frame.
                assert!(
                    cell.bottom() <= outer.bottom() - 5.0,
                    "{page:?} {language:?}: the cell {cell:?} reaches the frame of {outer:?}"
                );
            }
        }
    }
}

#[test]
fn a_blank_sheet_says_nothing_about_an_export_date() {
    for (name, pdf) in every_blank_sheet() {
        let parsed = ParsedPdf::parse(&pdf.bytes);
        assert_eq!(parsed.page_count(), 1, "{name}");
        let text = parsed.all_text().to_lowercase();
        for word in ["exportiert", "exported", "21.11.2026", "2026-11-21"] {
            assert!(!text.contains(word), "{name}: {word:?} in {text:?}");
        }
        // One page needs no page number either.
        for word in ["seite 1 von 1", "page 1 of 1"] {
            assert!(!text.contains(word), "{name}: {word:?} in {text:?}");
        }
    }
    // A filled canvas still says when it was exported.
    let workspace = storage::example_workspace().unwrap();
    let request = ExportRequest {
        printed: Printed::Canvases {
            collaborations: workspace.collaborations[..1].to_vec(),
            templates: vec![Template::kooperations_canvas()],
        },
        options: options(PAGES[0], Language::German),
    };
    let canvas = export(&request, &|_, _| {}).unwrap();
    let text = ParsedPdf::parse(&canvas.bytes).all_text();
    assert!(text.contains("exportiert am 21.11.2026"), "{text}");
    assert!(text.contains("Seite 1 von 1"), "{text}");
}

#[test]
fn every_blank_sheet_passes_qpdf_and_nothing_on_it_overlaps() {
    if !measure::has_program("qpdf", "qpdf") || !measure::has_program("pdftotext", "poppler-utils")
    {
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    for (index, (name, pdf)) in every_blank_sheet().into_iter().enumerate() {
        let path = folder.path().join(format!("blank-{index}.pdf"));
        std::fs::write(&path, &pdf.bytes).unwrap();
        if let Err(report) = measure::qpdf_check(&path) {
            panic!("{name}: qpdf --check: {report}");
        }
        let parsed = ParsedPdf::parse(&pdf.bytes);
        let (width, height) = parsed.page_size(1);
        let words = measure::words_by_page(&path);
        assert_eq!(words.len(), 1, "{name}");
        let words = &words[0];
        let rectangles = parsed.rectangles(1);
        let segments = parsed.segments(1);
        for (at, word) in words.iter().enumerate() {
            assert!(
                word.x_min >= 20.0
                    && word.y_min >= 20.0
                    && word.x_max <= width - 20.0
                    && word.y_max <= height - 20.0,
                "{name}: {word:?} is outside the printable page"
            );
            if let Some(other) = words[at + 1..].iter().find(|other| word.overlaps(other)) {
                panic!("{name}: {word:?} overlaps {other:?}");
            }
            if let Some(rect) = rectangles.iter().find(|rect| word.crosses(rect)) {
                panic!("{name}: {word:?} crosses the edge of {rect:?}");
            }
            if let Some(line) = segments.iter().find(|line| word.is_struck_by(line)) {
                panic!("{name}: a line {line:?} runs through {word:?}");
            }
        }
        if name.starts_with("begegnung") {
            nothing_crosses_the_cut_lines(&name, (width, height), words, &segments);
        }
        for (_, cell) in measure::nested(&rectangles) {
            if let Some(line) = segments.iter().find(|line| runs_through(line, &cell)) {
                panic!("{name}: a line {line:?} runs through the cell {cell:?}");
            }
        }
    }
}

/// Whether a straight line passes through the inside of `rect` (not just along an edge).
fn runs_through(line: &measure::Segment, rect: &Rectangle) -> bool {
    let (x0, x1) = (line.from.0.min(line.to.0), line.from.0.max(line.to.0));
    let (y0, y1) = (line.from.1.min(line.to.1), line.from.1.max(line.to.1));
    x1 > rect.x + 0.1 && x0 < rect.right() - 0.1 && y1 > rect.y + 0.1 && y0 < rect.bottom() - 0.1
}

/// On a sheet of four cards, no word and no line (but the cut lines themselves) reaches
/// over the middle of the sheet into the next card.
fn nothing_crosses_the_cut_lines(
    name: &str,
    (width, height): (f32, f32),
    words: &[measure::Word],
    segments: &[measure::Segment],
) {
    let (middle_x, middle_y) = (width / 2.0, height / 2.0);
    // Whether the span from one end to the other has the middle strictly inside.
    let spans = |a: f32, b: f32, middle: f32| a.min(b) < middle && a.max(b) > middle;
    for word in words {
        let reaches_over =
            spans(word.x_min, word.x_max, middle_x) || spans(word.y_min, word.y_max, middle_y);
        assert!(!reaches_over, "{name}: {word:?} reaches over a cut line");
    }
    let on = |a: f32, b: f32, middle: f32| (a - middle).abs() < 0.01 && (b - middle).abs() < 0.01;
    for line in segments {
        let ((x0, y0), (x1, y1)) = (line.from, line.to);
        let is_cut_line = on(x0, x1, middle_x) || on(y0, y1, middle_y);
        let reaches_over = spans(x0, x1, middle_x) || spans(y0, y1, middle_y);
        assert!(
            is_cut_line || !reaches_over,
            "{name}: the line {line:?} reaches over a cut line"
        );
    }
}
