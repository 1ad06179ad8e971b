//! The Netzwerkbuch as a printed table: one row per contact, sorted by name, over as
//! many pages as needed. Long names wrap and very tall rows continue on the next page,
//! so no text is cut off.

use chrono::NaiveDate;

use super::{Composer, LINE_FACTOR};
use crate::export::draw::{GREY, INK, Page, RULE, Rgb};
use crate::export::marks::{due_rgb, importance_dots};
use crate::i18n::{Msg, format_date};
use crate::model::{Circle, Contact, DueStatus, due_status};

const TITLE_SIZE: f32 = 15.0;
const INFO_SIZE: f32 = 8.5;
const HEAD_SIZE: f32 = 7.5;
const NAME_SIZE: f32 = 9.0;
const DETAIL_SIZE: f32 = 7.5;
const CELL_SIZE: f32 = 8.5;
const ROW_PADDING: f32 = 4.0;
const CELL_GAP: f32 = 8.0;
/// Column widths as fractions of the content width: name, importance, circle,
/// relationship form, last contact, next follow-up.
const COLUMNS: [f32; 6] = [0.34, 0.09, 0.13, 0.13, 0.14, 0.17];
const STRIPE: Rgb = Rgb(0.955, 0.96, 0.97);

// The window's colours for the same states (`marks`), so screen and paper agree.
pub(crate) const OVERDUE: Rgb = Rgb::from_bytes(due_rgb(DueStatus::Overdue));
pub(crate) const DUE_SOON: Rgb = Rgb::from_bytes(due_rgb(DueStatus::DueSoon));
pub(crate) const LATER: Rgb = Rgb::from_bytes(due_rgb(DueStatus::Upcoming));

/// One line of text in a row; `top` is relative to the row's top.
struct Piece {
    x: f32,
    top: f32,
    size: f32,
    bold: bool,
    color: Rgb,
    text: String,
}

struct Row {
    pieces: Vec<Piece>,
    height: f32,
}

impl Row {
    /// Splits a row that is taller than `available`: the lines that fit, and the rest
    /// moved up to start at the top of the next part.
    fn split(self, available: f32) -> (Self, Self) {
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
    /// The contact list's pages (without footers) and how many characters were
    /// replaced because no bundled font has them.
    pub fn contact_pages(&self, contacts: &[Contact], today: NaiveDate) -> (Vec<Page>, usize) {
        let mut replaced = 0;
        let rows: Vec<Row> = sorted_by_name(contacts)
            .into_iter()
            .map(|index| self.contact_row(&contacts[index], today, &mut replaced))
            .collect();
        (self.paginate(rows, contacts.len(), today), replaced)
    }

    fn paginate(&self, rows: Vec<Row>, count: usize, today: NaiveDate) -> Vec<Page> {
        let bottom = self.height - self.margin() - self.pt(4.0);
        let mut pages = Vec::new();
        let mut page = Page::default();
        let mut body_top = self.contacts_page_start(&mut page, count, today);
        let mut y = body_top;
        for (index, mut row) in rows.into_iter().enumerate() {
            let striped = index % 2 == 1;
            loop {
                if y + row.height <= bottom {
                    self.draw_row(&mut page, y, &row, striped);
                    y += row.height;
                    break;
                }
                if y > body_top {
                    pages.push(std::mem::take(&mut page));
                    body_top = self.contacts_page_start(&mut page, count, today);
                    y = body_top;
                    continue;
                }
                let (head, rest) = row.split(bottom - y);
                self.draw_row(&mut page, y, &head, striped);
                pages.push(std::mem::take(&mut page));
                body_top = self.contacts_page_start(&mut page, count, today);
                y = body_top;
                row = rest;
            }
        }
        pages.push(page);
        pages
    }

    fn draw_row(&self, page: &mut Page, y: f32, row: &Row, striped: bool) {
        if striped {
            page.rect(
                (self.margin(), y, self.content_width(), row.height),
                Some(STRIPE),
                None,
            );
        }
        for piece in &row.pieces {
            page.text(
                (piece.x, y + piece.top + piece.size),
                piece.size,
                piece.bold,
                piece.color,
                &piece.text,
            );
        }
    }

    /// Left edge and usable width of each column.
    fn contact_columns(&self) -> [(f32, f32); 6] {
        let mut x = self.margin();
        COLUMNS.map(|fraction| {
            let width = fraction * self.content_width();
            let column = (x, width - self.pt(CELL_GAP));
            x += width;
            column
        })
    }

    /// Wraps `text` into a column from `top` and returns where the next line starts.
    fn cell(
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

    fn contact_row(&self, contact: &Contact, today: NaiveDate, replaced: &mut usize) -> Row {
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
    fn fact_cells(
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
        let rgb = super::header::relationship_rgb(contact.relationship);
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
    fn dotted_cell(
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

    /// Title, date and legend, then the column headings; returns where rows start.
    fn contacts_page_start(&self, page: &mut Page, count: usize, today: NaiveDate) -> f32 {
        let language = self.options.language;
        let x = self.margin();
        let width = self.content_width();
        let mut y = self.margin();
        let title_size = self.pt(TITLE_SIZE);
        for line in self.wrap(
            Msg::PdfContactsTitle.text(language),
            width,
            title_size,
            true,
        ) {
            y += title_size;
            page.text((x, y), title_size, true, INK, &line.text);
            y += title_size * (LINE_FACTOR - 1.0);
        }
        y += self.pt(2.0) + self.pt(INFO_SIZE);
        let info = Msg::PdfContactsInfo.fill(
            language,
            &[
                ("date", &format_date(today, language)),
                ("count", &count.to_string()),
            ],
        );
        y = self.info_with_legend(page, y, &info);
        y += self.pt(8.0);
        let head = self.pt(HEAD_SIZE);
        let labels = [
            Msg::PdfColumnName,
            Msg::Importance,
            Msg::PdfColumnCircle,
            Msg::RelationshipLabel,
            Msg::PdfColumnLastContact,
            Msg::PdfColumnFollowUp,
        ];
        let mut pieces = Vec::new();
        let bottom = self
            .contact_columns()
            .into_iter()
            .zip(labels)
            .map(|(column, label)| {
                let text = label.text(language);
                let size = self.fitting_size(text, column.1, head);
                self.cell(&mut pieces, column, 0.0, (text, size, true, GREY))
            })
            .fold(0.0, f32::max);
        let heading_row = Row {
            pieces,
            height: bottom,
        };
        self.draw_row(page, y, &heading_row, false);
        y += bottom + self.pt(1.0);
        page.line((x, y), (x + width, y), RULE, 0.6);
        y + self.pt(1.0)
    }

    /// `size`, or smaller so that the longest word of a column heading fits its column
    /// (narrow portrait columns would otherwise break "Wichtigkeit" in the middle).
    fn fitting_size(&self, text: &str, width: f32, size: f32) -> f32 {
        let longest = text
            .split_whitespace()
            .map(|word| self.metrics.text_width(word, size, true))
            .fold(0.0, f32::max);
        if longest > width {
            size * width / longest
        } else {
            size
        }
    }

    /// "Stand … · n Kontakte" and the colours of the follow-up dots, on one line when
    /// they fit; returns the last baseline.
    fn info_with_legend(&self, page: &mut Page, baseline: f32, info: &str) -> f32 {
        let language = self.options.language;
        let size = self.pt(INFO_SIZE);
        let x = self.margin();
        page.text((x, baseline), size, false, INK, info);
        let segments = [
            (OVERDUE, Msg::PdfDueOverdue),
            (DUE_SOON, Msg::PdfDueSoon),
            (LATER, Msg::PdfDueLater),
        ]
        .map(|(color, message)| (color, format!(" {}", message.text(language))));
        let gap = self.pt(12.0);
        let legend_width: f32 = segments
            .iter()
            .map(|(_, text)| self.metrics.text_width(&format!("●{text}"), size, false) + gap)
            .sum();
        let info_end = x + self.metrics.text_width(info, size, false) + gap * 2.0;
        let (mut cursor, baseline) = if info_end + legend_width <= x + self.content_width() {
            (info_end, baseline)
        } else {
            (x, baseline + size * LINE_FACTOR)
        };
        for (color, text) in segments {
            page.text((cursor, baseline), size, false, color, "●");
            cursor += self.metrics.text_width("●", size, false);
            page.text((cursor, baseline), size, false, GREY, &text);
            cursor += self.metrics.text_width(&text, size, false) + gap;
        }
        baseline
    }
}

/// Indices of the contacts in alphabetical order, umlauts sorted like their vowels.
fn sorted_by_name(contacts: &[Contact]) -> Vec<usize> {
    let key = |contact: &Contact| {
        let folded: String = contact
            .name
            .trim()
            .to_lowercase()
            .chars()
            .flat_map(|c| match c {
                'ä' => vec!['a'],
                'ö' => vec!['o'],
                'ü' => vec!['u'],
                'ß' => vec!['s', 's'],
                other => vec![other],
            })
            .collect();
        (folded, contact.name.clone())
    };
    let mut keyed: Vec<((String, String), usize)> = contacts
        .iter()
        .enumerate()
        .map(|(index, contact)| (key(contact), index))
        .collect();
    keyed.sort();
    keyed.into_iter().map(|(_, index)| index).collect()
}

fn joined(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|part| part.trim())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

pub(crate) fn circle_msg(circle: Circle) -> Msg {
    match circle {
        Circle::Inner => Msg::PdfCircleInner,
        Circle::Middle => Msg::PdfCircleMiddle,
        Circle::Periphery => Msg::PdfCirclePeriphery,
    }
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
    fn umlauts_sort_with_their_vowels_and_case_is_ignored() {
        let contacts: Vec<Contact> = ["Zora", "Öztürk", "anna", "Otto", "Ärzte"]
            .iter()
            .map(|name| Contact {
                name: (*name).to_owned(),
                ..Contact::default()
            })
            .collect();
        let names: Vec<&str> = sorted_by_name(&contacts)
            .into_iter()
            .map(|index| contacts[index].name.as_str())
            .collect();
        assert_eq!(names, ["anna", "Ärzte", "Otto", "Öztürk", "Zora"]);
    }

    #[test]
    fn follow_up_dots_are_red_amber_and_green_by_urgency() {
        let metrics = crate::export::metrics::FontMetrics::load().expect("bundled fonts parse");
        let template = crate::model::Template::kooperations_canvas();
        let options = crate::export::ExportOptions {
            page: crate::export::PageSetup::default(),
            language: crate::i18n::Language::German,
            exported_at: chrono::DateTime::UNIX_EPOCH,
            document_title: String::new(),
        };
        let composer = Composer::new(&metrics, &template, &options);
        let today: NaiveDate = "2026-11-22".parse().expect("valid date");
        let dot_color = |follow_up: &str| {
            let contact = Contact {
                name: "Jana".into(),
                relationship: crate::model::Relationship::Kontakt,
                next_follow_up: Some(follow_up.parse().expect("valid date")),
                ..Contact::default()
            };
            let (pages, _) = composer.contact_pages(&[contact], today);
            let colors: Vec<Rgb> = pages[0]
                .items
                .iter()
                .filter_map(|item| match item {
                    crate::export::draw::Item::Text { text, color, .. } if text == "●" => {
                        Some(*color)
                    }
                    _ => None,
                })
                .collect();
            // The legend's three dots, the relationship form's, then the follow-up's.
            colors.last().copied().expect("a follow-up dot")
        };
        assert_eq!(dot_color("2026-11-21"), OVERDUE);
        assert_eq!(dot_color("2026-11-25"), DUE_SOON);
        assert_eq!(dot_color("2026-11-26"), LATER);
        assert_eq!(dot_color("2027-05-01"), LATER);
    }

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
