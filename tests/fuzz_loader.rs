//! An in-tree mutation fuzzer for the workspace loader, short enough for every CI run.
//!
//! Starting from valid and broken workspace files, it flips, inserts, deletes and splices
//! bytes and JSON tokens. Every input must load or be refused with an error – never a
//! panic – and whatever loads must survive save → load unchanged. Run it longer with
//! `NC_FUZZ_SECONDS=600 NC_FUZZ_SEED=7 cargo test --release --test integration fuzz_loader:: -- --nocapture`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::fuzz_common;

use netzwerk_canvas::storage;

/// Loads the input; whatever loads must come back unchanged after saving it.
fn check(input: &[u8]) {
    let Ok(workspace) = storage::parse_workspace(input) else {
        return;
    };
    let saved = storage::workspace_to_json(&workspace).expect("a loaded workspace saves");
    let reloaded = storage::parse_workspace(&saved).expect("a saved workspace loads");
    assert_eq!(reloaded, workspace, "save → load changed the workspace");
}

#[test]
fn the_loader_never_panics_and_what_loads_round_trips() {
    fuzz_common::fuzz("fuzz_loader", &fuzz_common::workspace_seeds(), &|input| {
        check(input);
        storage::parse_workspace(input).is_ok()
    });
}
