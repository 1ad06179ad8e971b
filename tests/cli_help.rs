//! The command line's help: what it offers as an example must be accepted, and it
//! speaks German where `--language de` or a German locale asks for it (issue 35).

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use std::process::Command;

use netzwerk_canvas::model::Template;

/// The help text, with the locale set to `locale` and nothing else telling a language.
fn help(args: &[&str], locale: &str) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_netzwerk-canvas"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .output()
        .expect("the binary runs");
    assert!(output.status.success(), "{args:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// The ids named in "(e.g. a, b, c)" (or "(z. B. …)") after `--NAME` in a help text.
fn examples_after(help: &str, option: &str, marker: &str) -> Vec<String> {
    let start = help
        .find(&format!("--{option} "))
        .unwrap_or_else(|| panic!("--{option} in the help: {help}"));
    let rest = &help[start..];
    let examples = rest
        .find(marker)
        .unwrap_or_else(|| panic!("an example for --{option}: {rest}"));
    let list = &rest[examples + marker.len()..];
    let end = list.find(')').expect("the example closes");
    list[..end]
        .split(',')
        .map(|id| id.split_whitespace().collect::<String>())
        .collect()
}

fn assert_fields_exist(examples: &[String], help: &str) {
    assert!(!examples.is_empty(), "{help}");
    let template = Template::kooperations_canvas();
    for id in examples {
        assert!(
            template.field(id).is_some(),
            "--help offers --field {id}, which the command refuses"
        );
    }
}

#[test]
fn the_field_ids_kartenabfrage_help_offers_are_fields_of_the_canvas() {
    let english = help(&["kartenabfrage", "--help"], "C.UTF-8");
    assert_fields_exist(&examples_after(&english, "field", "(e.g. "), &english);
    let german = help(&["kartenabfrage", "--help"], "de_DE.UTF-8");
    assert_fields_exist(&examples_after(&german, "field", "(z. B. "), &german);
}

#[test]
fn the_help_speaks_german_for_a_german_locale_or_language_de() {
    let german = help(&["kartenabfrage", "--help"], "de_DE.UTF-8");
    for words in [
        "Eine Kartenabfrage ohne Fenster",
        "Aufruf: netzwerk-canvas kartenabfrage",
        "Die Kennung des Canvas-Felds",
        "Diese Hilfe ausgeben.",
    ] {
        assert!(german.contains(words), "{words}: {german}");
    }
    assert!(!german.contains("The canvas field's id"), "{german}");
    let asked = help(&["export", "--language", "de", "--help"], "C.UTF-8");
    assert!(
        asked.contains("Canvases als PDF-Datei exportieren"),
        "{asked}"
    );
    let top = help(&["--help"], "de_AT.UTF-8");
    assert!(top.contains("Befehle:"), "{top}");
}

#[test]
fn the_help_stays_english_for_language_en_or_another_locale() {
    let english = help(
        &["kartenabfrage", "--language", "en", "--help"],
        "de_DE.UTF-8",
    );
    assert!(english.contains("The canvas field's id"), "{english}");
    let other = help(&["due", "--help"], "fr_FR.UTF-8");
    assert!(other.contains("Print the due follow-ups"), "{other}");
}
