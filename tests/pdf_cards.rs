//! Cards of a Kartenabfrage on paper (issue 16): every card is printed as a note in its
//! field's box or on the field's continuation pages, clusters under their names, dots as
//! marks, cards of fields the template lacks with the leftovers; none is dropped or cut.
//!
//! The text is read back with pdftotext, as a reader would copy it. To look at the pages,
//! `NC_KEEP_PDFS=/some/folder` keeps the exported files.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::pdf_common;

use std::path::{Path, PathBuf};

use chrono::{TimeZone, Utc};
use netzwerk_canvas::export::{
    ExportOptions, ExportRequest, Orientation, PageSetup, Paper, Printed,
};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::model::{Card, CardColour, Collaboration, Template};
use pdf_common::measure::{Rectangle, has_program, words_by_page};
use pdf_common::{ParsedPdf, assert_qpdf_clean, pdftotext_raw, squeeze};

/// The field that gets the full pin board.
const BOARD_FIELD: &str = "shared_goals";
const BOARD_LABEL: &str = "Gemeinsame Ziele";
/// A field no bundled template has.
const LOST_FIELD: &str = "wandzeitung";
const CLUSTERS: [&str; 3] = ["Versorgung im Dorf", "Mobilität", "Treffpunkte"];

fn options(paper: Paper, orientation: Orientation, language: Language) -> ExportOptions {
    ExportOptions {
        page: PageSetup { paper, orientation },
        language,
        exported_at: Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap(),
        document_title: "Kartenabfrage".to_owned(),
    }
}

/// A card whose text names it ("K017") so that a reader can find it, some long.
fn card(field: &str, number: usize) -> Card {
    let words = match number % 4 {
        0 => "Laden im Dorf erhalten".to_owned(),
        1 => "Bus am Sonntag".to_owned(),
        2 => "Ein Café für alle Generationen, mit Mittagstisch und Raum für Vereine".to_owned(),
        _ => format!(
            "Lange Karte {}",
            "mit vielen Wörtern über Ärger und Größe ".repeat(6)
        ),
    };
    let mut card = Card::new(field, &format!("K{number:03} {words}"), Utc::now());
    card.colour = CardColour::ALL[number % CardColour::ALL.len()];
    card.dots = match number % 5 {
        0 => 0,
        1 => 1,
        2 => 3,
        3 => 5,
        _ => u32::try_from(number).unwrap() + 6,
    };
    if number.is_multiple_of(3) {
        card.author = Some(format!("Teilnehmerin {number}"));
    }
    if number % 2 == 1 {
        card.cluster = Some(CLUSTERS[number % CLUSTERS.len()].to_owned());
    }
    card
}

/// A canvas with a little text in each field, 120 cards on one field, three on two
/// other fields and two on a field the template does not show.
fn pin_board() -> Collaboration {
    let mut collaboration = Collaboration {
        title: "Dorfgespräch Kartenabfrage".to_owned(),
        ..Collaboration::default()
    };
    for field in &Template::kooperations_canvas().fields {
        collaboration
            .fields
            .insert(field.id.clone(), format!("Notiz zu {}", field.label_de));
    }
    let mut number = 0;
    let mut add = |field: &str, count: usize| {
        for _ in 0..count {
            collaboration.cards.push(card(field, number));
            number += 1;
        }
    };
    add(BOARD_FIELD, 120);
    add("motivation", 3);
    add("investment", 3);
    add(LOST_FIELD, 2);
    collaboration
}

struct Exported {
    bytes: Vec<u8>,
    path: PathBuf,
    _folder: tempfile::TempDir,
}

fn export(collaboration: &Collaboration, options: ExportOptions, name: &str) -> Exported {
    let request = ExportRequest {
        printed: Printed::Canvases {
            collaborations: vec![collaboration.clone()],
            templates: vec![Template::kooperations_canvas()],
        },
        options,
    };
    let pdf = netzwerk_canvas::export::export(&request, &|_, _| {}).unwrap();
    assert_eq!(pdf.replaced_characters, 0);
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join(format!("{name}.pdf"));
    std::fs::write(&path, &pdf.bytes).unwrap();
    if let Ok(keep) = std::env::var("NC_KEEP_PDFS") {
        std::fs::create_dir_all(&keep).unwrap();
        std::fs::write(Path::new(&keep).join(format!("{name}.pdf")), &pdf.bytes).unwrap();
    }
    Exported {
        bytes: pdf.bytes,
        path,
        _folder: folder,
    }
}

/// The dots printed: one per "●", and n more for each "+n" right after the marks.
fn dots_printed(text: &str) -> u64 {
    let text = squeeze(text);
    let marks = text.chars().filter(|&c| c == '●').count() as u64;
    let extra: u64 = text
        .split('●')
        .skip(1)
        .filter_map(|after| after.strip_prefix('+'))
        .map(|after| {
            let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
            digits.parse::<u64>().unwrap()
        })
        .sum();
    marks + extra
}

fn without_cards(collaboration: &Collaboration) -> Collaboration {
    Collaboration {
        cards: Vec::new(),
        ..collaboration.clone()
    }
}

fn every_card_is_printed(paper: Paper, orientation: Orientation, name: &str) {
    if !has_program("pdftotext", "poppler-utils") {
        return;
    }
    let board = pin_board();
    let options = options(paper, orientation, Language::German);
    let printed = export(&board, options.clone(), name);
    assert_qpdf_clean(&printed.bytes);
    let text = pdftotext_raw(&printed.path);
    let squeezed = squeeze(&text);
    // In board order (loose cards, then each cluster): each after the one before it.
    for field in [BOARD_FIELD, "motivation", "investment", LOST_FIELD] {
        let mut from = 0;
        let groups = board.card_groups(field);
        for card in groups.iter().flat_map(|group| &group.cards) {
            let wanted = squeeze(&card.text);
            let found = squeezed[from..].find(&wanted);
            assert!(
                found.is_some(),
                "{name}: {:?} is missing or out of order",
                card.text
            );
            from += found.unwrap_or(0) + wanted.len();
            if let Some(author) = &card.author {
                assert!(squeezed[from..].contains(&squeeze(author)), "{author}");
            }
        }
    }
    for cluster in CLUSTERS {
        assert!(squeezed.contains(&squeeze(cluster)), "{name}: {cluster}");
    }
    // The header's marks (relationship, importance) are there without cards too.
    let header = export(&without_cards(&board), options, &format!("{name}-plain"));
    let expected: u64 = board.cards.iter().map(|card| u64::from(card.dots)).sum();
    assert_eq!(
        dots_printed(&text) - dots_printed(&pdftotext_raw(&header.path)),
        expected,
        "{name}: dots"
    );
    let parsed = ParsedPdf::parse(&printed.bytes);
    assert!(
        parsed.page_count() >= 3,
        "{name}: {} pages",
        parsed.page_count()
    );
    assert!(
        squeeze(&parsed.page_text(1)).contains("→FortsetzungaufSeite2"),
        "{name}: the box says where its cards continue"
    );
    assert!(
        squeezed.contains(&squeeze(&format!(
            "Fortsetzung: Dorfgespräch Kartenabfrage – {BOARD_LABEL}"
        ))),
        "{name}"
    );
    assert!(
        squeezed.contains(&squeeze("Übrige Notizen: Dorfgespräch Kartenabfrage")),
        "{name}: the leftovers have a page"
    );
    assert!(
        squeezed.contains(&squeeze(&format!("Karten: {LOST_FIELD}"))),
        "{name}: cards of a field the template lacks are headed by their field"
    );
}

#[test]
fn every_card_is_printed_on_a4_landscape() {
    every_card_is_printed(Paper::A4, Orientation::Landscape, "a4-landscape");
}

#[test]
fn every_card_is_printed_on_a4_portrait() {
    every_card_is_printed(Paper::A4, Orientation::Portrait, "a4-portrait");
}

#[test]
fn every_card_is_printed_on_a3_landscape() {
    every_card_is_printed(Paper::A3, Orientation::Landscape, "a3-landscape");
}

#[test]
fn the_english_export_heads_the_cards_in_english() {
    if !has_program("pdftotext", "poppler-utils") {
        return;
    }
    let printed = export(
        &pin_board(),
        options(Paper::A4, Orientation::Landscape, Language::English),
        "english",
    );
    let text = squeeze(&pdftotext_raw(&printed.path));
    assert!(text.contains(&squeeze(&format!("Cards: {LOST_FIELD}"))));
    assert!(
        text.contains("Cards") && !text.contains("Karten:"),
        "{text}"
    );
}

/// The smallest rectangle drawn around a word: the box a label sits in.
fn box_around(rectangles: &[Rectangle], x: f32, y: f32) -> Rectangle {
    rectangles
        .iter()
        .filter(|r| r.x <= x && x <= r.right() && r.y <= y && y <= r.bottom())
        .min_by(|a, b| (a.width * a.height).total_cmp(&(b.width * b.height)))
        .copied()
        .expect("a box around the word")
}

/// On the canvas page, the notes are inside their field's box and apart from each
/// other; on every page, every word is on the paper and no two words overlap.
#[test]
fn notes_stay_in_their_box_and_on_the_page() {
    if !has_program("pdftotext", "poppler-utils") {
        return;
    }
    for (orientation, name) in [
        (Orientation::Landscape, "measure-landscape"),
        (Orientation::Portrait, "measure-portrait"),
    ] {
        let board = pin_board();
        let printed = export(
            &board,
            options(Paper::A4, orientation, Language::German),
            name,
        );
        let parsed = ParsedPdf::parse(&printed.bytes);
        let pages = words_by_page(&printed.path);
        let (width, height) = parsed.page_size(1);
        for (index, words) in pages.iter().enumerate() {
            for word in words {
                assert!(
                    word.x_min >= 0.0
                        && word.y_min >= 0.0
                        && word.x_max <= width
                        && word.y_max <= height,
                    "{name} page {}: {word:?} leaves the page",
                    index + 1
                );
            }
            for (first, word) in words.iter().enumerate() {
                for other in &words[first + 1..] {
                    assert!(
                        !word.overlaps(other),
                        "{name} page {}: {word:?} overlaps {other:?}",
                        index + 1
                    );
                }
            }
        }
        let rectangles = parsed.rectangles(1);
        let canvas = &pages[0];
        for (field, label) in [(BOARD_FIELD, "Gemeinsame"), ("motivation", "Motivation")] {
            let label = canvas.iter().find(|w| w.text == label).expect(label);
            let field_box = box_around(&rectangles, label.x_min, label.y_min);
            let tokens: Vec<String> = board
                .cards_in(field)
                .map(|c| c.text[..4].to_owned())
                .collect();
            let shown: Vec<_> = canvas.iter().filter(|w| tokens.contains(&w.text)).collect();
            assert!(!shown.is_empty(), "{name}: no note of {field} in its box");
            for word in shown {
                assert!(
                    word.x_min >= field_box.x
                        && word.x_max <= field_box.right()
                        && word.y_min >= field_box.y
                        && word.y_max <= field_box.bottom(),
                    "{name}: {word:?} is outside the box {field_box:?}"
                );
            }
            let notes: Vec<&Rectangle> = rectangles
                .iter()
                .filter(|r| field_box.contains(r))
                .collect();
            assert!(!notes.is_empty(), "{name}: {field} has no notes drawn");
            for (first, note) in notes.iter().enumerate() {
                for other in &notes[first + 1..] {
                    let apart = note.right() <= other.x
                        || other.right() <= note.x
                        || note.bottom() <= other.y
                        || other.bottom() <= note.y;
                    assert!(apart, "{name}: notes {note:?} and {other:?} overlap");
                }
            }
        }
    }
}
