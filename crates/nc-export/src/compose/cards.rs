//! Small templates (the Begegnung card) print four to a sheet: each card is laid out
//! on a quarter page, then placed on the sheet with cut lines between the cards.

use super::{CanvasPages, Composer};
use crate::draw::{Page, RULE};
use nc_i18n::Msg;

/// Cards on one sheet, two by two.
pub const CARDS_PER_SHEET: usize = 4;

impl<'a> Composer<'a> {
    /// A composer for one card: the same type sizes on a quarter of the page.
    pub fn card(&self) -> Composer<'a> {
        Composer {
            width: self.width / 2.0,
            height: self.height / 2.0,
            ..*self
        }
    }

    /// Puts card-sized pages four to a sheet, in order, with dashed cut lines.
    pub fn sheets_of_cards(&self, cards: Vec<Page>) -> Vec<Page> {
        let mut sheets = Vec::new();
        let mut cards = cards.into_iter().peekable();
        while cards.peek().is_some() {
            let mut sheet = Page::default();
            self.cut_lines(&mut sheet);
            for slot in 0..CARDS_PER_SHEET {
                let Some(mut card) = cards.next() else {
                    break;
                };
                let column = (slot % 2) as f32;
                let row = (slot / 2) as f32;
                card.translate((column * self.width / 2.0, row * self.height / 2.0));
                sheet.items.append(&mut card.items);
            }
            sheets.push(sheet);
        }
        sheets
    }

    fn cut_lines(&self, sheet: &mut Page) {
        let (middle_x, middle_y) = (self.width / 2.0, self.height / 2.0);
        let dash = self.pt(6.0);
        let mut along = 0.0;
        while along < self.width.max(self.height) {
            if along < self.height {
                sheet.line((middle_x, along), (middle_x, along + dash / 2.0), RULE, 0.4);
            }
            if along < self.width {
                sheet.line((along, middle_y), (along + dash / 2.0, middle_y), RULE, 0.4);
            }
            along += dash;
        }
    }

    /// Writes "continued on page n" into a card whose pages start at card slot
    /// `first_slot`; page numbers count sheets.
    pub fn number_card_continuations(&self, canvas: &mut CanvasPages, first_slot: usize) {
        for &(item, continuation) in &canvas.notes {
            let sheet = (first_slot + continuation) / CARDS_PER_SHEET + 1;
            let note = Msg::PdfContinuedOnPage
                .fill(self.options.language, &[("page", &sheet.to_string())]);
            if let Some(crate::draw::Item::Text { text, .. }) = canvas
                .pages
                .first_mut()
                .and_then(|page| page.items.get_mut(item))
            {
                *text = note;
            }
        }
    }
}
