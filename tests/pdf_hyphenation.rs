//! Hyphenation as a reader of the PDF sees it: long compounds in a narrow box break at
//! their syllables with a visible hyphen (by German patterns in a German export, English
//! in an English one), links break only after a separator, and every word can still be
//! read back from the text.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::pdf_common;

use std::collections::BTreeSet;
use std::path::Path;

use chrono::{TimeZone, Utc};
use netzwerk_canvas::export::{
    ExportOptions, ExportRequest, Orientation, PageSetup, Paper, Printed, export,
};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::model::{Collaboration, FieldSpec, Template, Workspace};
use pdf_common::measure::has_program;
use pdf_common::{ParsedPdf, SOFT_HYPHEN, assert_qpdf_clean, pdftotext_raw, squeeze};

const GERMAN: &str = "Der Lebensmittelmarkt und die Donaudampfschifffahrtsgesellschaft \
     unterschreiben die Kooperationsvereinbarung. Mehr unter \
     https://example.org/netzwerk/kooperation";

const ENGLISH: &str = "The cooperation agreement of the neighbourhood association";

/// A grid of six narrow columns: the text goes into the first one.
fn narrow_template() -> Template {
    Template {
        id: "schmal".to_owned(),
        name_de: "Schmal".to_owned(),
        name_en: "Narrow".to_owned(),
        columns: 6,
        rows: 1,
        fields: vec![FieldSpec {
            id: "notiz".to_owned(),
            label_de: "Notiz".to_owned(),
            label_en: "Note".to_owned(),
            ..FieldSpec::default()
        }],
        ..Template::default()
    }
}

fn canvas(text: &str) -> Collaboration {
    let mut workspace = Workspace::default();
    let id = workspace.add("Markt", Utc::now());
    let collaboration = workspace.get_mut(&id).unwrap();
    collaboration.template = "schmal".to_owned();
    collaboration
        .fields
        .insert("notiz".to_owned(), text.to_owned());
    collaboration.clone()
}

/// The PDF of `text` in the narrow box, written to a temporary folder.
fn export_narrow(text: &str, language: Language) -> (Vec<u8>, tempfile::TempDir) {
    let request = ExportRequest {
        printed: Printed::Canvases {
            collaborations: vec![canvas(text)],
            templates: vec![narrow_template()],
        },
        options: ExportOptions {
            page: PageSetup {
                paper: Paper::A4,
                orientation: Orientation::Portrait,
            },
            language,
            exported_at: Utc.with_ymd_and_hms(2026, 11, 29, 9, 0, 0).unwrap(),
            document_title: "Silbentrennung".to_owned(),
        },
    };
    let pdf = export(&request, &|_, _| {}).unwrap();
    assert_eq!(pdf.replaced_characters, 0);
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("silben.pdf"), &pdf.bytes).unwrap();
    if let Ok(keep) = std::env::var("NC_KEEP_PDFS") {
        std::fs::create_dir_all(&keep).unwrap();
        let name = format!("silben-{language:?}.pdf");
        std::fs::write(Path::new(&keep).join(name), &pdf.bytes).unwrap();
    }
    (pdf.bytes, folder)
}

/// The lines joined into running text, and where in it a line ended with a hyphen.
fn join_hyphenated(text: &str) -> (String, BTreeSet<usize>) {
    let mut joined = String::new();
    let mut hyphens = BTreeSet::new();
    for line in text.lines() {
        match line.strip_suffix(SOFT_HYPHEN) {
            Some(head) => {
                joined.push_str(head);
                hyphens.insert(joined.len());
            }
            None => {
                joined.push_str(line);
                joined.push(' ');
            }
        }
    }
    (joined, hyphens)
}

/// Where the lines broke `word` with a hyphen (byte offsets into the word).
fn hyphen_breaks(joined: &str, hyphens: &BTreeSet<usize>, word: &str) -> Vec<usize> {
    let start = joined
        .find(word)
        .unwrap_or_else(|| panic!("{word} is not in the text: {joined}"));
    hyphens
        .range(start + 1..start + word.len())
        .map(|at| at - start)
        .collect()
}

/// The byte offsets of the syllable breaks marked with `-` in `syllables`.
fn syllable_offsets(syllables: &str) -> BTreeSet<usize> {
    let mut offsets = BTreeSet::new();
    let mut length = 0;
    for part in syllables.split('-') {
        length += part.len();
        offsets.insert(length);
    }
    offsets.remove(&length);
    offsets
}

fn assert_breaks_at_syllables(joined: &str, hyphens: &BTreeSet<usize>, syllables: &str) {
    let word = syllables.replace('-', "");
    let breaks = hyphen_breaks(joined, hyphens, &word);
    let allowed = syllable_offsets(syllables);
    assert!(!breaks.is_empty(), "{word} is not hyphenated: {joined}");
    for at in breaks {
        assert!(
            allowed.contains(&at),
            "{word} breaks after {:?}, not at a syllable of {syllables}",
            &word[..at]
        );
    }
}

#[test]
fn german_compounds_in_a_narrow_box_break_at_their_syllables_with_a_hyphen() {
    if !has_program("pdftotext", "poppler-utils") {
        return;
    }
    let (bytes, folder) = export_narrow(GERMAN, Language::German);
    assert_qpdf_clean(&bytes);
    let text = pdftotext_raw(&folder.path().join("silben.pdf"));
    let (joined, hyphens) = join_hyphenated(&text);
    // The syllables the German patterns (1996 spelling) give.
    for syllables in [
        "Le-bens-mit-tel-markt",
        "Do-nau-dampf-schiff-fahrts-ge-sell-schaft",
        "Ko-ope-ra-ti-ons-ver-ein-ba-rung",
    ] {
        assert_breaks_at_syllables(&joined, &hyphens, syllables);
    }
    // A link gets no hyphen: it breaks after its slashes, and reads back whole.
    let link = "https://example.org/netzwerk/kooperation";
    assert!(squeeze(&text).contains(link), "{text}");
    let from = text.find("https:").unwrap();
    let to = from + text[from..].find("kooperation").unwrap();
    let broken_link = &text[from..to];
    assert!(broken_link.lines().count() > 1, "{text}");
    for line in broken_link.lines() {
        assert!(line.ends_with('/'), "{line:?} of the link");
    }
}

#[test]
fn english_text_breaks_by_english_patterns() {
    if !has_program("pdftotext", "poppler-utils") {
        return;
    }
    let (_, folder) = export_narrow(ENGLISH, Language::English);
    let (joined, hyphens) = join_hyphenated(&pdftotext_raw(&folder.path().join("silben.pdf")));
    let broken: Vec<usize> = ["cooperation", "agreement", "neighbourhood", "association"]
        .iter()
        .flat_map(|word| hyphen_breaks(&joined, &hyphens, word))
        .collect();
    assert!(!broken.is_empty(), "nothing hyphenated: {joined}");
    for syllables in ["co-op-er-a-tion", "agree-ment", "as-so-ci-a-tion"] {
        let word = syllables.replace('-', "");
        for at in hyphen_breaks(&joined, &hyphens, &word) {
            assert!(
                syllable_offsets(syllables).contains(&at),
                "{word} breaks after {:?}",
                &word[..at]
            );
        }
    }
}

#[test]
fn every_word_of_hyphenated_text_reads_back_from_the_pdf() {
    let (bytes, _folder) = export_narrow(GERMAN, Language::German);
    let all = ParsedPdf::parse(&bytes).all_text();
    assert!(all.contains(SOFT_HYPHEN), "nothing was hyphenated");
    let text = squeeze(&all);
    for word in GERMAN.split_whitespace() {
        assert!(text.contains(word), "{word:?} is missing from {all}");
    }
}

/// 800 different compounds (each once), a comma after every fifth: text that runs over
/// several continuation pages, with most lines ending in a syllable break.
fn many_compounds() -> String {
    let first = [
        "Lebensmittel",
        "Kooperations",
        "Bürgerladen",
        "Gemeinde",
        "Ehrenamts",
        "Nachbarschafts",
        "Jugendhilfe",
        "Familienbildungs",
        "Sportvereins",
        "Dorfladen",
    ];
    let middle = [
        "verwaltungs",
        "genossenschafts",
        "beratungs",
        "förder",
        "netzwerk",
        "planungs",
        "versicherungs",
        "koordinations",
    ];
    let last = [
        "vereinbarung",
        "gesellschaft",
        "versammlung",
        "fortbildung",
        "börse",
        "kalkulation",
        "ausschreibung",
        "unterstützung",
        "arbeitsgruppe",
        "stelle",
    ];
    let mut words = Vec::new();
    for a in first {
        for b in middle {
            for c in last {
                words.push(format!("{a}{b}{c}"));
            }
        }
    }
    words
        .iter()
        .enumerate()
        .map(|(index, word)| {
            if index % 5 == 4 {
                format!("{word},")
            } else {
                word.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn no_word_is_split_between_two_pages() {
    let text = many_compounds();
    let (bytes, _folder) = export_narrow(&text, Language::German);
    let parsed = ParsedPdf::parse(&bytes);
    assert!(parsed.page_count() >= 3, "{} pages", parsed.page_count());
    let pages: Vec<String> = (1..=parsed.page_count() as u32)
        .map(|page| parsed.page_text(page))
        .collect();
    assert!(
        pages.iter().all(|page| page.contains(SOFT_HYPHEN)),
        "every page has hyphenated lines"
    );
    let squeezed: Vec<String> = pages.iter().map(|page| squeeze(page)).collect();
    // Each word occurs once in the text: it must be whole on one page, not its first
    // syllables at the foot of one page and the rest under the next page's heading.
    for word in text.split_whitespace() {
        assert!(
            squeezed.iter().any(|page| page.contains(word)),
            "{word:?} is split between pages"
        );
    }
}
