//! Turns composed pages into PDF bytes, on all cores.
//!
//! The pages are cut into one run of consecutive pages per core. Each run is drawn on
//! its own thread into content streams whose glyph strings are still open (`page`,
//! `content`), noting the glyphs each font drew. The runs' glyphs are merged and each
//! font is subset and embedded once for the whole document (`fonts`, `subset`). Then
//! each thread writes its pages' glyphs with the subsets' codes and deflates them
//! (`compress`), and lopdf writes the document around them (`document`).
//!
//! No PDF library draws the pages: printpdf, used before, looked up every character in
//! a map, hex-encoded every glyph through `std::fmt` and embedded one subset of each
//! font per run, which made the export slower and larger (docs/benchmarks.md).

mod compress;
mod content;
mod document;
mod fonts;
mod page;
mod subset;

use super::draw::Page;
use super::metrics::FontMetrics;
use super::{ExportError, ExportOptions};
use content::Draft;
use fonts::Usage;
use page::Painter;

/// Shorter exports stay on one thread: a second one would cost more than it saves.
const MIN_PAGES_TO_SPLIT: usize = 16;

/// Takes the pages by value so that each run's pages are freed once drawn.
pub fn render(
    pages: Vec<Page>,
    metrics: &FontMetrics,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let (_, height) = options.page.size();
    let chunks = split_into_chunks(pages);
    let drawn: Vec<(Vec<Draft>, Usage)> = on_threads(chunks, |pages| {
        let mut usage = Usage::default();
        let mut painter = Painter {
            metrics,
            usage: &mut usage,
            height,
        };
        let drafts = pages.iter().map(|page| painter.page(page)).collect();
        drop(pages);
        (drafts, usage)
    });
    let mut usage = Usage::default();
    let mut runs = Vec::with_capacity(drawn.len());
    for (drafts, run_usage) in drawn {
        usage.merge(run_usage);
        runs.push(drafts);
    }
    let mut pdf = lopdf::Document::with_version("1.7");
    let (font_resources, codes) = fonts::embed_fonts(&mut pdf, usage, metrics)?;
    let codes = &codes;
    let streams = on_threads(runs, |drafts| {
        drafts
            .into_iter()
            .map(|draft| compress::stream(lopdf::Dictionary::new(), draft.finish(codes)))
            .collect::<Vec<_>>()
    });
    document::write(pdf, streams.into_iter().flatten(), font_resources, options)
}

/// Runs `work` on each part on a thread of its own; the results in order.
fn on_threads<T: Send, R: Send>(parts: Vec<T>, work: impl Fn(T) -> R + Sync) -> Vec<R> {
    let work = &work;
    std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .into_iter()
            .map(|part| scope.spawn(move || work(part)))
            .collect();
        handles
            .into_iter()
            .map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
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
