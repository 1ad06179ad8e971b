//! The empty template for pens: labels, questions and light writing lines.

use super::{Composer, PADDING};
use crate::export::draw::{GREY, INK, Page, RULE, WRITING_LINE};
use crate::i18n::{Language, Msg};
use crate::model::{FieldKind, GridRect, Relationship};

const WRITING_LINE_GAP: f32 = 20.0;

impl Composer<'_> {
    pub fn blank_page(&self) -> Page {
        let mut page = Page::default();
        let top = self.blank_header(&mut page);
        let area = self.grid_area(top);
        for field in &self.template.fields {
            let rect = self.template.field_rect(field, area, self.pt(super::GAP));
            let mut body_top = self.box_frame(&mut page, rect, field);
            if field.kind == FieldKind::Investment {
                body_top = self.investment_table(&mut page, rect, body_top, None);
            }
            self.writing_lines(&mut page, rect, body_top);
        }
        page
    }

    fn writing_lines(&self, page: &mut Page, rect: GridRect, top: f32) {
        let gap = self.pt(WRITING_LINE_GAP);
        let left = rect.x + self.pt(PADDING);
        let right = rect.x + rect.width - self.pt(PADDING);
        let mut y = top + gap;
        while y < rect.y + rect.height - self.pt(PADDING) {
            page.line((left, y), (right, y), WRITING_LINE, 0.5);
            y += gap;
        }
    }

    /// Title, partners, relationship form, importance and date, each with room to write.
    fn blank_header(&self, page: &mut Page) -> f32 {
        let language = self.options.language;
        let x = self.margin();
        let width = self.content_width();
        let size = self.pt(9.0);
        let heading = self.pt(13.0);
        let mut y = self.margin() + heading;
        page.text((x, y), heading, true, INK, self.template.name(language));
        y += self.pt(18.0);
        let half = width / 2.0;
        self.field_with_line(
            page,
            (x, y),
            half - self.pt(12.0),
            Msg::Title.text(language),
        );
        self.field_with_line(page, (x + half, y), half, Msg::Partners.text(language));
        y += self.pt(18.0);
        let mut cursor = x;
        let label = format!("{}:", Msg::RelationshipLabel.text(language));
        page.text((cursor, y), size, false, GREY, &label);
        cursor += self.metrics.text_width(&label, size, false) + self.pt(8.0);
        for form in Relationship::ALL {
            let option = format!("○ {}", Msg::relationship(form).text(language));
            page.text((cursor, y), size, false, INK, &option);
            cursor += self.metrics.text_width(&option, size, false) + self.pt(12.0);
        }
        let importance = format!("{}: ○○○○○", Msg::Importance.text(language));
        let rest_width = self.metrics.text_width(&importance, size, false) + self.pt(150.0);
        if cursor + rest_width > x + width {
            // A narrow page (a card): importance and date go on a line of their own.
            y += self.pt(14.0);
            cursor = x - self.pt(12.0);
        }
        page.text((cursor + self.pt(12.0), y), size, false, INK, &importance);
        cursor += self.metrics.text_width(&importance, size, false) + self.pt(36.0);
        let date_width = (x + width - cursor).max(self.pt(90.0));
        self.field_with_line(page, (cursor, y), date_width, &date_label(language));
        y += self.pt(6.0);
        page.line((x, y), (x + width, y), RULE, 0.6);
        y + self.pt(7.0)
    }

    fn field_with_line(&self, page: &mut Page, (x, y): (f32, f32), width: f32, label: &str) {
        let size = self.pt(9.0);
        let label = format!("{label}:");
        page.text((x, y), size, false, GREY, &label);
        let start = x + self.metrics.text_width(&label, size, false) + self.pt(6.0);
        if start < x + width {
            page.line(
                (start, y + self.pt(1.5)),
                (x + width, y + self.pt(1.5)),
                RULE,
                0.5,
            );
        }
    }
}

fn date_label(language: Language) -> String {
    Msg::MeetingDate.text(language).to_owned()
}
