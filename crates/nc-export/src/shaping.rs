//! Text that cannot be drawn character by character. The PDF writer draws characters
//! one after the other from left to right, so a line with Arabic or Hebrew is cut into
//! its runs in visual order (`unicode-bidi`), and each right-to-left run is shaped
//! (`harfrust`, the shaper egui uses): the letters joined as the script writes them, in
//! visual order. Runs of scripts whose letters change form and order with their
//! neighbours (Devanagari and the other Indic scripts, Thai, Khmer, …) are shaped too,
//! left to right: conjuncts as one glyph, vowel signs where they are written. Every
//! glyph keeps the text it stands for, so that the PDF's text can be copied and searched.

use std::ops::Range;

use unicode_bidi::{BidiInfo, Level};

/// One glyph of a shaped run, in visual order.
#[derive(Clone, Debug, PartialEq)]
pub struct ShapedGlyph {
    pub glyph: u16,
    /// What to move back after the glyph, in thousandths of an em: the font's own
    /// advance minus the shaped one (a PDF viewer advances by the font's).
    pub back: f32,
    /// The characters this glyph stands for, in visual order.
    pub text: String,
}

/// A shaped run and its width in em.
#[derive(Clone, Debug, PartialEq)]
pub struct Shaped {
    pub glyphs: Vec<ShapedGlyph>,
    pub width: f32,
}

/// The parts of a line in visual order, each with whether it runs right to left;
/// `None` for a line without right-to-left text (drawn as it is).
pub fn visual_parts(line: &str) -> Option<Vec<(bool, &str)>> {
    // Most lines are Latin: skip the bidi analysis (and its allocations) for them.
    if !line.chars().any(may_run_right_to_left) {
        return None;
    }
    // Every line runs left to right, as the canvas's boxes do; right-to-left text is
    // ordered within it, so a line that starts with an Arabic name keeps its German
    // words where they were typed.
    let info = BidiInfo::new(line, Some(Level::ltr()));
    if !info.has_rtl() {
        return None;
    }
    let mut parts = Vec::new();
    for paragraph in &info.paragraphs {
        let (levels, runs) = info.visual_runs(paragraph, paragraph.range.clone());
        for run in runs {
            let rtl = levels.get(run.start).is_some_and(|level| level.is_rtl());
            if let Some(text) = line.get(run) {
                parts.push((rtl, text));
            }
        }
    }
    Some(parts)
}

/// Whether `c` is in a block of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana,
/// N'Ko, …, their presentation forms, and the historic ones beyond the BMP).
fn may_run_right_to_left(c: char) -> bool {
    matches!(
        c,
        '\u{0590}'..='\u{08FF}'
            | '\u{FB1D}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}'
            | '\u{10800}'..='\u{10FFF}'
            | '\u{1E800}'..='\u{1EFFF}'
    )
}

/// Whether `c` belongs to a script whose letters change form or order with their
/// neighbours, so that a run with it is shaped rather than drawn character by
/// character: the Indic scripts from Devanagari to Sinhala, Thai, Lao, Tibetan,
/// Myanmar, Khmer, and Devanagari's extensions.
pub fn needs_shaping(c: char) -> bool {
    matches!(
        c,
        '\u{0900}'..='\u{0DFF}'
            | '\u{0E00}'..='\u{0FFF}'
            | '\u{1000}'..='\u{109F}'
            | '\u{1780}'..='\u{17FF}'
            | '\u{1CD0}'..='\u{1CFF}'
            | '\u{A8E0}'..='\u{A8FF}'
    )
}

/// Shapes `text` with the font in `bytes`, right to left or left to right; `None` when
/// the font cannot be read (the caller then draws the characters as they are). Glyphs
/// come in visual order, moved sideways where the font places them (a mark over its
/// letter); a vertical offset is not applied, so marks keep the font's own height.
pub fn shape(bytes: &[u8], text: &str, right_to_left: bool) -> Option<Shaped> {
    let font = harfrust::FontRef::new(bytes).ok()?;
    let measured = ttf_parser::Face::parse(bytes, 0).ok()?;
    let data = harfrust::ShaperData::new(&font);
    let shaper = data.shaper(&font).build();
    let mut buffer = harfrust::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(if right_to_left {
        harfrust::Direction::RightToLeft
    } else {
        harfrust::Direction::LeftToRight
    });
    buffer.guess_segment_properties();
    let shaped = shaper.shape(buffer, harfrust::ShapeOptions::new());
    let units = f32::from(measured.units_per_em());
    let infos = shaped.glyph_infos();
    let positions = shaped.glyph_positions();
    let mut width = 0.0;
    let mut glyphs: Vec<ShapedGlyph> = Vec::with_capacity(infos.len());
    for (index, (info, position)) in infos.iter().zip(positions).enumerate() {
        let glyph = u16::try_from(info.glyph_id).ok()?;
        let own = measured
            .glyph_hor_advance(ttf_parser::GlyphId(glyph))
            .map_or(0.0, f32::from);
        let advance = position.x_advance as f32;
        width += advance / units;
        // A glyph placed sideways: the one before moves the pen there, this one back.
        let offset = match glyphs.last_mut() {
            Some(before) if position.x_offset != 0 => {
                let offset = position.x_offset as f32 / units * 1000.0;
                before.back -= offset;
                offset
            }
            _ => 0.0,
        };
        let range = cluster_text(infos, index, text.len());
        let text = text.get(range).unwrap_or_default();
        // In visual order, like the glyphs: text extraction (poppler's pdftotext) turns
        // a right-to-left line back by reversing its characters, which would turn a
        // ligature's "لا" into "ال".
        let text = if right_to_left {
            text.chars().rev().collect()
        } else {
            text.to_owned()
        };
        glyphs.push(ShapedGlyph {
            glyph,
            back: (own - advance) / units * 1000.0 + offset,
            text,
        });
    }
    Some(Shaped { glyphs, width })
}

/// The bytes of `text` the glyph at `index` stands for: from its cluster to the next
/// larger cluster (glyphs of a right-to-left run come in descending clusters, of a
/// left-to-right run in ascending ones). A second glyph of the same cluster stands for
/// nothing more.
fn cluster_text(infos: &[harfrust::GlyphInfo], index: usize, len: usize) -> Range<usize> {
    let start = infos[index].cluster as usize;
    let same_before = index > 0 && infos[index - 1].cluster as usize == start;
    if same_before {
        return start..start;
    }
    let end = infos
        .iter()
        .map(|info| info.cluster as usize)
        .filter(|cluster| *cluster > start)
        .min()
        .unwrap_or(len);
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundled_fonts::REGULAR_FONT;

    #[test]
    fn a_line_without_right_to_left_text_is_left_as_it_is() {
        assert_eq!(visual_parts("Dorfladen Rhade – Straße 5"), None);
    }

    #[test]
    fn a_hebrew_word_in_german_text_is_its_own_part_in_visual_order() {
        let parts = visual_parts("Treffen mit שלום in Berlin").expect("has RTL");
        assert_eq!(
            parts,
            [
                (false, "Treffen mit "),
                (true, "שלום"),
                (false, " in Berlin")
            ]
        );
    }

    #[test]
    fn a_line_that_starts_with_arabic_still_runs_left_to_right() {
        let parts = visual_parts("محمد (Vorsitz) in Berlin").expect("has RTL");
        assert_eq!(parts, [(true, "محمد"), (false, " (Vorsitz) in Berlin")]);
    }

    #[test]
    fn arabic_letters_are_joined_and_come_in_visual_order() {
        // "Salam" (سلام): four letters, lam-alef joined to one glyph in DejaVu Sans.
        let word = "سلام";
        let shaped = shape(REGULAR_FONT, word, true).expect("DejaVu Sans shapes Arabic");
        assert_eq!(shaped.glyphs.len(), 3, "{shaped:?}");
        // Visual order: the last letter (meem) first, the first (seen) last.
        assert_eq!(shaped.glyphs[0].text, "م");
        assert_eq!(shaped.glyphs[1].text, "ال", "lam-alef, in visual order");
        assert_eq!(shaped.glyphs[2].text, "س");
        // Joined forms, not the isolated letters the font maps the characters to.
        let face = ttf_parser::Face::parse(REGULAR_FONT, 0).expect("font");
        let isolated = face.glyph_index('س').map(|glyph| glyph.0);
        assert_ne!(
            Some(shaped.glyphs[2].glyph),
            isolated,
            "seen is in its initial form"
        );
        assert!(shaped.width > 0.5);
        // Reversed as a whole, as text extraction does, the glyphs' texts are the word.
        let visual: String = shaped.glyphs.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(visual.chars().rev().collect::<String>(), word);
    }
}
