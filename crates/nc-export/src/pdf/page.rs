//! One page's drawing items as printpdf operations: text lines split into runs that one
//! font draws, rectangles, lines and circles. Records which glyphs each font drew.
//!
//! Each run is placed with an absolute text matrix and shown as one `ShowText`: plain
//! runs (one glyph per character) as text, which printpdf writes with `Tj` through the
//! font's character map; shaped runs (Arabic, Hebrew, Devanagari, Thai, …) as glyph ids
//! with the shaper's offsets, which it writes with `TJ`. Glyph ids are the original
//! fonts' here; [`super::fonts::Fonts::finish`] turns them into the subsets' ids.

use std::collections::BTreeMap;

use printpdf::{
    Codepoint, Color, DictItem, Line, LinePoint, Op, PaintMode, PdfFontHandle, Point, Polygon,
    PolygonRing, Pt, Rect, TextItem, TextMatrix, WindingOrder,
};

use super::fonts::{self, Usage};
use crate::draw::{Item, Page, Rgb};
use crate::metrics::{FontFace, FontMetrics};
use crate::shaping;

/// `value` to hundredths: far below what a printer resolves, and short in the file.
fn hundredths(value: f32) -> Pt {
    Pt((value * 100.0).round() / 100.0)
}

fn color(Rgb(r, g, b): Rgb) -> Color {
    let channel = |value: f32| (value * 1000.0).round() / 1000.0;
    Color::Rgb(printpdf::Rgb {
        r: channel(r),
        g: channel(g),
        b: channel(b),
        icc_profile: None,
    })
}

/// The graphics state already set, so that colour and font are only set when they change.
#[derive(Default)]
struct PenState {
    fill: Option<Rgb>,
    stroke: Option<(Rgb, f32)>,
    font: Option<(FontFace, u32)>,
}

impl PenState {
    fn fill(&mut self, ops: &mut Vec<Op>, ink: Rgb) {
        if self.fill != Some(ink) {
            ops.push(Op::SetFillColor { col: color(ink) });
            self.fill = Some(ink);
        }
    }

    fn stroke(&mut self, ops: &mut Vec<Op>, ink: Rgb, width: f32) {
        if self.stroke != Some((ink, width)) {
            ops.push(Op::SetOutlineColor { col: color(ink) });
            ops.push(Op::SetOutlineThickness {
                pt: hundredths(width),
            });
            self.stroke = Some((ink, width));
        }
    }

    /// Sets the colours of a shape; how to paint it, or None when it would be invisible.
    fn paint(
        &mut self,
        ops: &mut Vec<Op>,
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f32)>,
    ) -> Option<PaintMode> {
        let mode = match (fill.is_some(), stroke.is_some()) {
            (true, true) => PaintMode::FillStroke,
            (true, false) => PaintMode::Fill,
            (false, true) => PaintMode::Stroke,
            (false, false) => return None,
        };
        if let Some(fill) = fill {
            self.fill(ops, fill);
        }
        if let Some((ink, width)) = stroke {
            self.stroke(ops, ink, width);
        }
        Some(mode)
    }

    fn font(&mut self, ops: &mut Vec<Op>, face: FontFace, size: f32) {
        let key = (face, size.to_bits());
        if self.font != Some(key) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(fonts::font_id(face)),
                size: hundredths(size),
            });
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
    pub(super) fn page(&mut self, page: &Page) -> Vec<Op> {
        let mut ops = Vec::with_capacity(page.items.len() * 3);
        let mut pen = PenState::default();
        let height = self.height;
        // Consecutive lines share one text object; shapes end it.
        let mut in_text = false;
        for item in &page.items {
            if in_text && !matches!(item, Item::Text { .. }) {
                ops.push(Op::EndTextSection);
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
                    pen.fill(&mut ops, *ink);
                    if !in_text {
                        ops.push(Op::StartTextSection);
                        in_text = true;
                    }
                    let mut line = TextLine {
                        ops: &mut ops,
                        pen: &mut pen,
                        painter: self,
                        baseline: height - y,
                        size: *size,
                        bold: *bold,
                    };
                    line.text(*x, text);
                }
                shape => draw_shape(&mut ops, &mut pen, shape, height),
            }
        }
        if in_text {
            ops.push(Op::EndTextSection);
        }
        ops
    }
}

/// A point in PDF coordinates (y up), for a path.
fn point(x: f32, y: f32, bezier: bool) -> LinePoint {
    LinePoint {
        p: Point {
            x: hundredths(x),
            y: hundredths(y),
        },
        bezier,
    }
}

/// A rectangle, line or circle; `height` turns the layout's y into PDF's.
fn draw_shape(ops: &mut Vec<Op>, pen: &mut PenState, item: &Item, height: f32) {
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
            let Some(mode) = pen.paint(ops, *fill, stroke.map(|ink| (ink, 0.7))) else {
                return;
            };
            ops.push(Op::DrawRectangle {
                rectangle: Rect {
                    x: hundredths(*x),
                    y: hundredths(height - y - rect_height),
                    width: hundredths(*width),
                    height: hundredths(*rect_height),
                    mode: Some(mode),
                    winding_order: None,
                },
            });
        }
        Item::Line {
            from,
            to,
            color: ink,
            width,
        } => {
            pen.stroke(ops, *ink, *width);
            ops.push(Op::DrawLine {
                line: Line {
                    points: vec![
                        point(from.0, height - from.1, false),
                        point(to.0, height - to.1, false),
                    ],
                    is_closed: false,
                },
            });
        }
        Item::Circle {
            center: (x, y),
            radius,
            fill,
            stroke,
        } => {
            let Some(mode) = pen.paint(ops, *fill, *stroke) else {
                return;
            };
            ops.push(circle((*x, height - y, *radius), mode));
        }
    }
}

/// How far a cubic bezier's control points sit from the ends of a quarter circle.
const KAPPA: f32 = 0.552_284_8;

/// A closed circle of four cubic bezier curves; `(x, y)` in PDF coordinates.
fn circle((x, y, radius): (f32, f32, f32), mode: PaintMode) -> Op {
    let handle = radius * KAPPA;
    let mut points = vec![point(x + radius, y, false)];
    // Counter-clockwise, one quarter at a time: first handle, second handle, end.
    let quarters = [
        [(radius, handle), (handle, radius), (0.0, radius)],
        [(-handle, radius), (-radius, handle), (-radius, 0.0)],
        [(-radius, -handle), (-handle, -radius), (0.0, -radius)],
        [(handle, -radius), (radius, -handle), (radius, 0.0)],
    ];
    for [first, second, end] in quarters {
        points.push(point(x + first.0, y + first.1, true));
        points.push(point(x + second.0, y + second.1, true));
        points.push(point(x + end.0, y + end.1, false));
    }
    Op::DrawPolygon {
        polygon: Polygon {
            rings: vec![PolygonRing { points }],
            mode,
            winding_order: WindingOrder::NonZero,
        },
    }
}

/// One line of text being drawn.
struct TextLine<'o, 'p, 'm> {
    ops: &'o mut Vec<Op>,
    pen: &'o mut PenState,
    painter: &'p mut Painter<'m>,
    baseline: f32,
    size: f32,
    bold: bool,
}

impl TextLine<'_, '_, '_> {
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
        let mut run = String::with_capacity(text.len());
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
                    self.show(previous, run_start, std::mem::take(&mut run));
                }
                run_face = Some(face);
                run_start = cursor;
            }
            self.painter.usage.face(face).mark(glyph, c);
            run.push(c);
            cursor += advance * self.size;
        }
        if let Some(face) = run_face {
            self.show(face, run_start, run);
        }
    }

    /// Places the text position at `x` on the baseline in `face`.
    fn start_run(&mut self, face: FontFace, x: f32) {
        self.pen.font(self.ops, face, self.size);
        self.ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(hundredths(x), hundredths(self.baseline)),
        });
    }

    fn show(&mut self, face: FontFace, x: f32, run: String) {
        self.start_run(face, x);
        self.ops.push(Op::ShowText {
            items: vec![TextItem::Text(run)],
        });
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
                let usage = self.painter.usage.face(face);
                for c in run.chars() {
                    usage.mark(metrics.glyph_id(face, c).unwrap_or(0), c);
                }
                let width = metrics.text_width(&run, self.size, self.bold);
                self.show(face, cursor, run);
                cursor += width;
                continue;
            };
            self.start_run(face, cursor);
            cursor += shaped.width * self.size;
            // A left-to-right shaped run reorders (the short i of Devanagari before its
            // consonant) and uses one glyph in several clusters, which a font's one
            // text per glyph cannot say: the run's text is given whole, as a viewer
            // copies it.
            if !rtl {
                self.ops.push(actual_text(&run));
            }
            let usage = self.painter.usage.face(face);
            let glyphs = shaped
                .glyphs
                .iter()
                .map(|glyph| {
                    usage.mark_cluster(glyph.glyph, &glyph.text);
                    Codepoint::new(glyph.glyph, (glyph.back * 100.0).round() / 100.0)
                })
                .collect();
            self.ops.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(glyphs)],
            });
            if !rtl {
                self.ops.push(Op::EndMarkedContent);
            }
        }
        cursor
    }
}

/// Begins a span whose text is `text` (`/Span <</ActualText …>> BDC`), in UTF-16 with
/// its byte-order mark as PDF text strings are.
fn actual_text(text: &str) -> Op {
    let mut data = vec![0xFE, 0xFF];
    data.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    Op::BeginMarkedContentWithProperties {
        tag: "Span".to_owned(),
        properties: DictItem::Dict {
            map: BTreeMap::from([(
                "ActualText".to_owned(),
                DictItem::String {
                    data,
                    literal: false,
                },
            )]),
        },
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
