//! PDF export: one canvas, all canvases or a blank template, drawn from the template's
//! grid like the editor; and the Netzwerkbuch as a contact list or a network map.
//!
//! An [`ExportRequest`] says what to print and how; [`export`] is the one way in.
//!
//! The work is split so that only `pdf` knows the PDF format: `compose` lays the
//! pages out as plain drawing items (using `wrap` and `metrics` for exact text widths),
//! and `pdf` turns those items into bytes. Nothing here touches the user's files; the
//! one read is of the system's fonts, for characters the bundled fonts lack
//! (`system_fonts`).

/// The fonts bundled into the binary, shared by screen and paper (licences in
/// assets/fonts).
pub mod bundled_fonts {
    /// DejaVu Sans, the one typeface of the app and the PDF.
    pub const REGULAR_FONT: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
    pub const BOLD_FONT: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");
    /// Noto Emoji: outlines for emoji that DejaVu Sans lacks.
    pub const EMOJI_FONT: &[u8] = include_bytes!("../../../assets/fonts/NotoEmoji-Regular.ttf");
}

mod compose;
mod draw;
mod hyphenate;
mod metrics;
mod missing;
mod page_setup;
mod parallel;
mod pdf;
mod request;
pub mod rights;
mod shaping;
mod system_fonts;
mod wrap;

pub use compose::Section;
pub use missing::{MissingCharacters, missing_summary};
pub use page_setup::{Orientation, PageSetup, Paper};
pub use request::{ExportContent, ExportOptions, ExportRequest, Printed, document_title};
pub use system_fonts::screen_fallback_for;

use nc_model::{Collaboration, Template};

/// The finished PDF in memory; the caller decides where to write it.
#[derive(Clone, Debug)]
pub struct ExportedPdf {
    pub bytes: Vec<u8>,
    pub page_count: usize,
    /// Characters no font has, printed as a replacement glyph.
    pub replaced_characters: usize,
    /// Which characters those were, and where.
    pub missing: Vec<MissingCharacters>,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("a bundled font could not be read: {0}")]
    Font(String),
    #[error("there is nothing to export")]
    NothingToExport,
    /// The contact list or map of a workspace without contacts.
    #[error("the workspace has no contacts")]
    NoContacts,
}

/// Lays out and renders what `request` asks for, on the page its content allows.
/// `progress(done, total)` is called after each canvas (once for other content), for
/// progress bars; canvases are laid out on all cores, so it may be called from several
/// threads.
pub fn export(
    request: &ExportRequest,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<ExportedPdf, ExportError> {
    let printed = &request.printed;
    match printed {
        Printed::Canvases { collaborations, .. } if collaborations.is_empty() => {
            return Err(ExportError::NothingToExport);
        }
        Printed::Contacts { contacts, .. } | Printed::Map { contacts, .. }
            if contacts.is_empty() =>
        {
            return Err(ExportError::NoContacts);
        }
        _ => {}
    }
    let options = ExportOptions {
        page: printed.page(request.options.page),
        ..request.options.clone()
    };
    let metrics = metrics::FontMetrics::load()?;
    let fallback = Template::kooperations_canvas();
    let template = match printed {
        Printed::Canvases { templates, .. } => templates.first().unwrap_or(&fallback),
        Printed::Blank { template } | Printed::Brief { template, .. } => template,
        Printed::Contacts { .. } | Printed::Map { .. } | Printed::Report { .. } => &fallback,
    };
    let composer = compose::Composer::new(&metrics, template, &options);
    let (pages, replaced_characters) = match printed {
        Printed::Canvases {
            collaborations,
            templates,
        } => {
            let canvases = compose_in_parallel(
                &metrics,
                (templates, template),
                &options,
                collaborations,
                progress,
            );
            place_canvases(&composer, canvases)
        }
        Printed::Blank { template } => (blank_pages(&composer, template), 0),
        Printed::Brief { collaboration, .. } => {
            let (page, replaced) = composer.brief_page(collaboration);
            (vec![page], replaced)
        }
        Printed::Contacts { contacts, today } => composer.contact_pages(contacts, *today),
        Printed::Map { contacts, today } => composer.network_map_pages(contacts, *today),
        Printed::Report { title, sections } => composer.report_pages(title, sections),
    };
    if !matches!(printed, Printed::Canvases { .. }) {
        progress(1, 1);
    }
    // An empty sheet holds nothing that was exported: no date in its footer.
    let dated = !matches!(printed, Printed::Blank { .. });
    let mut pdf = finish(
        &composer,
        (&metrics, &options),
        (pages, dated),
        replaced_characters,
    )?;
    if replaced_characters > 0 {
        pdf.missing = missing::missing_characters(&metrics, printed);
    }
    Ok(pdf)
}

/// Numbers the pages in their footers (dated unless told otherwise) and renders them.
fn finish(
    composer: &compose::Composer<'_>,
    (metrics, options): (&metrics::FontMetrics, &ExportOptions),
    (mut pages, dated): (Vec<draw::Page>, bool),
    replaced_characters: usize,
) -> Result<ExportedPdf, ExportError> {
    composer.add_footers(&mut pages, dated);
    let page_count = pages.len();
    let bytes = pdf::render(pages, metrics, options)?;
    Ok(ExportedPdf {
        bytes,
        page_count,
        replaced_characters,
        missing: Vec::new(),
    })
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
