//! Issue 20: Arabic and Hebrew print right to left with their letters joined, and read
//! back from the PDF (poppler's pdftotext, as a viewer copies text) as they were typed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::pdf_common;

use netzwerk_canvas::storage;
use pdf_common::assert_qpdf_clean;
use pdf_common::scripts::export_canvas as export;

/// The PDF's text as pdftotext reads it, without the embedding marks it puts around
/// right-to-left text; `None` (said loudly, failing on CI) without pdftotext.
fn pdftotext(bytes: &[u8]) -> Option<String> {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("rtl.pdf");
    std::fs::write(&path, bytes).unwrap();
    match std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
    {
        Ok(output) => Some(
            String::from_utf8_lossy(&output.stdout)
                .chars()
                .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}'))
                .collect(),
        ),
        Err(error) => {
            assert!(
                std::env::var("CI").is_err(),
                "cannot run pdftotext: {error}"
            );
            eprintln!("SKIPPED pdf_rtl: no pdftotext ({error}): apt-get install poppler-utils");
            None
        }
    }
}

#[test]
fn arabic_and_hebrew_read_back_as_typed() {
    let mut canvas = storage::example_workspace().unwrap().collaborations[0].clone();
    canvas.title = "Partner: جمعية السلام".into();
    canvas.partners = vec!["שלום עליכם".into()];
    canvas.fields.insert(
        "next_steps".into(),
        "Treffen mit محمد العلي in Berlin".into(),
    );
    let pdf = export(canvas);
    assert_eq!(pdf.replaced_characters, 0);
    assert_qpdf_clean(&pdf.bytes);
    let Some(text) = pdftotext(&pdf.bytes) else {
        return;
    };
    // Drawn left to right in logical order, each line would read back reversed.
    for typed in [
        "جمعية السلام",
        "שלום עליכם",
        "محمد العلي",
        "Treffen mit",
        "in Berlin",
    ] {
        assert!(text.contains(typed), "{typed:?} is not in: {text}");
    }
}
