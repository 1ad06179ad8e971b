//! Turns composed pages into PDF bytes; the only file that uses printpdf.
//!
//! Fonts are embedded and subset. Each text line is split into runs by the font that
//! has its glyphs (DejaVu Sans, its bold face, or Noto Emoji), positioned with absolute
//! text matrices.

use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem, TextMatrix,
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

pub fn render(
    pages: &[Page],
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
    let pdf_pages = pages
        .iter()
        .map(|page| {
            let ops = page_ops(page, height, metrics, &fonts);
            PdfPage::new(Mm::from(Pt(width)), Mm::from(Pt(height)), ops)
        })
        .collect();
    document.with_pages(pdf_pages);
    let save_options = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let mut lopdf_document = document.to_lopdf_document(&save_options, &mut Vec::new());
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

/// Deflates every stream at zlib's default level. lopdf's own `compress` uses the best
/// (slowest) level, which took half the time of a 300-canvas export for 3 % less size.
fn compress_streams(document: &mut lopdf::Document) {
    use std::io::Write;

    for object in document.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut encoder =
            flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
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

fn page_ops(page: &Page, height: f32, metrics: &FontMetrics, fonts: &Fonts) -> Vec<Op> {
    let mut ops = Vec::with_capacity(page.items.len() * 6);
    for item in &page.items {
        match item {
            Item::Text {
                x,
                y,
                size,
                bold,
                color: ink,
                text,
            } => {
                ops.push(Op::StartTextSection);
                ops.push(Op::SetFillColor { col: color(*ink) });
                let mut cursor = *x;
                for (face, run) in runs(text, *bold, metrics) {
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(fonts.id(face).clone()),
                        size: Pt(*size),
                    });
                    ops.push(Op::SetTextMatrix {
                        matrix: TextMatrix::Translate(Pt(cursor), Pt(height - y)),
                    });
                    cursor += metrics.text_width(&run, *size, *bold);
                    ops.push(Op::ShowText {
                        items: vec![TextItem::Text(run)],
                    });
                }
                ops.push(Op::EndTextSection);
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
                (*x, height - y - rect_height, *width, *rect_height),
                *fill,
                *stroke,
            ),
            Item::Line {
                from,
                to,
                color: ink,
                width,
            } => {
                ops.push(Op::SetOutlineColor { col: color(*ink) });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                let point = |(x, y): (f32, f32)| LinePoint {
                    p: Point {
                        x: Pt(x),
                        y: Pt(height - y),
                    },
                    bezier: false,
                };
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![point(*from), point(*to)],
                        is_closed: false,
                    },
                });
            }
        }
    }
    ops
}

fn rect_ops(
    ops: &mut Vec<Op>,
    (x, y, width, height): (f32, f32, f32, f32),
    fill: Option<Rgb>,
    stroke: Option<Rgb>,
) {
    let mode = match (fill, stroke) {
        (Some(_), Some(_)) => PaintMode::FillStroke,
        (Some(_), None) => PaintMode::Fill,
        (None, Some(_)) => PaintMode::Stroke,
        (None, None) => return,
    };
    if let Some(fill) = fill {
        ops.push(Op::SetFillColor { col: color(fill) });
    }
    if let Some(stroke) = stroke {
        ops.push(Op::SetOutlineColor { col: color(stroke) });
        ops.push(Op::SetOutlineThickness { pt: Pt(0.7) });
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
