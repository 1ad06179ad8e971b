//! Glyph widths of the fonts that print, so that text is wrapped exactly as printed.
//!
//! The PDF writer does no kerning, so the sum of the glyphs' advance widths is the
//! width on paper. A character the bundled fonts lack is drawn by a system font that
//! has it ([`SystemFonts`]); one no font has is replaced before layout and counted.

use ttf_parser::Face;

use super::ExportError;
use super::system_fonts::SystemFonts;
use crate::bundled_fonts::{BOLD_FONT, EMOJI_FONT, REGULAR_FONT};

/// Which embedded font draws a character.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontFace {
    Regular,
    Bold,
    Emoji,
    /// A system font, by its index in [`SystemFonts`].
    System(u16),
}

/// What is drawn for a character that no bundled font has.
pub const REPLACEMENT: char = '\u{FFFD}';

/// Characters below this code point (Latin, Latin-1, Latin Extended A and B: all of
/// German and most European text) have their widths in a table, since wrapping measures
/// every character several times.
const TABLE_SIZE: usize = 0x250;

pub struct FontMetrics {
    regular: Face<'static>,
    bold: Face<'static>,
    emoji: Face<'static>,
    /// Advance in em for [regular, bold]; NaN where the text face lacks the character.
    table: Vec<[f32; 2]>,
    /// Glyph id for [regular, bold], beside `table`: the PDF writes one per character.
    glyph_table: Vec<[u16; 2]>,
    /// The system's fonts, when characters the bundled fonts lack may use them.
    system: Option<&'static SystemFonts>,
}

impl FontMetrics {
    /// The bundled fonts, and the system's fonts for what they lack.
    pub fn load() -> Result<Self, ExportError> {
        let mut metrics = Self::bundled_only()?;
        metrics.system = Some(SystemFonts::get());
        Ok(metrics)
    }

    /// The bundled fonts alone: what they lack prints as the replacement character.
    pub fn bundled_only() -> Result<Self, ExportError> {
        let parse = |name: &str, bytes: &'static [u8]| {
            Face::parse(bytes, 0).map_err(|error| ExportError::Font(format!("{name}: {error}")))
        };
        let mut metrics = Self {
            regular: parse("DejaVuSans", REGULAR_FONT)?,
            bold: parse("DejaVuSans-Bold", BOLD_FONT)?,
            emoji: parse("NotoEmoji", EMOJI_FONT)?,
            table: Vec::new(),
            glyph_table: Vec::new(),
            system: None,
        };
        metrics.table = (0..TABLE_SIZE)
            .map(|code| {
                let c = char::from_u32(code as u32).unwrap_or('\0');
                [
                    metrics.text_face_advance(c, FontFace::Regular),
                    metrics.text_face_advance(c, FontFace::Bold),
                ]
            })
            .collect();
        metrics.glyph_table = (0..TABLE_SIZE)
            .map(|code| {
                let c = char::from_u32(code as u32).unwrap_or('\0');
                let glyph = |face: &Face<'_>| face.glyph_index(c).map_or(0, |glyph| glyph.0);
                [glyph(&metrics.regular), glyph(&metrics.bold)]
            })
            .collect();
        Ok(metrics)
    }

    /// The advance of `c` in a text face, or NaN when that face lacks it.
    fn text_face_advance(&self, c: char, face: FontFace) -> f32 {
        let Some(face) = self.face(face) else {
            return f32::NAN;
        };
        match face.glyph_index(c) {
            Some(glyph) => {
                f32::from(face.glyph_hor_advance(glyph).unwrap_or(0))
                    / f32::from(face.units_per_em())
            }
            None => f32::NAN,
        }
    }

    fn table_advance(&self, c: char, bold: bool) -> Option<f32> {
        let advance = self.table.get(c as usize)?[usize::from(bold)];
        (!advance.is_nan()).then_some(advance)
    }

    fn face(&self, face: FontFace) -> Option<&Face<'static>> {
        match face {
            FontFace::Regular => Some(&self.regular),
            FontFace::Bold => Some(&self.bold),
            FontFace::Emoji => Some(&self.emoji),
            FontFace::System(index) => self.system?.face(index),
        }
    }

    /// The font file of a face, for shaping.
    pub fn face_bytes(&self, face: FontFace) -> Option<&'static [u8]> {
        match face {
            FontFace::Regular => Some(REGULAR_FONT),
            FontFace::Bold => Some(BOLD_FONT),
            FontFace::Emoji => Some(EMOJI_FONT),
            FontFace::System(index) => self.system?.bytes(index),
        }
    }

    /// The glyph that draws `c` in a face, for the PDF's font subsets.
    pub fn glyph_id(&self, face: FontFace, c: char) -> Option<u16> {
        Some(self.face(face)?.glyph_index(c)?.0)
    }

    /// The face that draws `c`, its glyph there and its advance in em: what the PDF
    /// writes for each character, from the tables for Latin text.
    pub fn glyph(&self, c: char, bold: bool) -> Option<(FontFace, u16, f32)> {
        if let Some(advance) = self.table_advance(c, bold) {
            let glyph = self.glyph_table.get(c as usize)?[usize::from(bold)];
            let face = if bold {
                FontFace::Bold
            } else {
                FontFace::Regular
            };
            return Some((face, glyph, advance));
        }
        let face = self.face_for(c, bold)?;
        let glyph = self.glyph_id(face, c)?;
        Some((face, glyph, self.advance(c, bold)))
    }

    /// The PostScript name of a face, for the PDF's font dictionaries: letters, digits
    /// and hyphens only, as PDF names of fonts are.
    pub fn postscript_name(&self, face: FontFace) -> String {
        let from_font = self.face(face).and_then(|found| {
            found
                .names()
                .into_iter()
                .filter(|name| name.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
                .find_map(|name| name.to_string())
        });
        let name: String = from_font
            .unwrap_or_default()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        if name.is_empty() {
            format!("Font{}", face_number(face))
        } else {
            name
        }
    }

    /// The font that draws `c`: the text face if it can, else the emoji face.
    pub fn face_for(&self, c: char, bold: bool) -> Option<FontFace> {
        if self.table_advance(c, bold).is_some() {
            return Some(if bold {
                FontFace::Bold
            } else {
                FontFace::Regular
            });
        }
        let text_face = if bold {
            FontFace::Bold
        } else {
            FontFace::Regular
        };
        if self
            .face(text_face)
            .is_some_and(|face| face.glyph_index(c).is_some())
        {
            Some(text_face)
        } else if self.emoji.glyph_index(c).is_some() {
            Some(FontFace::Emoji)
        } else {
            Some(FontFace::System(self.system?.font_for(c)?))
        }
    }

    /// Advance width of `c` in em (multiply by the font size in points).
    pub fn advance(&self, c: char, bold: bool) -> f32 {
        if let Some(advance) = self.table_advance(c, bold) {
            return advance;
        }
        let Some(face) = self.face_for(c, bold).and_then(|kind| self.face(kind)) else {
            return 0.5;
        };
        let advance = face
            .glyph_index(c)
            .and_then(|glyph| face.glyph_hor_advance(glyph))
            .unwrap_or(0);
        f32::from(advance) / f32::from(face.units_per_em())
    }

    pub fn text_width(&self, text: &str, size: f32, bold: bool) -> f32 {
        text.chars().map(|c| self.advance(c, bold)).sum::<f32>() * size
    }

    /// The characters of `text` that no font has (those [`Self::sanitize`] replaces).
    pub fn unprintable<'a>(&'a self, text: &'a str) -> impl Iterator<Item = char> + 'a {
        text.chars().filter(|c| {
            !c.is_control() && !is_invisible_modifier(*c) && self.face_for(*c, false).is_none()
        })
    }

    /// Makes text printable: unifies line ends, expands tabs, drops invisible emoji
    /// modifiers and replaces characters no font has. Returns the text and how
    /// many characters were replaced.
    pub fn sanitize(&self, text: &str) -> (String, usize) {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let mut clean = String::with_capacity(text.len());
        let mut replaced = 0;
        for c in text.chars() {
            match c {
                '\n' => clean.push('\n'),
                '\t' => clean.push_str("    "),
                // A skin tone prints where a font has it: after its emoji, as the colour
                // swatch Unicode prescribes when the two cannot be drawn as one.
                _ if is_skin_tone(c) && self.face_for(c, false).is_some() => clean.push(c),
                _ if is_invisible_modifier(c) || c.is_control() => {}
                _ if self.face_for(c, false).is_some() => clean.push(c),
                _ => {
                    clean.push(REPLACEMENT);
                    replaced += 1;
                }
            }
        }
        (clean, replaced)
    }
}

/// A number for a face whose font has no PostScript name.
fn face_number(face: FontFace) -> u32 {
    match face {
        FontFace::Regular => 0,
        FontFace::Bold => 1,
        FontFace::Emoji => 2,
        FontFace::System(index) => 3 + u32::from(index),
    }
}

/// The five skin tones (Fitzpatrick modifiers) of emoji.
fn is_skin_tone(c: char) -> bool {
    matches!(c, '\u{1F3FB}'..='\u{1F3FF}')
}

/// Variation selectors, joiners and skin tones only change how a neighbour looks; the
/// explicit direction marks (embeddings, overrides, isolates) only steer the order of
/// right-to-left text, which the export takes from the letters themselves. (A skin tone
/// that some font draws is printed all the same, see [`FontMetrics::sanitize`].)
fn is_invisible_modifier(c: char) -> bool {
    matches!(
        c,
        '\u{FE0E}'
            | '\u{FE0F}'
            | '\u{200D}'
            | '\u{1F3FB}'..='\u{1F3FF}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_text_is_drawn_by_dejavu_and_emoji_by_noto_emoji() {
        let metrics = FontMetrics::bundled_only().expect("bundled fonts parse");
        assert_eq!(metrics.face_for('ß', false), Some(FontFace::Regular));
        assert_eq!(metrics.face_for('„', true), Some(FontFace::Bold));
        assert_eq!(metrics.face_for('🍎', false), Some(FontFace::Emoji));
        assert_eq!(metrics.face_for('協', false), None);
        assert_eq!(
            metrics.face_for(REPLACEMENT, false),
            Some(FontFace::Regular)
        );
    }

    #[test]
    fn sanitize_unifies_line_ends_and_counts_replacements() {
        let metrics = FontMetrics::bundled_only().expect("bundled fonts parse");
        let (clean, replaced) = metrics.sanitize("a\r\nb\tc 👍🏽 協力");
        assert_eq!(clean, "a\nb    c 👍 \u{FFFD}\u{FFFD}");
        assert_eq!(replaced, 2);
        // Direction marks steer nothing in print: dropped, not counted.
        assert_eq!(
            metrics.sanitize("A \u{202B}–…\u{2069}"),
            ("A –…".to_owned(), 0)
        );
    }

    #[test]
    fn the_width_table_agrees_with_the_font() {
        let metrics = FontMetrics::load().expect("bundled fonts parse");
        for c in ['a', 'W', 'ß', 'Ä', '„', ' ', 'ő'] {
            for (bold, face) in [(false, FontFace::Regular), (true, FontFace::Bold)] {
                let font = metrics.face(face).expect("a bundled face");
                let glyph = font.glyph_index(c).expect("DejaVu has it");
                let expected = f32::from(font.glyph_hor_advance(glyph).expect("advance"))
                    / f32::from(font.units_per_em());
                assert_eq!(metrics.advance(c, bold), expected, "{c:?}");
                assert_eq!(
                    metrics.glyph(c, bold),
                    Some((face, glyph.0, expected)),
                    "{c:?}"
                );
            }
        }
    }

    #[test]
    fn wider_letters_measure_wider() {
        let metrics = FontMetrics::load().expect("bundled fonts parse");
        assert!(metrics.text_width("WWW", 10.0, false) > metrics.text_width("iii", 10.0, false));
        assert!(metrics.text_width("Wort", 10.0, true) > metrics.text_width("Wort", 10.0, false));
    }
}
