//! Turns composed pages into PDF bytes, in parallel runs.
//!
//! printpdf serializes a document on one core, and for 1,000 pages that took most of
//! the export: looking up and hex-encoding every glyph, and collecting the glyphs each
//! font subset needs. So longer exports are cut into one run of pages per core, each
//! run becomes a document of its own on its own thread (`document`, the only file that
//! uses printpdf), and their pages are then moved, in order, into the first one
//! (`merge`); last, every stream is deflated on all cores (`compress`).

mod compress;
mod document;
mod merge;
mod subset;

use super::draw::Page;
use super::metrics::FontMetrics;
use super::{ExportError, ExportOptions};

/// Shorter exports stay one document: a second one would cost more than it saves.
const MIN_PAGES_TO_SPLIT: usize = 16;

/// Takes the pages by value so that each stage's memory is freed before the next one
/// allocates: for 1,000 pages this saves a third of the peak memory and its page faults.
pub fn render(
    pages: Vec<Page>,
    metrics: &FontMetrics,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let chunks = split_into_chunks(pages);
    let fonts = document::unique_font_ids(chunks.len(), metrics);
    let documents = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .zip(&fonts)
            .map(|(pages, fonts)| {
                scope.spawn(move || document::chunk_document(pages, fonts, metrics, options))
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect::<Result<Vec<_>, _>>()
    })?;
    let mut document = merge::merge(documents)?;
    merge::set_language(&mut document, options.language);
    compress::compress_streams(&mut document);
    let mut bytes = Vec::new();
    document
        .save_to(&mut bytes)
        .map_err(|error| ExportError::Font(format!("writing the PDF failed: {error}")))?;
    Ok(bytes)
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
