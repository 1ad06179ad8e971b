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

/// Protected files (issue 33), mutated: cut short, bytes changed, headers broken, in the
/// binary and the armoured form. Each must open (and then load or be refused as any
/// file) or be refused as damaged, too costly or not for a passphrase; never a panic,
/// and never opened with the wrong passphrase.
#[test]
fn protected_files_never_panic_and_open_only_with_their_passphrase() {
    use storage::{Passphrase, StorageError};
    let right = Passphrase::new("Lindenblatt".into());
    let wrong = Passphrase::new("lindenblatt".into());
    let example = storage::workspace_to_json(&storage::example_workspace().unwrap()).unwrap();
    let sealed = storage::seal_with_work_factor(&example, &right, 4).unwrap();
    let mut armoured = b"-----BEGIN AGE ENCRYPTED FILE-----\n".to_vec();
    // The armoured seed is the binary one's text form, as `age -a` writes it.
    let encoded = {
        use std::fmt::Write;
        let table = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut text = String::new();
        for chunk in sealed.chunks(3) {
            let bits = chunk
                .iter()
                .fold(0u32, |acc, byte| (acc << 8) | u32::from(*byte))
                << (8 * (3 - chunk.len()));
            for index in 0..4 {
                if index <= chunk.len() {
                    let at = (bits >> (18 - 6 * index)) & 63;
                    text.push(char::from(table[at as usize]));
                } else {
                    text.push('=');
                }
            }
        }
        let mut lines = String::new();
        for line in text.as_bytes().chunks(64) {
            let _ = writeln!(lines, "{}", String::from_utf8_lossy(line));
        }
        lines
    };
    armoured.extend_from_slice(encoded.as_bytes());
    armoured.extend_from_slice(b"-----END AGE ENCRYPTED FILE-----\n");
    assert_eq!(
        &*storage::unseal_within(&armoured, &right, 10).unwrap(),
        &example[..],
        "the armoured seed opens"
    );
    let seeds = [sealed, armoured];
    fuzz_common::fuzz("protected", &seeds, &|input| {
        if storage::unseal_within(input, &wrong, 10).is_ok() {
            panic!("opened with the wrong passphrase");
        }
        match storage::unseal_within(input, &right, 10) {
            Ok(plain) => {
                let _ = storage::parse_workspace(&plain);
                true
            }
            Err(
                StorageError::SealDamaged
                | StorageError::SealTooCostly { .. }
                | StorageError::WrongPassphrase
                | StorageError::NotForPassphrase,
            ) => true,
            Err(other) => panic!("refused with an unexpected error: {other:?}"),
        }
    });
}
