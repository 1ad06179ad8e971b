//! Measured for issue 29 (docs/benchmarks.md): a room of 200 phones, each with its own
//! address (127.0.1.N), sending 10 cards each at once to the headless `kartenabfrage`
//! command (journal and fsync included, as in a workshop); none may be lost or doubled.
//! The answer time per card (sent → "ok", which comes after the journal's flush), and
//! the server's peak memory; then the same while 500 idle connections and 4 stalled
//! bodies are open, and the server's peak memory under each attack of the issue.
//!
//! Run with `cargo bench --bench kartenabfrage_room` (Linux: /proc, 127.0.0.0/8).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark stops at a broken setup

#[path = "../tests/moderation_common/mod.rs"]
mod moderation_common;

use std::collections::HashMap;
use std::io::Write;
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use moderation_common::cli::CliSession;
use moderation_common::{Participant, connect_from};
use netzwerk_canvas::storage::load_workspace;

const PHONES: u8 = 200;
const CARDS: usize = 10;
const RUNS: usize = 5;

fn workspace(folder: &Path) -> PathBuf {
    moderation_common::cli::example_workspace(folder)
}

fn start(file: &Path) -> CliSession {
    let args = ["--title", "Dorfladen Rhade", "--field", "shared_goals"];
    CliSession::start_with_file_limit(file, &args, Some(1024))
}

/// The server's peak resident memory (VmHWM) in MB.
fn peak_mb(session: &CliSession) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{}/status", session.pid())).unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    let kb: f64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    kb / 1024.0
}

/// Idle connections from 100 addresses and stalled card bodies.
fn attackers(address: SocketAddr, token: &str) -> Vec<TcpStream> {
    let mut open: Vec<TcpStream> = (0..500)
        .filter_map(|i| {
            connect_from(Some(Ipv4Addr::new(127, 0, 2, (i % 100) as u8 + 1)), address).ok()
        })
        .collect();
    for _ in 0..4 {
        let mut stream = connect_from(Some(Ipv4Addr::new(127, 0, 3, 1)), address).unwrap();
        let head = format!("POST {token}card HTTP/1.1\r\nContent-Length: 2000\r\n\r\n");
        stream.write_all(head.as_bytes()).unwrap();
        open.push(stream);
    }
    open
}

/// One room: every phone sends its cards at once. Returns each card's answer time, the
/// wall time, and the server's peak memory; checks the file afterwards.
fn room(under_attack: bool) -> (Vec<Duration>, Duration, f64) {
    let folder = tempfile::tempdir().unwrap();
    let file = workspace(folder.path());
    let session = start(&file);
    let url = session.url.clone();
    let base = Participant::new(&url);
    let _attack = under_attack.then(|| attackers(base.address, &base.base));
    let started = Instant::now();
    let phones: Vec<_> = (1..=PHONES)
        .map(|n| {
            let url = url.clone();
            std::thread::spawn(move || {
                let mut phone = Participant::from_address(&url, 0);
                phone.source = Some(Ipv4Addr::new(127, 0, 1, n));
                (0..CARDS)
                    .map(|card| {
                        let text = format!("Telefon {n} Karte {card}");
                        let sent = Instant::now();
                        let reply = phone.card(&text, &text);
                        assert_eq!(reply.status, 303, "{}", reply.body);
                        sent.elapsed()
                    })
                    .collect::<Vec<Duration>>()
            })
        })
        .collect();
    let mut times: Vec<Duration> = phones.into_iter().flat_map(|p| p.join().unwrap()).collect();
    let wall = started.elapsed();
    let peak = peak_mb(&session);
    let (status, stderr) = session.terminate();
    assert!(status.success(), "{stderr}");
    let saved = load_workspace(&file).unwrap();
    let canvas = (saved.collaborations.iter())
        .find(|c| c.title == "Dorfladen Rhade")
        .unwrap();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for card in canvas
        .cards
        .iter()
        .filter(|c| c.text.starts_with("Telefon "))
    {
        *counts.entry(card.text.as_str()).or_default() += 1;
    }
    assert_eq!(counts.len(), PHONES as usize * CARDS, "every card arrived");
    assert!(counts.values().all(|&n| n == 1), "no card doubled");
    times.sort_unstable();
    (times, wall, peak)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn median<T: PartialOrd + Copy>(mut values: Vec<T>) -> T {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    values[values.len() / 2]
}

fn report(under_attack: bool) {
    let runs: Vec<_> = (0..RUNS).map(|_| room(under_attack)).collect();
    let p50 = median(runs.iter().map(|(t, _, _)| percentile(t, 0.5)).collect());
    let p99 = median(runs.iter().map(|(t, _, _)| percentile(t, 0.99)).collect());
    let wall = median(runs.iter().map(|(_, w, _)| *w).collect());
    let peak = median(runs.iter().map(|(_, _, m)| *m).collect());
    let label = if under_attack {
        "with 500 idle connections and 4 stalled bodies open"
    } else {
        "quiet room"
    };
    println!(
        "kartenabfrage_room: {PHONES} phones x {CARDS} cards, {label}, median of {RUNS} runs: \
         all {} in the file once; answer p50 {p50:?}, p99 {p99:?}; all sent in {wall:?}; \
         server peak memory {peak:.1} MB",
        PHONES as usize * CARDS
    );
}

/// The server's peak memory after each attack of the table.
fn attack_memory() {
    let folder = tempfile::tempdir().unwrap();
    let file = workspace(folder.path());
    let session = start(&file);
    let base = Participant::new(&session.url);
    let address = base.address;
    for length in ["4611686018427387904", "18446744073709551615"] {
        let mut stream = connect_from(None, address).unwrap();
        let bomb = format!("POST /x HTTP/1.1\r\nContent-Length: {length}\r\n\r\n");
        let _ = stream.write_all(bomb.as_bytes());
    }
    let idle = attackers(address, &base.base);
    let chunk = vec![b'a'; 64 * 1024];
    let mut stream = connect_from(None, address).unwrap();
    let _ = stream.write_all(format!("GET {} HTTP/1.1\r\nX-Long: ", base.base).as_bytes());
    for _ in 0..6400 {
        if stream.write_all(&chunk).is_err() {
            break;
        }
    }
    let mut stream = connect_from(None, address).unwrap();
    let _ = stream.write_all(format!("GET {} HTTP/1.1\r\n", base.base).as_bytes());
    let headers = b"X-A: b\r\n".repeat(8192);
    for _ in 0..5000 {
        if stream.write_all(&headers).is_err() {
            break;
        }
    }
    println!(
        "kartenabfrage_room: server peak memory after both Content-Length bombs, 504 idle or \
         stalled connections, a 400 MB header line and 40 million headers: {:.1} MB",
        peak_mb(&session)
    );
    drop(idle);
    let (status, _) = session.terminate();
    assert!(status.success());
}

fn main() {
    // `cargo test` runs benches with --bench only when asked; a plain build skips them.
    if std::env::args().any(|arg| arg == "--list") {
        return;
    }
    report(false);
    report(true);
    attack_memory();
}
