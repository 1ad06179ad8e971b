//! Typography through the real window: long German compounds typed into a canvas field
//! print hyphenated at their syllables, with a visible hyphen, in the PDF exported
//! through the window, and every word of them reads back from the PDF's text.

use std::path::Path;
use std::process::Command;

use super::dialogs;
use super::layout;
use super::scenarios_typing::{expect_all, open};
use super::session::Session;
use super::system::check_pdf;
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
    session.click(layout::SHARED_GOALS)?;
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
