//! Budget (issue 16): 50 participants sending 20 cards each at once over loopback:
//! every card arrives exactly once, each within 1 s of being sent (well under); the
//! idle server uses next to no CPU. See docs/benchmarks.md.
//!
//! Run with `cargo bench --bench kartenabfrage`. Besides criterion's time for the whole
//! burst, it prints the latency per card (sent → taken by the app after its wake call)
//! and the idle CPU over two seconds.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark stops at a broken setup

#[path = "../tests/moderation_common/mod.rs"]
mod moderation_common;

use std::collections::{HashMap, HashSet};
use std::net::{IpAddr, Ipv4Addr};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use moderation_common::Participant;
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::moderation::{ModerationServer, ParticipantEvent, SessionConfig};

const PARTICIPANTS: usize = 50;
const CARDS: usize = 20;

fn config() -> SessionConfig {
    let mut config = SessionConfig::new("Was brauchen wir?", "Ziele", Language::German);
    config.bind = Some(IpAddr::V4(Ipv4Addr::LOCALHOST));
    // All clients share 127.0.0.1; in a room each phone has its own address.
    config.limits.devices_per_address = PARTICIPANTS * 2;
    config.limits.address_burst = 1_000_000;
    config.limits.max_connections_per_address = PARTICIPANTS * 2;
    config
}

/// One burst: every participant loads the page, then all send their cards at once.
/// Returns the time until the app had taken every card, and each card's latency from
/// being sent to being taken by the app (as the window would, on its wake call).
fn burst() -> (Duration, Vec<Duration>) {
    let (wake_sender, wakes) = mpsc::channel::<()>();
    let wake_sender = Mutex::new(wake_sender);
    let server = ModerationServer::start(
        config(),
        None,
        Box::new(move || {
            let _ = wake_sender.lock().unwrap().send(());
        }),
    )
    .unwrap();
    let url = server.join_url().to_owned();
    let sent: Arc<Mutex<HashMap<String, Instant>>> = Arc::default();
    let mut participants: Vec<Participant> = (0..PARTICIPANTS)
        .map(|_| {
            let mut participant = Participant::new(&url);
            assert_eq!(participant.get("").status, 200);
            participant
        })
        .collect();
    let start = Instant::now();
    let clients: Vec<_> = (participants.drain(..).enumerate())
        .map(|(client, mut participant)| {
            let sent = Arc::clone(&sent);
            std::thread::spawn(move || {
                for card in 0..CARDS {
                    let text = format!("{client}/{card}");
                    sent.lock().unwrap().insert(text.clone(), Instant::now());
                    let status = participant.card(&text, &text).status;
                    assert_eq!(status, 303);
                }
            })
        })
        .collect();
    let mut taken: Vec<(String, Instant)> = Vec::with_capacity(PARTICIPANTS * CARDS);
    while taken.len() < PARTICIPANTS * CARDS {
        wakes
            .recv_timeout(Duration::from_secs(10))
            .expect("cards keep coming");
        let now = Instant::now();
        for event in server.take_events() {
            if let ParticipantEvent::Card { text, .. } = event {
                taken.push((text, now));
            }
        }
    }
    let elapsed = start.elapsed();
    for client in clients {
        client.join().unwrap();
    }
    assert!(server.finish().events.is_empty(), "no card arrives twice");
    let unique: HashSet<&String> = taken.iter().map(|(text, _)| text).collect();
    assert_eq!(
        unique.len(),
        PARTICIPANTS * CARDS,
        "every card exactly once"
    );
    let sent = sent.lock().unwrap();
    let latencies = taken
        .iter()
        .map(|(text, at)| at.saturating_duration_since(sent[text]))
        .collect();
    (elapsed, latencies)
}

/// User and system CPU time of this process, from /proc (Linux).
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    // utime and stime are fields 14 and 15; after the name, at 11 and 12 (from 0).
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10)) // USER_HZ is 100 on Linux
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn report_latency_and_idle() {
    let mut latencies: Vec<Duration> = Vec::new();
    let mut totals: Vec<Duration> = Vec::new();
    for _ in 0..5 {
        let (total, mut run) = burst();
        totals.push(total);
        latencies.append(&mut run);
    }
    latencies.sort_unstable();
    totals.sort_unstable();
    println!(
        "kartenabfrage: {PARTICIPANTS}×{CARDS} cards, 5 runs: all received in {:?} (median); \
         latency per card median {:?}, p99 {:?}, max {:?}",
        totals[2],
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        latencies[latencies.len() - 1],
    );
    assert!(
        latencies[latencies.len() - 1] < Duration::from_secs(1),
        "a card took over 1 s"
    );

    let server = ModerationServer::start(config(), None, Box::new(|| {})).unwrap();
    let mut participant = Participant::new(server.join_url());
    participant.get("");
    std::thread::sleep(Duration::from_millis(200));
    if let Some(before) = cpu_time() {
        std::thread::sleep(Duration::from_secs(2));
        let used = cpu_time().unwrap_or(before).saturating_sub(before);
        println!("kartenabfrage: idle server, 2 s: {used:?} CPU (10 ms resolution)");
    }
    server.stop();
}

fn kartenabfrage_benches(c: &mut Criterion) {
    report_latency_and_idle();
    let mut group = c.benchmark_group("kartenabfrage");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("50 participants × 20 cards, all received", |b| {
        b.iter_custom(|iterations| (0..iterations).map(|_| burst().0).sum())
    });
    group.finish();
}

criterion_group!(benches, kartenabfrage_benches);
criterion_main!(benches);
