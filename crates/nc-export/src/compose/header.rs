//! The canvas header: title, partners, relationship form, importance and meeting date.

use super::{Composer, LINE_FACTOR};
use crate::draw::{GREY, INK, Page, RULE, Rgb};
use nc_i18n::{Msg, format_date};
use nc_model::{Collaboration, Relationship};

const TITLE_SIZE: f32 = 15.0;
const INFO_SIZE: f32 = 8.5;

impl Composer<'_> {
    /// Draws the header and returns where the grid may start.
    pub(super) fn header(
        &self,
        page: &mut Page,
        collaboration: &Collaboration,
        replaced: &mut usize,
    ) -> f32 {
        let language = self.options.language;
        let x = self.margin();
        let width = self.content_width();
        let mut y = self.margin();
        let (title, count) = self.metrics.sanitize(&self.display_title(collaboration));
        *replaced += count;
        let title_size = self.pt(TITLE_SIZE);
        for line in self.wrap(&title, width, title_size, true) {
            y += title_size;
            page.text((x, y), title_size, true, INK, &line.text);
            y += title_size * (LINE_FACTOR - 1.0);
        }
        let info_size = self.pt(INFO_SIZE);
        let partners = format!(
            "{}: {}",
            Msg::Partners.text(language),
            collaboration.partners_joined()
        );
        let (partners, count) = self.metrics.sanitize(&partners);
        *replaced += count;
        y += self.pt(2.0);
        for line in self.wrap(&partners, width, info_size, false) {
            y += info_size;
            page.text((x, y), info_size, false, INK, &line.text);
            y += info_size * (LINE_FACTOR - 1.0);
        }
        y += info_size;
        self.facts_line(page, (x, y), collaboration);
        y += self.pt(5.0);
        page.line((x, y), (x + width, y), RULE, 0.6);
        y + self.pt(7.0)
    }

    /// "● Kooperation · Wichtigkeit ●●●●○ · Termin 03.12.2026" on one line.
    fn facts_line(
        &self,
        page: &mut Page,
        (x, baseline): (f32, f32),
        collaboration: &Collaboration,
    ) {
        let language = self.options.language;
        let size = self.pt(INFO_SIZE);
        let dots = nc_model::marks::importance_dots(collaboration.importance);
        let mut segments: Vec<(String, Rgb)> = vec![
            (
                if collaboration.relationship.is_strong_tie() {
                    "●"
                } else {
                    "○"
                }
                .to_owned(),
                relationship_rgb(collaboration.relationship),
            ),
            (
                format!(
                    " {}",
                    Msg::relationship(collaboration.relationship).text(language)
                ),
                INK,
            ),
            ("   ·   ".to_owned(), GREY),
            (format!("{} {dots}", Msg::Importance.text(language)), INK),
        ];
        if let Some(date) = collaboration.meeting_date {
            segments.push(("   ·   ".to_owned(), GREY));
            segments.push((
                format!(
                    "{} {}",
                    Msg::MeetingDate.text(language),
                    format_date(date, language)
                ),
                INK,
            ));
        }
        let mut cursor = x;
        for (text, color) in segments {
            page.text((cursor, baseline), size, false, color, &text);
            cursor += self.metrics.text_width(&text, size, false);
        }
    }
}

pub(super) fn relationship_rgb(relationship: Relationship) -> Rgb {
    Rgb::from_bytes(relationship.rgb())
}
