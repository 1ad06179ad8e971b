//! Issue 29: the participants' server tried as an attacker on the workshop Wi-Fi would,
//! one test per row of the table, over loopback. Each attack runs against the
//! headless `kartenabfrage` command (as in the table) while a participant from another
//! address (127.0.0.N) sends a card, which must be accepted within a second; then
//! SIGTERM must save within two seconds, with every card answered 2xx in the file
//! exactly once. Slowloris and the idle timeout run on the library's server, whose
//! timeouts the test shortens through the session's config.

#![cfg(target_os = "linux")] // SIGTERM through kill, /proc for memory, 127.0.0.N sources
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::moderation_common;

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use moderation_common::cli::CliSession;
use moderation_common::{Participant, connect_from};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::moderation::{ModerationServer, SessionConfig};
use netzwerk_canvas::storage::load_workspace;

const TITLE: &str = "Dorfladen Rhade";
const FIELD: &str = "shared_goals";

fn workspace(folder: &Path) -> PathBuf {
    moderation_common::cli::example_workspace(folder)
}

fn start(file: &Path) -> CliSession {
    CliSession::start(file, &["--title", TITLE, "--field", FIELD])
}

fn address(session: &CliSession) -> SocketAddr {
    Participant::new(&session.url).address
}

/// The texts of the canvas's cards in the file.
fn cards_in_file(file: &Path) -> Vec<String> {
    let workspace = load_workspace(file).unwrap();
    let canvas = (workspace.collaborations.iter())
        .find(|c| c.title == TITLE)
        .unwrap();
    canvas.cards.iter().map(|card| card.text.clone()).collect()
}

/// A participant at 127.0.0.`n` sends `text`; it must be accepted within a second.
fn legitimate_card(url: &str, n: u8, text: &str) {
    let mut phone = Participant::from_address(url, n);
    let started = Instant::now();
    let reply = phone.card(text, &format!("legit-{n}-{text}"));
    let took = started.elapsed();
    assert_eq!(reply.status, 303, "the participant's card: {}", reply.body);
    assert!(took < Duration::from_secs(1), "the card took {took:?}");
}

/// SIGTERM saves within two seconds, exit 0, and each of `texts` is in the file once.
fn ends_and_saves(session: CliSession, file: &Path, texts: &[&str]) {
    let started = Instant::now();
    let (status, stderr) = session.terminate();
    let took = started.elapsed();
    assert!(status.success(), "{stderr}");
    assert!(
        took < Duration::from_secs(2),
        "saving took {took:?}: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    let cards = cards_in_file(file);
    for text in texts {
        let count = cards.iter().filter(|card| card == text).count();
        assert_eq!(count, 1, "{text:?} in the file: {cards:?}");
    }
}

/// Writes `bytes` on a new connection from `source` and reads what comes back within
/// `wait` (an answer, or nothing when the server closes or keeps silent).
fn raw(address: SocketAddr, source: Option<Ipv4Addr>, bytes: &[u8], wait: Duration) -> String {
    let mut stream = connect_from(source, address).unwrap();
    let _ = stream.write_all(bytes);
    stream.set_read_timeout(Some(wait)).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer).into_owned()
}

#[test]
fn row_1_a_content_length_of_four_quintillion_crashes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let file = workspace(folder.path());
    let session = start(&file);
    legitimate_card(&session.url, 2, "vor dem Angriff");
    let bomb = b"GET /x HTTP/1.1\r\nHost: x\r\nContent-Length: 4611686018427387904\r\n\r\n";
    let answer = raw(address(&session), None, bomb, Duration::from_secs(2));
    assert!(answer.starts_with("HTTP/1.1 404"), "{answer:?}");
    let token = Participant::new(&session.url).base;
    let post = format!(
        "POST {token}card HTTP/1.1\r\nHost: x\r\nContent-Length: 4611686018427387904\r\n\r\n"
    );
    let answer = raw(
        address(&session),
        None,
        post.as_bytes(),
        Duration::from_secs(2),
    );
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer:?}");
    legitimate_card(&session.url, 3, "nach dem Angriff");
    ends_and_saves(session, &file, &["vor dem Angriff", "nach dem Angriff"]);
}

#[test]
fn row_2_the_largest_content_length_four_times_leaves_the_server_answering() {
    let folder = tempfile::tempdir().unwrap();
    let file = workspace(folder.path());
    let session = start(&file);
    let token = Participant::new(&session.url).base;
    for path in [
        "/x".to_owned(),
        format!("{token}card"),
        "/x".into(),
        token.clone(),
    ] {
        let bomb = format!(
            "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Length: 18446744073709551615\r\n\r\n"
        );
        let answer = raw(
            address(&session),
            None,
            bomb.as_bytes(),
            Duration::from_secs(2),
        );
        assert!(answer.starts_with("HTTP/1.1 4"), "{path}: {answer:?}");
    }
    legitimate_card(&session.url, 2, "trotz vier Bomben");
    ends_and_saves(session, &file, &["trotz vier Bomben"]);
}

#[test]
fn row_3_stalled_bodies_hold_no_participant_and_no_save_back() {
    let folder = tempfile::tempdir().unwrap();
    let file = workspace(folder.path());
    let session = start(&file);
    let token = Participant::new(&session.url).base;
    let stalled: Vec<TcpStream> = (0..4)
        .map(|_| {
            let mut stream = connect_from(None, address(&session)).unwrap();
            let head = format!("POST {token}card HTTP/1.1\r\nContent-Length: 2000\r\n\r\n");
            stream.write_all(head.as_bytes()).unwrap();
            stream
        })
        .collect();
    legitimate_card(&session.url, 2, "neben vier Stillstehenden");
    ends_and_saves(session, &file, &["neben vier Stillstehenden"]);
    drop(stalled);
}

#[test]
fn row_4_six_hundred_idle_connections_under_a_desktop_file_limit_lock_nobody_out() {
    let folder = tempfile::tempdir().unwrap();
    let file = workspace(folder.path());
    let args = ["--title", TITLE, "--field", FIELD];
    let session = CliSession::start_with_file_limit(&file, &args, Some(1024));
    let server = address(&session);
    // From 200 addresses, three each: under the per-address cap, over the total one.
    let idle: Vec<TcpStream> = (0..600)
        .filter_map(|i| {
            connect_from(Some(Ipv4Addr::new(127, 0, 1, (i % 200) as u8 + 1)), server).ok()
        })
        .collect();
    assert!(idle.len() >= 590, "only {} connections opened", idle.len());
    legitimate_card(&session.url, 2, "trotz 600 offener Verbindungen");
    // And once more after a moment: accepting has not stopped.
    std::thread::sleep(Duration::from_millis(300));
    legitimate_card(&session.url, 3, "und noch eine");
    ends_and_saves(
        session,
        &file,
        &["trotz 600 offener Verbindungen", "und noch eine"],
    );
    drop(idle);
}

#[test]
fn row_5_a_huge_header_line_and_millions_of_headers_are_cut_off_early() {
    let folder = tempfile::tempdir().unwrap();
    let file = workspace(folder.path());
    let session = start(&file);
    let token = Participant::new(&session.url).base;
    // One endless header line, then endless headers: the server must stop reading
    // (431 and close) long before 64 MiB, and its memory must stay small.
    let chunk = vec![b'a'; 64 * 1024];
    for (start, repeat) in [("X-Long: ", &chunk), ("", &b"X-A: b\r\n".repeat(8192))] {
        let mut stream = connect_from(None, address(&session)).unwrap();
        stream
            .write_all(format!("GET {token} HTTP/1.1\r\nHost: x\r\n{start}").as_bytes())
            .unwrap();
        let mut sent = 0usize;
        while sent < 64 * 1024 * 1024 {
            match stream.write(repeat) {
                Ok(n) => sent += n,
                Err(_) => break,
            }
        }
        assert!(
            sent < 16 * 1024 * 1024,
            "the server read {sent} bytes of headers"
        );
        let memory = session.resident_bytes().unwrap();
        assert!(memory < 100 * 1024 * 1024, "the server uses {memory} bytes");
    }
    legitimate_card(&session.url, 2, "nach der Kopfzeilenbombe");
    ends_and_saves(session, &file, &["nach der Kopfzeilenbombe"]);
}

#[test]
fn row_5_slowloris_and_an_idle_connection_are_closed_when_the_timeout_ends() {
    let mut config = SessionConfig::new("Frage", "Ziele", Language::German);
    config.bind = Some(IpAddr::V4(Ipv4Addr::LOCALHOST));
    config.limits.header_timeout = Duration::from_secs(1);
    let server = ModerationServer::start(config, None, Box::new(|| {})).unwrap();
    let address = server.address();
    let mut idle = connect_from(None, address).unwrap();
    let mut slow = connect_from(None, address).unwrap();
    let started = Instant::now();
    let mut closed_after = None;
    for byte in b"GET / HTTP/1.1\r\nHost: slowly-but-surely\r\n"
        .iter()
        .cycle()
        .take(40)
    {
        if slow.write_all(&[*byte]).is_err() {
            closed_after = Some(started.elapsed());
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let closed_after = closed_after.expect("slowloris kept its connection for 4 s");
    assert!(closed_after < Duration::from_secs(3), "{closed_after:?}");
    idle.set_read_timeout(Some(Duration::from_secs(3))).unwrap();
    let mut rest = Vec::new();
    let read = idle.read_to_end(&mut rest);
    assert!(
        read.is_ok(),
        "the idle connection was closed, not left open: {read:?}"
    );
    let mut phone = Participant::from_address(server.join_url(), 2);
    assert_eq!(phone.card("nach Slowloris", "s1").status, 303);
}

#[test]
fn http2_prefaces_and_bare_line_feeds_get_an_answer_or_a_close_at_once() {
    let folder = tempfile::tempdir().unwrap();
    let file = workspace(folder.path());
    let session = start(&file);
    let started = Instant::now();
    let preface = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
    let answer = raw(address(&session), None, preface, Duration::from_secs(3));
    assert!(started.elapsed() < Duration::from_secs(2), "{answer:?}");
    // Bare line feeds: answered at once (the connection then stays open for more).
    let started = Instant::now();
    let mut stream = connect_from(None, address(&session)).unwrap();
    stream.write_all(b"GET /x HTTP/1.1\nHost: x\n\n").unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(3)))
        .unwrap();
    let mut first = [0u8; 12];
    stream.read_exact(&mut first).unwrap();
    assert_eq!(&first, b"HTTP/1.1 404");
    assert!(started.elapsed() < Duration::from_secs(2));
    legitimate_card(&session.url, 2, "nach HTTP/2");
    ends_and_saves(session, &file, &["nach HTTP/2"]);
}

#[test]
fn row_6_after_kill_9_resume_brings_every_acknowledged_card_back_exactly_once() {
    let folder = tempfile::tempdir().unwrap();
    let file = workspace(folder.path());
    let before = std::fs::read(&file).unwrap();
    let session = start(&file);
    let mut phone = Participant::from_address(&session.url, 2);
    let texts = ["erste Karte", "zweite Karte", "dritte Karte"];
    for (n, text) in texts.iter().enumerate() {
        assert_eq!(phone.card(text, &format!("s{n}")).status, 303);
    }
    session.kill_hard();
    assert_eq!(std::fs::read(&file).unwrap(), before, "nothing saved yet");
    let journals = folder.path().join("xdg-data/netzwerk-canvas/recovery");
    let journal = std::fs::read_dir(&journals)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("kartenabfrage-")
        });
    let journal = journal.expect("a journal beside the recovery files");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&journal).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the journal is the owner's only");
    }

    // Without --resume the command stops and says how to bring them in.
    let refused = std::process::Command::new(env!("CARGO_BIN_EXE_netzwerk-canvas"))
        .env("XDG_DATA_HOME", folder.path().join("xdg-data"))
        .args([
            "kartenabfrage",
            "--bind",
            "127.0.0.1",
            "--title",
            TITLE,
            "--field",
            FIELD,
        ])
        .arg(&file)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("--resume") && stderr.contains("Karten: 3"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), before, "the file untouched");

    let resumed = CliSession::start(&file, &["--title", TITLE, "--field", FIELD, "--resume"]);
    let mut resumed = resumed;
    assert!(
        resumed.wait_for("Karten: 3", Duration::from_secs(5)),
        "{:?}",
        resumed.messages
    );
    legitimate_card(&resumed.url, 3, "nach dem Neustart");
    ends_and_saves(
        resumed,
        &file,
        &[
            "erste Karte",
            "zweite Karte",
            "dritte Karte",
            "nach dem Neustart",
        ],
    );
    assert!(
        !journal.exists(),
        "the journal goes once its cards are saved"
    );
}

fn library_server() -> ModerationServer {
    let mut config = SessionConfig::new("Frage", "Ziele", Language::German);
    config.bind = Some(IpAddr::V4(Ipv4Addr::LOCALHOST));
    ModerationServer::start(config, None, Box::new(|| {})).unwrap()
}

#[test]
fn row_8_page_loads_from_fifty_addresses_take_no_device_slot() {
    let server = library_server();
    for n in 10..60 {
        let mut looker = Participant::from_address(server.join_url(), n);
        let page = looker.get("");
        assert_eq!(page.status, 200);
        assert!(page.header("Set-Cookie").is_none());
    }
    assert_eq!(server.participants(), 0);
    let mut phone = Participant::from_address(server.join_url(), 2);
    assert_eq!(phone.card("echte Karte", "s1").status, 303);
    assert_eq!(server.participants(), 1);
}

#[test]
fn row_9_a_fifth_device_from_one_address_is_told_why() {
    let server = library_server();
    for n in 0..4 {
        let mut device = Participant::from_address(server.join_url(), 2);
        assert_eq!(device.card("Karte", &format!("s{n}")).status, 303);
    }
    let mut fifth = Participant::from_address(server.join_url(), 2);
    let reply = fifth.card("Karte", "s5");
    assert_eq!(reply.status, 503);
    assert!(
        reply
            .body
            .contains("Von dieser Netzwerkadresse nehmen bereits 4 Geräte teil"),
        "{}",
        reply.body
    );
    assert!(
        !reply.body.contains("Die Sitzung ist voll"),
        "{}",
        reply.body
    );
}
