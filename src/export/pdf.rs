//! Turns composed pages into PDF bytes; the only file that uses printpdf.
//!
//! Fonts are embedded and subset. Each text line is split into runs by the font that
//! has its glyphs (DejaVu Sans, its bold face, or Noto Emoji), positioned with absolute
//! text matrices.
//!
//! printpdf serializes a document on one core, and for 1,000 pages that took most of
//! the export: looking up and hex-encoding every glyph, and collecting the glyphs each
//! font subset needs. So longer exports are cut into one run of pages per core, each
//! run becomes a document of its own on its own thread, and their pages are then moved,
//! in order, into the first one. Each run embeds its own font subsets; their six-letter
//! subset tags (`ABCDEF+DejaVuSans`) are kept distinct so that readers never mix them up.

use std::collections::HashSet;

use lopdf::{Object, ObjectId};
use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect, TextItem,
    TextMatrix, WindingOrder,
};

use super::draw::{Item, Page, Rgb};
use super::metrics::{FontFace, FontMetrics};
use super::{ExportError, ExportOptions};
use crate::assets::{BOLD_FONT, EMOJI_FONT, REGULAR_FONT};
use crate::i18n::Language;

/// Shorter exports stay one document: a second one would cost more than it saves.
const MIN_PAGES_TO_SPLIT: usize = 16;

/// Something for each of the three font faces: the parsed fonts, or one document's ids.
struct Faces<T> {
    regular: T,
    bold: T,
    emoji: T,
}

impl<T> Faces<T> {
    fn get(&self, face: FontFace) -> &T {
        match face {
            FontFace::Regular => &self.regular,
            FontFace::Bold => &self.bold,
            FontFace::Emoji => &self.emoji,
        }
    }
}

type Fonts = Faces<FontId>;

/// Takes the pages by value so that each stage's memory is freed before the next one
/// allocates: for 1,000 pages this saves a third of the peak memory and its page faults.
pub fn render(
    pages: Vec<Page>,
    metrics: &FontMetrics,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let parsed = Faces {
        regular: parse_font("DejaVuSans", REGULAR_FONT)?,
        bold: parse_font("DejaVuSans-Bold", BOLD_FONT)?,
        emoji: parse_font("NotoEmoji", EMOJI_FONT)?,
    };
    let chunks = split_into_chunks(pages);
    let fonts = unique_font_ids(chunks.len());
    let documents = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .zip(&fonts)
            .map(|(pages, fonts)| {
                let parsed = &parsed;
                scope.spawn(move || chunk_document(pages, parsed, fonts, metrics, options))
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect::<Vec<_>>()
    });
    let mut document = merge(documents)?;
    set_language(&mut document, options.language);
    compress_streams(&mut document);
    let mut bytes = Vec::new();
    document
        .save_to(&mut bytes)
        .map_err(|error| ExportError::Font(format!("writing the PDF failed: {error}")))?;
    Ok(bytes)
}

fn parse_font(name: &str, bytes: &[u8]) -> Result<ParsedFont, ExportError> {
    ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
        .ok_or_else(|| ExportError::Font(name.to_owned()))
}

/// One run of consecutive pages per core, or a single run for a short export.
fn split_into_chunks(pages: Vec<Page>) -> Vec<Vec<Page>> {
    let workers = std::thread::available_parallelism().map_or(1, usize::from);
    let chunks = if pages.len() < MIN_PAGES_TO_SPLIT {
        1
    } else {
        workers.max(1)
    };
    let size = pages.len().div_ceil(chunks).max(1);
    let mut rest = pages.into_iter();
    let mut chunks: Vec<Vec<Page>> =
        std::iter::repeat_with(|| rest.by_ref().take(size).collect::<Vec<_>>())
            .take_while(|chunk| !chunk.is_empty())
            .collect();
    if chunks.is_empty() {
        chunks.push(Vec::new());
    }
    chunks
}

/// Font ids for each chunk's document. printpdf takes a subset font's tag from the
/// first six letters of its id, so every id gets a tag no other font of the export has.
fn unique_font_ids(chunks: usize) -> Vec<Fonts> {
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
        })
        .collect()
}

/// Serializes one run of pages as a document of its own, with its own font subsets.
fn chunk_document(
    pages: Vec<Page>,
    parsed: &Faces<ParsedFont>,
    fonts: &Fonts,
    metrics: &FontMetrics,
    options: &ExportOptions,
) -> lopdf::Document {
    let mut document = PdfDocument::new(&options.document_title);
    set_metadata(&mut document, options);
    for face in [FontFace::Regular, FontFace::Bold, FontFace::Emoji] {
        let font = PdfFont::new(parsed.get(face).clone());
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

/// Moves the pages of the later documents, in order, behind those of the first. Their
/// own catalog, page tree root and document info are left behind.
fn merge(documents: Vec<lopdf::Document>) -> Result<lopdf::Document, ExportError> {
    let mut documents = documents.into_iter();
    let mut first = documents.next().ok_or(ExportError::NothingToExport)?;
    let root = pages_root(&first)?;
    for mut other in documents {
        other.renumber_objects_with(first.max_id + 1);
        first.max_id = other.max_id;
        let kids: Vec<ObjectId> = other.page_iter().collect();
        let mut left_behind: HashSet<ObjectId> = ["Root", "Info"]
            .into_iter()
            .filter_map(|key| other.trailer.get(key.as_bytes()).ok())
            .filter_map(|object| object.as_reference().ok())
            .collect();
        left_behind.extend(catalog_references(&other)?);
        for (id, object) in other.objects {
            if !left_behind.contains(&id) {
                first.objects.insert(id, object);
            }
        }
        for kid in &kids {
            first
                .get_dictionary_mut(*kid)
                .map_err(broken)?
                .set("Parent", root);
        }
        let tree = first.get_dictionary_mut(root).map_err(broken)?;
        let all_kids = tree
            .get_mut(b"Kids")
            .and_then(Object::as_array_mut)
            .map_err(broken)?;
        all_kids.extend(kids.into_iter().map(Object::Reference));
        let count = i64::try_from(all_kids.len()).map_err(broken)?;
        tree.set("Count", count);
    }
    Ok(first)
}

fn pages_root(document: &lopdf::Document) -> Result<ObjectId, ExportError> {
    let catalog = document.catalog().map_err(broken)?;
    catalog
        .get(b"Pages")
        .and_then(Object::as_reference)
        .map_err(broken)
}

/// The objects only the catalog points to: the page tree root and any metadata.
fn catalog_references(document: &lopdf::Document) -> Result<Vec<ObjectId>, ExportError> {
    let catalog = document.catalog().map_err(broken)?;
    Ok(catalog
        .iter()
        .filter_map(|(_, value)| value.as_reference().ok())
        .collect())
}

fn broken(error: impl std::fmt::Display) -> ExportError {
    ExportError::Font(format!("merging the PDF parts failed: {error}"))
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
