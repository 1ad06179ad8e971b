//! The Auskunft as a PDF: a long record flows over as many pages as it needs, with every
//! log entry and every text that names the person, and passes qpdf.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::pdf_common;

use chrono::{DateTime, NaiveDate, TimeDelta};
use netzwerk_canvas::export::rights::auskunft_pdf;
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::model::{Activity, ActivityKind, Collaboration, Workspace};
use pdf_common::{ParsedPdf, assert_qpdf_clean, squeeze};

#[test]
fn a_long_auskunft_flows_over_pages_and_keeps_every_entry() {
    let day = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    let mut workspace = Workspace::default();
    let id = workspace.add_contact("Ömer Yılmaz", day);
    let contact = workspace.contact_mut(&id).unwrap();
    for index in 0..400 {
        contact.activities.push(Activity {
            date: day + TimeDelta::days(index),
            kind: ActivityKind::Meeting,
            note: format!("Treffen{index:03}"),
            exchange: None,
        });
    }
    for index in 0..30 {
        let mut canvas =
            Collaboration::new(&format!("Kooperation{index:02}"), DateTime::UNIX_EPOCH);
        let text = format!("Ömer Yılmaz bringt Idee{index:02} ein. ").repeat(8);
        canvas.fields.insert("motivation".into(), text);
        workspace.collaborations.push(canvas);
    }
    let mentions = workspace.where_named(&id).unwrap();
    assert_eq!(mentions.places.len(), 30);
    let pdf = auskunft_pdf(
        &workspace,
        &mentions,
        "netz.json",
        DateTime::UNIX_EPOCH,
        Language::German,
    )
    .unwrap();
    assert_qpdf_clean(&pdf.bytes);
    let parsed = ParsedPdf::parse(&pdf.bytes);
    assert!(parsed.page_count() >= 8, "{} pages", parsed.page_count());
    assert_eq!(parsed.page_count(), pdf.page_count);
    let text = squeeze(&parsed.all_text());
    for index in 0..400 {
        let note = format!("Treffen{index:03}");
        assert!(text.contains(&note), "{note} is missing");
    }
    for index in 0..30 {
        let idea = format!("Idee{index:02}");
        assert!(text.contains(&idea), "{idea} is missing");
        assert!(
            text.contains(&format!("Kooperation{index:02}")),
            "heading {index}"
        );
    }
    let (width, height) = parsed.page_size(1);
    assert!(
        (width - 595.0).abs() < 2.0 && (height - 842.0).abs() < 2.0,
        "A4 portrait: {width} × {height}"
    );
}
