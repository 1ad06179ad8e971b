//! The empty template for pens: labels, questions and light writing lines. On A3 it is
//! the workshop sheet on a wall, with larger questions and cells to write in.

use super::boxes::BoxType;
use super::investment::BlankTableType;
use super::{Composer, PADDING};
use crate::Paper;
use crate::draw::{GREY, INK, Page, RULE, WRITING_LINE};
use nc_i18n::{Language, Msg};
use nc_model::{FieldKind, GridRect, Relationship};

const WRITING_LINE_GAP: f32 = 20.0;

/// Sizes in points on the A3 sheet, read on a wall from a step away: the questions at
/// 12 pt at least, the labels above them a size larger.
const WALL_BOX: BoxType = BoxType {
    label: 15.0,
    question: 12.0,
};
const WALL_TABLE: BlankTableType = BlankTableType {
    heading: 12.0,
    row: 13.0,
    hint: 10.0,
};

impl Composer<'_> {
    pub fn blank_page(&self) -> Page {
        let mut page = Page::default();
        let top = self.blank_header(&mut page);
        let area = self.grid_area(top);
        let (box_type, table_type) = self.blank_type();
        for field in &self.template.fields {
            let rect = self.template.field_rect(field, area, self.pt(super::GAP));
            let mut body_top = self.box_frame_with(&mut page, rect, field, box_type);
            if field.kind == FieldKind::Investment {
                body_top = self.blank_investment_table(&mut page, rect, body_top, table_type);
            }
            self.writing_lines(&mut page, rect, body_top);
        }
        page
    }

    /// The wall sizes for a sheet on A3, never smaller than the scaled desk sizes; the
    /// desk sizes on A4 and for cards, which are cut apart and held in the hand (their
    /// boxes would lose the room to write for the larger type).
    fn blank_type(&self) -> (BoxType, BlankTableType) {
        let (desk_box, desk_table) = (self.box_type(), self.desk_table_type());
        if self.options.page.paper != Paper::A3 || self.template.cards_per_page > 1 {
            return (desk_box, desk_table);
        }
        let boxes = BoxType {
            label: WALL_BOX.label.max(desk_box.label),
            question: WALL_BOX.question.max(desk_box.question),
        };
        let table = BlankTableType {
            heading: WALL_TABLE.heading.max(desk_table.heading),
            row: WALL_TABLE.row.max(desk_table.row),
            hint: WALL_TABLE.hint.max(desk_table.hint),
        };
        (boxes, table)
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
        let options_x = cursor;
        for form in Relationship::ALL {
            let option = format!("○ {}", Msg::relationship(form).text(language));
            let option_width = self.metrics.text_width(&option, size, false);
            if cursor + option_width > x + width && cursor > options_x {
                // A narrow card: the forms continue on the next line.
                y += self.pt(14.0);
                cursor = options_x;
            }
            page.text((cursor, y), size, false, INK, &option);
            cursor += option_width + self.pt(12.0);
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
