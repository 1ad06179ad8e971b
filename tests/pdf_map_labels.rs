//! The printed network map stays legible however many contacts it shows (issue 31): the
//! words on its page, as `pdftotext -bbox` finds them, never overlap, and every named
//! contact is in the PDF exactly once, beside its dot or in the numbered list after it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::map_common;
use crate::pdf_common;

use chrono::{TimeZone, Utc};
use map_common::{contacts, today};
use netzwerk_canvas::export::{
    ExportOptions, ExportRequest, Orientation, PageSetup, Paper, Printed, export,
};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::model::Contact;
use pdf_common::measure::{Word, has_program, qpdf_check, words_by_page};
use pdf_common::pdftotext_raw;

fn export_map(contacts: &[Contact], folder: &std::path::Path) -> std::path::PathBuf {
    let request = ExportRequest {
        printed: Printed::Map {
            contacts: contacts.to_vec(),
            today: today(),
        },
        options: ExportOptions {
            page: PageSetup {
                paper: Paper::A4,
                orientation: Orientation::Landscape,
            },
            language: Language::German,
            exported_at: Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap(),
            document_title: "Netzwerkbuch".into(),
        },
    };
    let pdf = export(&request, &|_, _| {}).unwrap();
    let path = folder.join(format!("map-{}.pdf", contacts.len()));
    std::fs::write(&path, &pdf.bytes).unwrap();
    path
}

/// Pairs of words on one page whose boxes share any area.
fn overlapping(words: &[Word]) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for (at, a) in words.iter().enumerate() {
        for b in &words[at + 1..] {
            let width = a.x_max.min(b.x_max) - a.x_min.max(b.x_min);
            let height = a.y_max.min(b.y_max) - a.y_min.max(b.y_min);
            if width > 0.01 && height > 0.01 {
                pairs.push((
                    format!("{} {:?}", a.text, (a.x_min, a.y_min, a.x_max, a.y_max)),
                    format!("{} {:?}", b.text, (b.x_min, b.y_min, b.x_max, b.y_max)),
                ));
            }
        }
    }
    pairs
}

/// How often `name` is in `text`, not followed by another digit ("Anna1" is not in
/// "Anna12").
fn occurrences(text: &str, name: &str) -> usize {
    text.match_indices(name)
        .filter(|(at, _)| !text[at + name.len()..].starts_with(|c: char| c.is_ascii_digit()))
        .count()
}

fn check_map(count: usize) {
    if !has_program("pdftotext", "poppler-utils") || !has_program("qpdf", "qpdf") {
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let contacts = contacts(count);
    let path = export_map(&contacts, folder.path());
    // For a look at the pages: NC_KEEP_MAP_PDFS=folder keeps a copy there.
    if let Ok(keep) = std::env::var("NC_KEEP_MAP_PDFS") {
        std::fs::copy(
            &path,
            std::path::Path::new(&keep).join(path.file_name().unwrap()),
        )
        .unwrap();
    }
    qpdf_check(&path).unwrap();
    let pages = words_by_page(&path);
    for (number, words) in pages.iter().enumerate() {
        let pairs = overlapping(words);
        assert!(
            pairs.is_empty(),
            "{count} contacts, page {}: {} overlapping words, first {:?}",
            number + 1,
            pairs.len(),
            pairs.first()
        );
    }
    // Words apart by single spaces, lines too: "52 Heike Nguyen11 53 …".
    let text = pdftotext_raw(&path)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let all_named = count <= 120;
    let mut named = 0;
    for contact in &contacts {
        let expected = usize::from(all_named || contact.importance >= 4);
        named += expected;
        assert_eq!(
            occurrences(&text, &contact.name),
            expected,
            "{count} contacts: {}",
            contact.name
        );
    }
    assert!(named >= count * 2 / 5, "only {named} named");
    // The names on the map's page are large enough to read on paper: 7 pt or more.
    let first_page_names = pages[0]
        .iter()
        .filter(|word| contacts.iter().any(|c| c.name.ends_with(&word.text)))
        .collect::<Vec<_>>();
    assert!(!first_page_names.is_empty(), "no names on the map");
    for word in first_page_names {
        let height = word.y_max - word.y_min;
        assert!(height >= 7.0 * 1.1, "{} is {height} high", word.text);
    }
}

#[test]
fn a_map_of_100_contacts_names_everyone_without_overlaps() {
    check_map(100);
}

#[test]
fn a_map_of_400_contacts_names_the_important_ones_without_overlaps() {
    check_map(400);
}

#[test]
fn a_map_of_1000_contacts_names_the_important_ones_without_overlaps() {
    check_map(1000);
}
