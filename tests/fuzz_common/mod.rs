//! The mutation engine shared by the in-tree fuzzers: byte flips, inserts, deletions,
//! JSON tokens and splices from other seeds, driven by a seeded xorshift generator, and
//! a loop that runs a target for `NC_FUZZ_SECONDS` (3 by default) and saves a crash.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

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

pub struct Random(pub u64);

impl Random {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, limit: usize) -> usize {
        (self.next() % limit.max(1) as u64) as usize
    }
}

pub fn workspace_seeds() -> Vec<Vec<u8>> {
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

pub fn mutate(input: &mut Vec<u8>, other: &[u8], random: &mut Random) {
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

/// Runs `check` on mutated seeds for the configured time. `check` returns whether the
/// input was accepted (loaded, parsed); a panic is saved and fails the test.
pub fn fuzz(name: &str, seeds: &[Vec<u8>], check: &dyn Fn(&[u8]) -> bool) -> (u64, u64) {
    let seconds: f64 = std::env::var("NC_FUZZ_SECONDS")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(3.0);
    let seed = std::env::var("NC_FUZZ_SEED")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(0x2545_F491_4F6C_DD1D_u64);
    let mut random = Random(seed | 1);
    let started = Instant::now();
    let (mut executions, mut accepted) = (0u64, 0u64);
    while started.elapsed() < Duration::from_secs_f64(seconds) {
        let mut input = seeds[random.below(seeds.len())].clone();
        let other = &seeds[random.below(seeds.len())];
        mutate(&mut input, other, &mut random);
        match catch_unwind(AssertUnwindSafe(|| check(&input))) {
            Ok(was_accepted) => accepted += u64::from(was_accepted),
            Err(_) => {
                let crash = std::env::temp_dir().join(format!("nc-fuzz-{name}-crash-{executions}"));
                std::fs::write(&crash, &input).unwrap();
                panic!(
                    "{name}: input {executions} panicked; saved as {}",
                    crash.display()
                );
            }
        }
        executions += 1;
    }
    println!(
        "{name}: {executions} inputs in {:.1} s, {accepted} of them accepted",
        started.elapsed().as_secs_f64()
    );
    assert!(executions > 10, "{name}: the fuzzer barely ran");
    assert!(accepted > 0, "{name}: no mutated input was ever accepted");
    (executions, accepted)
}
