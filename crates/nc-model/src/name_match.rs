//! Finding a person's name in free text as a whole word, for *Auskunft* and
//! *Vergessen*: "Anna" must find "anna," and "ANNA" but not the town "Annaberg", or
//! forgetting one person would damage the texts about another thing.

use std::ops::Range;

/// The byte ranges where `name` stands in `text` as whole words, ignoring case. Any run
/// of white space in the name matches any run in the text, so a name broken over two
/// lines of a field is still found. An empty name is found nowhere.
pub fn name_ranges(text: &str, name: &str) -> Vec<Range<usize>> {
    let pattern: Vec<&str> = name.split_whitespace().collect();
    if pattern.is_empty() {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        let starts_word = index == 0 || !chars[index - 1].1.is_alphanumeric();
        if starts_word && let Some(end) = match_at(&chars, index, &pattern) {
            let ends_word = chars.get(end).is_none_or(|(_, c)| !c.is_alphanumeric());
            if ends_word {
                let end_byte = chars.get(end).map_or(text.len(), |(byte, _)| *byte);
                found.push(chars[index].0..end_byte);
                index = end;
                continue;
            }
        }
        index += 1;
    }
    found
}

/// Whether `text` names the person.
pub fn names(text: &str, name: &str) -> bool {
    !name_ranges(text, name).is_empty()
}

/// `text` with each whole-word occurrence of `name` replaced, or `None` when the name
/// does not occur (so that untouched texts stay byte for byte the same).
pub fn replace_name(text: &str, name: &str, placeholder: &str) -> Option<String> {
    let ranges = name_ranges(text, name);
    if ranges.is_empty() {
        return None;
    }
    let mut result = String::with_capacity(text.len());
    let mut copied = 0;
    for range in ranges {
        result.push_str(&text[copied..range.start]);
        result.push_str(placeholder);
        copied = range.end;
    }
    result.push_str(&text[copied..]);
    Some(result)
}

/// The char index just after the name when it starts at `start`, words separated by
/// white space.
fn match_at(chars: &[(usize, char)], start: usize, words: &[&str]) -> Option<usize> {
    let mut index = start;
    for (number, word) in words.iter().enumerate() {
        if number > 0 {
            let gap = chars[index..]
                .iter()
                .take_while(|(_, c)| c.is_whitespace())
                .count();
            if gap == 0 {
                return None;
            }
            index += gap;
        }
        for expected in word.chars() {
            let (_, actual) = chars.get(index)?;
            if !actual.to_lowercase().eq(expected.to_lowercase()) {
                return None;
            }
            index += 1;
        }
    }
    Some(index)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_found_as_a_whole_word_ignoring_case() {
        assert!(names("Treffen mit ANNA berg, morgen", "Anna Berg"));
        assert!(names("anna berg", "Anna Berg"));
        assert!(names("(Anna\n  Berg)", "Anna Berg"));
        assert!(!names("Annaberg", "Anna"));
        assert!(!names("Hanna Berg", "Anna Berg"));
        assert!(!names("Anna Bergmann", "Anna Berg"));
        assert!(!names("irgendwas", "  "));
    }

    #[test]
    fn replacing_keeps_the_text_around_and_other_words() {
        assert_eq!(
            replace_name("Anna, Annaberg und anna.", "Anna", "[x]").as_deref(),
            Some("[x], Annaberg und [x].")
        );
        assert_eq!(
            replace_name("Özlem Yıldız kommt", "özlem yıldız", "[x]").as_deref(),
            Some("[x] kommt")
        );
        assert_eq!(replace_name("Annaberg", "Anna", "[x]"), None);
    }
}
