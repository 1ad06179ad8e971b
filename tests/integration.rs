//! Every test of the library and the binary that needs no harness of its own, linked
//! into one test binary: one module per file beside this one (`app_cards` is
//! `tests/app_cards.rs`). One binary instead of ~60 because each links the whole crate:
//! they took 10 GB of disk and minutes of linking on a fresh clone (which filled CI's
//! disk at stop 37). The suites with a harness of their own (the real window, Wine, the
//! browser, kill -9 and hostile disks) stay separate targets in Cargo.toml.
//!
//! One file's tests: `cargo test --test integration app_cards::`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

// The helpers shared by several files, once for all of them.
mod cli_common;
mod common;
mod fuzz_common;
mod map_common;
mod moderation_common;
mod pdf_common;

mod app_book_undo;
mod app_cards;
mod app_conflict_copies;
mod app_contacts;
mod app_contacts_files;
mod app_example;
mod app_export;
mod app_files;
mod app_map_labels;
mod app_meeting;
mod app_merge;
mod app_moderation;
mod app_partner;
mod app_perspectives;
mod app_preferences;
mod app_presentation;
mod app_protection;
mod app_safety;
mod app_screen_fonts;
mod app_slips;
mod app_templates;
mod app_undo;
mod architecture;
mod cli_closed_pipe;
mod cli_contacts;
mod cli_due;
mod cli_export;
mod cli_help;
mod cli_kartenabfrage;
mod cli_partner;
mod cli_protection;
mod cli_rights;
mod contacts_import;
mod fuzz_loader;
mod fuzz_targets;
mod huge_inputs;
mod merge_properties;
mod moderation_attacks;
mod moderation_server;
mod packaging;
mod pdf_auskunft;
mod pdf_blank;
mod pdf_brief;
mod pdf_cards;
mod pdf_contacts;
mod pdf_export;
mod pdf_hyphenation;
mod pdf_indic;
mod pdf_map_labels;
mod pdf_rtl;
mod pdf_system_fonts;
mod private_files;
mod properties;
mod storage;
mod templates;
mod undo_model;
