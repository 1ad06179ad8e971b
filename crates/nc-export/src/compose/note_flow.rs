//! Where a field's notes go: below its text in the box while they fit, the rest on the
//! field's continuation pages after the rest of its text, column by column, so that no
//! card is dropped or cut.

use super::Composer;
use super::boxes::BODY_SIZES;
use super::continuation::Cursor;
use super::note_entries::Entry;
use super::notes::{Block, NOTE_GAP, lines_height, stacked_height};
use crate::draw::{GREY, Page};
use nc_i18n::Msg;
use nc_model::GridRect;

/// What of a field does not fit its box.
pub(super) struct Overflow {
    /// The rest of the field's text.
    pub text: String,
    /// The cards not shown in the box, with their cluster's name when a cluster is split.
    pub entries: Vec<Entry>,
    /// The index of the box's "continued on page n" note.
    pub note: Option<usize>,
}

impl Composer<'_> {
    /// Draws a field's text and then its notes into `body`. The text takes the largest
    /// size at which everything fits; when the notes do not fit at any size, the text
    /// takes the size it would take alone and the notes that do not fit continue (see
    /// [`Composer::fit_text`] for `next_page`). Without cards this is `fit_text`.
    pub(super) fn fit_text_and_notes(
        &self,
        page: &mut Page,
        body: GridRect,
        text: &str,
        entries: Vec<Entry>,
        next_page: usize,
    ) -> Option<Overflow> {
        if entries.is_empty() {
            return self
                .fit_text(page, body, text, next_page)
                .map(|(rest, note)| Overflow {
                    text: rest,
                    entries,
                    note,
                });
        }
        let gap = self.pt(NOTE_GAP);
        let blocks = self.note_blocks(&entries, body.width, f32::INFINITY);
        let notes_height = stacked_height(&blocks, gap);
        let has_text = !text.trim().is_empty();
        let text_height = |lines: usize, size: f32| {
            if has_text {
                lines_height(lines, size) + gap
            } else {
                0.0
            }
        };
        for base in BODY_SIZES {
            let size = self.pt(base);
            let lines = self.wrap(text, body.width, size, false);
            let fits = !has_text || lines.len() <= self.line_capacity(body.height, size);
            let top = body.y + text_height(lines.len(), size);
            if fits && top + notes_height <= body.y + body.height {
                if has_text {
                    self.draw_lines(page, body, size, &lines);
                }
                self.draw_blocks(page, (body.x, top), &blocks);
                return None;
            }
        }
        // The notes do not all fit: the text keeps the size it would have alone (as in
        // the boxes around it), and the notes take the room below it.
        let fitting = BODY_SIZES.iter().find_map(|&base| {
            let size = self.pt(base);
            let lines = self.wrap(text, body.width, size, false);
            (!has_text || lines.len() <= self.line_capacity(body.height, size))
                .then_some((size, lines))
        });
        let Some((size, lines)) = fitting else {
            // The text alone overflows: it continues as without cards, the cards after it.
            let (rest, note) = self
                .fit_text(page, body, text, next_page)
                .unwrap_or_default();
            return Some(Overflow {
                text: rest,
                entries,
                note,
            });
        };
        if has_text {
            self.draw_lines(page, body, size, &lines);
        }
        let top = body.y + text_height(lines.len(), size);
        let rest = self.notes_while_room(page, (body, top, size), &blocks, next_page);
        rest.map(|(start, note)| Overflow {
            text: String::new(),
            entries: rest_of(entries, start),
            note,
        })
    }

    /// Draws the blocks from `top` on while they fit above the box's "continued on page
    /// n" note (at the text's `size`). Returns the first entry not shown and the index
    /// of that note, or None when all fit after all.
    fn notes_while_room(
        &self,
        page: &mut Page,
        (body, top, size): (GridRect, f32, f32),
        blocks: &[Block],
        next_page: usize,
    ) -> Option<(usize, Option<usize>)> {
        let gap = self.pt(NOTE_GAP);
        let bottom = body.y + body.height;
        // Room for the "continued on page n" note below the last row shown.
        let note_room = gap + size;
        let mut shown = 0;
        let mut end = top;
        for block in blocks {
            let block_bottom = if shown == 0 {
                top + block.height
            } else {
                end + gap + block.height
            };
            if block_bottom + note_room > bottom {
                break;
            }
            end = block_bottom;
            shown += 1;
        }
        // A cluster's name stays with its first cards.
        while shown > 0 && blocks[shown - 1].is_heading() {
            shown -= 1;
        }
        let Some(first_hidden) = blocks.get(shown) else {
            self.draw_blocks(page, (body.x, top), blocks);
            return None;
        };
        let start = first_hidden.start;
        let end = self.draw_blocks(page, (body.x, top), &blocks[..shown]);
        let note_baseline = if shown == 0 { top } else { end + gap } + size;
        let mut note = None;
        if note_baseline <= bottom {
            let text = Msg::PdfContinuedOnPage
                .fill(self.options.language, &[("page", &next_page.to_string())]);
            page.text((body.x, note_baseline), size, false, GREY, &text);
            note = Some(page.items.len() - 1);
        }
        Some((start, note))
    }

    /// Continuation pages for the rest of a field's text and then its notes, which
    /// follow the text in the same columns. Without notes this is `continuation_pages`.
    pub(super) fn continuation_with_notes(
        &self,
        heading: &str,
        text: &str,
        entries: &[Entry],
    ) -> Vec<Page> {
        if entries.is_empty() {
            return self.continuation_pages(heading, text);
        }
        let text = if text.trim().is_empty() { "" } else { text };
        let (mut pages, mut cursor) = self.continuation_text(heading, text);
        let (_, column_width, column_gap) = self.continuation_columns();
        let blocks = self.note_blocks(entries, column_width, cursor.bottom - cursor.top);
        let gap = self.pt(NOTE_GAP);
        for (index, block) in blocks.iter().enumerate() {
            // A heading keeps its first row with it, unless the two never fit together.
            let mut needed = block.height;
            if let Some(next) = blocks.get(index + 1).filter(|next| {
                block.is_heading() && block.height + gap + next.height <= cursor.bottom - cursor.top
            }) {
                needed += gap + next.height;
            }
            // A heading after text or notes stands a little apart.
            let space = match (cursor.used, block.is_heading()) {
                (false, _) => 0.0,
                (true, true) => 2.0 * gap,
                (true, false) => gap,
            };
            if cursor.used && cursor.y + space + needed > cursor.bottom {
                self.next_continuation_column(&mut pages, &mut cursor, heading);
            }
            let y = if cursor.used {
                cursor.y + space
            } else {
                cursor.y
            };
            let x = self.margin() + cursor.column as f32 * (column_width + column_gap);
            if let Some(page) = pages.last_mut() {
                self.draw_block(page, (x, y), block);
            }
            cursor.y = y + block.height;
            cursor.used = true;
        }
        pages
    }

    fn next_continuation_column(&self, pages: &mut Vec<Page>, cursor: &mut Cursor, heading: &str) {
        let (columns, _, _) = self.continuation_columns();
        cursor.column += 1;
        if cursor.column >= columns {
            let mut page = Page::default();
            cursor.top = self.continuation_heading(&mut page, heading);
            pages.push(page);
            cursor.column = 0;
        }
        cursor.y = cursor.top;
        cursor.used = false;
    }
}

/// The entries from `start` on; when `start` falls inside a cluster, its name first.
fn rest_of(mut entries: Vec<Entry>, start: usize) -> Vec<Entry> {
    let start = start.min(entries.len());
    let heading = entries[..start]
        .iter()
        .rev()
        .find(|entry| !matches!(entry, Entry::Card(_)))
        .filter(|entry| matches!(entry, Entry::Cluster(_)))
        .cloned();
    let mut rest = entries.split_off(start);
    let starts_with_heading = rest
        .first()
        .is_some_and(|entry| !matches!(entry, Entry::Card(_)));
    if let Some(heading) = heading.filter(|_| !starts_with_heading) {
        rest.insert(0, heading);
    }
    rest
}
