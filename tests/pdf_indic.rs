//! Issue 20: Devanagari (Hindi and Marathi names are common in German networks) prints
//! with a system font and shaped: a conjunct such as स्त as one glyph, the short i
//! before its consonant; and it reads back from the PDF (poppler's pdftotext, as a
//! viewer copies text) as it was typed, through each shaped run's /ActualText.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::pdf_common;

use lopdf::Object;
use netzwerk_canvas::storage;
use pdf_common::assert_qpdf_clean;
use pdf_common::scripts::{export_canvas as export, system_has_a_devanagari_font};

const TITLE: &str = "Partner: नमस्ते किताब";
const PARTNER: &str = "हिन्दी संस्थान";

/// The characters each glyph of every font stands for, from their ToUnicode maps.
fn glyph_texts(bytes: &[u8]) -> Vec<String> {
    let document = lopdf::Document::load_mem(bytes).unwrap();
    let mut texts = Vec::new();
    for object in document.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        if !dict.has_type(b"Font") {
            continue;
        }
        let Ok(reference) = dict.get(b"ToUnicode").and_then(Object::as_reference) else {
            continue;
        };
        let stream = document.get_object(reference).unwrap().as_stream().unwrap();
        let content = stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone());
        let content = String::from_utf8_lossy(&content);
        // Lines of a bfchar or bfrange block: <code> <UTF-16BE> or <first> <last> <UTF-16BE>.
        for line in content.lines() {
            let hex: Vec<&str> = line
                .split(['<', '>'])
                .map(str::trim)
                .filter(|part| !part.is_empty())
                .collect();
            let Some(target) = hex.last().filter(|_| hex.len() >= 2) else {
                continue;
            };
            let units: Vec<u16> = (0..target.len() / 4)
                .filter_map(|at| u16::from_str_radix(&target[at * 4..at * 4 + 4], 16).ok())
                .collect();
            texts.push(String::from_utf16_lossy(&units));
        }
    }
    texts
}

#[test]
fn devanagari_prints_shaped_and_reads_back_as_typed() {
    if !system_has_a_devanagari_font("devanagari_prints_shaped_and_reads_back_as_typed") {
        return;
    }
    let mut canvas = storage::example_workspace().unwrap().collaborations[0].clone();
    canvas.title = TITLE.into();
    canvas.partners = vec![PARTNER.into()];
    let pdf = export(canvas);
    assert_eq!(pdf.replaced_characters, 0, "every character has a font");
    assert_qpdf_clean(&pdf.bytes);

    // Shaped: glyphs that stand for several characters. "हि" (ha and its short i, the
    // i drawn first) is one cluster, "स्" (sa, virama) the half form of a conjunct.
    // Drawn character by character, every glyph would stand for one character.
    let texts: Vec<String> = glyph_texts(&pdf.bytes)
        .into_iter()
        .filter(|text| text.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)))
        .collect();
    assert!(!texts.is_empty(), "no Devanagari glyph embedded");
    assert!(
        texts.iter().any(|text| text.chars().count() > 1),
        "no glyph stands for a cluster: {texts:?}"
    );

    // Read back as typed: the reordered and shared glyphs cannot say it through the
    // font's map alone (that read "नमस्ता कि ता ब"); each shaped run carries its text.
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("devanagari.pdf");
    std::fs::write(&path, &pdf.bytes).unwrap();
    let output = match std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
    {
        Ok(output) => output,
        Err(error) => {
            assert!(
                std::env::var("CI").is_err(),
                "cannot run pdftotext: {error}"
            );
            eprintln!(
                "SKIPPED the read-back: no pdftotext ({error}): apt-get install poppler-utils"
            );
            return;
        }
    };
    let text = String::from_utf8_lossy(&output.stdout);
    for typed in ["नमस्ते किताब", PARTNER] {
        assert!(text.contains(typed), "{typed} does not read back: {text}");
    }
}
