//! A plain document of headed sections on A4 portrait, for what is read rather than
//! filled in: the *Auskunft* about a person. Every line is kept; sections flow on to
//! as many pages as they need.

use super::{Composer, LINE_FACTOR};
use crate::draw::{INK, Page, RULE};

const TITLE_SIZE: f32 = 15.0;
const HEADING_SIZE: f32 = 11.0;
const BODY_SIZE: f32 = 9.5;
const SECTION_GAP: f32 = 9.0;

/// One section: a heading and its text (line breaks kept).
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub heading: String,
    pub text: String,
}

impl Composer<'_> {
    /// The title on the first page, then each section; returns the pages and how many
    /// characters were replaced because no bundled font has them.
    pub fn report_pages(&self, title: &str, sections: &[Section]) -> (Vec<Page>, usize) {
        let mut replaced = 0;
        let mut clean = |text: &str| {
            let (text, count) = self.metrics.sanitize(text);
            replaced += count;
            text
        };
        let width = self.content_width();
        let bottom = self.height - self.margin() - self.pt(4.0);
        let mut pages = vec![Page::default()];
        let mut y = self.margin();
        let title_size = self.pt(TITLE_SIZE);
        for line in self.wrap(&clean(title), width, title_size, true) {
            y += title_size;
            push_line(&mut pages, (self.margin(), y), title_size, true, &line.text);
            y += title_size * (LINE_FACTOR - 1.0);
        }
        y += self.pt(4.0);
        if let Some(page) = pages.last_mut() {
            page.line(
                (self.margin(), y),
                (self.width - self.margin(), y),
                RULE,
                0.6,
            );
        }
        y += self.pt(SECTION_GAP);
        let heading_size = self.pt(HEADING_SIZE);
        let body_size = self.pt(BODY_SIZE);
        for section in sections {
            let heading = self.wrap(&clean(&section.heading), width, heading_size, true);
            let body = self.wrap(&clean(&section.text), width, body_size, false);
            // A heading never stands alone at the foot of a page.
            let keep = heading.len() as f32 * heading_size * LINE_FACTOR + body_size * 2.0;
            if y + keep > bottom && y > self.margin() + title_size {
                pages.push(Page::default());
                y = self.margin();
            }
            for (lines, size, bold) in [(&heading, heading_size, true), (&body, body_size, false)] {
                for line in lines {
                    if y + size > bottom {
                        pages.push(Page::default());
                        y = self.margin();
                    }
                    y += size;
                    push_line(&mut pages, (self.margin(), y), size, bold, &line.text);
                    y += size * (LINE_FACTOR - 1.0);
                }
                y += self.pt(2.0);
            }
            y += self.pt(SECTION_GAP);
        }
        (pages, replaced)
    }
}

fn push_line(pages: &mut [Page], at: (f32, f32), size: f32, bold: bool, text: &str) {
    if let Some(page) = pages.last_mut() {
        page.text(at, size, bold, INK, text);
    }
}
