//! Issue 20: characters no bundled font has (a partner's name in Chinese) print with a
//! font of the system that has them, embedded as a subset; only what no font on the
//! system has prints as "�" and is counted.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::pdf_common;

use netzwerk_canvas::storage;
use pdf_common::scripts::{
    export_canvas as export, system_has_a_chinese_font, system_has_a_skin_tone_font,
};
use pdf_common::{ParsedPdf, assert_qpdf_clean};

/// The names of the fonts the PDF embeds, without their subset tags.
fn embedded_fonts(bytes: &[u8]) -> Vec<String> {
    let document = lopdf::Document::load_mem(bytes).unwrap();
    let mut names: Vec<String> = document
        .objects
        .values()
        .filter_map(|object| object.as_dict().ok())
        .filter(|dict| dict.has_type(b"FontDescriptor"))
        .filter_map(|dict| dict.get(b"FontName").ok()?.as_name().ok())
        .map(|name| {
            let name = String::from_utf8_lossy(name);
            name.split_once('+')
                .map_or(name.to_string(), |(_, font)| font.to_owned())
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

#[test]
fn a_chinese_name_prints_with_a_system_font_and_only_what_no_font_has_is_replaced() {
    if !system_has_a_chinese_font("pdf_system_fonts") {
        return;
    }
    let mut canvas = storage::example_workspace().unwrap().collaborations[0].clone();
    canvas.title = "Partner 京東".into();
    canvas.partners = vec!["北京协作中心".into()];
    canvas.fields.insert(
        "motivation".into(),
        "Zusammenarbeit mit 京東 und 協力, nicht mit \u{378}.".into(),
    );
    let pdf = export(canvas);

    assert_eq!(pdf.replaced_characters, 1, "only the unassigned U+0378");
    let text = ParsedPdf::parse(&pdf.bytes).page_text(1);
    for name in ["Partner 京東", "北京协作中心", "京東 und 協力"] {
        assert!(text.contains(name), "{name} is missing in: {text}");
    }
    let fonts = embedded_fonts(&pdf.bytes);
    assert!(
        fonts
            .iter()
            .any(|font| !font.starts_with("DejaVu") && font != "NotoEmoji"),
        "no system font embedded: {fonts:?}"
    );
    assert_qpdf_clean(&pdf.bytes);
}

#[test]
fn text_the_bundled_fonts_have_embeds_no_system_font() {
    let canvas = storage::example_workspace().unwrap().collaborations[0].clone();
    let pdf = export(canvas);
    assert_eq!(pdf.replaced_characters, 0);
    let fonts = embedded_fonts(&pdf.bytes);
    assert!(
        fonts
            .iter()
            .all(|font| font.starts_with("DejaVu") || font == "NotoEmoji"),
        "{fonts:?}"
    );
}

/// A thumbs-up with a skin tone prints the emoji and then its tone from a system font
/// that has the tones (as the colour swatch Unicode prescribes where the two are not
/// one glyph); before, the tone was dropped. Copying the text gives both back.
#[test]
fn a_skin_tone_prints_after_its_emoji() {
    if !system_has_a_skin_tone_font("a_skin_tone_prints_after_its_emoji") {
        return;
    }
    let mut canvas = storage::example_workspace().unwrap().collaborations[0].clone();
    canvas.title = "Danke \u{1F44D}\u{1F3FD} an alle".into();
    let pdf = export(canvas);
    assert_eq!(pdf.replaced_characters, 0);
    let text = ParsedPdf::parse(&pdf.bytes).page_text(1);
    assert!(
        text.contains("Danke \u{1F44D}\u{1F3FD} an alle"),
        "the emoji with its tone is missing in: {text}"
    );
    let fonts = embedded_fonts(&pdf.bytes);
    assert!(fonts.contains(&"NotoEmoji".to_owned()), "{fonts:?}");
    assert!(
        fonts
            .iter()
            .any(|font| !font.starts_with("DejaVu") && font != "NotoEmoji"),
        "no system font drew the tone: {fonts:?}"
    );
    assert_qpdf_clean(&pdf.bytes);
}
