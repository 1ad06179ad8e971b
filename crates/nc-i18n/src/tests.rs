//! Checks over the whole table: both languages, the same placeholders, the German
//! "Sie", and the singular of counted messages. In a file of their own so that they
//! see all parts of the table at once.

use super::{Language, Msg};

fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names
}

#[test]
fn every_message_has_text_in_both_languages_with_the_same_placeholders() {
    for message in Msg::ALL {
        let german = message.text(Language::German);
        let english = message.text(Language::English);
        assert!(!german.trim().is_empty(), "{message:?} has no German text");
        assert!(
            !english.trim().is_empty(),
            "{message:?} has no English text"
        );
        assert_eq!(placeholders(german), placeholders(english), "{message:?}");
    }
}

#[test]
fn fill_replaces_every_placeholder() {
    let text = Msg::OpenFailed.fill(Language::German, &[("file", "a.json")]);
    assert_eq!(text, "„a.json“ konnte nicht geöffnet werden.");
}

/// Issue 15: the German UI addresses the user as "Sie", everywhere.
#[test]
fn the_german_table_speaks_sie() {
    const DU_WORDS: [&str; 22] = [
        "du",
        "dich",
        "dir",
        "dein",
        "deine",
        "deinen",
        "deinem",
        "deiner",
        "deines",
        "möchtest",
        "kannst",
        "musst",
        "willst",
        "hast",
        "bist",
        "wähle",
        "lege",
        "gib",
        "speichere",
        "öffne",
        "klicke",
        "prüfe",
    ];
    for msg in Msg::ALL {
        let text = msg.text(Language::German).to_lowercase();
        for word in text.split(|c: char| !c.is_alphabetic()) {
            assert!(!DU_WORDS.contains(&word), "{msg:?} says “{word}”: {text}");
        }
    }
}

#[test]
fn counted_messages_use_the_singular_for_one() {
    let one = Msg::CollaborationCount.fill_count(Language::German, 1, &[]);
    let two = Msg::CollaborationCount.fill_count(Language::German, 2, &[]);
    assert_eq!(
        (one.as_str(), two.as_str()),
        ("1 Kooperation", "2 Kooperationen")
    );
    let one = Msg::TemplateInUse.fill_count(Language::English, 1, &[("title", "T")]);
    assert!(one.contains("used by 1 collaboration and"), "{one}");
}
