//! The Netzwerkbuch as a printed table: one row per contact, sorted by name, over as
//! many pages as needed. Long names wrap and very tall rows continue on the next page,
//! so no text is cut off.
//!
//! This file pages the table; `rows` lays out one contact's row and `head` each page's
//! title, legend and column headings.

mod head;
mod rows;

use chrono::NaiveDate;

use super::Composer;
use crate::draw::{Page, Rgb};
use nc_i18n::Msg;
use nc_model::marks::due_rgb;
use nc_model::{Circle, Contact, DueStatus};
use rows::Row;

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

pub(crate) fn circle_msg(circle: Circle) -> Msg {
    match circle {
        Circle::Inner => Msg::PdfCircleInner,
        Circle::Middle => Msg::PdfCircleMiddle,
        Circle::Periphery => Msg::PdfCirclePeriphery,
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
        let metrics = crate::metrics::FontMetrics::load().expect("bundled fonts parse");
        let template = nc_model::Template::kooperations_canvas();
        let options = crate::ExportOptions {
            page: crate::PageSetup::default(),
            language: nc_i18n::Language::German,
            exported_at: chrono::DateTime::UNIX_EPOCH,
            document_title: String::new(),
        };
        let composer = Composer::new(&metrics, &template, &options);
        let today: NaiveDate = "2026-11-22".parse().expect("valid date");
        let dot_color = |follow_up: &str| {
            let contact = Contact {
                name: "Jana".into(),
                relationship: nc_model::Relationship::Kontakt,
                next_follow_up: Some(follow_up.parse().expect("valid date")),
                ..Contact::default()
            };
            let (pages, _) = composer.contact_pages(&[contact], today);
            let colors: Vec<Rgb> = pages[0]
                .items
                .iter()
                .filter_map(|item| match item {
                    crate::draw::Item::Text { text, color, .. } if text == "●" => Some(*color),
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
}
