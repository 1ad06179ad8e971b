//! Measuring a printed page the way a ruler would: the size and place of every text
//! run, the rectangles and lines drawn, the word boxes a reader finds (pdftotext) and
//! qpdf's verdict, so that tests can assert type sizes, cell heights and that nothing
//! overlaps or leaves the page.
//!
//! All coordinates are in points from the page's top-left corner, y downwards (as the
//! export lays pages out and as pdftotext reports words).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use lopdf::content::Content;
use lopdf::{Document, Encoding, Object};

use super::{ParsedPdf, squeeze};

/// One piece of text as drawn: `size` is the font size times the text matrix's scale,
/// `(x, y)` the start of its baseline.
#[derive(Clone, Debug)]
pub struct TextRun {
    pub text: String,
    pub size: f32,
    pub x: f32,
    pub y: f32,
}

/// A rectangle drawn with `re`: left, top, width, height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rectangle {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

impl Rectangle {
    pub fn bottom(&self) -> f32 {
        self.y + self.height
    }

    pub fn right(&self) -> f32 {
        self.x + self.width
    }

    /// Whether `other` lies inside this one (edges may touch) and is smaller.
    pub fn contains(&self, other: &Rectangle) -> bool {
        const EPSILON: f32 = 0.01;
        other != self
            && other.x >= self.x - EPSILON
            && other.y >= self.y - EPSILON
            && other.right() <= self.right() + EPSILON
            && other.bottom() <= self.bottom() + EPSILON
    }
}

/// A straight line drawn with `m … l`.
#[derive(Clone, Copy, Debug)]
pub struct Segment {
    pub from: (f32, f32),
    pub to: (f32, f32),
}

/// A word as pdftotext finds it, with the box its glyphs take (ascent to descent).
#[derive(Clone, Debug)]
pub struct Word {
    pub text: String,
    pub x_min: f32,
    pub y_min: f32,
    pub x_max: f32,
    pub y_max: f32,
}

impl Word {
    /// Whether the two boxes share more than a hair of area.
    pub fn overlaps(&self, other: &Word) -> bool {
        let width = self.x_max.min(other.x_max) - self.x_min.max(other.x_min);
        let height = self.y_max.min(other.y_max) - self.y_min.max(other.y_min);
        width > 0.2 && height > 0.2
    }

    /// Whether the word crosses an edge of `rect`: partly inside, partly outside.
    pub fn crosses(&self, rect: &Rectangle) -> bool {
        let inside = self.x_min >= rect.x
            && self.x_max <= rect.right()
            && self.y_min >= rect.y
            && self.y_max <= rect.bottom();
        let apart = self.x_max <= rect.x
            || self.x_min >= rect.right()
            || self.y_max <= rect.y
            || self.y_min >= rect.bottom();
        !inside && !apart
    }

    /// Whether a horizontal line runs through the word's box (not just along an edge).
    pub fn is_struck_by(&self, line: &Segment) -> bool {
        let (left, right) = (line.from.0.min(line.to.0), line.from.0.max(line.to.0));
        (line.from.1 - line.to.1).abs() < 0.01
            && line.from.1 > self.y_min + 0.2
            && line.from.1 < self.y_max - 0.2
            && left < self.x_max - 0.2
            && right > self.x_min + 0.2
    }
}

/// The runs that print `text`: consecutive runs whose text, put together without
/// whitespace, is `text` (a question wraps over several lines); every occurrence.
pub fn runs_spelling<'a>(runs: &'a [TextRun], text: &str) -> Vec<&'a TextRun> {
    let wanted = squeeze(text);
    let mut found = Vec::new();
    for start in 0..runs.len() {
        let mut joined = String::new();
        for end in start..runs.len() {
            joined.push_str(&squeeze(&runs[end].text));
            if joined == wanted {
                found.extend(&runs[start..=end]);
                break;
            }
            if !wanted.starts_with(&joined) {
                break;
            }
        }
    }
    found
}

/// The rectangles drawn inside another one, with that one: on a canvas page, the
/// investment table's writing cells inside their box.
pub fn nested(rectangles: &[Rectangle]) -> Vec<(Rectangle, Rectangle)> {
    rectangles
        .iter()
        .filter_map(|inner| {
            rectangles
                .iter()
                .find(|outer| outer.contains(inner))
                .map(|outer| (*outer, *inner))
        })
        .collect()
}

fn number(object: &Object) -> f32 {
    object.as_float().expect("a number operand")
}

impl ParsedPdf {
    fn page_content(&self, page: u32) -> (lopdf::ObjectId, Content) {
        let id = self.document.get_pages()[&page];
        let bytes = self.document.get_page_content(id);
        (
            id,
            Content::decode(&bytes).expect("the page's content decodes"),
        )
    }

    fn page_height(&self, page: u32) -> f32 {
        self.page_size(page).1
    }

    /// Every text run of a page, in drawing order.
    pub fn text_runs(&self, page: u32) -> Vec<TextRun> {
        let (id, content) = self.page_content(page);
        let height = self.page_height(page);
        let encodings: BTreeMap<Vec<u8>, Encoding> = self
            .document
            .get_page_fonts(id)
            .expect("the page's fonts")
            .into_iter()
            .map(|(name, font)| {
                let encoding = font.get_font_encoding(&self.document).expect("encoding");
                (name, encoding)
            })
            .collect();
        let mut runs = Vec::new();
        let mut font: Option<&Encoding> = None;
        let mut size = 0.0;
        let mut matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];
        for operation in &content.operations {
            let operands = &operation.operands;
            match operation.operator.as_str() {
                "Tf" => {
                    let name = operands[0].as_name().expect("a font name");
                    font = encodings.get(name);
                    size = number(&operands[1]);
                }
                "Tm" => {
                    for (slot, operand) in matrix.iter_mut().zip(operands) {
                        *slot = number(operand);
                    }
                }
                "Tj" => {
                    let Object::String(bytes, _) = &operands[0] else {
                        panic!("Tj without a string: {operands:?}");
                    };
                    let encoding = font.expect("a font set before Tj");
                    let text = Document::decode_text(encoding, bytes).expect("text decodes");
                    let scale = (matrix[0] * matrix[3] - matrix[1] * matrix[2]).abs().sqrt();
                    runs.push(TextRun {
                        text,
                        size: size * scale,
                        x: matrix[4],
                        y: height - matrix[5],
                    });
                }
                "TJ" | "'" | "\"" | "Td" | "TD" | "T*" | "cm" => {
                    panic!(
                        "the export draws text with Tm and Tj only; found {}",
                        operation.operator
                    )
                }
                _ => {}
            }
        }
        runs
    }

    /// Every rectangle drawn on a page.
    pub fn rectangles(&self, page: u32) -> Vec<Rectangle> {
        let (_, content) = self.page_content(page);
        let height = self.page_height(page);
        content
            .operations
            .iter()
            .filter(|operation| operation.operator == "re")
            .map(|operation| {
                let [x, y, width, rect_height] =
                    std::array::from_fn(|index| number(&operation.operands[index]));
                // `re` gives the lower-left corner; a negative height flips it.
                let (bottom, rect_height) = if rect_height < 0.0 {
                    (y + rect_height, -rect_height)
                } else {
                    (y, rect_height)
                };
                Rectangle {
                    x,
                    y: height - bottom - rect_height,
                    width,
                    height: rect_height,
                }
            })
            .collect()
    }

    /// Every straight line (`x y m x y l`) drawn on a page.
    pub fn segments(&self, page: u32) -> Vec<Segment> {
        let (_, content) = self.page_content(page);
        let height = self.page_height(page);
        let mut segments = Vec::new();
        let mut start = None;
        for operation in &content.operations {
            let point = || {
                (
                    number(&operation.operands[0]),
                    height - number(&operation.operands[1]),
                )
            };
            match operation.operator.as_str() {
                "m" => start = Some(point()),
                "l" => {
                    let end = point();
                    if let Some(from) = start {
                        segments.push(Segment { from, to: end });
                    }
                    start = Some(end);
                }
                _ => {}
            }
        }
        segments
    }
}

/// Whether an outside program is there; without it the calling test is skipped with a
/// note, except under CI (`CI=true`), where a missing program is a failure.
pub fn has_program(program: &str, package: &str) -> bool {
    let found = Command::new(program).arg("-v").output().is_ok();
    if !found {
        let is_ci = std::env::var("CI").is_ok_and(|value| value == "true" || value == "1");
        assert!(!is_ci, "{program} is missing: apt-get install {package}");
        eprintln!("skipped: {program} is missing (apt-get install {package})");
    }
    found
}

/// `qpdf --check` on the file: Err with qpdf's report when it fails or warns.
pub fn qpdf_check(path: &Path) -> Result<(), String> {
    let check = Command::new("qpdf")
        .arg("--check")
        .arg(path)
        .output()
        .expect("qpdf runs");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
    if check.status.success() && !report.to_lowercase().contains("warning") {
        Ok(())
    } else {
        Err(report)
    }
}

/// The words of each page with their boxes, from `pdftotext -bbox`.
pub fn words_by_page(path: &Path) -> Vec<Vec<Word>> {
    let output = Command::new("pdftotext")
        .arg("-bbox")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(output.status.success(), "pdftotext failed");
    let html = String::from_utf8_lossy(&output.stdout);
    let mut pages = Vec::new();
    for line in html.lines().map(str::trim) {
        if line.starts_with("<page ") {
            pages.push(Vec::new());
        } else if let Some(rest) = line.strip_prefix("<word ") {
            let attribute = |name: &str| -> f32 {
                let start = rest.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
                let end = start + rest[start..].find('"').expect("closing quote");
                rest[start..end].parse().expect("a number")
            };
            let text_start = rest.find('>').expect("end of tag") + 1;
            let text_end = rest.rfind("</word>").expect("closing tag");
            pages.last_mut().expect("a word inside a page").push(Word {
                text: rest[text_start..text_end].to_owned(),
                x_min: attribute("xMin"),
                y_min: attribute("yMin"),
                x_max: attribute("xMax"),
                y_max: attribute("yMax"),
            });
        }
    }
    pages
}
