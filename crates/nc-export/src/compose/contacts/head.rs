//! The top of each page of the contact list: title, date, count and the legend of the
//! follow-up colours, then the column headings.

use chrono::NaiveDate;

use super::super::{Composer, LINE_FACTOR};
use super::rows::Row;
use super::{DUE_SOON, HEAD_SIZE, INFO_SIZE, LATER, OVERDUE, TITLE_SIZE};
use crate::draw::{GREY, INK, Page, RULE};
use nc_i18n::{Msg, format_date};

impl Composer<'_> {
    /// Title, date and legend, then the column headings; returns where rows start.
    pub(super) fn contacts_page_start(
        &self,
        page: &mut Page,
        count: usize,
        today: NaiveDate,
    ) -> f32 {
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
    pub(super) fn fitting_size(&self, text: &str, width: f32, size: f32) -> f32 {
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
    pub(super) fn info_with_legend(&self, page: &mut Page, baseline: f32, info: &str) -> f32 {
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
