//! Which words were added and which were removed between two versions of a text, for
//! "Vergleichen…": the new text as it reads now, with the removed words in between.

use std::time::{Duration, Instant};

use similar::{Algorithm, DiffTag, capture_diff_slices_deadline};

/// What happened to a stretch of words between the kept state and now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordChange {
    /// In both texts.
    Kept,
    /// Only in the new text.
    Added,
    /// Only in the old text.
    Removed,
}

/// A stretch of text with what happened to it. Kept and added parts keep the new text's
/// spaces and line breaks, so that together they are the new text; added and removed
/// parts are words without space around them (a reader shows a gap next to removed
/// words, which are not in the new text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiffPart {
    pub change: WordChange,
    pub text: String,
}

/// Past this, very long texts get a coarser diff (longer stretches marked), still right.
const TIMEOUT: Duration = Duration::from_millis(40);

/// A word and the space after it (up to the next word or the end of the text).
struct Word<'a> {
    word: &'a str,
    space: &'a str,
}

/// The word-level difference from `old` to `new`; words are compared as they are
/// (case and punctuation count), the space between them does not.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffPart> {
    let (_, old_words) = words(old);
    let (lead, new_words) = words(new);
    let old_keys: Vec<&str> = old_words.iter().map(|w| w.word).collect();
    let new_keys: Vec<&str> = new_words.iter().map(|w| w.word).collect();
    let deadline = Instant::now().checked_add(TIMEOUT);
    let ops = capture_diff_slices_deadline(Algorithm::Myers, &old_keys, &new_keys, deadline);
    let mut parts: Vec<DiffPart> = Vec::new();
    push(&mut parts, WordChange::Kept, lead);
    for op in ops {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        if matches!(tag, DiffTag::Delete | DiffTag::Replace) {
            let removed = old_words.get(old_range).unwrap_or_default();
            push(&mut parts, WordChange::Removed, joined(removed).trim_end());
        }
        let shown = new_words.get(new_range).unwrap_or_default();
        if tag == DiffTag::Equal {
            push(&mut parts, WordChange::Kept, &joined(shown));
        } else if let Some((last, before)) = shown.split_last() {
            let text = format!("{}{}", joined(before), last.word);
            push(&mut parts, WordChange::Added, &text);
            push(&mut parts, WordChange::Kept, last.space);
        }
    }
    parts
}

/// Whether any word was added or removed.
pub fn has_changes(parts: &[DiffPart]) -> bool {
    parts.iter().any(|part| part.change != WordChange::Kept)
}

/// The space before the first word, and the words with the space after each.
fn words(text: &str) -> (&str, Vec<Word<'_>>) {
    let rest = text.trim_start();
    let lead = &text[..text.len() - rest.len()];
    let mut found = Vec::new();
    let mut rest = rest;
    while !rest.is_empty() {
        let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (word, after) = rest.split_at(word_end);
        let next = after.trim_start();
        let space = &after[..after.len() - next.len()];
        found.push(Word { word, space });
        rest = next;
    }
    (lead, found)
}

fn joined(words: &[Word<'_>]) -> String {
    words.iter().flat_map(|w| [w.word, w.space]).collect()
}

/// Appends `text`, joining it to the last part when that has the same change.
fn push(parts: &mut Vec<DiffPart>, change: WordChange, text: &str) {
    if text.is_empty() {
        return;
    }
    match parts.last_mut() {
        Some(last) if last.change == change => last.text.push_str(text),
        _ => parts.push(DiffPart {
            change,
            text: text.to_owned(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use WordChange::{Added, Kept, Removed};

    fn parts(old: &str, new: &str) -> Vec<(WordChange, String)> {
        word_diff(old, new)
            .into_iter()
            .map(|part| (part.change, part.text))
            .collect()
    }

    fn owned(expected: &[(WordChange, &str)]) -> Vec<(WordChange, String)> {
        expected
            .iter()
            .map(|(change, text)| (*change, (*text).to_owned()))
            .collect()
    }

    #[test]
    fn a_replaced_word_is_removed_then_added_in_place() {
        assert_eq!(
            parts(
                "Wir gründen einen Verein im Dorf.",
                "Wir gründen eine Genossenschaft im Dorf."
            ),
            owned(&[
                (Kept, "Wir gründen "),
                (Removed, "einen Verein"),
                (Added, "eine Genossenschaft"),
                (Kept, " im Dorf."),
            ])
        );
    }

    #[test]
    fn removed_words_lose_their_space_and_kept_text_reads_as_now() {
        assert_eq!(
            parts("Laden und Café im Ort", "Laden im Ort"),
            owned(&[(Kept, "Laden "), (Removed, "und Café"), (Kept, "im Ort")])
        );
        assert_eq!(
            parts("Laden im Ort, bald", "Laden im Ort,"),
            owned(&[(Kept, "Laden im Ort,"), (Removed, "bald")])
        );
    }

    #[test]
    fn words_added_after_a_line_break_keep_it() {
        assert_eq!(
            parts("Erster Punkt", "Erster Punkt\nZweiter Punkt"),
            owned(&[(Kept, "Erster Punkt\n"), (Added, "Zweiter Punkt")])
        );
    }

    #[test]
    fn new_spacing_alone_is_no_change() {
        let diff = word_diff("Ein  Laden\nim Dorf", "Ein Laden im Dorf");
        assert!(!has_changes(&diff), "{diff:?}");
        assert_eq!(diff.len(), 1);
        assert_eq!(diff[0].text, "Ein Laden im Dorf");
    }

    #[test]
    fn kept_and_added_parts_give_the_new_text_and_removed_words_come_from_the_old() {
        let old = "Für mich: Zugang zu Freiwilligen.\nFür die Börse: Einblick in den Bedarf.";
        let new = "Für mich: schneller Zugang zu Freiwilligen.\nFür alle: Einblick.";
        let diff = word_diff(old, new);
        let now: String = diff
            .iter()
            .filter(|part| part.change != Removed)
            .map(|part| part.text.as_str())
            .collect();
        assert_eq!(now, new);
        let removed: Vec<&str> = diff
            .iter()
            .filter(|part| part.change == Removed)
            .map(|part| part.text.as_str())
            .collect();
        assert_eq!(removed, ["die Börse: Einblick in den Bedarf."]);
        let added: Vec<&str> = diff
            .iter()
            .filter(|part| part.change == Added)
            .map(|part| part.text.as_str())
            .collect();
        assert_eq!(added, ["schneller", "alle: Einblick."]);
    }

    #[test]
    fn an_empty_side_is_all_added_or_all_removed() {
        assert_eq!(parts("", "Neu hier"), owned(&[(Added, "Neu hier")]));
        assert_eq!(parts("Weg damit", ""), owned(&[(Removed, "Weg damit")]));
        assert!(word_diff("", "").is_empty());
    }
}
