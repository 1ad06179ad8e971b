//! One contact's row of the table: name and details, then the fact cells, wrapped
//! into their columns; a row taller than a page is split between pages.

use chrono::NaiveDate;

use super::super::{Composer, LINE_FACTOR};
use super::{CELL_SIZE, DETAIL_SIZE, DUE_SOON, LATER, NAME_SIZE, OVERDUE, ROW_PADDING, circle_msg};
use crate::draw::{GREY, INK, Rgb};
use nc_i18n::{Msg, format_date};
use nc_model::marks::importance_dots;
use nc_model::{Contact, DueStatus, due_status};

/// One line of text in a row; `top` is relative to the row's top.
pub(super) struct Piece {
    pub(super) x: f32,
    pub(super) top: f32,
    pub(super) size: f32,
    pub(super) bold: bool,
    pub(super) color: Rgb,
    pub(super) text: String,
}

pub(super) struct Row {
    pub(super) pieces: Vec<Piece>,
    pub(super) height: f32,
}

impl Row {
    /// Splits a row that is taller than `available`: the lines that fit, and the rest
    /// moved up to start at the top of the next part.
    pub(super) fn split(self, available: f32) -> (Self, Self) {
        let (mut head, mut rest): (Vec<Piece>, Vec<Piece>) = self
            .pieces
            .into_iter()
            .partition(|piece| piece.top + piece.size * LINE_FACTOR <= available);
        if head.is_empty() && !rest.is_empty() {
            // Always make progress, even on a page with room for less than one line.
            head.push(rest.remove(0));
        }
        let cut = rest
            .iter()
            .map(|piece| piece.top)
            .fold(f32::INFINITY, f32::min);
        let cut = if cut.is_finite() { cut } else { self.height };
        for piece in &mut rest {
            piece.top -= cut;
        }
        (
            Self {
                pieces: head,
                height: available.min(self.height),
            },
            Self {
                pieces: rest,
                height: (self.height - cut).max(0.0),
            },
        )
    }
}

impl Composer<'_> {
    /// Wraps `text` into a column from `top` and returns where the next line starts.
    pub(super) fn cell(
        &self,
        pieces: &mut Vec<Piece>,
        (x, width): (f32, f32),
        top: f32,
        (text, size, bold, color): (&str, f32, bool, Rgb),
    ) -> f32 {
        let mut top = top;
        for line in self.wrap(text, width, size, bold) {
            pieces.push(Piece {
                x,
                top,
                size,
                bold,
                color,
                text: line.text,
            });
            top += size * LINE_FACTOR;
        }
        top
    }

    pub(super) fn contact_row(
        &self,
        contact: &Contact,
        today: NaiveDate,
        replaced: &mut usize,
    ) -> Row {
        let language = self.options.language;
        let columns = self.contact_columns();
        let top = self.pt(ROW_PADDING);
        let mut pieces = Vec::new();
        let mut clean = |text: &str| {
            let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let (text, count) = self.metrics.sanitize(&one_line);
            *replaced += count;
            text
        };
        let name = clean(&contact.name);
        let name = if name.is_empty() {
            Msg::Untitled.text(language).to_owned()
        } else {
            name
        };
        let (name_size, detail_size) = (self.pt(NAME_SIZE), self.pt(DETAIL_SIZE));
        let mut bottom = self.cell(&mut pieces, columns[0], top, (&name, name_size, true, INK));
        for detail in [
            joined(&[&contact.organisation, &contact.role]),
            joined(&[&contact.email, &contact.phone]),
        ] {
            let detail = clean(&detail);
            bottom = self.cell(
                &mut pieces,
                columns[0],
                bottom,
                (&detail, detail_size, false, GREY),
            );
        }
        let cells = self.fact_cells(contact, today, &columns, &mut pieces);
        let height = bottom.max(cells) + self.pt(ROW_PADDING);
        Row { pieces, height }
    }

    /// Importance, circle, relationship form and the two dates; returns the bottom.
    pub(super) fn fact_cells(
        &self,
        contact: &Contact,
        today: NaiveDate,
        columns: &[(f32, f32); 6],
        pieces: &mut Vec<Piece>,
    ) -> f32 {
        let language = self.options.language;
        let size = self.pt(CELL_SIZE);
        let top = self.pt(ROW_PADDING) + self.pt(NAME_SIZE - CELL_SIZE);
        let dots = importance_dots(contact.importance);
        let circle = circle_msg(contact.circle(today)).text(language);
        let relationship = Msg::relationship(contact.relationship).text(language);
        let last = contact
            .last_contact()
            .map_or_else(|| "–".to_owned(), |date| format_date(date, language));
        let mut bottom = self.cell(pieces, columns[1], top, (&dots, size, false, INK));
        bottom = bottom.max(self.cell(pieces, columns[2], top, (circle, size, false, INK)));
        let rgb = super::super::header::relationship_rgb(contact.relationship);
        bottom = bottom.max(self.dotted_cell(pieces, columns[3], top, rgb, relationship));
        bottom = bottom.max(self.cell(pieces, columns[4], top, (&last, size, false, INK)));
        let follow_up = match contact.next_follow_up {
            Some(date) => self.dotted_cell(
                pieces,
                columns[5],
                top,
                follow_up_rgb(due_status(date, today)),
                &format_date(date, language),
            ),
            None => self.cell(pieces, columns[5], top, ("–", size, false, GREY)),
        };
        bottom.max(follow_up)
    }

    /// A coloured dot and text beside it.
    pub(super) fn dotted_cell(
        &self,
        pieces: &mut Vec<Piece>,
        (x, width): (f32, f32),
        top: f32,
        dot: Rgb,
        text: &str,
    ) -> f32 {
        let size = self.pt(CELL_SIZE);
        let indent = self.metrics.text_width("● ", size, false);
        pieces.push(Piece {
            x,
            top,
            size,
            bold: false,
            color: dot,
            text: "●".to_owned(),
        });
        self.cell(
            pieces,
            (x + indent, width - indent),
            top,
            (text, size, false, INK),
        )
    }
}

fn joined(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|part| part.trim())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Red when overdue, amber when due within three days, green otherwise.
fn follow_up_rgb(status: Option<DueStatus>) -> Rgb {
    match status {
        Some(DueStatus::Overdue) => OVERDUE,
        Some(DueStatus::DueSoon) => DUE_SOON,
        Some(DueStatus::Upcoming) | None => LATER,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_taller_than_a_page_is_split_without_losing_lines() {
        let pieces = (0..10)
            .map(|line| Piece {
                x: 0.0,
                top: line as f32 * 10.0,
                size: 8.0,
                bold: false,
                color: INK,
                text: line.to_string(),
            })
            .collect();
        let row = Row {
            pieces,
            height: 100.0,
        };
        let (head, rest) = row.split(45.0);
        assert_eq!(head.pieces.len(), 4);
        assert_eq!(rest.pieces.len(), 6);
        assert_eq!(rest.pieces[0].top, 0.0);
        assert_eq!(rest.height, 60.0);
    }
}
