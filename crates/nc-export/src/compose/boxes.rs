//! One box of the grid: frame, bold label, grey question, and text that shrinks to fit
//! or continues on a later page.

use super::{Composer, LINE_FACTOR, PADDING};
use crate::draw::{BOX_FILL, GREY, INK, Page, RULE};
use crate::wrap::{ColumnEnd, join_lines, lines_before_break};
use nc_i18n::Msg;
use nc_model::{FieldSpec, GridRect};

const LABEL_SIZE: f32 = 10.0;
const QUESTION_SIZE: f32 = 6.8;
/// Text starts at this size and shrinks in half points down to the readable minimum.
pub(super) const BODY_SIZES: [f32; 6] = [9.5, 9.0, 8.5, 8.0, 7.5, 7.0];

/// The type sizes of a box's label and question, in points as printed.
#[derive(Clone, Copy, Debug)]
pub(super) struct BoxType {
    pub label: f32,
    pub question: f32,
}

impl Composer<'_> {
    /// The sizes of a filled canvas's boxes: the A4 sizes, scaled for A3.
    pub(super) fn box_type(&self) -> BoxType {
        BoxType {
            label: self.pt(LABEL_SIZE),
            question: self.pt(QUESTION_SIZE),
        }
    }

    /// Draws the frame, label and question; returns where the box's content starts.
    pub(super) fn box_frame(&self, page: &mut Page, rect: GridRect, field: &FieldSpec) -> f32 {
        self.box_frame_with(page, rect, field, self.box_type())
    }

    /// [`Self::box_frame`] with the label and question at the sizes of `sizes`.
    pub(super) fn box_frame_with(
        &self,
        page: &mut Page,
        rect: GridRect,
        field: &FieldSpec,
        sizes: BoxType,
    ) -> f32 {
        let language = self.options.language;
        page.rect(
            (rect.x, rect.y, rect.width, rect.height),
            Some(BOX_FILL),
            Some(RULE),
        );
        let inner_x = rect.x + self.pt(PADDING);
        let inner_width = rect.width - 2.0 * self.pt(PADDING);
        let mut y = rect.y + self.pt(PADDING);
        let label_size = sizes.label;
        for line in self.wrap(field.label(language), inner_width, label_size, true) {
            y += label_size;
            page.text((inner_x, y), label_size, true, INK, &line.text);
            y += label_size * (LINE_FACTOR - 1.0);
        }
        let question_size = sizes.question;
        y += self.pt(1.0);
        for line in self.wrap(field.question(language), inner_width, question_size, false) {
            y += question_size;
            page.text((inner_x, y), question_size, false, GREY, &line.text);
            y += question_size * (LINE_FACTOR - 1.0);
        }
        y + self.pt(4.0)
    }

    /// Draws `text` into `body`, shrinking it down to the minimum size. Returns the
    /// part that does not fit even then, and the index of the "continued on page n" note
    /// (numbered `next_page` here; [`Composer::number_continuations`] fixes the number
    /// once the canvas's place in the document is known).
    pub(super) fn fit_text(
        &self,
        page: &mut Page,
        body: GridRect,
        text: &str,
        next_page: usize,
    ) -> Option<(String, Option<usize>)> {
        // Text that does not fit even at the smallest size skips the larger tries.
        let size = self.pt(BODY_SIZES[BODY_SIZES.len() - 1]);
        let smallest = self.wrap(text, body.width, size, false);
        if smallest.len() <= self.line_capacity(body.height, size) {
            for base in BODY_SIZES {
                let size = self.pt(base);
                let lines = self.wrap(text, body.width, size, false);
                if lines.len() <= self.line_capacity(body.height, size) {
                    self.draw_lines(page, body, size, &lines);
                    return None;
                }
            }
        }
        let lines = smallest;
        let room = self.line_capacity(body.height, size).saturating_sub(1);
        // The rest goes to the continuation pages: no word is split between the two,
        // and no paragraph's first line stays alone in the box.
        let shown = lines_before_break(&lines, room, ColumnEnd::PageRewrapped);
        self.draw_lines(page, body, size, &lines[..shown]);
        let note = Msg::PdfContinuedOnPage
            .fill(self.options.language, &[("page", &next_page.to_string())]);
        let note_y = body.y + size + shown as f32 * size * LINE_FACTOR;
        let mut note_index = None;
        if shown > 0 || body.height >= size {
            page.text((body.x, note_y), size, false, GREY, &note);
            note_index = Some(page.items.len() - 1);
        }
        Some((join_lines(&lines[shown..]), note_index))
    }

    pub(super) fn line_capacity(&self, height: f32, size: f32) -> usize {
        if height < size {
            0
        } else {
            // The last line needs its glyph height only, not the full line gap.
            ((height - size) / (size * LINE_FACTOR)).floor() as usize + 1
        }
    }

    pub(super) fn draw_lines(
        &self,
        page: &mut Page,
        body: GridRect,
        size: f32,
        lines: &[crate::wrap::Line],
    ) {
        for (index, line) in lines.iter().enumerate() {
            let baseline = body.y + size + index as f32 * size * LINE_FACTOR;
            page.text((body.x, baseline), size, false, INK, &line.text);
        }
    }
}
