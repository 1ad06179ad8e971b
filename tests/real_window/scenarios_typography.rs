//! Typography through the real window: long German compounds typed into a canvas field
//! print hyphenated at their syllables, with a visible hyphen, in the PDF exported
//! through the window, and every word of them reads back from the PDF's text; a long
//! pasted text flows over continuation pages with no paragraph's first or last line
//! alone in a column; and a long canvas prints with each font embedded once.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use super::dialogs;
use super::scenarios_typing::{expect_all, open};
use super::session::Session;
use super::system::check_pdf;
use super::tree;
use super::wait::{LONG, ensure, poll};
use super::workspace::{self, collaborations};

const TITLE: &str = "Dampfer und Markt";

/// Typed into "Gemeinsame Ziele": long enough that lines end inside the compounds.
const TYPED: &str = "Die Donaudampfschifffahrtsgesellschaft und der Lebensmittelmarkt \
     unterschreiben die Kooperationsvereinbarung zur Nahversorgung mit der \
     Donaudampfschifffahrtsgesellschaft und dem Lebensmittelmarkt";

/// Each compound with its syllables, as the German patterns break them.
const SYLLABLES: [&str; 3] = [
    "Do-nau-dampf-schiff-fahrts-ge-sell-schaft",
    "Le-bens-mit-tel-markt",
    "Ko-ope-ra-ti-ons-ver-ein-ba-rung",
];

const SOFT_HYPHEN: char = '\u{AD}';

pub fn hyphenated_compound_in_pdf(session: &mut Session) -> Result<(), String> {
    let files = session.files();
    let path = open(session, "silben.json", &workspace::with_one_canvas(TITLE))?;
    session.focus_on(tree::ENTRY, "Gemeinsame Ziele")?;
    session.type_text(TYPED)?;
    // Escape leaves the editor, so that the export dialog gets the keys.
    session.key(&["Escape", "ctrl+s"])?;
    workspace::wait_for(
        &path,
        "the typed compounds in the saved file",
        LONG,
        |saved| {
            let canvas = *collaborations(saved).first().ok_or("no collaboration")?;
            expect_all(canvas, &[("/fields/shared_goals", TYPED)])
        },
    )?;
    let pdf = files.join("silben.pdf");
    dialogs::start_export(session)?;
    dialogs::answer_path_prompt(session, &pdf.display().to_string(), true)?;
    poll("a PDF with the typed compounds hyphenated", LONG, || {
        check_pdf(&pdf, &[TITLE])?;
        check_hyphenation(&pdf)
    })
}

/// The typed text reads back whole once hyphenated lines are joined, and each hyphen
/// stands at a syllable of a compound.
fn check_hyphenation(pdf: &Path) -> Result<(), String> {
    let output = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .map_err(|error| format!("cannot run pdftotext: {error}"))?;
    let text = String::from_utf8_lossy(&output.stdout);
    let mut joined = String::new();
    let mut hyphens = Vec::new();
    for line in text.lines() {
        match line.strip_suffix(SOFT_HYPHEN) {
            Some(head) => {
                joined.push_str(head);
                hyphens.push(joined.len());
            }
            None => {
                joined.push_str(line);
                joined.push(' ');
            }
        }
    }
    ensure(joined.contains(TYPED), || {
        format!("the typed text is not in the PDF: {joined:?}")
    })?;
    let mut in_compounds = 0;
    for at in hyphens {
        for syllables in SYLLABLES {
            let word = syllables.replace('-', "");
            for (start, _) in joined.match_indices(&word) {
                if at <= start || at >= start + word.len() {
                    continue;
                }
                in_compounds += 1;
                ensure(syllable_ends(syllables).contains(&(at - start)), || {
                    format!(
                        "{word} breaks after {:?}, not at a syllable",
                        &word[..at - start]
                    )
                })?;
            }
        }
    }
    ensure(in_compounds > 0, || {
        format!("no compound is hyphenated: {text:?}")
    })
}

/// The byte offsets into the word where its syllables end (the last one left out).
fn syllable_ends(syllables: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut length = 0;
    for part in syllables.split('-') {
        length += part.len();
        ends.push(length);
    }
    ends.pop();
    ends
}

/// Paragraph `n` of the pasted text: `words` times the token `qNNN`, too short to be
/// hyphenated, so that every word printed says which paragraph it belongs to.
fn paragraph(n: usize, words: usize) -> String {
    vec![format!("q{n:03}"); words].join(" ")
}

/// 160 paragraphs of one to about six lines: several continuation pages of two columns.
fn pasted_paragraphs() -> String {
    (0..160)
        .map(|n| paragraph(n, 1 + (n * 37) % 100))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A long text of many paragraphs, pasted into "Gemeinsame Ziele", continues on pages of
/// two columns; in the PDF exported through the window, no column of those pages ends
/// with a paragraph's first line while the paragraph goes on in the next (an orphan),
/// and none starts with a paragraph's last line whose paragraph began before (a widow).
pub fn no_orphans_or_widows_in_continuation_pages(session: &mut Session) -> Result<(), String> {
    let files = session.files();
    let path = open(session, "absaetze.json", &workspace::with_one_canvas(TITLE))?;
    let pasted = pasted_paragraphs();
    session.focus_on(tree::ENTRY, "Gemeinsame Ziele")?;
    session.desk.set_clipboard(&pasted)?;
    session.key(&["ctrl+v"])?;
    session.key(&["Escape", "ctrl+s"])?;
    workspace::wait_for(
        &path,
        "the pasted paragraphs in the saved file",
        LONG,
        |saved| {
            let canvas = *collaborations(saved).first().ok_or("no collaboration")?;
            expect_all(canvas, &[("/fields/shared_goals", pasted.as_str())])
        },
    )?;
    let pdf = files.join("absaetze.pdf");
    dialogs::start_export(session)?;
    dialogs::answer_path_prompt(session, &pdf.display().to_string(), true)?;
    poll(
        "the continuation pages without orphans or widows",
        LONG,
        || {
            check_pdf(&pdf, &[TITLE, "q000", "q159"])?;
            check_orphans_and_widows(&pdf)
        },
    )
}

/// One printed line of a continuation page: its page, column and height, and the
/// paragraph its words belong to.
#[derive(Debug, PartialEq)]
struct PrintedLine {
    page: usize,
    column: usize,
    y: i64,
    paragraph: usize,
}

/// The lines of the pasted paragraphs on the pages after the first (the canvas page has
/// the start of the text in its box; the rest is wrapped anew on the continuation
/// pages), column by column, from `pdftotext -bbox`.
fn continuation_lines(pdf: &Path) -> Result<Vec<PrintedLine>, String> {
    let output = Command::new("pdftotext")
        .args(["-bbox", "-f", "2"])
        .arg(pdf)
        .arg("-")
        .output()
        .map_err(|error| format!("cannot run pdftotext: {error}"))?;
    let html = String::from_utf8_lossy(&output.stdout);
    let mut page = 0;
    let mut page_width = 0.0;
    let mut lines: Vec<PrintedLine> = Vec::new();
    for tag in html.split('<').skip(1) {
        if tag.starts_with("page ") {
            page += 1;
            page_width = attribute(tag, "width")?;
            continue;
        }
        if !tag.starts_with("word ") {
            continue;
        }
        let text = tag.rsplit('>').next().unwrap_or_default().trim();
        let Some(paragraph) = text.strip_prefix('q').and_then(|n| n.parse().ok()) else {
            continue;
        };
        let x: f64 = attribute(tag, "xMin")?;
        let y = attribute(tag, "yMin")?.round() as i64;
        let column = usize::from(x > page_width / 2.0);
        let line = PrintedLine {
            page,
            column,
            y,
            paragraph,
        };
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    lines.sort_by_key(|line| (line.page, line.column, line.y));
    Ok(lines)
}

fn attribute(tag: &str, name: &str) -> Result<f64, String> {
    let start = tag
        .find(&format!("{name}=\""))
        .ok_or_else(|| format!("no {name} in <{tag}"))?
        + name.len()
        + 2;
    let value = &tag[start..];
    let end = value.find('"').unwrap_or(value.len());
    value[..end]
        .parse()
        .map_err(|error| format!("{name} in <{tag}: {error}"))
}

fn check_orphans_and_widows(pdf: &Path) -> Result<(), String> {
    let lines = continuation_lines(pdf)?;
    // Each column's paragraphs, in order, with the number of lines each has there.
    let mut columns: BTreeMap<(usize, usize), Vec<(usize, usize)>> = BTreeMap::new();
    for line in &lines {
        let column = columns.entry((line.page, line.column)).or_default();
        match column.last_mut() {
            Some((paragraph, count)) if *paragraph == line.paragraph => *count += 1,
            _ => column.push((line.paragraph, 1)),
        }
    }
    let columns: Vec<&Vec<(usize, usize)>> = columns.values().collect();
    ensure(columns.len() >= 6, || {
        format!(
            "{} continuation columns, not the six and more expected",
            columns.len()
        )
    })?;
    for (at, pair) in columns.windows(2).enumerate() {
        let (Some(&(ending, ending_lines)), Some(&(starting, starting_lines))) =
            (pair[0].last(), pair[1].first())
        else {
            return Err(format!("an empty column at {at}"));
        };
        if ending != starting {
            continue;
        }
        // The paragraph goes on from one column to the next.
        let begins_here = pair[0].len() > 1;
        ensure(!(ending_lines == 1 && begins_here), || {
            format!("paragraph q{ending:03} leaves its first line alone at the end of column {at}")
        })?;
        let ends_there = pair[1].len() > 1 || at + 2 == columns.len();
        ensure(!(starting_lines == 1 && ends_there), || {
            format!(
                "paragraph q{starting:03} leaves its last line alone at the top of column {}",
                at + 1
            )
        })?;
    }
    Ok(())
}

/// A canvas whose "Gemeinsame Ziele" hold 420 numbered paragraphs (`w000` … `w419`):
/// over twenty pages, so that the export draws its pages on all cores.
fn long_canvas() -> serde_json::Value {
    let mut workspace = workspace::with_one_canvas(LONG_TITLE);
    let text = (0..LONG_PARAGRAPHS)
        .map(|n| vec![format!("w{n:03}"); 1 + (n * 37) % 100].join(" "))
        .collect::<Vec<_>>()
        .join("\n");
    workspace["collaborations"][0]["fields"]["shared_goals"] = serde_json::Value::String(text);
    workspace
}

const LONG_TITLE: &str = "Lange Ziele";
const LONG_PARAGRAPHS: usize = 420;

/// A long canvas exported through the window (Strg+P, the path typed) is one PDF that a
/// validator passes without warnings, with every paragraph's words in order, and each
/// font embedded once (a subset with its ToUnicode map) however many cores drew its
/// pages, as `pdffonts` lists them.
pub fn long_export_embeds_each_font_once(session: &mut Session) -> Result<(), String> {
    let files = session.files();
    open(session, "lang.json", &long_canvas())?;
    let pdf = files.join("lang.pdf");
    dialogs::start_export(session)?;
    dialogs::answer_path_prompt(session, &pdf.display().to_string(), true)?;
    poll("the long canvas's PDF", LONG, || {
        check_pdf(&pdf, &[LONG_TITLE, "w000", "w419"])?;
        check_pages_and_words(&pdf)?;
        check_fonts_embedded_once(&pdf)
    })
}

/// Twenty pages and more, and the paragraphs' numbers in the order they were written.
fn check_pages_and_words(pdf: &Path) -> Result<(), String> {
    let info = run("pdfinfo", pdf)?;
    let pages: usize = info
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|count| count.trim().parse().ok())
        .ok_or_else(|| format!("no page count in pdfinfo's report: {info}"))?;
    ensure(pages >= 20, || {
        format!("{pages} pages, not twenty and more")
    })?;
    let text = run("pdftotext", pdf)?;
    let mut numbers: Vec<usize> = text
        .split_whitespace()
        .filter_map(|word| word.strip_prefix('w')?.parse().ok())
        .collect();
    numbers.dedup();
    let expected: Vec<usize> = (0..LONG_PARAGRAPHS).collect();
    ensure(numbers == expected, || {
        format!(
            "the paragraphs read back out of order or incomplete: {} numbers, first wrong at {:?}",
            numbers.len(),
            numbers
                .iter()
                .zip(&expected)
                .position(|(read, want)| read != want)
        )
    })
}

/// `pdffonts`: every font embedded, as a subset, with a ToUnicode map, and no font twice.
fn check_fonts_embedded_once(pdf: &Path) -> Result<(), String> {
    let report = run("pdffonts", pdf)?;
    let mut names = Vec::new();
    // Two header lines; then: name, type words, encoding, emb, sub, uni, object, generation.
    for line in report.lines().skip(2) {
        let columns: Vec<&str> = line.split_whitespace().collect();
        let [name, .., emb, sub, uni, _, _] = columns.as_slice() else {
            return Err(format!("pdffonts line not understood: {line}"));
        };
        ensure([*emb, *sub, *uni] == ["yes"; 3], || {
            format!("{name} is not an embedded subset with a ToUnicode map: {line}")
        })?;
        let font = name.split_once('+').map_or(*name, |(_, font)| font);
        ensure(!names.contains(&font.to_owned()), || {
            format!("{font} is embedded more than once:\n{report}")
        })?;
        names.push(font.to_owned());
    }
    ensure(
        names.contains(&"DejaVuSans".to_owned()) && names.contains(&"DejaVuSans-Bold".to_owned()),
        || format!("the text faces are missing:\n{report}"),
    )
}

fn run(program: &str, pdf: &Path) -> Result<String, String> {
    let mut command = Command::new(program);
    command.arg(pdf);
    if program == "pdftotext" {
        command.arg("-");
    }
    let output = command
        .output()
        .map_err(|error| format!("cannot run {program}: {error}"))?;
    ensure(output.status.success(), || {
        format!(
            "{program} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        )
    })?;
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
