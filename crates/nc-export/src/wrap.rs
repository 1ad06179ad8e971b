//! Breaks text into lines by the real glyph widths: paragraphs and line breaks are kept,
//! a word that does not fit is hyphenated at its syllables (see `hyphenate`), text in
//! scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) breaks
//! where Unicode's line breaking rules allow (UAX #14, with ICU's dictionaries for the
//! words of Thai and its neighbours), and a token longer than a line with no break point
//! is cut rather than cut off, though never before closing punctuation.

use std::sync::LazyLock;

use icu_segmenter::options::LineBreakOptions;
use icu_segmenter::{LineSegmenter, LineSegmenterBorrowed};

use super::hyphenate::{Break, Hyphenation, SOFT_HYPHEN};
use super::metrics::FontMetrics;

/// UAX #14 line breaking with the dictionaries for Thai, Lao, Khmer and Myanmar
/// compiled in (no data to load at run time).
static LINE_SEGMENTER: LazyLock<LineSegmenterBorrowed<'static>> =
    LazyLock::new(|| LineSegmenter::new_dictionary(LineBreakOptions::default()));

/// How a line ends, so that the original text can be rebuilt from its lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineEnd {
    /// The line broke at a space, which the break consumed.
    Space,
    /// A word broke at a syllable; the line ends with a [`SOFT_HYPHEN`] the text lacks.
    Hyphen,
    /// A token broke after a separator of its own (`/`, `-`, `.`), or, with no break
    /// point that fits, anywhere.
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
    pub hyphenation: Hyphenation,
}

impl TextStyle<'_> {
    fn width(&self, text: &str) -> f32 {
        self.metrics.text_width(text, self.size, self.bold)
    }
}

pub fn wrap_text(text: &str, max_width: f32, style: &TextStyle<'_>) -> Vec<Line> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        wrap_paragraph(paragraph, max_width, style, &mut lines);
    }
    lines
}

fn wrap_paragraph(paragraph: &str, max_width: f32, style: &TextStyle<'_>, lines: &mut Vec<Line>) {
    let space = style.width(" ");
    let mut line = String::new();
    let mut width = 0.0;
    for (index, word) in paragraph.split(' ').enumerate() {
        let word_width = style.width(word);
        let gap = if index == 0 { 0.0 } else { space };
        if width + gap + word_width <= max_width {
            if index > 0 {
                line.push(' ');
            }
            line.push_str(word);
            width += gap + word_width;
            continue;
        }
        let breaks = token_breaks(style, word);
        let mut start = 0;
        if index > 0 {
            // The first syllables that fit go on this line, after the space.
            let room = max_width - width - gap;
            let end = match fitting_head(word, 0, &breaks, room, style) {
                Some(head) => {
                    line.push(' ');
                    push_head(word, 0, head, &mut line);
                    start = head.at;
                    end_of(head)
                }
                None => LineEnd::Space,
            };
            lines.push(Line {
                text: std::mem::take(&mut line),
                end,
            });
        }
        width = place_rest(word, start, &breaks, max_width, style, (&mut line, lines));
    }
    lines.push(Line {
        text: line,
        end: LineEnd::Paragraph,
    });
}

/// Where `word` (no spaces) may end a line: at its syllables and separators (see
/// `hyphenate`), and where it is written without spaces, where Unicode allows.
fn token_breaks(style: &TextStyle<'_>, word: &str) -> Vec<Break> {
    let mut breaks = style.hyphenation.breaks(word);
    if word.chars().any(is_written_without_spaces) {
        breaks.extend(
            LINE_SEGMENTER
                .segment_str(word)
                .filter(|&at| at > 0 && at < word.len())
                .map(|at| Break { at, hyphen: false }),
        );
        breaks.sort_by_key(|b| (b.at, b.hyphen));
        breaks.dedup_by_key(|b| b.at);
    }
    breaks
}

/// Characters of scripts whose words are not set apart by spaces, and the punctuation
/// that goes with them (the full-width forms, the CJK symbols).
fn is_written_without_spaces(c: char) -> bool {
    matches!(
        u32::from(c),
        0x0E00..=0x0EFF // Thai, Lao
            | 0x1000..=0x109F // Myanmar
            | 0x1780..=0x17FF // Khmer
            | 0x2E80..=0x9FFF // CJK radicals and symbols, kana, CJK ideographs
            | 0xAC00..=0xD7AF // Hangul syllables
            | 0xF900..=0xFAFF // CJK compatibility ideographs
            | 0xFE30..=0xFE4F // CJK compatibility forms
            | 0xFF00..=0xFFEF // full-width and half-width forms
            | 0x20000..=0x3FFFF // CJK extensions
    )
}

/// Punctuation that may not begin a line (Japanese kinsoku, UAX #14's classes CL, CP,
/// EX, IS, NS): where a token must be cut anywhere, it is not cut before these.
fn may_not_begin_a_line(c: char) -> bool {
    matches!(
        c,
        '。' | '、'
            | '，'
            | '．'
            | '：'
            | '；'
            | '？'
            | '！'
            | '）'
            | '］'
            | '｝'
            | '」'
            | '』'
            | '】'
            | '〕'
            | '〉'
            | '》'
            | '〗'
            | '〙'
            | '〛'
            | '・'
            | 'ー'
            | '々'
            | '〻'
            | ')'
            | ']'
            | '}'
            | ','
            | '.'
            | ':'
            | ';'
            | '!'
            | '?'
            | '’'
            | '”'
            | '»'
            | '›'
    )
}

fn end_of(b: Break) -> LineEnd {
    if b.hyphen {
        LineEnd::Hyphen
    } else {
        LineEnd::Split
    }
}

/// The last break after `start` whose part of `word` (with its hyphen) fits in `room`.
fn fitting_head(
    word: &str,
    start: usize,
    breaks: &[Break],
    room: f32,
    style: &TextStyle<'_>,
) -> Option<Break> {
    let mut candidate = String::new();
    breaks.iter().rev().copied().find(|b| {
        if b.at <= start {
            return false;
        }
        candidate.clear();
        push_head(word, start, *b, &mut candidate);
        style.width(&candidate) <= room
    })
}

fn push_head(word: &str, start: usize, head: Break, line: &mut String) {
    line.push_str(&word[start..head.at]);
    if head.hyphen {
        line.push(SOFT_HYPHEN);
    }
}

/// Puts `word[start..]` at the start of an empty `line`, breaking it over as many full
/// lines as needed: at the last break point that fits, else (a token with none) as many
/// characters as fit. Returns the width of what stays on the current line.
fn place_rest(
    word: &str,
    mut start: usize,
    breaks: &[Break],
    max_width: f32,
    style: &TextStyle<'_>,
    (line, lines): (&mut String, &mut Vec<Line>),
) -> f32 {
    loop {
        let rest = &word[start..];
        let rest_width = style.width(rest);
        if rest_width <= max_width {
            line.push_str(rest);
            return rest_width;
        }
        if let Some(head) = fitting_head(word, start, breaks, max_width, style) {
            push_head(word, start, head, line);
            lines.push(Line {
                text: std::mem::take(line),
                end: end_of(head),
            });
            start = head.at;
            continue;
        }
        let cut = start + hard_cut(rest, max_width, style);
        lines.push(Line {
            text: word[start..cut].to_owned(),
            end: LineEnd::Split,
        });
        start = cut;
    }
}

/// How many bytes of `text` fit on a line: at least one character, so that a line
/// narrower than a letter still makes progress; fewer, so that the next line does not
/// begin with closing punctuation, where that leaves something on this one.
fn hard_cut(text: &str, max_width: f32, style: &TextStyle<'_>) -> usize {
    let mut width = 0.0;
    let mut cut = text.len();
    for (index, c) in text.char_indices() {
        width += style.metrics.advance(c, style.bold) * style.size;
        if width > max_width && index > 0 {
            cut = index;
            break;
        }
    }
    while let Some(next) = text[cut..].chars().next()
        && may_not_begin_a_line(next)
    {
        match text[..cut].char_indices().next_back() {
            Some((before, _)) if before > 0 => cut = before,
            // Nothing would stay: the punctuation goes along on this line.
            _ => return (cut + next.len_utf8()).min(text.len()),
        }
    }
    cut
}

/// How many of `lines` go before a page break when `room` of them fit: fewer, when the
/// last of them would end in a syllable break, so that no word is split by the turn of
/// a page (and the heading of the next page); a reader, or a program extracting the text,
/// would otherwise find its two halves apart. All `room` when every one of them ends in a
/// syllable break (one word longer than the page), so that the text still goes on.
pub fn lines_before_page_break(lines: &[Line], room: usize) -> usize {
    let room = room.min(lines.len());
    if room == lines.len() {
        return room;
    }
    match lines[..room]
        .iter()
        .rposition(|line| line.end != LineEnd::Hyphen)
    {
        Some(last_whole) => last_whole + 1,
        None => room,
    }
}

/// What follows a column of lines, for [`lines_before_break`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnEnd {
    /// The next column of the same page.
    Column,
    /// The next page (and its heading), which goes on with the same lines.
    Page,
    /// The next page, where the rest of the text is wrapped anew to another width: a
    /// box's text that goes on on a continuation page.
    PageRewrapped,
}

/// How many lines [`lines_before_break`] may hold back to keep a paragraph's first or
/// last line company: enough for both at once, never a half-empty column.
const MOST_LINES_HELD_BACK: usize = 2;

/// How many of `lines` go before a break when `room` of them fit. Fewer, so that no
/// paragraph leaves its first line alone at the bottom (an orphan) or its last line
/// alone at the top of what follows (a widow), and, before a page, no word is split
/// (see [`lines_before_page_break`]). Where holding back two lines does not avoid all
/// of these, only the split word is avoided. A widow is not judged before a page where
/// the text is wrapped anew, since its lines are not the ones printed there.
pub fn lines_before_break(lines: &[Line], room: usize, next: ColumnEnd) -> usize {
    let room = room.min(lines.len());
    if room == lines.len() {
        return room;
    }
    let ends_paragraph = |index: usize| lines[index].end == LineEnd::Paragraph;
    // `count` lines stay, 1 <= count < lines.len().
    let reads_well = |count: usize| {
        let last = count - 1;
        // A first line at the top of a column is no orphan: it cannot move, or the
        // column would stay empty.
        let orphan = last > 0 && !ends_paragraph(last) && ends_paragraph(last - 1);
        let widow =
            next != ColumnEnd::PageRewrapped && !ends_paragraph(last) && ends_paragraph(count);
        let split_word = next != ColumnEnd::Column && lines[last].end == LineEnd::Hyphen;
        !(orphan || widow || split_word)
    };
    let fewest = room.saturating_sub(MOST_LINES_HELD_BACK).max(1);
    match (fewest..=room).rev().find(|count| reads_well(*count)) {
        Some(count) => count,
        None if next == ColumnEnd::Column => room,
        None => lines_before_page_break(lines, room),
    }
}

/// The text the lines were made from.
pub fn join_lines(lines: &[Line]) -> String {
    let mut text = String::new();
    for (index, line) in lines.iter().enumerate() {
        match line.end {
            LineEnd::Hyphen => text.push_str(line.text.trim_end_matches(SOFT_HYPHEN)),
            _ => text.push_str(&line.text),
        }
        if index + 1 < lines.len() {
            text.push_str(match line.end {
                LineEnd::Space => " ",
                LineEnd::Split | LineEnd::Hyphen => "",
                LineEnd::Paragraph => "\n",
            });
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use nc_i18n::Language;

    fn wrap(text: &str, width: f32) -> Vec<Line> {
        wrap_in(Language::German, text, width)
    }

    fn wrap_in(language: Language, text: &str, width: f32) -> Vec<Line> {
        let metrics = FontMetrics::load().expect("bundled fonts parse");
        let style = TextStyle {
            metrics: &metrics,
            size: 10.0,
            bold: false,
            hyphenation: Hyphenation::for_language(language),
        };
        let lines = wrap_text(text, width, &style);
        for line in &lines {
            assert!(style.width(&line.text) <= width || line.text.chars().count() == 1);
        }
        assert_eq!(join_lines(&lines), text, "{lines:?}");
        lines
    }

    fn texts(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn a_long_compound_is_hyphenated_at_its_syllables_in_a_narrow_box() {
        let lines = wrap("Der Donaudampfschifffahrtsgesellschaft gehört er", 80.0);
        assert_eq!(
            texts(&lines),
            [
                "Der Donau\u{AD}",
                "dampfschiff\u{AD}",
                "fahrtsgesell\u{AD}",
                "schaft gehört",
                "er"
            ]
        );
        assert_eq!(lines[0].end, LineEnd::Hyphen);
    }

    #[test]
    fn a_word_that_does_not_fit_fills_the_line_with_its_first_syllables() {
        let lines = wrap("Im Lebensmittelmarkt", 60.0);
        assert_eq!(texts(&lines), ["Im Lebens\u{AD}", "mittelmarkt"]);
        let lines = wrap("Die Kooperationsvereinbarung", 100.0);
        assert_eq!(texts(&lines), ["Die Kooperations\u{AD}", "vereinbarung"]);
    }

    #[test]
    fn english_text_breaks_by_english_patterns() {
        let lines = wrap_in(Language::English, "Our cooperation agreement", 70.0);
        assert_eq!(
            texts(&lines),
            ["Our coopera\u{AD}", "tion agree\u{AD}", "ment"]
        );
    }

    #[test]
    fn a_compound_with_a_hyphen_breaks_after_it_without_another() {
        let lines = wrap("Straßenbahn-Ring", 80.0);
        assert_eq!(texts(&lines), ["Straßenbahn-", "Ring"]);
        assert_eq!(lines[0].end, LineEnd::Split);
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
        assert!(lines.iter().all(|l| l.end != LineEnd::Hyphen), "{lines:?}");
    }

    #[test]
    fn a_link_breaks_after_a_separator_and_never_gets_a_hyphen() {
        let lines = wrap("Siehe https://example.org/kooperation/vereinbarung", 110.0);
        assert_eq!(
            texts(&lines),
            [
                "Siehe https://",
                "example.org/",
                "kooperation/",
                "vereinbarung"
            ]
        );
    }

    #[test]
    fn a_page_never_ends_in_the_middle_of_a_word() {
        let lines = wrap(
            "Im Lebensmittelmarkt der Kooperationsvereinbarung gemäß",
            60.0,
        );
        assert_eq!(
            texts(&lines),
            [
                "Im Lebens\u{AD}",
                "mittelmarkt",
                "der Koope\u{AD}",
                "rationsver\u{AD}",
                "einbarung",
                "gemäß"
            ]
        );
        // Room for three lines: the third ends in a syllable break, so two go.
        assert_eq!(lines_before_page_break(&lines, 3), 2);
        assert_eq!(lines_before_page_break(&lines, 4), 2);
        assert_eq!(lines_before_page_break(&lines, 2), 2);
        assert_eq!(
            lines_before_page_break(&lines, 1),
            1,
            "the only line is all there is"
        );
        assert_eq!(lines_before_page_break(&lines, 5), 5);
        // Everything fits: nothing moves on.
        assert_eq!(lines_before_page_break(&lines, 9), 6);
        // Lines that all break a word: the text goes on regardless.
        let word = wrap("Donaudampfschifffahrtsgesellschaftskapitänsmütze", 40.0);
        assert!(word.len() > 3, "{word:?}");
        assert_eq!(lines_before_page_break(&word, 2), 2);
    }

    fn lines(ends: &[LineEnd]) -> Vec<Line> {
        ends.iter()
            .enumerate()
            .map(|(index, end)| Line {
                text: format!("line {index}"),
                end: *end,
            })
            .collect()
    }

    #[test]
    fn no_paragraph_leaves_a_line_alone_at_a_break() {
        use LineEnd::{Hyphen, Paragraph as End, Space};
        // Paragraphs of 1, 3 and 4 lines: 0 | 1 2 3 | 4 5 6 7.
        let text = lines(&[End, Space, Space, End, Space, Space, Space, End]);
        // Room for 2: the second paragraph's first line would stand alone.
        assert_eq!(lines_before_break(&text, 2, ColumnEnd::Column), 1);
        // Room for 3: its last line would stand alone at the top of the next column,
        // and with one line less its first at the bottom: the paragraph moves whole.
        assert_eq!(lines_before_break(&text, 3, ColumnEnd::Column), 1);
        // Room for 4 or 6: the break falls between paragraphs or leaves two lines each.
        assert_eq!(lines_before_break(&text, 4, ColumnEnd::Column), 4);
        assert_eq!(lines_before_break(&text, 6, ColumnEnd::Column), 6);
        // Room for 5: orphan; for 7: widow.
        assert_eq!(lines_before_break(&text, 5, ColumnEnd::Column), 4);
        assert_eq!(lines_before_break(&text, 7, ColumnEnd::Column), 6);
        // Everything fits.
        assert_eq!(lines_before_break(&text, 8, ColumnEnd::Column), 8);
        assert_eq!(lines_before_break(&text, 20, ColumnEnd::Page), 8);
        // A column with room for one line takes it, whatever follows.
        assert_eq!(lines_before_break(&text[1..], 1, ColumnEnd::Column), 1);
        // A widow is not judged where the rest is wrapped anew; an orphan is.
        assert_eq!(lines_before_break(&text, 3, ColumnEnd::PageRewrapped), 3);
        assert_eq!(lines_before_break(&text, 5, ColumnEnd::PageRewrapped), 4);

        // Before a page, no word is split either: room for 3 of a 6-line paragraph
        // whose third line ends in a syllable break leaves 2.
        let text = lines(&[Space, Space, Hyphen, Space, Space, End]);
        assert_eq!(lines_before_break(&text, 3, ColumnEnd::Page), 2);
        assert_eq!(lines_before_break(&text, 3, ColumnEnd::Column), 3);
        // Lines that all split a word: the split-word rule alone decides.
        let text = lines(&[Hyphen, Hyphen, Hyphen, Hyphen, Hyphen, End]);
        assert_eq!(lines_before_break(&text, 4, ColumnEnd::Page), 4);
    }

    #[test]
    fn empty_paragraphs_are_kept() {
        let lines = wrap("a\n\nb", 100.0);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["a", "", "b"]);
    }

    /// Where each line after the first starts, as a byte offset into the text.
    fn line_starts(lines: &[Line]) -> Vec<usize> {
        let mut at = 0;
        let mut starts = Vec::new();
        for line in &lines[..lines.len() - 1] {
            assert_eq!(line.end, LineEnd::Split, "{lines:?}");
            at += line.text.len();
            starts.push(at);
        }
        starts
    }

    #[test]
    fn no_chinese_line_begins_with_closing_punctuation() {
        let text = "我们在会议上讨论了合作的目标。然后，我们制定了计划、分工和时间表。\
                    「下一步」由谁负责？大家同意：每月见面一次！";
        let mut narrow_lines = 0;
        for width in (25..=200).step_by(3) {
            let lines = wrap(text, width as f32);
            narrow_lines = narrow_lines.max(lines.len());
            for line in &lines[1..] {
                let first = line.text.chars().next().expect("no empty line");
                assert!(
                    !may_not_begin_a_line(first),
                    "width {width}: a line begins with {first:?}: {lines:?}"
                );
            }
        }
        assert!(
            narrow_lines > 5,
            "the text was never broken: {narrow_lines}"
        );
    }

    #[test]
    fn a_cut_anywhere_does_not_leave_closing_punctuation_at_a_line_start() {
        let metrics = FontMetrics::load().expect("bundled fonts parse");
        let style = TextStyle {
            metrics: &metrics,
            size: 10.0,
            bold: false,
            hyphenation: Hyphenation::none(),
        };
        let text = "目标。然后";
        let one = style.width("目标");
        // Room for two characters: "目标" stays together with its "。".
        let cut = hard_cut(text, one + 0.1, &style);
        assert!(!text[cut..].starts_with('。'), "cut at {cut}");
    }

    #[test]
    fn thai_breaks_only_between_words() {
        let words = [
            "สวัสดี",
            "ครับ",
            "ยินดี",
            "ต้อนรับ",
            "สู่",
            "การ",
            "ประชุม",
            "ของ",
            "เรา",
            "เรา",
            "วางแผน",
            "งาน",
            "ร่วม",
            "กัน",
            "กับ",
            "พันธมิตร",
            "ใหม่",
            "ทุก",
            "เดือน",
        ];
        let text: String = words.concat();
        let mut boundaries = Vec::new();
        let mut at = 0;
        for word in words {
            at += word.len();
            boundaries.push(at);
        }
        // Every word fits on a line: none needs to be cut.
        let metrics = FontMetrics::load().expect("bundled fonts parse");
        let widest = words
            .iter()
            .map(|word| metrics.text_width(word, 10.0, false))
            .fold(0.0, f32::max);
        let mut broken = 0;
        for width in (widest.ceil() as usize..=150).step_by(4) {
            let lines = wrap(&text, width as f32);
            broken = broken.max(lines.len());
            for start in line_starts(&lines) {
                assert!(
                    boundaries.contains(&start),
                    "width {width}: a line starts inside a word: {lines:?}"
                );
            }
        }
        assert!(broken > 4, "the text was never broken: {broken}");
    }
}
