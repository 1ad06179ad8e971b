//! The meeting brief: one A4 portrait page with the preparation, parsed back.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::pdf_common;

use std::process::Command;

use chrono::{TimeZone, Utc};
use netzwerk_canvas::export::{
    ExportOptions, ExportRequest, ExportedPdf, Orientation, PageSetup, Paper, Printed, export,
};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::model::{Collaboration, Principle, Rating, Template};
use netzwerk_canvas::storage;
use pdf_common::{ParsedPdf, assert_qpdf_clean, squeeze};

fn prepared() -> Collaboration {
    let mut collaboration = storage::example_workspace()
        .unwrap()
        .collaborations
        .remove(0);
    let preparation = &mut collaboration.preparation;
    preparation.motivation_expectations =
        "Nahversorgung sichern und eine Zusage zur Miete bekommen.".into();
    preparation.appreciation_goals =
        "Offen und wertschätzend; Ziel: Genossenschaft bis Juni.".into();
    preparation.added_value = "Treffpunkt im Ortskern für alle Generationen.".into();
    preparation.check_mut(Principle::Trust).rating = Rating::Green;
    let negotiation = preparation.check_mut(Principle::Negotiation);
    negotiation.rating = Rating::Red;
    negotiation.note = "Miete offen".into();
    collaboration
}

fn options() -> ExportOptions {
    ExportOptions {
        page: PageSetup {
            paper: Paper::A4,
            orientation: Orientation::Portrait,
        },
        language: Language::German,
        exported_at: Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap(),
        document_title: "Brief".into(),
    }
}

fn brief(collaboration: &Collaboration) -> ExportedPdf {
    let request = ExportRequest {
        printed: Printed::Brief {
            collaboration: Box::new(collaboration.clone()),
            template: Template::kooperations_canvas(),
        },
        options: options(),
    };
    export(&request, &|_, _| {}).unwrap()
}

#[test]
fn the_brief_is_one_a4_portrait_page_with_the_three_answers() {
    let collaboration = prepared();
    let pdf = brief(&collaboration);
    let parsed = ParsedPdf::parse(&pdf.bytes);
    assert_eq!(parsed.page_count(), 1);
    let (width, height) = parsed.page_size(1);
    assert!((width - 595.3).abs() < 0.5 && (height - 841.9).abs() < 0.5);
    let text = squeeze(&parsed.page_text(1));
    for answer in collaboration.preparation.answers() {
        assert!(text.contains(&squeeze(answer)), "{answer}");
    }
    for expected in [
        "DorfladenRhade",
        "GemeindeRhade",
        "Termin03.12.2026",
        "Biszum30.Juni2027",
        "OffenenächsteSchritte",
        "Vertrauen–Grün",
        "Verhandlung–Rot:Mieteoffen",
        "Einsatz:Zeit·Geld·Energie",
    ] {
        assert!(text.contains(expected), "{expected} missing");
    }
}

#[test]
fn very_long_answers_still_give_one_page() {
    let mut collaboration = prepared();
    collaboration.preparation.added_value = "Sehr viel Mehrwert. ".repeat(2000);
    let pdf = brief(&collaboration);
    let parsed = ParsedPdf::parse(&pdf.bytes);
    assert_eq!(parsed.page_count(), 1);
    assert!(
        parsed.page_text(1).contains('…'),
        "shortened text is marked"
    );
}

#[test]
fn the_command_line_writes_the_brief_for_a_title() {
    let folder = tempfile::tempdir().unwrap();
    let input = folder.path().join("netz.json");
    let mut workspace = storage::example_workspace().unwrap();
    workspace.collaborations[0] = prepared();
    storage::save_workspace(&input, &workspace).unwrap();
    let output = folder.path().join("brief.pdf");
    let run = |title: &str| {
        Command::new(env!("CARGO_BIN_EXE_netzwerk-canvas"))
            .args([
                "export",
                input.to_str().unwrap(),
                "--brief",
                title,
                "-o",
                output.to_str().unwrap(),
            ])
            .output()
            .unwrap()
    };
    let result = run("dorfladen rhade");
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    let parsed = ParsedPdf::parse(&std::fs::read(&output).unwrap());
    assert_eq!(parsed.page_count(), 1);
    assert!(squeeze(&parsed.page_text(1)).contains("TreffpunktimOrtskern"));

    std::fs::remove_file(&output).unwrap();
    let missing = run("Gibt es nicht");
    assert_eq!(missing.status.code(), Some(1));
    assert!(!output.exists());
}

#[test]
fn an_empty_answer_prints_what_the_canvas_says_to_the_question() {
    let mut collaboration = storage::example_workspace()
        .unwrap()
        .collaborations
        .remove(0);
    assert!(collaboration.preparation.is_empty());
    collaboration.fields = [
        ("motivation", "Ein Laden im Dorf."),
        ("expectations", "Eine Zusage zur Miete."),
        ("shared_goals", "Genossenschaft bis Juni."),
        ("collaboration", "Monatlich im Pfarrheim."),
        ("added_value", "Ein Treffpunkt."),
        ("next_steps", "Fragebogen verteilen."),
    ]
    .into_iter()
    .map(|(id, text)| (id.to_owned(), text.to_owned()))
    .collect();
    // An own answer wins over the canvas.
    collaboration.preparation.added_value = "Eigene Antwort zum Mehrwert.".into();
    let pdf = brief(&collaboration);
    assert_qpdf_clean(&pdf.bytes);
    let parsed = ParsedPdf::parse(&pdf.bytes);
    assert_eq!(parsed.page_count(), 1);
    let text = squeeze(&parsed.page_text(1));
    let expected = squeeze(
        "1. Was ist meine Motivation, und was erwarte ich? (aus dem Canvas) \
         Motivation: Ein Laden im Dorf. Erwartungen: Eine Zusage zur Miete. \
         2. Ist die Zusammenarbeit wertschätzend, und gibt es gemeinsame Ziele? \
         (aus dem Canvas) Gemeinsame Ziele: Genossenschaft bis Juni. \
         Zusammenarbeit: Monatlich im Pfarrheim. \
         3. Worin genau besteht der Mehrwert? Eigene Antwort zum Mehrwert.",
    );
    assert!(text.contains(&expected), "{text}");
    assert!(
        !text.contains("?–"),
        "a question printed without its answer: {text}"
    );
    assert!(!text.contains("EinTreffpunkt."), "{text}");
    // Issue 35: question 2 as the dialog shows it, with the shared goals, which are
    // then not printed a second time in a section of their own.
    assert_eq!(text.matches("GenossenschaftbisJuni.").count(), 1, "{text}");
}
