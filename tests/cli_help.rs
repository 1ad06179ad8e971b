//! The command line's help: what it offers as an example must be accepted (issue 35).

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

mod cli_common;

use cli_common::{run, stdout};
use netzwerk_canvas::model::Template;

/// The ids named in "(e.g. a, b, c)" after `--NAME` in a help text.
fn examples_after(help: &str, option: &str) -> Vec<String> {
    let start = help
        .find(&format!("--{option} "))
        .unwrap_or_else(|| panic!("--{option} in the help: {help}"));
    let rest = &help[start..];
    let examples = rest
        .find("(e.g. ")
        .unwrap_or_else(|| panic!("an example for --{option}: {rest}"));
    let list = &rest[examples + "(e.g. ".len()..];
    let end = list.find(')').expect("the example closes");
    list[..end]
        .split(',')
        .map(|id| id.split_whitespace().collect::<String>())
        .collect()
}

#[test]
fn the_field_ids_kartenabfrage_help_offers_are_fields_of_the_canvas() {
    let help = stdout(&run(&["kartenabfrage", "--help"]));
    let examples = examples_after(&help, "field");
    assert!(!examples.is_empty(), "{help}");
    let template = Template::kooperations_canvas();
    for id in examples {
        assert!(
            template.field(&id).is_some(),
            "--help offers --field {id}, which the command refuses"
        );
    }
}
