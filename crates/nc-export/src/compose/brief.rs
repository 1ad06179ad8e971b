//! The meeting brief: one A4 portrait page to take along, with the preparation answers
//! (where one is empty, what the canvas says to that question, as the dialog shows it),
//! the shared goals (unless the second answer, from the canvas, names them), the
//! investment balance, the open next steps and the principles.
//!
//! Unlike the canvas, the brief is a summary that must stay on one page: text shrinks to
//! a readable minimum and is then shortened with "…" (the canvas export keeps every word).

use super::{Composer, LINE_FACTOR, PADDING};
use crate::draw::{INK, Page, RULE, Rgb};
use nc_i18n::Msg;
use nc_model::{Collaboration, GridRect, Principle, Rating, canvas_answers};

const HEADING_SIZE: f32 = 9.5;
const BODY_SIZES: [f32; 6] = [9.0, 8.5, 8.0, 7.5, 7.0, 6.5];
const SECTION_GAP: f32 = 7.0;
const INVESTMENT_HEIGHT: f32 = 94.0;
const PRINCIPLE_ROWS: usize = 5;

struct Section {
    heading: String,
    text: String,
}

impl Composer<'_> {
    pub fn brief_page(&self, collaboration: &Collaboration) -> (Page, usize) {
        let mut replaced = 0;
        let mut page = Page::default();
        let top = self.header(&mut page, collaboration, &mut replaced);
        let sections = self.brief_sections(collaboration, &mut replaced);
        let bottom = self.height - self.margin() - self.pt(4.0);
        let principles_height =
            self.pt(HEADING_SIZE) * 1.6 + PRINCIPLE_ROWS as f32 * self.pt(8.0) * LINE_FACTOR * 1.15;
        let fixed = self.pt(INVESTMENT_HEIGHT) + principles_height + 2.0 * self.pt(SECTION_GAP);
        let text_bottom = bottom - fixed;
        let size = BODY_SIZES
            .iter()
            .map(|&size| self.pt(size))
            .find(|&size| self.sections_height(&sections, size) <= text_bottom - top)
            .unwrap_or(self.pt(BODY_SIZES[BODY_SIZES.len() - 1]));
        let budget = text_bottom - top;
        let mut y = top;
        for section in &sections {
            y = self.draw_section(&mut page, y, section, size, Some(top + budget));
        }
        // The table follows the text; with long text it sits at the bottom of the page.
        let investment_rect = GridRect {
            x: self.margin(),
            y: y.min(text_bottom) + self.pt(SECTION_GAP),
            width: self.content_width(),
            height: self.pt(INVESTMENT_HEIGHT),
        };
        let label = self
            .template
            .fields
            .iter()
            .find(|f| f.kind == nc_model::FieldKind::Investment);
        if let Some(field) = label {
            let body_top = self.box_frame(&mut page, investment_rect, field);
            self.investment_table(
                &mut page,
                investment_rect,
                body_top - self.pt(2.0),
                &collaboration.investment,
            );
        }
        self.principles(
            &mut page,
            investment_rect.y + investment_rect.height + self.pt(SECTION_GAP),
            collaboration,
        );
        (page, replaced)
    }

    fn brief_sections(&self, collaboration: &Collaboration, replaced: &mut usize) -> Vec<Section> {
        let language = self.options.language;
        let label = |id: &str| {
            self.template
                .fields
                .iter()
                .find(|field| field.id == id)
                .map_or_else(|| id.to_owned(), |field| field.label(language).to_owned())
        };
        // An empty answer stands for what the canvas says to the question, as in the
        // dialog; the second then names the shared goals, which otherwise have a section
        // of their own below.
        let canvas = canvas_answers(collaboration, self.template, language);
        let own = collaboration.preparation.answers();
        let goals_answered = own[1].trim().is_empty();
        let mut sections: Vec<Section> = Msg::PREPARATION_QUESTIONS
            .iter()
            .zip(collaboration.preparation.answers_or(&canvas))
            .zip(own)
            .map(|((question, answer), own)| {
                let mut heading = question.text(language).to_owned();
                // Marked as in the dialog, so nobody takes the canvas for a prepared answer.
                if own.trim().is_empty() && !answer.trim().is_empty() {
                    heading.push(' ');
                    heading.push_str(Msg::BriefFromCanvas.text(language));
                }
                Section {
                    heading,
                    text: answer.to_owned(),
                }
            })
            .collect();
        if !goals_answered {
            sections.push(Section {
                heading: label("shared_goals"),
                text: collaboration.field_text("shared_goals").to_owned(),
            });
        }
        sections.push(Section {
            heading: Msg::BriefOpenSteps.text(language).to_owned(),
            text: collaboration.field_text("next_steps").to_owned(),
        });
        for section in &mut sections {
            let (clean, count) = self.metrics.sanitize(&section.text);
            *replaced += count;
            section.text = if clean.trim().is_empty() {
                "–".to_owned()
            } else {
                clean
            };
        }
        sections
    }

    fn sections_height(&self, sections: &[Section], size: f32) -> f32 {
        let width = self.content_width();
        sections
            .iter()
            .map(|section| {
                let heading_lines = self
                    .wrap(&section.heading, width, self.pt(HEADING_SIZE), true)
                    .len();
                let lines = self.wrap(&section.text, width, size, false).len();
                heading_lines as f32 * self.pt(HEADING_SIZE) * LINE_FACTOR
                    + lines as f32 * size * LINE_FACTOR
                    + self.pt(SECTION_GAP)
            })
            .sum()
    }

    /// Draws one section from `y`; lines below `limit` are dropped and the last shown
    /// line ends in "…". Returns where the next section starts.
    fn draw_section(
        &self,
        page: &mut Page,
        mut y: f32,
        section: &Section,
        size: f32,
        limit: Option<f32>,
    ) -> f32 {
        let x = self.margin();
        let width = self.content_width();
        let heading_size = self.pt(HEADING_SIZE);
        for line in self.wrap(&section.heading, width, heading_size, true) {
            y += heading_size;
            page.text((x, y), heading_size, true, INK, &line.text);
            y += heading_size * (LINE_FACTOR - 1.0);
        }
        let lines = self.wrap(&section.text, width, size, false);
        for (index, line) in lines.iter().enumerate() {
            let next = y + size;
            let is_last_fitting = limit.is_some_and(|limit| next + size * LINE_FACTOR > limit);
            if limit.is_some_and(|limit| next > limit) {
                break;
            }
            let shortened = is_last_fitting && index + 1 < lines.len();
            let text = if shortened {
                format!("{} …", line.text)
            } else {
                line.text.clone()
            };
            page.text((x, next), size, false, INK, &text);
            y = next + size * (LINE_FACTOR - 1.0);
            if shortened {
                break;
            }
        }
        y + self.pt(SECTION_GAP)
    }

    /// Traffic lights for the nine principles, in two columns.
    fn principles(&self, page: &mut Page, top: f32, collaboration: &Collaboration) {
        let language = self.options.language;
        let heading = self.pt(HEADING_SIZE);
        let size = self.pt(8.0);
        let x = self.margin();
        let mut y = top + heading;
        page.text((x, y), heading, true, INK, Msg::SelfCheck.text(language));
        page.line(
            (x, y + self.pt(3.0)),
            (x + self.content_width(), y + self.pt(3.0)),
            RULE,
            0.5,
        );
        y += self.pt(4.0);
        let column_width = self.content_width() / 2.0;
        for (index, principle) in Principle::ALL.iter().enumerate() {
            let check = collaboration.preparation.check(*principle);
            let column = (index / PRINCIPLE_ROWS) as f32;
            let row = (index % PRINCIPLE_ROWS) as f32;
            let line_x = x + column * column_width;
            let baseline = y + size + row * size * LINE_FACTOR * 1.15;
            page.text(
                (line_x, baseline),
                size,
                false,
                rating_rgb(check.rating),
                "●",
            );
            let name = Msg::principle(*principle).text(language);
            let rating = Msg::rating(check.rating).text(language);
            let (note, _) = self.metrics.sanitize(&check.note);
            let text = if note.trim().is_empty() {
                format!("{name} – {rating}")
            } else {
                format!("{name} – {rating}: {}", note.replace('\n', " "))
            };
            let width = column_width - self.pt(PADDING) - self.pt(12.0);
            let first_line = self
                .wrap(&text, width, size, false)
                .into_iter()
                .next()
                .map(|line| line.text)
                .unwrap_or_default();
            let shown = if first_line.len() < text.len() {
                format!("{first_line} …")
            } else {
                first_line
            };
            page.text((line_x + self.pt(10.0), baseline), size, false, INK, &shown);
        }
    }
}

fn rating_rgb(rating: Rating) -> Rgb {
    match rating {
        Rating::Unrated => Rgb(0.6, 0.6, 0.62),
        Rating::Red => Rgb(0.84, 0.24, 0.19),
        Rating::Amber => Rgb(0.91, 0.64, 0.09),
        Rating::Green => Rgb(0.18, 0.62, 0.36),
    }
}
