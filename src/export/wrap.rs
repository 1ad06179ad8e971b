//! Breaks text into lines by the real glyph widths: paragraphs and line breaks are kept,
//! and a token longer than a line is broken rather than cut off.

use super::metrics::FontMetrics;

/// How a line ends, so that the original text can be rebuilt from its lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineEnd {
    /// The line broke at a space, which the break consumed.
    Space,
    /// A word longer than the line was split here.
    Split,
    /// The paragraph ends (a line break in the text, or the end of the text).
    Paragraph,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    pub end: LineEnd,
}

pub struct TextStyle<'a> {
    pub metrics: &'a FontMetrics,
    pub size: f32,
    pub bold: bool,
}

pub fn wrap_text(text: &str, max_width: f32, style: &TextStyle<'_>) -> Vec<Line> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        wrap_paragraph(paragraph, max_width, style, &mut lines);
    }
    lines
}

fn wrap_paragraph(paragraph: &str, max_width: f32, style: &TextStyle<'_>, lines: &mut Vec<Line>) {
    let space = style.metrics.text_width(" ", style.size, style.bold);
    let mut line = String::new();
    let mut width = 0.0;
    for (index, word) in paragraph.split(' ').enumerate() {
        let word_width = style.metrics.text_width(word, style.size, style.bold);
        let gap = if index == 0 { 0.0 } else { space };
        if width + gap + word_width <= max_width {
            if index > 0 {
                line.push(' ');
            }
            line.push_str(word);
            width += gap + word_width;
            continue;
        }
        if index > 0 {
            lines.push(Line {
                text: std::mem::take(&mut line),
                end: LineEnd::Space,
            });
        }
        width = split_long_word(word, max_width, style, &mut line, lines);
    }
    lines.push(Line {
        text: line,
        end: LineEnd::Paragraph,
    });
}

/// Puts `word` at the start of an empty `line`, splitting it over as many full lines as
/// needed; returns the width of what stays on the current line.
fn split_long_word(
    word: &str,
    max_width: f32,
    style: &TextStyle<'_>,
    line: &mut String,
    lines: &mut Vec<Line>,
) -> f32 {
    let mut width = 0.0;
    for c in word.chars() {
        let advance = style.metrics.advance(c, style.bold) * style.size;
        if width + advance > max_width && !line.is_empty() {
            lines.push(Line {
                text: std::mem::take(line),
                end: LineEnd::Split,
            });
            width = 0.0;
        }
        line.push(c);
        width += advance;
    }
    width
}

/// The text the lines were made from.
pub fn join_lines(lines: &[Line]) -> String {
    let mut text = String::new();
    for (index, line) in lines.iter().enumerate() {
        text.push_str(&line.text);
        if index + 1 < lines.len() {
            text.push_str(match line.end {
                LineEnd::Space => " ",
                LineEnd::Split => "",
                LineEnd::Paragraph => "\n",
            });
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrap(text: &str, width: f32) -> Vec<Line> {
        let metrics = FontMetrics::load().expect("bundled fonts parse");
        let style = TextStyle {
            metrics: &metrics,
            size: 10.0,
            bold: false,
        };
        wrap_text(text, width, &style)
    }

    #[test]
    fn lines_never_exceed_the_width_and_rebuild_the_text() {
        let metrics = FontMetrics::load().expect("bundled fonts parse");
        let text =
            "Wir treffen uns monatlich im Pfarrheim.\n\nDie Protokolle gehen an alle Beteiligten.";
        let lines = wrap(text, 90.0);
        assert!(lines.len() > 4);
        for line in &lines {
            assert!(
                metrics.text_width(&line.text, 10.0, false) <= 90.0,
                "{line:?}"
            );
        }
        assert_eq!(join_lines(&lines), text);
    }

    #[test]
    fn a_token_longer_than_the_line_is_broken_not_cut() {
        let token = "https://example.org/".to_owned() + &"x".repeat(120);
        let lines = wrap(&format!("Link: {token} Ende"), 80.0);
        assert!(lines.iter().any(|l| l.end == LineEnd::Split));
        assert_eq!(join_lines(&lines), format!("Link: {token} Ende"));
    }

    #[test]
    fn empty_paragraphs_are_kept() {
        let lines = wrap("a\n\nb", 100.0);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["a", "", "b"]);
    }
}
