//! In-tree fuzzers beyond the loader, each a few seconds in every test run: the template
//! file parser, the PDF composers (every template, the brief, contacts and map, A3 and
//! portrait, cards as notes) on any workspace that loads, the follow-up list, and the
//! command line.
//! Run one longer with
//! `NC_FUZZ_SECONDS=600 cargo test --release --test integration fuzz_targets::composers -- --nocapture`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::fuzz_common;

use chrono::{NaiveDate, TimeZone, Utc};
use clap::Parser;
use netzwerk_canvas::cli::Cli;
use netzwerk_canvas::export::{
    ExportOptions, ExportRequest, Orientation, PageSetup, Paper, Printed, export,
};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::model::{Template, due_contacts};
use netzwerk_canvas::storage;

fn template_seeds() -> Vec<Vec<u8>> {
    Template::bundled()
        .iter()
        .map(|template| storage::template_to_json(template).unwrap())
        .collect()
}

#[test]
fn the_template_parser_never_panics_and_what_loads_round_trips() {
    fuzz_common::fuzz("templates", &template_seeds(), &|input| {
        let Ok(template) = storage::parse_template(input) else {
            return false;
        };
        let saved = storage::template_to_json(&template).expect("a template saves");
        let reloaded = storage::parse_template(&saved).expect("a saved template loads");
        assert_eq!(reloaded, template, "save → load changed the template");
        true
    });
}

fn options(random: u64) -> ExportOptions {
    ExportOptions {
        page: PageSetup {
            paper: if random & 1 == 0 {
                Paper::A4
            } else {
                Paper::A3
            },
            orientation: if random & 2 == 0 {
                Orientation::Landscape
            } else {
                Orientation::Portrait
            },
        },
        language: if random & 8 == 0 {
            Language::German
        } else {
            Language::English
        },
        exported_at: Utc.with_ymd_and_hms(2026, 11, 29, 12, 0, 0).unwrap(),
        document_title: "Fuzz".to_owned(),
    }
}

/// Whatever loads is printed in every way the app prints; none may panic.
#[test]
fn the_composers_never_panic_on_a_workspace_that_loads() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let mut seeds = fuzz_common::workspace_seeds();
    seeds.extend(template_seeds().into_iter().map(|template| {
        // A workspace holding a template, so that mutations reach template layouts.
        let text = String::from_utf8(template).unwrap();
        let inner = text
            .split_once("\"template\":")
            .map_or("{}", |(_, rest)| rest);
        let inner = inner.trim_end().trim_end_matches('}');
        format!(
            "{{\"format\":\"netzwerk-canvas\",\"version\":1,\"templates\":[{inner}],\
             \"collaborations\":[{{\"title\":\"T\",\"fields\":{{\"who\":\"Anna\"}}}}]}}"
        )
        .into_bytes()
    }));
    // Cards of a Kartenabfrage (clusters, dots, authors, a field no template has), so
    // that mutations reach the notes in the boxes and on the continuation pages.
    let cards = include_bytes!("../fuzz/afl/seeds/composers/cards.json").to_vec();
    let loaded = storage::parse_workspace(&cards).expect("the card seed loads");
    assert!(
        loaded.collaborations[0].cards.len() > 10,
        "the card seed has cards"
    );
    seeds.push(cards);
    fuzz_common::fuzz("composers", &seeds, &|input| {
        let Ok(workspace) = storage::parse_workspace(input) else {
            return false;
        };
        let flavour = input.len() as u64;
        let options = options(flavour);
        let first = workspace
            .collaborations
            .first()
            .map_or("kooperations-canvas", |c| c.template.as_str());
        let templates = workspace.templates_for_export(first);
        let contacts = workspace.contacts.clone();
        let mut printed = vec![
            if flavour & 4 == 0 {
                Printed::Canvases {
                    collaborations: workspace.collaborations.clone(),
                    templates: templates.clone(),
                }
            } else {
                Printed::Blank {
                    template: templates[0].clone(),
                }
            },
            Printed::Contacts {
                contacts: contacts.clone(),
                today,
            },
            Printed::Map { contacts, today },
        ];
        if let Some(collaboration) = workspace.collaborations.first() {
            printed.push(Printed::Brief {
                collaboration: Box::new(collaboration.clone()),
                template: templates[0].clone(),
            });
        }
        for printed in printed {
            let options = options.clone();
            let _ = export(&ExportRequest { printed, options }, &|_, _| {});
        }
        let _ = due_contacts(&workspace.contacts, today);
        true
    });
}

#[test]
fn the_command_line_never_panics_on_any_arguments() {
    let words: Vec<Vec<u8>> = [
        "export ws.json -o out.pdf",
        "export ws.json -o out.pdf --paper a3 --portrait --language en",
        "export ws.json -o out.pdf --blank --template begegnung",
        "export ws.json -o out.pdf --brief Dorfladen",
        "export ws.json -o out.pdf --contacts --today 2026-11-22",
        "export ws.json -o out.pdf --map --force",
        "due ws.json --today 2026-02-30",
        "--help",
        "ws.json",
    ]
    .iter()
    .map(|line| line.as_bytes().to_vec())
    .collect();
    fuzz_common::fuzz("cli", &words, &|input| {
        let line = String::from_utf8_lossy(input);
        let args = std::iter::once("netzwerk-canvas").chain(line.split(' '));
        Cli::try_parse_from(args).is_ok()
    });
}
