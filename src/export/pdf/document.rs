//! One run of pages as a printpdf document: the embedded font subsets, the metadata,
//! and each page's drawing operators. The only file that uses printpdf, so that the
//! rest of the export does not depend on its API.
//!
//! Each text line is split into runs by the font that has its glyphs (DejaVu Sans, its
//! bold face, Noto Emoji, or a system font for what they lack), positioned with absolute text matrices. Each run embeds
//! its own font subsets; their six-letter subset tags (`ABCDEF+DejaVuSans`) are kept
//! distinct so that readers never mix them up after the merge.

use std::collections::HashSet;

use printpdf::{
    Codepoint, Color, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect, TextItem,
    TextMatrix, WindingOrder,
};

use crate::assets::{BOLD_FONT, EMOJI_FONT, REGULAR_FONT};
use crate::export::draw::{Item, Page, Rgb};
use crate::export::metrics::{FontFace, FontMetrics};
use crate::export::shaping;
use crate::export::{ExportError, ExportOptions};

/// Something for each font face: the parsed fonts, or one document's ids.
pub(super) struct Faces<T> {
    regular: T,
    bold: T,
    emoji: T,
    /// The system fonts this export draws with, by their index.
    system: Vec<(u16, T)>,
}

impl<T> Faces<T> {
    fn get(&self, face: FontFace) -> &T {
        match face {
            FontFace::Regular => &self.regular,
            FontFace::Bold => &self.bold,
            FontFace::Emoji => &self.emoji,
            // Every system font drawn with was parsed before; one that would not parse
            // draws with the regular face.
            FontFace::System(index) => self
                .system
                .iter()
                .find(|(found, _)| *found == index)
                .map_or(&self.regular, |(_, value)| value),
        }
    }

    fn all(&self) -> impl Iterator<Item = (FontFace, &T)> {
        [
            (FontFace::Regular, &self.regular),
            (FontFace::Bold, &self.bold),
            (FontFace::Emoji, &self.emoji),
        ]
        .into_iter()
        .chain(
            self.system
                .iter()
                .map(|(index, value)| (FontFace::System(*index), value)),
        )
    }
}

pub(super) type Fonts = Faces<FontId>;

/// The three bundled fonts and the system fonts drawn with, parsed once for all runs.
pub(super) fn parse_fonts(metrics: &FontMetrics) -> Result<Faces<ParsedFont>, ExportError> {
    Ok(Faces {
        regular: parse_font("DejaVuSans", REGULAR_FONT)?,
        bold: parse_font("DejaVuSans-Bold", BOLD_FONT)?,
        emoji: parse_font("NotoEmoji", EMOJI_FONT)?,
        system: metrics
            .used_system_fonts()
            .into_iter()
            .filter_map(|(index, bytes)| {
                Some((index, ParsedFont::from_bytes(bytes, 0, &mut Vec::new())?))
            })
            .collect(),
    })
}

fn parse_font(name: &str, bytes: &[u8]) -> Result<ParsedFont, ExportError> {
    ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
        .ok_or_else(|| ExportError::Font(name.to_owned()))
}

/// Font ids for each chunk's document. printpdf takes a subset font's tag from the
/// first six letters of its id, so every id gets a tag no other font of the export has.
pub(super) fn unique_font_ids(chunks: usize, parsed: &Faces<ParsedFont>) -> Vec<Fonts> {
    let mut tags = HashSet::new();
    let mut next = || loop {
        let id = FontId::new();
        if tags.insert(id.0.chars().take(6).collect::<String>()) {
            return id;
        }
    };
    (0..chunks)
        .map(|_| Faces {
            regular: next(),
            bold: next(),
            emoji: next(),
            system: parsed
                .system
                .iter()
                .map(|(index, _)| (*index, next()))
                .collect(),
        })
        .collect()
}

/// Serializes one run of pages as a document of its own, with its own font subsets.
pub(super) fn chunk_document(
    pages: Vec<Page>,
    parsed: &Faces<ParsedFont>,
    fonts: &Fonts,
    metrics: &FontMetrics,
    options: &ExportOptions,
) -> lopdf::Document {
    let mut document = PdfDocument::new(&options.document_title);
    set_metadata(&mut document, options);
    for (face, parsed_font) in parsed.all() {
        let font = PdfFont::new(parsed_font.clone());
        document
            .resources
            .fonts
            .map
            .insert(fonts.get(face).clone(), font);
    }
    let (width, height) = options.page.size();
    let pdf_pages = pages
        .iter()
        .map(|page| {
            let ops = page_ops(page, height, metrics, fonts);
            PdfPage::new(Mm::from(Pt(width)), Mm::from(Pt(height)), ops)
        })
        .collect();
    drop(pages);
    document.with_pages(pdf_pages);
    let save_options = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    document.to_lopdf_document(&save_options, &mut Vec::new())
}

fn set_metadata(document: &mut PdfDocument, options: &ExportOptions) {
    let info = &mut document.metadata.info;
    if let Ok(date) = printpdf::OffsetDateTime::from_unix_timestamp(options.exported_at.timestamp())
    {
        info.creation_date = date;
        info.modification_date = date;
        info.metadata_date = date;
    }
    info.creator = "Netzwerk-Canvas".to_owned();
    info.producer = format!("Netzwerk-Canvas {}", env!("CARGO_PKG_VERSION"));
}

fn color(Rgb(r, g, b): Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r,
        g,
        b,
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
            ops.push(Op::SetOutlineThickness { pt: Pt(width) });
            self.stroke = Some((ink, width));
        }
    }

    fn font(&mut self, ops: &mut Vec<Op>, fonts: &Fonts, face: FontFace, size: f32) {
        let key = (face, size.to_bits());
        if self.font != Some(key) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(fonts.get(face).clone()),
                size: Pt(size),
            });
            self.font = Some(key);
        }
    }
}

fn page_ops(page: &Page, height: f32, metrics: &FontMetrics, fonts: &Fonts) -> Vec<Op> {
    let mut ops = Vec::with_capacity(page.items.len() * 4);
    let mut pen = PenState::default();
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
                let at = (*x, height - y);
                let look = (*size, *bold);
                match shaping::visual_parts(text) {
                    Some(parts) => {
                        bidi_text_ops(&mut ops, &mut pen, (fonts, metrics), at, look, &parts);
                    }
                    None => text_ops(&mut ops, &mut pen, (fonts, metrics), at, look, text),
                }
            }
            Item::Rect {
                x,
                y,
                width,
                height: rect_height,
                fill,
                stroke,
            } => rect_ops(
                &mut ops,
                &mut pen,
                (*x, height - y - rect_height, *width, *rect_height),
                (*fill, *stroke),
            ),
            Item::Line {
                from,
                to,
                color: ink,
                width,
            } => {
                pen.stroke(&mut ops, *ink, *width);
                line_ops(&mut ops, height, *from, *to);
            }
            Item::Circle {
                center: (x, y),
                radius,
                fill,
                stroke,
            } => circle_ops(
                &mut ops,
                &mut pen,
                (*x, height - y, *radius),
                (*fill, *stroke),
            ),
        }
    }
    if in_text {
        ops.push(Op::EndTextSection);
    }
    ops
}

/// A straight line; `from` and `to` are in page coordinates (y down).
fn line_ops(ops: &mut Vec<Op>, page_height: f32, from: (f32, f32), to: (f32, f32)) {
    let point = |(x, y): (f32, f32)| LinePoint {
        p: Point {
            x: Pt(x),
            y: Pt(page_height - y),
        },
        bezier: false,
    };
    ops.push(Op::DrawLine {
        line: Line {
            points: vec![point(from), point(to)],
            is_closed: false,
        },
    });
}

fn rect_ops(
    ops: &mut Vec<Op>,
    pen: &mut PenState,
    (x, y, width, height): (f32, f32, f32, f32),
    (fill, stroke): (Option<Rgb>, Option<Rgb>),
) {
    let Some(mode) = paint_mode(fill.is_some(), stroke.is_some()) else {
        return;
    };
    if let Some(fill) = fill {
        pen.fill(ops, fill);
    }
    if let Some(stroke) = stroke {
        pen.stroke(ops, stroke, 0.7);
    }
    ops.push(Op::DrawRectangle {
        rectangle: Rect {
            x: Pt(x),
            y: Pt(y),
            width: Pt(width),
            height: Pt(height),
            mode: Some(mode),
            winding_order: None,
        },
    });
}

/// Fill, stroke or both; None when a shape would be invisible.
fn paint_mode(fill: bool, stroke: bool) -> Option<PaintMode> {
    match (fill, stroke) {
        (true, true) => Some(PaintMode::FillStroke),
        (true, false) => Some(PaintMode::Fill),
        (false, true) => Some(PaintMode::Stroke),
        (false, false) => None,
    }
}

/// How far a cubic bezier's control points sit from the ends of a quarter circle.
const KAPPA: f32 = 0.552_284_8;

/// A circle as four cubic bezier curves; `(x, y)` is in PDF coordinates (y up).
fn circle_ops(
    ops: &mut Vec<Op>,
    pen: &mut PenState,
    (x, y, radius): (f32, f32, f32),
    (fill, stroke): (Option<Rgb>, Option<(Rgb, f32)>),
) {
    let Some(mode) = paint_mode(fill.is_some(), stroke.is_some()) else {
        return;
    };
    if let Some(fill) = fill {
        pen.fill(ops, fill);
    }
    if let Some((ink, width)) = stroke {
        pen.stroke(ops, ink, width);
    }
    let point = |dx: f32, dy: f32, bezier: bool| LinePoint {
        p: Point {
            x: Pt(x + dx),
            y: Pt(y + dy),
        },
        bezier,
    };
    let handle = radius * KAPPA;
    let mut points = vec![point(radius, 0.0, false)];
    // Counter-clockwise, one quarter at a time: (end, first handle, second handle).
    let quarters = [
        ((0.0, radius), (radius, handle), (handle, radius)),
        ((-radius, 0.0), (-handle, radius), (-radius, handle)),
        ((0.0, -radius), (-radius, -handle), (-handle, -radius)),
        ((radius, 0.0), (handle, -radius), (radius, -handle)),
    ];
    for (end, first, second) in quarters {
        points.push(point(first.0, first.1, true));
        points.push(point(second.0, second.1, true));
        points.push(point(end.0, end.1, false));
    }
    ops.push(Op::DrawPolygon {
        polygon: Polygon {
            rings: vec![PolygonRing { points }],
            mode,
            winding_order: WindingOrder::NonZero,
        },
    });
}

/// A line of left-to-right text: one run per font that draws it.
fn text_ops(
    ops: &mut Vec<Op>,
    pen: &mut PenState,
    (fonts, metrics): (&Fonts, &FontMetrics),
    (x, baseline): (f32, f32),
    (size, bold): (f32, bool),
    text: &str,
) {
    let mut cursor = x;
    let runs = runs(text, bold, metrics);
    let run_count = runs.len();
    for (index, (face, run)) in runs.into_iter().enumerate() {
        pen.font(ops, fonts, face, size);
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(cursor), Pt(baseline)),
        });
        // Only a following run needs to know where this one ends.
        if index + 1 < run_count {
            cursor += metrics.text_width(&run, size, bold);
        }
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(run)],
        });
    }
}

/// A line with right-to-left text: its parts in visual order, each split into runs
/// that one font draws; right-to-left runs come in reverse and are shaped (joined
/// letters as glyphs, each with its characters for copying).
fn bidi_text_ops(
    ops: &mut Vec<Op>,
    pen: &mut PenState,
    (fonts, metrics): (&Fonts, &FontMetrics),
    (x, baseline): (f32, f32),
    (size, bold): (f32, bool),
    parts: &[(bool, &str)],
) {
    let mut cursor = x;
    for (rtl, part) in parts {
        let mut part_runs = runs(part, bold, metrics);
        if *rtl {
            part_runs.reverse();
        }
        for (face, run) in part_runs {
            pen.font(ops, fonts, face, size);
            ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(cursor), Pt(baseline)),
            });
            let shaped = if *rtl {
                metrics
                    .face_bytes(face)
                    .and_then(|bytes| shaping::shape_rtl(bytes, &run))
            } else {
                None
            };
            match shaped {
                Some(shaped) => {
                    cursor += shaped.width * size;
                    let glyphs = shaped
                        .glyphs
                        .into_iter()
                        .map(|glyph| Codepoint::with_cid(glyph.glyph, glyph.back, glyph.text))
                        .collect();
                    ops.push(Op::ShowText {
                        items: vec![TextItem::GlyphIds(glyphs)],
                    });
                }
                None => {
                    cursor += metrics.text_width(&run, size, bold);
                    ops.push(Op::ShowText {
                        items: vec![TextItem::Text(run)],
                    });
                }
            }
        }
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
