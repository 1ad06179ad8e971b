//! Lays out the pages: header, the template's grid of boxes, continuation pages for text
//! that does not fit, and footers. Produces plain drawing items, no PDF.

mod blank;
mod boxes;
mod brief;
mod cards;

pub use cards::CARDS_PER_SHEET;
mod contacts;
mod continuation;
mod header;
mod investment;
mod network_map;
mod note_entries;
mod note_flow;
mod notes;
mod report;

pub use report::Section;

use super::ExportOptions;
use super::draw::{GREY, Page, RULE};
use super::hyphenate::Hyphenation;
use super::metrics::FontMetrics;
use super::wrap::{Line, TextStyle, wrap_text};
use nc_i18n::Msg;
use nc_model::{Collaboration, FieldKind, GridRect, Template};

/// Sizes in points at A4; A3 scales them by [`super::PageSetup::type_scale`].
const MARGIN: f32 = 28.0;
const GAP: f32 = 7.0;
const PADDING: f32 = 6.0;
const LINE_FACTOR: f32 = 1.25;
const FOOTER_SIZE: f32 = 7.0;

pub struct Composer<'a> {
    metrics: &'a FontMetrics,
    template: &'a Template,
    options: &'a ExportOptions,
    /// The syllables of the document's language.
    hyphenation: Hyphenation,
    width: f32,
    height: f32,
    scale: f32,
}

/// A canvas page and the continuation pages its long fields need.
pub struct CanvasPages {
    pub pages: Vec<Page>,
    pub replaced_characters: usize,
    /// "Continued on page n" notes on the canvas page: (item index, index of the
    /// continuation page within these pages).
    pub notes: Vec<(usize, usize)>,
}

impl<'a> Composer<'a> {
    pub fn new(
        metrics: &'a FontMetrics,
        template: &'a Template,
        options: &'a ExportOptions,
    ) -> Self {
        let (width, height) = options.page.size();
        Self {
            metrics,
            template,
            options,
            hyphenation: Hyphenation::for_language(options.language),
            width,
            height,
            scale: options.page.type_scale(),
        }
    }

    fn pt(&self, value: f32) -> f32 {
        value * self.scale
    }

    fn margin(&self) -> f32 {
        self.pt(MARGIN)
    }

    fn content_width(&self) -> f32 {
        self.width - 2.0 * self.margin()
    }

    fn wrap(&self, text: &str, width: f32, size: f32, bold: bool) -> Vec<Line> {
        let style = TextStyle {
            metrics: self.metrics,
            size,
            bold,
            hyphenation: self.hyphenation,
        };
        wrap_text(text, width, &style)
    }

    /// The area below the header where the template's grid goes.
    fn grid_area(&self, top: f32) -> GridRect {
        let bottom = self.height - self.margin() - self.pt(4.0);
        GridRect {
            x: self.margin(),
            y: top,
            width: self.content_width(),
            height: (bottom - top).max(self.pt(40.0)),
        }
    }

    /// The filled canvas of one collaboration, numbered as if it were the first page;
    /// see [`Self::number_continuations`].
    pub fn canvas_pages(&self, collaboration: &Collaboration) -> CanvasPages {
        let mut replaced = 0;
        let mut page = Page::default();
        let header_bottom = self.header(&mut page, collaboration, &mut replaced);
        let area = self.grid_area(header_bottom);
        let title = self.display_title(collaboration);
        let mut continuations: Vec<Page> = Vec::new();
        let mut notes = Vec::new();
        for field in &self.template.fields {
            let rect = self.template.field_rect(field, area, self.pt(GAP));
            let mut body_top = self.box_frame(&mut page, rect, field);
            let text = match field.kind {
                FieldKind::Text => self.field_with_partner_view(collaboration, &field.id),
                FieldKind::Investment => {
                    body_top =
                        self.investment_table(&mut page, rect, body_top, &collaboration.investment);
                    self.investment_notes(&collaboration.investment)
                }
            };
            let (text, count) = self.metrics.sanitize(&text);
            replaced += count;
            let cards = self.card_entries(collaboration, &field.id, &mut replaced);
            let body = GridRect {
                x: rect.x + self.pt(PADDING),
                y: body_top,
                width: rect.width - 2.0 * self.pt(PADDING),
                height: rect.y + rect.height - self.pt(PADDING) - body_top,
            };
            let continuation_index = 1 + continuations.len();
            if let Some(overflow) =
                self.fit_text_and_notes(&mut page, body, &text, cards, continuation_index + 1)
            {
                notes.extend(overflow.note.map(|item| (item, continuation_index)));
                let heading = Msg::PdfContinuation.fill(
                    self.options.language,
                    &[
                        ("title", &title),
                        ("field", field.label(self.options.language)),
                    ],
                );
                let mut entries = overflow.entries;
                if !entries.is_empty() {
                    let cards = Msg::PdfCards.text(self.options.language).to_owned();
                    entries.insert(0, note_entries::Entry::Section(cards));
                }
                continuations.extend(self.continuation_with_notes(
                    &heading,
                    &overflow.text,
                    &entries,
                ));
            }
        }
        continuations.extend(self.leftover_pages(collaboration, &title, &mut replaced));
        let mut pages = vec![page];
        pages.extend(continuations);
        CanvasPages {
            pages,
            replaced_characters: replaced,
            notes,
        }
    }

    /// Text in fields this template does not have ("Übrige Notizen"), on pages of
    /// their own, so that a template switch never loses a word on paper either; cards
    /// pinned to such fields follow the text as notes.
    fn leftover_pages(
        &self,
        collaboration: &Collaboration,
        title: &str,
        replaced: &mut usize,
    ) -> Vec<Page> {
        let language = self.options.language;
        let notes: Vec<String> = collaboration
            .leftover_fields(self.template)
            .into_iter()
            .map(|(id, text)| {
                let label = Template::label_elsewhere(id, &[], language);
                format!("{label}:\n{text}")
            })
            .collect();
        let cards = self.leftover_card_entries(collaboration, replaced);
        if notes.is_empty() && cards.is_empty() {
            return Vec::new();
        }
        let heading = Msg::PdfLeftover.fill(language, &[("title", title)]);
        let (text, count) = self.metrics.sanitize(&notes.join("\n\n"));
        *replaced += count;
        self.continuation_with_notes(&heading, &text, &cards)
    }

    /// Writes the real page numbers into the "continued on page n" notes of a canvas
    /// whose first page is `pages[first]`.
    pub fn number_continuations(&self, pages: &mut [Page], first: usize, notes: &[(usize, usize)]) {
        for &(item, continuation) in notes {
            let number = (first + continuation + 1).to_string();
            let note = Msg::PdfContinuedOnPage.fill(self.options.language, &[("page", &number)]);
            if let Some(super::draw::Item::Text { text, .. }) = pages
                .get_mut(first)
                .and_then(|page| page.items.get_mut(item))
            {
                *text = note;
            }
        }
    }

    /// My text, then the partners' view under its own heading when there is one.
    fn field_with_partner_view(&self, collaboration: &Collaboration, field_id: &str) -> String {
        let mine = collaboration.field_text(field_id);
        let theirs = collaboration.partner_text(field_id);
        if theirs.trim().is_empty() {
            return mine.to_owned();
        }
        let heading = Msg::PartnersView.text(self.options.language);
        format!("{mine}\n\n{heading}:\n{theirs}")
    }

    fn display_title(&self, collaboration: &Collaboration) -> String {
        if collaboration.title.trim().is_empty() {
            Msg::Untitled.text(self.options.language).to_owned()
        } else {
            let (title, _) = self.metrics.sanitize(&collaboration.title);
            title.replace('\n', " ")
        }
    }

    /// "exported on …" on the left and "page n of m" on the right of every page.
    /// Without `dated` (a blank sheet: nothing on it was exported) only the page
    /// numbers, and a single page gets no footer at all.
    pub fn add_footers(&self, pages: &mut [Page], dated: bool) {
        if !dated && pages.len() < 2 {
            return;
        }
        let language = self.options.language;
        let size = self.pt(FOOTER_SIZE);
        let date = self
            .options
            .exported_at
            .with_timezone(&chrono::Local)
            .date_naive();
        let date = nc_i18n::format_date(date, language);
        let left = Msg::PdfFooter.fill(language, &[("date", &date)]);
        let count = pages.len().to_string();
        let baseline = self.height - self.margin() + self.pt(14.0);
        for (index, page) in pages.iter_mut().enumerate() {
            let right = Msg::PdfPageOf.fill(
                language,
                &[("page", &(index + 1).to_string()), ("count", &count)],
            );
            let right_width = self.metrics.text_width(&right, size, false);
            page.line(
                (self.margin(), baseline - size - self.pt(3.0)),
                (self.width - self.margin(), baseline - size - self.pt(3.0)),
                RULE,
                0.4,
            );
            if dated {
                page.text((self.margin(), baseline), size, false, GREY, &left);
            }
            page.text(
                (self.width - self.margin() - right_width, baseline),
                size,
                false,
                GREY,
                &right,
            );
        }
    }
}

/// A German export on A4 landscape, dated at the epoch, for the composers' unit tests.
#[cfg(test)]
fn test_options() -> ExportOptions {
    ExportOptions {
        page: super::PageSetup {
            paper: super::Paper::A4,
            orientation: super::Orientation::Landscape,
        },
        language: nc_i18n::Language::German,
        exported_at: chrono::DateTime::UNIX_EPOCH,
        document_title: String::new(),
    }
}
