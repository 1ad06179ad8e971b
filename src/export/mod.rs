//! PDF export: one canvas, all canvases or a blank template, drawn from the template's
//! grid like the editor; and the Netzwerkbuch as a contact list or a network map.
//!
//! The work is split so that only `pdf.rs` knows printpdf: `compose` lays the pages out
//! as plain drawing items (using `wrap` and `metrics` for exact text widths), and `pdf`
//! turns those items into bytes. Nothing here touches the file system.

mod compose;
mod draw;
pub mod marks;
mod metrics;
mod page_setup;
mod parallel;
mod pdf;
mod wrap;

use chrono::{DateTime, NaiveDate, Utc};

pub use marks::{due_rgb, filled_dots, importance_dots};
pub use page_setup::{Orientation, PageSetup, Paper};

use crate::i18n::Language;
use crate::model::{Collaboration, Template, Workspace};

/// What to print and how.
#[derive(Clone, Debug)]
pub struct ExportOptions {
    pub page: PageSetup,
    /// Print the empty template instead of the collaborations.
    pub blank: bool,
    pub language: Language,
    /// Printed in the footer and stored as the PDF's creation date.
    pub exported_at: DateTime<Utc>,
    /// The PDF's title metadata.
    pub document_title: String,
}

/// The finished PDF in memory; the caller decides where to write it.
#[derive(Clone, Debug)]
pub struct ExportedPdf {
    pub bytes: Vec<u8>,
    pub page_count: usize,
    /// Characters no bundled font has, printed as a replacement glyph.
    pub replaced_characters: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("a bundled font could not be read: {0}")]
    Font(String),
    #[error("there is nothing to export")]
    NothingToExport,
}

/// The one-page meeting brief of a collaboration (A4 portrait is what it is made for).
pub fn export_brief(
    collaboration: &Collaboration,
    template: &Template,
    options: &ExportOptions,
) -> Result<ExportedPdf, ExportError> {
    let metrics = metrics::FontMetrics::load()?;
    let composer = compose::Composer::new(&metrics, template, options);
    let (page, replaced_characters) = composer.brief_page(collaboration);
    finish(
        &composer,
        (&metrics, options),
        vec![page],
        replaced_characters,
    )
}

/// The Netzwerkbuch's contacts as a table sorted by name, over as many pages as needed,
/// with follow-ups coloured by how urgent they are on `today`.
pub fn export_contacts(
    workspace: &Workspace,
    options: &ExportOptions,
    today: NaiveDate,
) -> Result<ExportedPdf, ExportError> {
    if workspace.contacts.is_empty() {
        return Err(ExportError::NothingToExport);
    }
    let metrics = metrics::FontMetrics::load()?;
    let template = Template::kooperations_canvas();
    let composer = compose::Composer::new(&metrics, &template, options);
    let (pages, replaced_characters) = composer.contact_pages(&workspace.contacts, today);
    finish(&composer, (&metrics, options), pages, replaced_characters)
}

/// The network map of the contacts on one landscape page (the paper size is kept, the
/// orientation is always landscape).
pub fn export_network_map(
    workspace: &Workspace,
    options: &ExportOptions,
    today: NaiveDate,
) -> Result<ExportedPdf, ExportError> {
    if workspace.contacts.is_empty() {
        return Err(ExportError::NothingToExport);
    }
    let options = ExportOptions {
        page: PageSetup {
            paper: options.page.paper,
            orientation: Orientation::Landscape,
        },
        ..options.clone()
    };
    let metrics = metrics::FontMetrics::load()?;
    let template = Template::kooperations_canvas();
    let composer = compose::Composer::new(&metrics, &template, &options);
    let (page, replaced_characters) = composer.network_map_page(&workspace.contacts, today);
    finish(
        &composer,
        (&metrics, &options),
        vec![page],
        replaced_characters,
    )
}

/// Numbers the pages in their footers and renders them.
fn finish(
    composer: &compose::Composer<'_>,
    (metrics, options): (&metrics::FontMetrics, &ExportOptions),
    mut pages: Vec<draw::Page>,
    replaced_characters: usize,
) -> Result<ExportedPdf, ExportError> {
    composer.add_footers(&mut pages);
    let page_count = pages.len();
    let bytes = pdf::render(pages, metrics, options)?;
    Ok(ExportedPdf {
        bytes,
        page_count,
        replaced_characters,
    })
}

/// Lays out and renders `collaborations` (in this order) or the blank template.
/// Each collaboration is drawn with the template of its id from `templates`; the first
/// template is the blank sheet's and the one for unknown ids. Card templates print
/// four to a sheet. `progress(done, total)` is called after each canvas, for progress
/// bars; canvases are laid out on all cores, so it may be called from several threads.
pub fn export_pdf(
    collaborations: &[Collaboration],
    templates: &[Template],
    options: &ExportOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<ExportedPdf, ExportError> {
    if collaborations.is_empty() && !options.blank {
        return Err(ExportError::NothingToExport);
    }
    let fallback = Template::kooperations_canvas();
    let primary = templates.first().unwrap_or(&fallback);
    let metrics = metrics::FontMetrics::load()?;
    let composer = compose::Composer::new(&metrics, primary, options);
    let (pages, replaced_characters) = if options.blank {
        progress(1, 1);
        (blank_pages(&composer, primary), 0)
    } else {
        let canvases = compose_in_parallel(
            &metrics,
            (templates, primary),
            options,
            collaborations,
            progress,
        );
        place_canvases(&composer, canvases)
    };
    finish(&composer, (&metrics, options), pages, replaced_characters)
}

/// One blank sheet; four blank cards for a card template.
fn blank_pages(composer: &compose::Composer<'_>, template: &Template) -> Vec<draw::Page> {
    if template.cards_per_page > 1 {
        let card = composer.card().blank_page();
        composer.sheets_of_cards(vec![card; compose::CARDS_PER_SHEET])
    } else {
        vec![composer.blank_page()]
    }
}

/// Canvases in order, each with its continuation pages; runs of cards share sheets.
fn place_canvases(
    composer: &compose::Composer<'_>,
    canvases: Vec<(bool, compose::CanvasPages)>,
) -> (Vec<draw::Page>, usize) {
    let mut pages = Vec::new();
    let mut cards = Vec::new();
    let mut replaced = 0;
    for (is_card, mut canvas) in canvases {
        replaced += canvas.replaced_characters;
        if is_card {
            let first_slot = pages.len() * compose::CARDS_PER_SHEET + cards.len();
            composer.number_card_continuations(&mut canvas, first_slot);
            cards.extend(canvas.pages);
            continue;
        }
        pages.extend(composer.sheets_of_cards(std::mem::take(&mut cards)));
        let first = pages.len();
        pages.extend(canvas.pages);
        composer.number_continuations(&mut pages, first, &canvas.notes);
    }
    pages.extend(composer.sheets_of_cards(cards));
    (pages, replaced)
}

/// Lays out the canvases on all cores, keeping their order; each with its own template.
/// Returns whether each is a card, and its pages.
fn compose_in_parallel(
    metrics: &metrics::FontMetrics,
    (templates, primary): (&[Template], &Template),
    options: &ExportOptions,
    collaborations: &[Collaboration],
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Vec<(bool, compose::CanvasPages)> {
    let total = collaborations.len();
    let done = std::sync::atomic::AtomicUsize::new(0);
    parallel::map_in_order(collaborations, |collaboration| {
        let template = templates
            .iter()
            .find(|t| t.id == collaboration.template)
            .unwrap_or(primary);
        let composer = compose::Composer::new(metrics, template, options);
        let is_card = template.cards_per_page > 1;
        let canvas = if is_card {
            composer.card().canvas_pages(collaboration)
        } else {
            composer.canvas_pages(collaboration)
        };
        let finished = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        progress(finished, total);
        (is_card, canvas)
    })
}
