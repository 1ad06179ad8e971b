//! One run of pages as a printpdf document: the embedded font subsets, the metadata,
//! and each page's drawing operators. The only file that uses printpdf, so that the
//! rest of the export does not depend on its API.
//!
//! Each text line is split into runs by the font that has its glyphs (DejaVu Sans, its
//! bold face, Noto Emoji, or a system font for what they lack), positioned with absolute
//! text matrices. Each run embeds its own font subsets (`subset`); their six-letter
//! subset tags (`ABCDEF+DejaVuSans`) are kept distinct so that readers never mix them
//! up after the merge.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use printpdf::{
    Codepoint, Color, DictItem, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont,
    PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt,
    Rect, TextItem, TextMatrix, WindingOrder,
};

use super::subset::{self, Subset};
use crate::export::draw::{Item, Page, Rgb};
use crate::export::metrics::{FontFace, FontMetrics};
use crate::export::shaping;
use crate::export::{ExportError, ExportOptions};

/// Something for each font face: one document's font ids.
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
            // Every system font drawn with has an id; one that has none draws with the
            // regular face.
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

/// Font ids for each chunk's document. A subset font's tag is the first six letters of
/// its id, so every id gets a tag no other font of the export has.
pub(super) fn unique_font_ids(chunks: usize, metrics: &FontMetrics) -> Vec<Fonts> {
    let system = metrics.used_system_fonts();
    let mut tags = HashSet::new();
    let mut next = || loop {
        let id = FontId::new();
        if tags.insert(subset_tag(&id)) {
            return id;
        }
    };
    (0..chunks)
        .map(|_| Faces {
            regular: next(),
            bold: next(),
            emoji: next(),
            system: system.iter().map(|(index, _)| (*index, next())).collect(),
        })
        .collect()
}

fn subset_tag(id: &FontId) -> String {
    id.0.chars().take(6).collect()
}

/// Serializes one run of pages as a document of its own, with its own font subsets.
pub(super) fn chunk_document(
    pages: Vec<Page>,
    fonts: &Fonts,
    metrics: &FontMetrics,
    options: &ExportOptions,
) -> Result<lopdf::Document, ExportError> {
    let (width, height) = options.page.size();
    let mut page_ops: Vec<Vec<Op>> = pages
        .iter()
        .map(|page| page_ops(page, height, metrics, fonts))
        .collect();
    drop(pages);
    let mut document = PdfDocument::new(&options.document_title);
    set_metadata(&mut document, options);
    let mut subsets = BTreeMap::new();
    for (face, used) in used_glyphs(&page_ops, fonts, metrics) {
        let (font, subset) = embedded_font(face, &used, fonts, metrics)?;
        document
            .resources
            .fonts
            .map
            .insert(fonts.get(face).clone(), font);
        subsets.insert(face, subset);
    }
    renumber_shaped_glyphs(&mut page_ops, fonts, &subsets);
    let pdf_pages = page_ops
        .into_iter()
        .map(|ops| PdfPage::new(Mm::from(Pt(width)), Mm::from(Pt(height)), ops))
        .collect();
    document.with_pages(pdf_pages);
    Ok(document.to_lopdf_document(&PdfSaveOptions::default(), &mut Vec::new()))
}

/// The glyphs a document draws with one face: those of its text runs, by character,
/// and those of its shaped runs.
#[derive(Default)]
struct UsedGlyphs {
    by_char: BTreeMap<char, u16>,
    glyphs: BTreeSet<u16>,
}

/// The face each font id stands for.
fn face_of(fonts: &Fonts, id: &FontId) -> Option<FontFace> {
    fonts
        .all()
        .find(|(_, found)| *found == id)
        .map(|(face, _)| face)
}

/// The glyphs each face draws on these pages, in the original fonts' numbering.
fn used_glyphs(
    pages: &[Vec<Op>],
    fonts: &Fonts,
    metrics: &FontMetrics,
) -> BTreeMap<FontFace, UsedGlyphs> {
    let mut used: BTreeMap<FontFace, UsedGlyphs> = BTreeMap::new();
    let mut face = None;
    for op in pages.iter().flatten() {
        match op {
            Op::SetFont {
                font: PdfFontHandle::External(id),
                ..
            } => face = face_of(fonts, id),
            Op::ShowText { items } => {
                let Some(face) = face else { continue };
                let glyphs = used.entry(face).or_default();
                for item in items {
                    match item {
                        TextItem::Text(text) => {
                            for c in text.chars() {
                                if glyphs.by_char.contains_key(&c) {
                                    continue;
                                }
                                if let Some(glyph) = metrics.glyph_id(face, c) {
                                    glyphs.by_char.insert(c, glyph);
                                    glyphs.glyphs.insert(glyph);
                                }
                            }
                        }
                        TextItem::GlyphIds(shaped) => {
                            glyphs.glyphs.extend(shaped.iter().map(|glyph| glyph.gid));
                        }
                        TextItem::Offset(_) => {}
                    }
                }
            }
            _ => {}
        }
    }
    used
}

/// A face's subset as printpdf embeds it: named with its tag, its characters mapped
/// to the subset's glyphs.
fn embedded_font(
    face: FontFace,
    used: &UsedGlyphs,
    fonts: &Fonts,
    metrics: &FontMetrics,
) -> Result<(PdfFont, Subset), ExportError> {
    let name = metrics.postscript_name(face);
    let failed = |reason: &str| ExportError::Font(format!("{name}: {reason}"));
    let bytes = metrics
        .face_bytes(face)
        .ok_or_else(|| failed("the font file is gone"))?;
    let subset = subset::subset_font(bytes, &used.glyphs).map_err(|error| failed(&error))?;
    let mut parsed = ParsedFont::from_bytes(&subset.bytes, 0, &mut Vec::new())
        .ok_or_else(|| failed("the subset does not parse"))?;
    parsed.font_name = Some(format!("{}+{name}", subset_tag(fonts.get(face))));
    parsed.codepoint_to_glyph = used
        .by_char
        .iter()
        .filter_map(|(c, old)| Some((u32::from(*c), *subset.new_ids.get(old)?)))
        .collect();
    Ok((PdfFont::new(parsed), subset))
}

/// Shaped runs name their glyphs by id: the ids of the original font become the
/// subset's. (Text runs are mapped through the subset's characters instead.)
fn renumber_shaped_glyphs(
    pages: &mut [Vec<Op>],
    fonts: &Fonts,
    subsets: &BTreeMap<FontFace, Subset>,
) {
    let mut subset = None;
    for op in pages.iter_mut().flatten() {
        match op {
            Op::SetFont {
                font: PdfFontHandle::External(id),
                ..
            } => subset = face_of(fonts, id).and_then(|face| subsets.get(&face)),
            Op::ShowText { items } => {
                let Some(subset) = subset else { continue };
                for item in items {
                    if let TextItem::GlyphIds(glyphs) = item {
                        for glyph in glyphs {
                            glyph.gid = subset.new_ids.get(&glyph.gid).copied().unwrap_or(0);
                        }
                    }
                }
            }
            _ => {}
        }
    }
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
                let parts =
                    shaping::visual_parts(text).unwrap_or_else(|| vec![(false, text.as_str())]);
                text_ops(&mut ops, &mut pen, (fonts, metrics), at, look, &parts);
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

/// A line of text: its parts in visual order (one part for a line without
/// right-to-left text), each split into runs that one font draws. Right-to-left runs
/// come in reverse and are shaped (joined letters as glyphs, each with its characters
/// for copying), and so are runs of scripts that need it (Devanagari, Thai, …); the
/// rest is drawn character by character.
fn text_ops(
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
            let shaped = if *rtl || run.chars().any(shaping::needs_shaping) {
                metrics
                    .face_bytes(face)
                    .and_then(|bytes| shaping::shape(bytes, &run, *rtl))
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
                    // A left-to-right shaped run reorders (the short i of Devanagari
                    // before its consonant) and uses one glyph in several clusters, which
                    // a font's one text per glyph cannot say: the run's text is given
                    // whole, as a viewer copies it.
                    if !*rtl {
                        ops.push(actual_text(&run));
                    }
                    ops.push(Op::ShowText {
                        items: vec![TextItem::GlyphIds(glyphs)],
                    });
                    if !*rtl {
                        ops.push(Op::EndMarkedContent);
                    }
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
