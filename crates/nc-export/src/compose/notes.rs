//! Cards of a Kartenabfrage as small notes on paper: each card's text wrapped on a
//! rectangle of its colour, its author and dots below, clusters under their names, in
//! rows across a width. Where the rows go (the box, the continuation pages) is decided
//! in `note_flow.rs`; this file only knows how a note looks and how rows are formed.

use super::note_entries::{Entry, NoteCard};
use super::{Composer, LINE_FACTOR};
use crate::draw::{GREY, INK, Page, Rgb};

/// Sizes in points at A4; A3 scales them like the rest of the page.
const NOTE_SIZE: f32 = 7.5;
const AUTHOR_SIZE: f32 = 6.8;
/// A note is at least this wide, so that a card's words are not broken letter by letter.
const NOTE_MIN_WIDTH: f32 = 78.0;
pub(super) const NOTE_GAP: f32 = 4.0;
const NOTE_PADDING: f32 = 3.0;
const SECTION_SIZE: f32 = 9.5;
/// How far glyphs reach below their baseline, as a share of the type size.
const DESCENT: f32 = 0.3;
/// Dots up to this many print one mark each; more print this many and "+n", so that a
/// card with forty dots stays one line.
const DOT_MARKS: u32 = 5;
/// The red of sticky dots; dark enough to read when printed in grey.
const DOT_INK: Rgb = Rgb(0.78, 0.12, 0.14);
const DOT_MARK: char = '●';

/// One line on a note, placed relative to the note's top-left corner.
#[derive(Clone, Debug)]
struct NoteLine {
    dx: f32,
    baseline: f32,
    size: f32,
    color: Rgb,
    text: String,
}

/// A note (or, for a card taller than a column, one piece of it).
#[derive(Clone, Debug)]
struct Note {
    fill: Rgb,
    lines: Vec<NoteLine>,
    height: f32,
}

#[derive(Clone, Debug)]
enum Shape {
    Heading { lines: Vec<String>, size: f32 },
    Row { notes: Vec<Note>, note_width: f32 },
}

/// A heading or a row of notes, as tall as `height`; its first entry is `start`.
#[derive(Clone, Debug)]
pub(super) struct Block {
    pub height: f32,
    pub start: usize,
    shape: Shape,
}

impl Block {
    pub fn is_heading(&self) -> bool {
        matches!(self.shape, Shape::Heading { .. })
    }
}

/// Height of `count` lines of `size` from the top of the first to below the last.
pub(super) fn lines_height(count: usize, size: f32) -> f32 {
    if count == 0 {
        0.0
    } else {
        size + (count - 1) as f32 * size * LINE_FACTOR + size * DESCENT
    }
}

/// The height of blocks stacked with `gap` between them.
pub(super) fn stacked_height(blocks: &[Block], gap: f32) -> f32 {
    let heights: f32 = blocks.iter().map(|block| block.height).sum();
    heights + gap * blocks.len().saturating_sub(1) as f32
}

/// "●●●" for three dots, "●●●●● +7" for twelve.
fn dot_marks(dots: u32) -> String {
    let marks = dots.min(DOT_MARKS) as usize;
    let mut text = DOT_MARK.to_string().repeat(marks);
    if dots > DOT_MARKS {
        text.push_str(&format!(" +{}", dots - DOT_MARKS));
    }
    text
}

/// A border a shade darker than the note, so that a pale note shows on white paper.
fn border(Rgb(r, g, b): Rgb) -> Rgb {
    Rgb(r * 0.7, g * 0.7, b * 0.7)
}

impl Composer<'_> {
    /// Lays the entries out `width` wide: headings across the width, cards in rows of
    /// equal notes. A card taller than `max_height` is cut into pieces that each fit.
    pub(super) fn note_blocks(&self, entries: &[Entry], width: f32, max_height: f32) -> Vec<Block> {
        let gap = self.pt(NOTE_GAP);
        let columns = (((width + gap) / (self.pt(NOTE_MIN_WIDTH) + gap)).floor() as usize).max(1);
        let note_width = (width - gap * (columns - 1) as f32) / columns as f32;
        let mut blocks = Vec::new();
        let mut row: Vec<Note> = Vec::new();
        let mut row_start = 0;
        let flush = |row: &mut Vec<Note>, blocks: &mut Vec<Block>, start: usize| {
            if row.is_empty() {
                return;
            }
            let height = row.iter().map(|note| note.height).fold(0.0, f32::max);
            blocks.push(Block {
                height,
                start,
                shape: Shape::Row {
                    notes: std::mem::take(row),
                    note_width,
                },
            });
        };
        for (index, entry) in entries.iter().enumerate() {
            match entry {
                Entry::Section(text) | Entry::Cluster(text) => {
                    flush(&mut row, &mut blocks, row_start);
                    let base = if matches!(entry, Entry::Section(_)) {
                        SECTION_SIZE
                    } else {
                        NOTE_SIZE
                    };
                    let size = self.pt(base);
                    let lines: Vec<String> = self
                        .wrap(text, width, size, true)
                        .into_iter()
                        .map(|line| line.text)
                        .collect();
                    blocks.push(Block {
                        height: lines_height(lines.len(), size),
                        start: index,
                        shape: Shape::Heading { lines, size },
                    });
                    row_start = index + 1;
                }
                Entry::Card(card) => {
                    for piece in self.note_pieces(card, note_width, max_height) {
                        if row.is_empty() {
                            row_start = index;
                        }
                        row.push(piece);
                        if row.len() == columns {
                            flush(&mut row, &mut blocks, row_start);
                        }
                    }
                }
            }
        }
        flush(&mut row, &mut blocks, row_start);
        blocks
    }

    /// A card as one note, or as several when it is taller than `max_height`.
    fn note_pieces(&self, card: &NoteCard, width: f32, max_height: f32) -> Vec<Note> {
        let padding = self.pt(NOTE_PADDING);
        let lines = self.note_lines(card, width - 2.0 * padding);
        let mut pieces = Vec::new();
        let mut current: Vec<NoteLine> = Vec::new();
        // Where the current piece starts, in the coordinates of the whole note.
        let mut offset = 0.0;
        for mut line in lines {
            let bottom = line.baseline + line.size * DESCENT + padding - offset;
            if bottom > max_height && !current.is_empty() {
                pieces.push(self.note_piece(card.fill, std::mem::take(&mut current)));
                offset = line.baseline - line.size - padding;
            }
            line.baseline -= offset;
            current.push(line);
        }
        pieces.push(self.note_piece(card.fill, current));
        pieces
    }

    fn note_piece(&self, fill: Rgb, lines: Vec<NoteLine>) -> Note {
        let padding = self.pt(NOTE_PADDING);
        let height = lines
            .iter()
            .map(|line| line.baseline + line.size * DESCENT)
            .fold(0.0, f32::max)
            + padding;
        Note {
            fill,
            lines,
            height: height.max(2.0 * padding + self.pt(NOTE_SIZE)),
        }
    }

    /// The card's text, then its author in grey, then its dots; the author goes to the
    /// right of the dots when both fit on one line.
    fn note_lines(&self, card: &NoteCard, inner: f32) -> Vec<NoteLine> {
        let padding = self.pt(NOTE_PADDING);
        let size = self.pt(NOTE_SIZE);
        let author_size = self.pt(AUTHOR_SIZE);
        let mut lines = Vec::new();
        let mut baseline = padding;
        let mut next = |lines: &Vec<NoteLine>, size: f32| {
            baseline += if lines.is_empty() {
                size
            } else {
                size * LINE_FACTOR
            };
            baseline
        };
        for line in self.wrap(&card.text, inner, size, false) {
            let baseline = next(&lines, size);
            lines.push(NoteLine {
                dx: padding,
                baseline,
                size,
                color: INK,
                text: line.text,
            });
        }
        let marks = (card.dots > 0).then(|| dot_marks(card.dots));
        let marks_width = marks
            .as_ref()
            .map_or(0.0, |marks| self.metrics.text_width(marks, size, false));
        let author = card.author.as_ref().map(|author| format!("– {author}"));
        let mut author_lines = author
            .as_ref()
            .map(|author| self.wrap(author, inner, author_size, false))
            .unwrap_or_default();
        let beside = match (&marks, author_lines.as_slice()) {
            (Some(_), [only]) => {
                let width = self.metrics.text_width(&only.text, author_size, false);
                (marks_width + size + width <= inner).then_some(width)
            }
            _ => None,
        };
        if beside.is_none() {
            for line in author_lines.drain(..) {
                let baseline = next(&lines, author_size);
                lines.push(NoteLine {
                    dx: padding,
                    baseline,
                    size: author_size,
                    color: GREY,
                    text: line.text,
                });
            }
        }
        if let Some(marks) = marks {
            let baseline = next(&lines, size);
            lines.push(NoteLine {
                dx: padding,
                baseline,
                size,
                color: DOT_INK,
                text: marks,
            });
            if let (Some(width), Some(line)) = (beside, author_lines.pop()) {
                lines.push(NoteLine {
                    dx: padding + inner - width,
                    baseline,
                    size: author_size,
                    color: GREY,
                    text: line.text,
                });
            }
        }
        lines
    }

    /// Draws `block` with its top-left corner at `(x, y)`.
    pub(super) fn draw_block(&self, page: &mut Page, (x, y): (f32, f32), block: &Block) {
        match &block.shape {
            Shape::Heading { lines, size } => {
                for (index, line) in lines.iter().enumerate() {
                    let baseline = y + size + index as f32 * size * LINE_FACTOR;
                    page.text((x, baseline), *size, true, INK, line);
                }
            }
            Shape::Row { notes, note_width } => {
                let gap = self.pt(NOTE_GAP);
                for (index, note) in notes.iter().enumerate() {
                    let left = x + index as f32 * (note_width + gap);
                    page.rect(
                        (left, y, *note_width, block.height),
                        Some(note.fill),
                        Some(border(note.fill)),
                    );
                    for line in &note.lines {
                        let at = (left + line.dx, y + line.baseline);
                        page.text(at, line.size, false, line.color, &line.text);
                    }
                }
            }
        }
    }

    /// Draws blocks one below the other from `(x, y)`; returns where the last one ends.
    pub(super) fn draw_blocks(&self, page: &mut Page, (x, y): (f32, f32), blocks: &[Block]) -> f32 {
        let gap = self.pt(NOTE_GAP);
        let mut top = y;
        for block in blocks {
            self.draw_block(page, (x, top), block);
            top += block.height + gap;
        }
        top - if blocks.is_empty() { 0.0 } else { gap }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ExportOptions;
    use crate::metrics::FontMetrics;
    use nc_model::Template;

    fn options() -> ExportOptions {
        super::super::test_options()
    }

    fn long_card() -> Entry {
        Entry::Card(NoteCard {
            text: (0..40)
                .map(|n| format!("w{n:02}"))
                .collect::<Vec<_>>()
                .join(" "),
            author: Some("Anna".to_owned()),
            fill: Rgb(1.0, 1.0, 0.6),
            dots: 12,
        })
    }

    fn texts(blocks: &[Block]) -> Vec<String> {
        let mut texts = Vec::new();
        for block in blocks {
            if let Shape::Row { notes, .. } = &block.shape {
                for note in notes {
                    texts.extend(note.lines.iter().map(|line| line.text.clone()));
                }
            }
        }
        texts
    }

    /// Cannot happen at 280 characters on a real page, but a card taller than a column
    /// is cut into pieces that each fit, and every word is on one of them.
    #[test]
    fn a_card_taller_than_a_column_is_cut_into_pieces_that_fit() {
        let metrics = FontMetrics::load().expect("bundled fonts parse");
        let template = Template::kooperations_canvas();
        let options = options();
        let composer = Composer::new(&metrics, &template, &options);
        let whole = composer.note_blocks(&[long_card()], 80.0, f32::INFINITY);
        assert_eq!(whole.len(), 1);
        assert!(whole[0].height > 60.0, "{}", whole[0].height);
        let cut = composer.note_blocks(&[long_card()], 80.0, 60.0);
        assert!(cut.len() > 1, "{} blocks", cut.len());
        for block in &cut {
            assert!(block.height <= 60.0, "{}", block.height);
        }
        assert_eq!(texts(&cut), texts(&whole));
        let printed = texts(&cut).join(" ");
        assert!(
            printed.contains("w00") && printed.contains("w39"),
            "{printed}"
        );
        assert!(
            printed.contains("– Anna") && printed.contains("●●●●● +7"),
            "{printed}"
        );
    }

    #[test]
    fn many_dots_print_five_marks_and_the_rest_as_a_number() {
        assert_eq!(dot_marks(3), "●●●");
        assert_eq!(dot_marks(5), "●●●●●");
        assert_eq!(dot_marks(12), "●●●●● +7");
    }
}
