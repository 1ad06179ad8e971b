//! A page's content stream, written as bytes: the drawing operators and their numbers,
//! formatted without `std::fmt`, which took a fifth of the export when every glyph and
//! coordinate went through it (printpdf and lopdf).
//!
//! Text strings are left open while a page is drafted: which code a glyph has is only
//! known once every page's glyphs are collected and each font is subset once for the
//! whole document. A draft keeps the original glyph ids and where each string goes;
//! [`Draft::finish`] writes them with the subset's codes, as binary strings.

use super::fonts::Codes;
use crate::export::draw::Rgb;
use crate::export::metrics::FontFace;

/// A glyph string still to be written: at `at` in the bytes, `glyphs` of `face`.
struct Splice {
    at: usize,
    face: FontFace,
    glyphs: std::ops::Range<usize>,
}

/// A page's operators with its glyph strings still open.
#[derive(Default)]
pub(super) struct Draft {
    bytes: Vec<u8>,
    glyphs: Vec<u16>,
    splices: Vec<Splice>,
}

impl Draft {
    pub(super) fn op(&mut self, operator: &str) {
        self.bytes.extend_from_slice(operator.as_bytes());
        self.bytes.push(b'\n');
    }

    /// A number with at most `decimals` places (trailing zeros dropped), and a space.
    pub(super) fn number(&mut self, value: f32, decimals: u32) {
        write_number(&mut self.bytes, value, decimals);
        self.bytes.push(b' ');
    }

    /// A coordinate: hundredths of a point are far below what a printer resolves.
    pub(super) fn coordinate(&mut self, value: f32) {
        self.number(value, 2);
    }

    pub(super) fn name(&mut self, name: &str) {
        self.bytes.push(b'/');
        self.bytes.extend_from_slice(name.as_bytes());
        self.bytes.push(b' ');
    }

    pub(super) fn fill(&mut self, Rgb(r, g, b): Rgb) {
        for channel in [r, g, b] {
            self.number(channel, 3);
        }
        self.op("rg");
    }

    pub(super) fn stroke(&mut self, Rgb(r, g, b): Rgb, width: f32) {
        for channel in [r, g, b] {
            self.number(channel, 3);
        }
        self.op("RG");
        self.number(width, 2);
        self.op("w");
    }

    /// Moves the text position to `(x, y)`, absolutely (`1 0 0 1 x y Tm`).
    pub(super) fn text_at(&mut self, x: f32, y: f32) {
        self.bytes.extend_from_slice(b"1 0 0 1 ");
        self.coordinate(x);
        self.coordinate(y);
        self.op("Tm");
    }

    /// Shows glyphs of `face` (original glyph ids) with `Tj`.
    pub(super) fn show(&mut self, face: FontFace, glyphs: impl IntoIterator<Item = u16>) {
        self.glyph_string(face, glyphs);
        self.op(" Tj");
    }

    /// Shows shaped glyphs with `TJ`: each glyph followed by how far to move back, in
    /// thousandths of an em, where the shaper placed the next one differently from the
    /// font's own advance.
    pub(super) fn show_shaped(&mut self, face: FontFace, glyphs: &[(u16, f32)]) {
        self.bytes.push(b'[');
        for (glyph, back) in glyphs {
            self.glyph_string(face, [*glyph]);
            if *back != 0.0 {
                self.number(*back, 2);
            }
        }
        self.op("] TJ");
    }

    /// A glyph string left open here, written by [`Self::finish`].
    fn glyph_string(&mut self, face: FontFace, glyphs: impl IntoIterator<Item = u16>) {
        let start = self.glyphs.len();
        self.glyphs.extend(glyphs);
        self.splices.push(Splice {
            at: self.bytes.len(),
            face,
            glyphs: start..self.glyphs.len(),
        });
    }

    /// A string of bytes as a hexadecimal PDF string and a space.
    pub(super) fn hex_string(&mut self, data: &[u8]) {
        self.bytes.push(b'<');
        for byte in data {
            self.bytes.push(HEX[usize::from(byte >> 4)]);
            self.bytes.push(HEX[usize::from(byte & 0xF)]);
        }
        self.bytes.extend_from_slice(b"> ");
    }

    /// The content stream, each glyph written as its code in the subset of its face.
    pub(super) fn finish(self, codes: &Codes) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.bytes.len() + self.glyphs.len() * 3);
        let mut written = 0;
        for splice in &self.splices {
            out.extend_from_slice(&self.bytes[written..splice.at]);
            written = splice.at;
            let glyphs = &self.glyphs[splice.glyphs.clone()];
            let code = codes.of(splice.face);
            write_binary_string(&mut out, glyphs.iter().map(|glyph| code(*glyph)));
        }
        out.extend_from_slice(&self.bytes[written..]);
        out
    }
}

/// UTF-16 with its byte-order mark, as PDF text strings are.
pub(super) fn utf16_with_mark(text: &str) -> Vec<u8> {
    let mut data = vec![0xFE, 0xFF];
    data.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    data
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Two bytes per code in a literal string: half the size of hexadecimal. Only the
/// delimiters, the backslash and the carriage return (which a reader would read as a
/// line end) are escaped.
fn write_binary_string(out: &mut Vec<u8>, codes: impl Iterator<Item = u16>) {
    out.push(b'(');
    for code in codes {
        for byte in code.to_be_bytes() {
            match byte {
                b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', byte]),
                b'\r' => out.extend_from_slice(b"\\r"),
                _ => out.push(byte),
            }
        }
    }
    out.push(b')');
}

/// Writes `value` rounded to `decimals` places (at most 3), without trailing zeros.
pub(super) fn write_number(out: &mut Vec<u8>, value: f32, decimals: u32) {
    let scale = 10_i64.pow(decimals.min(3));
    // Far beyond any page; keeps the conversion below in range.
    let value = f64::from(value).clamp(-1.0e9, 1.0e9);
    #[allow(clippy::cast_possible_truncation)] // clamped above
    let scaled = (value * scale as f64).round() as i64;
    if scaled < 0 {
        out.push(b'-');
    }
    let scaled = scaled.unsigned_abs();
    let scale = scale.unsigned_abs();
    write_integer(out, scaled / scale);
    let mut fraction = scaled % scale;
    if fraction != 0 {
        out.push(b'.');
        let mut place = scale / 10;
        while fraction != 0 {
            let digit = fraction / place;
            out.push(b'0' + u8::try_from(digit).unwrap_or(0));
            fraction %= place;
            place /= 10;
        }
    }
}

fn write_integer(out: &mut Vec<u8>, mut value: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + u8::try_from(value % 10).unwrap_or(0);
        value /= 10;
        if value == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(value: f32, decimals: u32) -> String {
        let mut out = Vec::new();
        write_number(&mut out, value, decimals);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn numbers_are_written_short_and_exact_to_their_places() {
        assert_eq!(number(0.0, 2), "0");
        assert_eq!(number(12.0, 2), "12");
        assert_eq!(number(12.5, 2), "12.5");
        assert_eq!(number(595.276, 2), "595.28");
        assert_eq!(number(-3.104, 2), "-3.1");
        assert_eq!(number(0.05, 2), "0.05");
        assert_eq!(number(-0.004, 2), "0");
        assert_eq!(number(0.985, 3), "0.985");
        assert_eq!(number(1.0, 3), "1");
        assert_eq!(number(100_000.0, 2), "100000");
    }

    #[test]
    fn binary_strings_escape_delimiters_backslash_and_carriage_return() {
        let mut out = Vec::new();
        write_binary_string(&mut out, [0x0028, 0x295C, 0x0D41].into_iter());
        assert_eq!(out, b"(\0\\(\\)\\\\\\rA)");
        let parsed = lopdf::content::Content::decode(&[&out[..], b" Tj"].concat()).unwrap();
        assert_eq!(
            parsed.operations[0].operands[0],
            lopdf::Object::String(
                vec![0x00, 0x28, 0x29, 0x5C, 0x0D, 0x41],
                lopdf::StringFormat::Literal
            )
        );
    }
}
