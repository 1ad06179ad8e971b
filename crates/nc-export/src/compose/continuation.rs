//! Follow-up pages for text that does not fit its box even at the smallest size.

use super::notes::lines_height;
use super::{Composer, LINE_FACTOR};
use crate::Orientation;
use crate::draw::{INK, Page, RULE};
use crate::wrap::{ColumnEnd, lines_before_break};
use nc_model::GridRect;

const HEADING_SIZE: f32 = 13.0;
const BODY_SIZE: f32 = 9.5;
const COLUMN_GAP: f32 = 18.0;

/// Where the text on the last continuation page ends, so that notes can follow it.
pub(super) struct Cursor {
    pub column: usize,
    /// The bottom of what the column holds so far.
    pub y: f32,
    /// Whether the column holds anything yet.
    pub used: bool,
    /// The top and bottom of the columns on these pages.
    pub top: f32,
    pub bottom: f32,
}

impl Composer<'_> {
    /// As many pages as `text` needs, each headed "Fortsetzung: TITLE – FIELD", with
    /// two columns on landscape paper and one on portrait.
    pub(super) fn continuation_pages(&self, heading: &str, text: &str) -> Vec<Page> {
        self.continuation_text(heading, text).0
    }

    /// How many columns a continuation page has, how wide they are and the gap between.
    pub(super) fn continuation_columns(&self) -> (usize, f32, f32) {
        let columns = match self.options.page.orientation {
            Orientation::Landscape => 2,
            Orientation::Portrait => 1,
        };
        let gap = self.pt(COLUMN_GAP);
        let column_width = (self.content_width() - gap * (columns as f32 - 1.0)) / columns as f32;
        (columns, column_width, gap)
    }

    /// [`Self::continuation_pages`], and where its text ends. An empty `text` gives one
    /// page with only the heading.
    pub(super) fn continuation_text(&self, heading: &str, text: &str) -> (Vec<Page>, Cursor) {
        let (columns, column_width, gap) = self.continuation_columns();
        let size = self.pt(BODY_SIZE);
        let lines = if text.is_empty() {
            Vec::new()
        } else {
            self.wrap(text, column_width, size, false)
        };
        let bottom = self.height - self.margin() - self.pt(4.0);
        let mut cursor = Cursor {
            column: 0,
            y: 0.0,
            used: false,
            top: 0.0,
            bottom,
        };
        let mut pages = Vec::new();
        let mut remaining = &lines[..];
        while !remaining.is_empty() || pages.is_empty() {
            let mut page = Page::default();
            let top = self.continuation_heading(&mut page, heading);
            cursor = Cursor {
                column: 0,
                y: top,
                used: false,
                top,
                bottom,
            };
            let per_column =
                (((bottom - top - size) / (size * LINE_FACTOR)).floor() as usize + 1).max(1);
            for column in 0..columns {
                // No paragraph's first or last line alone, and before the next page
                // (which starts with the heading again) no word split either.
                let next = if column + 1 == columns {
                    ColumnEnd::Page
                } else {
                    ColumnEnd::Column
                };
                let take = lines_before_break(remaining, per_column, next);
                let body = GridRect {
                    x: self.margin() + column as f32 * (column_width + gap),
                    y: top,
                    width: column_width,
                    height: bottom - top,
                };
                self.draw_lines(&mut page, body, size, &remaining[..take]);
                remaining = &remaining[take..];
                if take > 0 {
                    cursor.column = column;
                    cursor.y = top + lines_height(take, size);
                    cursor.used = true;
                }
            }
            pages.push(page);
        }
        (pages, cursor)
    }

    pub(super) fn continuation_heading(&self, page: &mut Page, heading: &str) -> f32 {
        let size = self.pt(HEADING_SIZE);
        let mut y = self.margin();
        for line in self.wrap(heading, self.content_width(), size, true) {
            y += size;
            page.text((self.margin(), y), size, true, INK, &line.text);
            y += size * (LINE_FACTOR - 1.0);
        }
        y += self.pt(5.0);
        page.line(
            (self.margin(), y),
            (self.width - self.margin(), y),
            RULE,
            0.6,
        );
        y + self.pt(8.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draw::Item;
    use crate::metrics::FontMetrics;
    use crate::wrap::LineEnd;
    use nc_model::Template;

    /// The body lines printed in each column, page after page, left to right.
    fn printed_columns(pages: &[Page]) -> Vec<Vec<String>> {
        let mut columns = Vec::new();
        for page in pages {
            let mut by_x: Vec<(f32, Vec<String>)> = Vec::new();
            for item in &page.items {
                if let Item::Text {
                    x,
                    bold: false,
                    text,
                    ..
                } = item
                {
                    match by_x.iter_mut().find(|(found, _)| (found - x).abs() < 0.5) {
                        Some((_, lines)) => lines.push(text.clone()),
                        None => by_x.push((*x, vec![text.clone()])),
                    }
                }
            }
            by_x.sort_by(|a, b| a.0.total_cmp(&b.0));
            columns.extend(by_x.into_iter().map(|(_, lines)| lines));
        }
        columns
    }

    #[test]
    fn no_column_ends_with_an_orphan_or_starts_with_a_widow() {
        let metrics = FontMetrics::bundled_only().unwrap();
        let template = Template::kooperations_canvas();
        let options = super::super::test_options();
        let composer = Composer::new(&metrics, &template, &options);
        // 120 paragraphs of 1 to 40 words: one to about six lines each.
        let text = (0..120)
            .map(|paragraph| {
                let words = 1 + (paragraph * 17) % 40;
                (0..words)
                    .map(|word| format!("Absatz{paragraph}Wort{word}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect::<Vec<_>>()
            .join("\n");
        let (_, width, _) = composer.continuation_columns();
        let lines = composer.wrap(&text, width, composer.pt(BODY_SIZE), false);
        let (pages, _) = composer.continuation_text("Fortsetzung: Test", &text);
        let columns = printed_columns(&pages);
        assert!(columns.len() >= 8, "{} columns", columns.len());
        let printed: Vec<&String> = columns.iter().flatten().collect();
        let wrapped: Vec<&String> = lines.iter().map(|line| &line.text).collect();
        assert_eq!(printed, wrapped, "every line, in order");

        let ends_paragraph = |index: usize| lines[index].end == LineEnd::Paragraph;
        let mut before = 0;
        for column in &columns[..columns.len() - 1] {
            before += column.len();
            let last = before - 1;
            let continues = !ends_paragraph(last);
            assert!(
                !(continues && (last == 0 || ends_paragraph(last - 1))),
                "orphan at the bottom of a column: {:?}",
                lines[last].text
            );
            assert!(
                !(continues && ends_paragraph(before)),
                "widow at the top of a column: {:?}",
                lines[before].text
            );
        }
    }
}
