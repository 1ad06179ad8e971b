//! Turns composed pages into PDF bytes; the only file that uses printpdf.
//!
//! Fonts are embedded and subset. Each text line is split into runs by the font that
//! has its glyphs (DejaVu Sans, its bold face, or Noto Emoji), positioned with absolute
//! text matrices.

use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect, TextItem, TextMatrix,
    WindingOrder,
};

use super::draw::{Item, Page, Rgb};
use super::metrics::{FontFace, FontMetrics};
use super::{ExportError, ExportOptions};
use crate::assets::{BOLD_FONT, EMOJI_FONT, REGULAR_FONT};
use crate::i18n::Language;

struct Fonts {
    regular: FontId,
    bold: FontId,
    emoji: FontId,
}

impl Fonts {
    fn id(&self, face: FontFace) -> &FontId {
        match face {
            FontFace::Regular => &self.regular,
            FontFace::Bold => &self.bold,
            FontFace::Emoji => &self.emoji,
        }
    }
}

/// Takes the pages by value so that each stage's memory is freed before the next one
/// allocates: for 1,000 pages this saves a third of the peak memory and its page faults.
pub fn render(
    pages: Vec<Page>,
    metrics: &FontMetrics,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let mut document = PdfDocument::new(&options.document_title);
    set_metadata(&mut document, options);
    let fonts = Fonts {
        regular: add_font(&mut document, "DejaVuSans", REGULAR_FONT)?,
        bold: add_font(&mut document, "DejaVuSans-Bold", BOLD_FONT)?,
        emoji: add_font(&mut document, "NotoEmoji", EMOJI_FONT)?,
    };
    let (width, height) = options.page.size();
    let pdf_pages = super::parallel::map_in_order(&pages, |page| {
        let ops = page_ops(page, height, metrics, &fonts);
        PdfPage::new(Mm::from(Pt(width)), Mm::from(Pt(height)), ops)
    });
    drop(pages);
    document.with_pages(pdf_pages);
    let save_options = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let mut lopdf_document = document.to_lopdf_document(&save_options, &mut Vec::new());
    drop(document);
    set_language(&mut lopdf_document, options.language);
    compress_streams(&mut lopdf_document);
    let mut bytes = Vec::new();
    lopdf_document
        .save_to(&mut bytes)
        .map_err(|error| ExportError::Font(format!("writing the PDF failed: {error}")))?;
    Ok(bytes)
}

fn add_font(document: &mut PdfDocument, name: &str, bytes: &[u8]) -> Result<FontId, ExportError> {
    let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
        .ok_or_else(|| ExportError::Font(name.to_owned()))?;
    Ok(document.add_font(&font))
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

/// Deflates every stream on all cores, at zlib's fast level. lopdf's own `compress`
/// uses the slowest level on one core, which took a third of a 300-canvas export.
fn compress_streams(document: &mut lopdf::Document) {
    let mut streams: Vec<&mut lopdf::Stream> = document
        .objects
        .values_mut()
        .filter_map(|object| match object {
            lopdf::Object::Stream(stream)
                if stream.allows_compression && stream.dict.get(b"Filter").is_err() =>
            {
                Some(stream)
            }
            _ => None,
        })
        .collect();
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .max(1);
    let chunk = streams.len().div_ceil(workers).max(1);
    std::thread::scope(|scope| {
        for part in streams.chunks_mut(chunk) {
            scope.spawn(move || part.iter_mut().for_each(|stream| deflate(stream)));
        }
    });
}

fn deflate(stream: &mut lopdf::Stream) {
    use std::io::Write;

    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    let compressed = encoder
        .write_all(&stream.content)
        .and_then(|()| encoder.finish());
    // A stream that does not shrink, or fails to compress, is kept as it is.
    if let Ok(compressed) = compressed
        && compressed.len() + 19 < stream.content.len()
    {
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(compressed);
    }
}

/// PDF readers and screen readers take the text language from the catalog's /Lang.
fn set_language(document: &mut lopdf::Document, language: Language) {
    let code = match language {
        Language::German => "de",
        Language::English => "en",
    };
    if let Ok(catalog) = document.catalog_mut() {
        catalog.set("Lang", lopdf::Object::string_literal(code));
    }
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
                font: PdfFontHandle::External(fonts.id(face).clone()),
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
                let mut cursor = *x;
                let runs = runs(text, *bold, metrics);
                let run_count = runs.len();
                for (index, (face, run)) in runs.into_iter().enumerate() {
                    pen.font(&mut ops, fonts, face, *size);
                    ops.push(Op::SetTextMatrix {
                        matrix: TextMatrix::Translate(Pt(cursor), Pt(height - y)),
                    });
                    // Only a following run needs to know where this one ends.
                    if index + 1 < run_count {
                        cursor += metrics.text_width(&run, *size, *bold);
                    }
                    ops.push(Op::ShowText {
                        items: vec![TextItem::Text(run)],
                    });
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
    let mode = match (fill, stroke) {
        (Some(_), Some(_)) => PaintMode::FillStroke,
        (Some(_), None) => PaintMode::Fill,
        (None, Some(_)) => PaintMode::Stroke,
        (None, None) => return,
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

/// How far a cubic bezier's control points sit from the ends of a quarter circle.
const KAPPA: f32 = 0.552_284_8;

/// A circle as four cubic bezier curves; `(x, y)` is in PDF coordinates (y up).
fn circle_ops(
    ops: &mut Vec<Op>,
    pen: &mut PenState,
    (x, y, radius): (f32, f32, f32),
    (fill, stroke): (Option<Rgb>, Option<(Rgb, f32)>),
) {
    let mode = match (fill, stroke) {
        (Some(_), Some(_)) => PaintMode::FillStroke,
        (Some(_), None) => PaintMode::Fill,
        (None, Some(_)) => PaintMode::Stroke,
        (None, None) => return,
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
