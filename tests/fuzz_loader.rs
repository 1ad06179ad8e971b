//! An in-tree mutation fuzzer for the workspace loader, short enough for every CI run.
//!
//! Starting from valid and broken workspace files, it flips, inserts, deletes and splices
//! bytes and JSON tokens. Every input must load or be refused with an error – never a
//! panic – and whatever loads must survive save → load unchanged. Run it longer with
//! `NC_FUZZ_SECONDS=600 NC_FUZZ_SEED=7 cargo test --release --test fuzz_loader -- --nocapture`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::time::{Duration, Instant};

use netzwerk_canvas::storage;

const TOKENS: [&[u8]; 16] = [
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b"\"",
    b"null",
    b"true",
    b"1e999",
    b"-0",
    b"\\u0000",
    b"\\ud800",
    "\u{FEFF}".as_bytes(),
    b"\"version\": 2",
    b"\"collaborations\": [{}]",
];

struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, limit: usize) -> usize {
        (self.next() % limit.max(1) as u64) as usize
    }
}

fn seeds() -> Vec<Vec<u8>> {
    let mut seeds = vec![
        storage::workspace_to_json(&storage::example_workspace().unwrap()).unwrap(),
        br#"{"format":"netzwerk-canvas","version":1,"collaborations":[{"title":"x","importance":9,"meeting_date":"2026-12-03","investment":{"energy":{"mine":7}}}]}"#.to_vec(),
    ];
    for folder in ["tests/fixtures", "tests/fixtures/bad"] {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
        for entry in std::fs::read_dir(folder).unwrap().filter_map(Result::ok) {
            if entry.path().is_file() {
                seeds.push(std::fs::read(entry.path()).unwrap());
            }
        }
    }
    seeds
}

fn mutate(input: &mut Vec<u8>, other: &[u8], random: &mut Random) {
    for _ in 0..=random.below(4) {
        let position = random.below(input.len() + 1);
        match random.below(6) {
            0 if !input.is_empty() => {
                let index = position.min(input.len() - 1);
                input[index] ^= 1 << random.below(8);
            }
            1 => input.insert(position, random.next() as u8),
            2 if !input.is_empty() => {
                let end = (position + random.below(64)).min(input.len());
                input.drain(position.min(end)..end);
            }
            3 => {
                let token = TOKENS[random.below(TOKENS.len())];
                input.splice(position..position, token.iter().copied());
            }
            4 => input.truncate(position),
            _ => {
                let start = random.below(other.len());
                let end = (start + random.below(256)).min(other.len());
                input.splice(position..position, other[start..end].iter().copied());
            }
        }
    }
}

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
    let seconds: f64 = std::env::var("NC_FUZZ_SECONDS")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(3.0);
    let seeds = seeds();
    let seed = std::env::var("NC_FUZZ_SEED")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(0x2545_F491_4F6C_DD1D_u64);
    let mut random = Random(seed | 1);
    let started = Instant::now();
    let mut executions = 0u64;
    let mut loaded = 0u64;
    while started.elapsed() < Duration::from_secs_f64(seconds) {
        let mut input = seeds[random.below(seeds.len())].clone();
        let other = &seeds[random.below(seeds.len())];
        mutate(&mut input, other, &mut random);
        let outcome = catch_unwind(AssertUnwindSafe(|| check(&input)));
        if outcome.is_err() {
            let crash = std::env::temp_dir().join(format!("nc-fuzz-crash-{executions}.json"));
            std::fs::write(&crash, &input).unwrap();
            panic!(
                "input {executions} crashed the loader; saved as {}",
                crash.display()
            );
        }
        loaded += u64::from(storage::parse_workspace(&input).is_ok());
        executions += 1;
    }
    println!(
        "fuzz_loader: {executions} inputs in {:.1} s, {loaded} of them loaded",
        started.elapsed().as_secs_f64()
    );
    assert!(executions > 100, "the fuzzer barely ran");
    assert!(
        loaded > 0,
        "no mutated input ever loaded; the mutations are too coarse"
    );
}
