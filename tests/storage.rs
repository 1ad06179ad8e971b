//! Integration tests for the workspace file: the JSON contract of docs/file-format.md, the
//! refusal of bad files without touching them, and the atomic save.

// The helpers (common.rs) are test code too; a failed setup step should simply fail the test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

// One test target, its themes in tests/storage/ (one file per numbered section);
// `#[path]` keeps the files in tests/storage/ whether this file is a crate root or a module.
#[path = "storage/atomic_save.rs"]
mod atomic_save;
#[path = "storage/bad_files.rs"]
mod bad_files;
#[path = "storage/common.rs"]
mod common;
#[path = "storage/contract.rs"]
mod contract;
#[path = "storage/defaults.rs"]
mod defaults;
#[path = "storage/product_example.rs"]
mod product_example;
#[path = "storage/protected.rs"]
mod protected;
#[path = "storage/round_trip.rs"]
mod round_trip;
#[path = "storage/size_limit.rs"]
mod size_limit;
#[path = "storage/unknown_keys.rs"]
mod unknown_keys;
