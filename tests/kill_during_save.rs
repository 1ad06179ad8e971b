//! A save killed at a random moment leaves either the complete old file or the complete
//! new one, never a mix, a truncated file or nothing.
//!
//! This target runs without the test harness: the same binary is the parent that kills
//! and, started with `NC_SAVE_LOOP=PATH`, the child that saves in a loop.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a broken setup aborts the test

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use netzwerk_canvas::model::Workspace;
use netzwerk_canvas::storage;

const ROUNDS: usize = 300;
const CHILD_ENV: &str = "NC_SAVE_LOOP";

/// Two versions big enough (about 400 kB) that a save takes a while to write and flush.
fn version(name: &str) -> Workspace {
    let mut workspace = storage::example_workspace().unwrap();
    let template = workspace.collaborations.clone();
    for round in 0..20 {
        for (index, original) in template.iter().enumerate() {
            let mut copy = original.clone();
            copy.id = netzwerk_canvas::model::CollaborationId(format!("{name}-{round}-{index}"));
            copy.title = format!("{name} {round} {}", original.title);
            let long = format!("{name}: {}", original.field_text("motivation")).repeat(3);
            copy.fields.insert("success".into(), long);
            workspace.collaborations.push(copy);
        }
    }
    workspace
}

/// Saves the two versions in turn until killed; says "ready" once it starts saving.
fn child_save_loop(path: &Path) -> ! {
    let versions = [version("Neu"), version("Alt")];
    println!("ready");
    for round in 0.. {
        storage::save_workspace(path, &versions[round % 2]).unwrap();
    }
    unreachable!("the parent kills this loop")
}

/// How long one save takes here, so that kills land before, during and after writes.
fn one_save_duration(folder: &Path) -> Duration {
    let probe = folder.join("probe.json");
    let workspace = version("Probe");
    let started = Instant::now();
    storage::save_workspace(&probe, &workspace).unwrap();
    started.elapsed()
}

/// A small xorshift generator: enough randomness for kill times, no extra dependency.
struct Random(u64);

impl Random {
    fn next_below(&mut self, limit: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % limit
    }
}

fn main() {
    if let Some(path) = std::env::var_os(CHILD_ENV) {
        child_save_loop(&PathBuf::from(path));
    }
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("netz.json");
    let old = storage::workspace_to_json(&version("Alt")).unwrap();
    let new = storage::workspace_to_json(&version("Neu")).unwrap();
    std::fs::write(&path, &old).unwrap();
    let seed = Instant::now().elapsed().subsec_nanos() as u64 | 1;
    let mut random = Random(seed ^ 0x9E37_79B9_7F4A_7C15);
    let save_micros = one_save_duration(folder.path()).as_micros() as u64;
    let started = Instant::now();
    let mut saw = [0usize; 2];
    for round in 0..ROUNDS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .env(CHILD_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut ready = String::new();
        let stdout = child.stdout.as_mut().unwrap();
        std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut ready).unwrap();
        std::thread::sleep(Duration::from_micros(
            random.next_below(3 * save_micros + 1),
        ));
        child.kill().unwrap();
        child.wait().unwrap();
        for checked in [path.clone(), storage::backup_path(&path)] {
            let Ok(bytes) = std::fs::read(&checked) else {
                assert!(checked != path, "round {round}: the file vanished");
                continue;
            };
            let is_old = bytes == old;
            assert!(
                is_old || bytes == new,
                "round {round}: {} is neither version",
                checked.display()
            );
            if checked == path {
                saw[usize::from(!is_old)] += 1;
                storage::load_workspace(&checked).unwrap();
            }
        }
    }
    storage::save_workspace(&path, &version("Zuletzt")).unwrap();
    let leftovers: Vec<String> = std::fs::read_dir(folder.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp") || name.ends_with(".tmp.bak"))
        .collect();
    // Only Linux tells whether the killed saver has ended (/proc); elsewhere its
    // temporary files are left alone, to be safe (storage/recovery.rs).
    assert!(
        leftovers.is_empty() || !cfg!(target_os = "linux"),
        "temporary files of killed saves remain: {leftovers:?}"
    );
    println!(
        "kill_during_save: {ROUNDS} kills in {:.1} s (one save takes {} ms); file was the old version {} times, the new {} times",
        started.elapsed().as_secs_f64(),
        save_micros / 1000,
        saw[0],
        saw[1]
    );
    assert!(
        saw[1] > 0,
        "no save ever completed; the test did not exercise anything"
    );
    assert!(
        saw[0] > 0,
        "every save completed; no kill landed during a write"
    );
}
