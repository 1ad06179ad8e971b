//! One page's drawing items as PDF operators: text lines split into runs that one font
//! draws, rectangles, lines and circles. Records which glyphs each font drew.
//!
//! Each run is placed with an absolute text matrix (`Tm`) and shown with `Tj`, or with
//! `TJ` where a shaper moved glyphs (Arabic, Hebrew, Devanagari, Thai, …).

use super::content::{Draft, utf16_with_mark};
use super::fonts::{self, Usage};
use crate::export::draw::{Item, Page, Rgb};
use crate::export::metrics::{FontFace, FontMetrics};
use crate::export::shaping;

/// The graphics state already set, so that colour and font are only set when they change.
#[derive(Default)]
struct PenState {
    fill: Option<Rgb>,
    stroke: Option<(Rgb, f32)>,
    font: Option<(FontFace, u32)>,
}

impl PenState {
    fn fill(&mut self, draft: &mut Draft, ink: Rgb) {
        if self.fill != Some(ink) {
            draft.fill(ink);
            self.fill = Some(ink);
        }
    }

    fn stroke(&mut self, draft: &mut Draft, ink: Rgb, width: f32) {
        if self.stroke != Some((ink, width)) {
            draft.stroke(ink, width);
            self.stroke = Some((ink, width));
        }
    }

    /// Sets the colours of a shape; its paint operator (fill, stroke or both), or None
    /// when it would be invisible.
    fn paint(
        &mut self,
        draft: &mut Draft,
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f32)>,
    ) -> Option<&'static str> {
        let operator = match (fill.is_some(), stroke.is_some()) {
            (true, true) => "B",
            (true, false) => "f",
            (false, true) => "S",
            (false, false) => return None,
        };
        if let Some(fill) = fill {
            self.fill(draft, fill);
        }
        if let Some((ink, width)) = stroke {
            self.stroke(draft, ink, width);
        }
        Some(operator)
    }

    fn font(&mut self, draft: &mut Draft, face: FontFace, size: f32) {
        let key = (face, size.to_bits());
        if self.font != Some(key) {
            draft.name(&fonts::resource_name(face));
            draft.number(size, 2);
            draft.op("Tf");
            self.font = Some(key);
        }
    }
}

/// What drawing a page needs besides the page: the fonts, and where to note the glyphs.
pub(super) struct Painter<'a> {
    pub metrics: &'a FontMetrics,
    pub usage: &'a mut Usage,
    /// The page height, to turn the layout's y (downwards) into PDF's (upwards).
    pub height: f32,
}

impl Painter<'_> {
    pub(super) fn page(&mut self, page: &Page) -> Draft {
        let mut draft = Draft::default();
        let mut pen = PenState::default();
        let height = self.height;
        // Consecutive lines share one text object; shapes end it.
        let mut in_text = false;
        for item in &page.items {
            if in_text && !matches!(item, Item::Text { .. }) {
                draft.op("ET");
                in_text = false;
            }
            match item {
                Item::Text {
                    x,
                    y,
                    size,
                    bold,
                    color: ink,
                    text,
                } => {
                    pen.fill(&mut draft, *ink);
                    if !in_text {
                        draft.op("BT");
                        in_text = true;
                    }
                    let mut line = Line {
                        draft: &mut draft,
                        pen: &mut pen,
                        painter: self,
                        baseline: height - y,
                        size: *size,
                        bold: *bold,
                    };
                    line.text(*x, text);
                }
                shape => draw_shape(&mut draft, &mut pen, shape, height),
            }
        }
        if in_text {
            draft.op("ET");
        }
        draft
    }
}

/// A rectangle, line or circle; `height` turns the layout's y into PDF's.
fn draw_shape(draft: &mut Draft, pen: &mut PenState, item: &Item, height: f32) {
    match item {
        Item::Text { .. } => {}
        Item::Rect {
            x,
            y,
            width,
            height: rect_height,
            fill,
            stroke,
        } => {
            let Some(paint) = pen.paint(draft, *fill, stroke.map(|ink| (ink, 0.7))) else {
                return;
            };
            for value in [*x, height - y - rect_height, *width, *rect_height] {
                draft.coordinate(value);
            }
            draft.op("re");
            draft.op(paint);
        }
        Item::Line {
            from,
            to,
            color: ink,
            width,
        } => {
            pen.stroke(draft, *ink, *width);
            draft.coordinate(from.0);
            draft.coordinate(height - from.1);
            draft.op("m");
            draft.coordinate(to.0);
            draft.coordinate(height - to.1);
            draft.op("l");
            draft.op("S");
        }
        Item::Circle {
            center: (x, y),
            radius,
            fill,
            stroke,
        } => {
            let Some(paint) = pen.paint(draft, *fill, *stroke) else {
                return;
            };
            circle(draft, (*x, height - y, *radius));
            draft.op(paint);
        }
    }
}

/// How far a cubic bezier's control points sit from the ends of a quarter circle.
const KAPPA: f32 = 0.552_284_8;

/// A closed circle path of four cubic bezier curves; `(x, y)` in PDF coordinates.
fn circle(draft: &mut Draft, (x, y, radius): (f32, f32, f32)) {
    let handle = radius * KAPPA;
    draft.coordinate(x + radius);
    draft.coordinate(y);
    draft.op("m");
    // Counter-clockwise, one quarter at a time: first handle, second handle, end.
    let quarters = [
        [(radius, handle), (handle, radius), (0.0, radius)],
        [(-handle, radius), (-radius, handle), (-radius, 0.0)],
        [(-radius, -handle), (-handle, -radius), (0.0, -radius)],
        [(handle, -radius), (radius, -handle), (radius, 0.0)],
    ];
    for quarter in quarters {
        for (dx, dy) in quarter {
            draft.coordinate(x + dx);
            draft.coordinate(y + dy);
        }
        draft.op("c");
    }
    draft.op("h");
}

/// One line of text being drawn.
struct Line<'d, 'p, 'm> {
    draft: &'d mut Draft,
    pen: &'d mut PenState,
    painter: &'p mut Painter<'m>,
    baseline: f32,
    size: f32,
    bold: bool,
}

impl Line<'_, '_, '_> {
    /// A line: its parts in visual order (one part for a line without right-to-left
    /// text), each split into runs that one font draws. Right-to-left runs come in
    /// reverse and are shaped, and so are runs of scripts that need it (Devanagari,
    /// Thai, …); the rest is drawn character by character.
    fn text(&mut self, x: f32, text: &str) {
        if let Some(parts) = shaping::visual_parts(text) {
            let mut cursor = x;
            for (rtl, part) in parts {
                cursor = self.part(cursor, part, rtl);
            }
        } else if text.chars().any(shaping::needs_shaping) {
            self.part(x, text, false);
        } else {
            self.plain(x, text);
        }
    }

    /// Text that needs no shaper, the most of every export: one glyph per character,
    /// a new run where the font changes.
    fn plain(&mut self, x: f32, text: &str) {
        let metrics = self.painter.metrics;
        let mut cursor = x;
        let mut run: Vec<(u16, char)> = Vec::with_capacity(text.len());
        let mut run_face = None;
        let mut run_start = x;
        for c in text.chars() {
            // Characters were sanitized before layout: each has a font.
            let (face, glyph, advance) =
                metrics
                    .glyph(c, self.bold)
                    .unwrap_or((FontFace::Regular, 0, 0.5));
            if run_face != Some(face) {
                if let Some(previous) = run_face {
                    self.show(previous, run_start, &run);
                    run.clear();
                }
                run_face = Some(face);
                run_start = cursor;
            }
            run.push((glyph, c));
            cursor += advance * self.size;
        }
        if let Some(face) = run_face {
            self.show(face, run_start, &run);
        }
    }

    fn show(&mut self, face: FontFace, x: f32, glyphs: &[(u16, char)]) {
        self.pen.font(self.draft, face, self.size);
        self.draft.text_at(x, self.baseline);
        self.draft
            .show(face, glyphs.iter().map(|(glyph, _)| *glyph));
        let usage = self.painter.usage.face(face);
        for (glyph, c) in glyphs {
            usage.mark(*glyph, *c);
        }
    }

    /// One part of a line, in one direction; returns where the next part starts.
    fn part(&mut self, x: f32, part: &str, rtl: bool) -> f32 {
        let metrics = self.painter.metrics;
        let mut part_runs = runs(part, self.bold, metrics);
        if rtl {
            part_runs.reverse();
        }
        let mut cursor = x;
        for (face, run) in part_runs {
            let shaped = if rtl || run.chars().any(shaping::needs_shaping) {
                metrics
                    .face_bytes(face)
                    .and_then(|bytes| shaping::shape(bytes, &run, rtl))
            } else {
                None
            };
            let Some(shaped) = shaped else {
                let glyphs: Vec<(u16, char)> = run
                    .chars()
                    .map(|c| (metrics.glyph_id(face, c).unwrap_or(0), c))
                    .collect();
                self.show(face, cursor, &glyphs);
                cursor += metrics.text_width(&run, self.size, self.bold);
                continue;
            };
            self.pen.font(self.draft, face, self.size);
            self.draft.text_at(cursor, self.baseline);
            cursor += shaped.width * self.size;
            // A left-to-right shaped run reorders (the short i of Devanagari before its
            // consonant) and uses one glyph in several clusters, which a font's one
            // text per glyph cannot say: the run's text is given whole, as a viewer
            // copies it.
            if !rtl {
                self.draft.name("Span");
                self.draft.op("<< /ActualText");
                self.draft.hex_string(&utf16_with_mark(&run));
                self.draft.op(">> BDC");
            }
            let usage = self.painter.usage.face(face);
            let glyphs: Vec<(u16, f32)> = shaped
                .glyphs
                .iter()
                .map(|glyph| {
                    usage.mark_cluster(glyph.glyph, &glyph.text);
                    (glyph.glyph, glyph.back)
                })
                .collect();
            self.draft.show_shaped(face, &glyphs);
            if !rtl {
                self.draft.op("EMC");
            }
        }
        cursor
    }
}

/// Splits text into runs that one font draws; characters were sanitized before, so
/// every character has a font.
fn runs(text: &str, bold: bool, metrics: &FontMetrics) -> Vec<(FontFace, String)> {
    let text_face = if bold {
        FontFace::Bold
    } else {
        FontFace::Regular
    };
    let mut runs: Vec<(FontFace, String)> = Vec::new();
    for c in text.chars() {
        let face = metrics.face_for(c, bold).unwrap_or(text_face);
        match runs.last_mut() {
            Some((last, run)) if *last == face => run.push(c),
            _ => runs.push((face, c.to_string())),
        }
    }
    runs
}
