//! Where a word may break at the end of a line: at its syllables, by the Knuth-Liang
//! patterns of the document's language (German 1996 spelling or US English), and for
//! tokens that are no words (links, ids, numbers) only after a `/`, `-`, `.` or the like.
//!
//! A break at a syllable shows a hyphen. It is drawn as SOFT HYPHEN (U+00AD), the
//! character PDF prescribes for hyphens that line breaking adds (ISO 32000-1, 14.8.2.2.3):
//! DejaVu draws it as a hyphen, and a reader extracting the text knows to join the word.

use std::cell::RefCell;
use std::collections::HashMap;
use std::mem::Discriminant;

use hypher::Lang;

use nc_i18n::Language;

/// How many words' breaks a thread keeps before it starts over.
const MAX_KNOWN_WORDS: usize = 50_000;

/// The hyphen a syllable break adds to the end of its line.
pub const SOFT_HYPHEN: char = '\u{AD}';

/// A place where a token may end its line: the byte index where the next line starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Break {
    pub at: usize,
    /// A syllable break: the line shows a hyphen the text does not have.
    pub hyphen: bool,
}

/// The hyphenation patterns of one language (hypher's, compiled into the binary as
/// state machines: nothing to load or parse at run time).
#[derive(Clone, Copy)]
pub struct Hyphenation {
    patterns: Option<Lang>,
}

impl Hyphenation {
    pub fn for_language(language: Language) -> Self {
        let patterns = match language {
            Language::German => Lang::German,
            Language::English => Lang::English,
        };
        Self {
            patterns: Some(patterns),
        }
    }

    /// No syllable breaks: only the breaks after `/`, `-`, `.` and the like.
    #[cfg(test)]
    pub fn none() -> Self {
        Self { patterns: None }
    }

    /// Every place where `token` (no spaces) may end a line, in order; none at its
    /// start or end. A word breaks at its syllables and after a hyphen it has;
    /// anything else (a link, an id) only after a separator.
    pub fn breaks(&self, token: &str) -> Vec<Break> {
        // A box's text is wrapped at several sizes while it shrinks to fit, and the
        // same words end lines each time: their breaks are worked out once per thread
        // and language.
        type Known = Vec<(Option<Discriminant<Lang>>, HashMap<String, Vec<Break>>)>;
        thread_local! {
            static KNOWN: RefCell<Known> = const { RefCell::new(Vec::new()) };
        }
        let language = self.patterns.map(|lang| std::mem::discriminant(&lang));
        KNOWN.with(|known| {
            let mut known = known.borrow_mut();
            let at = match known.iter().position(|(l, _)| *l == language) {
                Some(at) => at,
                None => {
                    known.push((language, HashMap::new()));
                    known.len() - 1
                }
            };
            let words = &mut known[at].1;
            if let Some(breaks) = words.get(token) {
                return breaks.clone();
            }
            if words.len() >= MAX_KNOWN_WORDS {
                words.clear();
            }
            let breaks = self.find_breaks(token);
            words.insert(token.to_owned(), breaks.clone());
            breaks
        })
    }

    fn find_breaks(&self, token: &str) -> Vec<Break> {
        let mut breaks = Vec::new();
        match word_core(token) {
            Some((start, core)) => self.word_breaks(core, start, &mut breaks),
            None => separator_breaks(token, &mut breaks),
        }
        // A dictionary's index into case-folded text must still fall between characters.
        breaks.retain(|b| b.at > 0 && b.at < token.len() && token.is_char_boundary(b.at));
        breaks.dedup_by_key(|b| b.at);
        breaks
    }

    /// Syllable breaks in each part of a word, and a break after each hyphen it has.
    fn word_breaks(&self, core: &str, offset: usize, breaks: &mut Vec<Break>) {
        let mut part_start = 0;
        for part in core.split_inclusive(['-', SOFT_HYPHEN]) {
            let letters = part.trim_end_matches(['-', SOFT_HYPHEN]);
            if let Some(patterns) = self.patterns {
                let mut at = offset + part_start;
                let syllables: Vec<&str> = hypher::hyphenate(letters, patterns).collect();
                for syllable in syllables.iter().take(syllables.len().saturating_sub(1)) {
                    at += syllable.len();
                    breaks.push(Break { at, hyphen: true });
                }
            }
            part_start += part.len();
            if letters.len() < part.len() {
                breaks.push(Break {
                    at: offset + part_start,
                    hyphen: false,
                });
            }
        }
    }
}

/// The word inside a token, without the punctuation around it, and where it starts;
/// None when the token is no word (it has digits, `/`, `@`, `.` or the like inside).
fn word_core(token: &str) -> Option<(usize, &str)> {
    let punctuation = |c: char| !c.is_alphanumeric();
    let rest = token.trim_start_matches(punctuation);
    let start = token.len() - rest.len();
    let core = rest.trim_end_matches(punctuation);
    let is_word = !core.is_empty()
        && core
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | SOFT_HYPHEN | '\'' | '’'));
    is_word.then_some((start, core))
}

/// After a separator, where a link or an id may break without a hyphen; a run of
/// separators (`://`) stays together.
fn separator_breaks(token: &str, breaks: &mut Vec<Break>) {
    let mut chars = token.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        let next_is_separator = chars.peek().is_some_and(|(_, next)| is_separator(*next));
        if is_separator(c) && !next_is_separator {
            breaks.push(Break {
                at: index + c.len_utf8(),
                hyphen: false,
            });
        }
    }
}

fn is_separator(c: char) -> bool {
    matches!(
        c,
        '/' | '-' | '.' | '_' | '?' | '&' | '=' | '#' | ':' | ',' | ';' | '@' | '\\' | '|' | '+'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The token with a `-` at each syllable break and a `|` at each other break.
    fn marked(hyphenation: Hyphenation, token: &str) -> String {
        let mut text = String::new();
        let mut last = 0;
        for b in hyphenation.breaks(token) {
            text.push_str(&token[last..b.at]);
            text.push(if b.hyphen { '-' } else { '|' });
            last = b.at;
        }
        text.push_str(&token[last..]);
        text
    }

    #[test]
    fn german_compounds_break_at_their_syllables() {
        let german = Hyphenation::for_language(Language::German);
        assert_eq!(marked(german, "Lebensmittelmarkt"), "Le-bens-mit-tel-markt");
        assert_eq!(
            marked(german, "Kooperationsvereinbarung"),
            "Ko-ope-ra-ti-ons-ver-ein-ba-rung"
        );
        assert_eq!(
            marked(german, "Donaudampfschifffahrtsgesellschaft"),
            "Do-nau-dampf-schiff-fahrts-ge-sell-schaft"
        );
    }

    #[test]
    fn punctuation_and_hyphens_of_the_text_are_kept() {
        let german = Hyphenation::for_language(Language::German);
        assert_eq!(
            marked(german, "„Lebensmittelmarkt“,"),
            "„Le-bens-mit-tel-markt“,"
        );
        assert_eq!(marked(german, "Bürger-Verein"), "Bür-ger-|Ver-ein");
    }

    #[test]
    fn english_text_uses_english_patterns() {
        let english = Hyphenation::for_language(Language::English);
        assert_eq!(marked(english, "cooperation"), "co-op-er-a-tion");
        assert_eq!(marked(english, "agreement."), "agree-ment.");
    }

    #[test]
    fn words_whose_case_folding_changes_their_length_break_between_characters() {
        for language in [Language::German, Language::English] {
            let hyphenation = Hyphenation::for_language(language);
            for word in [
                "İstanbulerİnnenstadtverwaltung",
                "GROẞSTADTSTRAẞENBAHN",
                "Ǆemal-Kooperationsvereinbarung",
                "Zusammenarbeit\u{301}sverein",
            ] {
                for b in hyphenation.breaks(word) {
                    assert!(word.is_char_boundary(b.at), "{word} at {}", b.at);
                }
            }
        }
    }

    #[test]
    fn a_word_longer_than_any_dictionary_word_still_breaks_at_syllables() {
        // hypher without `alloc` panics beyond 45 bytes (found by fuzz_targets).
        let word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenhersteller".repeat(5);
        let breaks = Hyphenation::for_language(Language::German).breaks(&word);
        assert!(breaks.len() > 20, "{} breaks", breaks.len());
        assert!(
            breaks
                .iter()
                .all(|b| word.is_char_boundary(b.at) && b.hyphen)
        );
    }

    #[test]
    fn links_and_ids_break_only_after_separators() {
        let german = Hyphenation::for_language(Language::German);
        assert_eq!(
            marked(german, "https://example.org/kooperation?id=42"),
            "https://|example.|org/|kooperation?|id=|42"
        );
        assert_eq!(marked(german, "AZ-2026/0815"), "AZ-|2026/|0815");
        assert_eq!(marked(german, "Absatzwort12"), "Absatzwort12");
        assert_eq!(marked(Hyphenation::none(), "Lebensmittel"), "Lebensmittel");
    }
}
