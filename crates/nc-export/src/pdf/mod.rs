//! Turns composed pages into PDF bytes with printpdf, on all cores where it can.
//!
//! The pages are cut into one run of consecutive pages per core. Each run is drawn on
//! its own thread into printpdf operations (`page`), noting the glyphs each font drew.
//! The runs' glyphs are merged and each font is subset once for the whole document
//! (`fonts`, `subset`); each thread then gives its pages' glyphs the subsets' ids, and
//! printpdf writes the document (`document`), whose streams are deflated on all cores
//! (`compress`). printpdf serializes the pages on one core.

mod compress;
mod document;
mod fonts;
mod page;
mod subset;

use printpdf::Op;

use super::draw::Page;
use super::metrics::FontMetrics;
use super::{ExportError, ExportOptions};
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
    let drawn: Vec<(Vec<Vec<Op>>, Usage)> = on_threads(chunks, |pages| {
        let mut usage = Usage::default();
        let mut painter = Painter {
            metrics,
            usage: &mut usage,
            height,
        };
        let ops = pages.iter().map(|page| painter.page(page)).collect();
        drop(pages);
        (ops, usage)
    });
    let mut usage = Usage::default();
    let mut runs = Vec::with_capacity(drawn.len());
    for (ops, run_usage) in drawn {
        usage.merge(run_usage);
        runs.push(ops);
    }
    let (fonts, registered) = fonts::embed(usage, metrics)?;
    let fonts = &fonts;
    let pages = on_threads(runs, |mut pages| {
        for ops in &mut pages {
            fonts.finish(ops, metrics);
        }
        pages
    });
    document::write(pages.into_iter().flatten().collect(), registered, options)
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
