//! The participants' server of a Kartenabfrage over loopback: the token, the limits,
//! escaping, many participants at once, the phase rules, and the port closing.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::moderation_common;

use std::collections::HashSet;
use std::net::{IpAddr, Ipv4Addr, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use moderation_common::{Participant, encode, request};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::model::{CardId, MAX_CARD_CHARS};
use netzwerk_canvas::moderation::{
    BoardCard, ModerationServer, ParticipantEvent, Phase, SessionConfig,
};

fn config() -> SessionConfig {
    let mut config = SessionConfig::new("Was brauchen wir <jetzt>?", "Ziele", Language::German);
    config.bind = Some(IpAddr::V4(Ipv4Addr::LOCALHOST));
    config
}

fn start(config: SessionConfig) -> ModerationServer {
    ModerationServer::start(config, None, Box::new(|| {})).expect("the server starts on loopback")
}

fn texts(events: &[ParticipantEvent]) -> Vec<String> {
    events
        .iter()
        .filter_map(|event| match event {
            ParticipantEvent::Card { text, .. } => Some(text.clone()),
            ParticipantEvent::Dot { .. } => None,
        })
        .collect()
}

fn board(ids: &[&str]) -> Vec<BoardCard> {
    ids.iter()
        .map(|id| BoardCard {
            id: CardId((*id).to_owned()),
            text: format!("Karte {id}"),
            cluster: None,
            dots: 0,
        })
        .collect()
}

#[test]
fn the_join_address_carries_a_long_token() {
    let server = start(config());
    let url = server.join_url();
    let port = server.address().port();
    let prefix = format!("http://127.0.0.1:{port}/");
    assert!(url.starts_with(&prefix), "{url}");
    let token = url[prefix.len()..].trim_end_matches('/');
    assert_eq!(token.len(), 26, "128 bits in base32: {url}");
    assert!(server.qr_code().width >= 21);
}

#[test]
fn a_wrong_token_or_unknown_path_gets_the_same_bare_404() {
    let server = start(config());
    let mut participant = Participant::new(server.join_url());
    let address = participant.address;
    let token = participant.base.trim_matches('/').to_owned();
    let mut wrong = token.clone();
    wrong.replace_range(0..1, if token.starts_with('a') { "b" } else { "a" });
    let paths = [
        "/".to_owned(),
        "/favicon.ico".to_owned(),
        format!("/{wrong}/"),
        format!("/{wrong}/card"),
        format!("/{token}x/"),
        format!("/{token}/admin"),
        format!("/{token}/../"),
    ];
    for path in paths {
        let reply = request(address, "GET", &path, &[], b"");
        assert_eq!(reply.status, 404, "{path}");
        assert_eq!(reply.body, "Not Found", "{path}");
        assert_eq!(reply.header("Set-Cookie"), None, "{path}");
        assert_eq!(reply.header("X-Content-Type-Options"), Some("nosniff"));
    }
    let reply = request(
        address,
        "POST",
        &format!("/{wrong}/card"),
        &[],
        b"text=x&submission=s",
    );
    assert_eq!(reply.status, 404);
    assert!(server.take_events().is_empty());
    assert_eq!(server.participants(), 0, "a wrong token joins nobody");
    assert_eq!(participant.get("").status, 200);
    assert_eq!(server.participants(), 0, "looking joins nobody");
    assert_eq!(participant.card("Karte", "s1").status, 303);
    assert_eq!(server.participants(), 1);
}

#[test]
fn the_page_shows_the_escaped_question_under_a_strict_policy() {
    let server = start(config());
    let mut participant = Participant::new(server.join_url());
    let reply = participant.get("");
    assert_eq!(reply.status, 200);
    assert!(
        reply
            .body
            .contains("<h1>Was brauchen wir &lt;jetzt&gt;?</h1>"),
        "{}",
        reply.body
    );
    assert!(reply.body.contains("name=\"viewport\""));
    let policy = reply.header("Content-Security-Policy").expect("a CSP");
    assert!(policy.starts_with("default-src 'none'"), "{policy}");
    assert!(policy.contains("script-src 'nonce-") && policy.contains("form-action 'self'"));
    assert_eq!(reply.header("Referrer-Policy"), Some("no-referrer"));
    assert_eq!(reply.header("Cache-Control"), Some("no-store"));
    assert_eq!(reply.header("Set-Cookie"), None, "looking takes no device");
    let reply = participant.card("Karte", "s1");
    let cookie = reply
        .header("Set-Cookie")
        .expect("a device cookie with the first card");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("Path=/"),
        "{cookie}"
    );
}

#[test]
fn a_card_is_queued_and_the_form_redirects_back_with_thanks() {
    let server = start(config());
    let mut participant = Participant::new(server.join_url());
    participant.get("");
    let reply = participant.card("  Ein Dorfladen  ", "s1");
    assert_eq!(reply.status, 303);
    assert_eq!(
        reply.header("Location"),
        Some(format!("{}?sent=1", participant.base).as_str())
    );
    assert_eq!(texts(&server.take_events()), ["Ein Dorfladen"]);
    assert!(participant.get("?sent=1").body.contains("Danke!"));
    let json = participant.post("card", "text=Bus&submission=s2", true);
    assert_eq!((json.status, json.body.as_str()), (200, "{\"ok\":true}"));
    assert_eq!(texts(&server.take_events()), ["Bus"]);
}

#[test]
fn the_same_form_sent_twice_stores_one_card() {
    let server = start(config());
    let mut participant = Participant::new(server.join_url());
    participant.get("");
    assert_eq!(participant.card("Café", "same").status, 303);
    assert_eq!(participant.card("Café", "same").status, 303);
    assert_eq!(texts(&server.take_events()), ["Café"]);
}

#[test]
fn a_card_over_the_limit_is_refused_with_413() {
    let server = start(config());
    let mut participant = Participant::new(server.join_url());
    participant.get("");
    let too_long = "ä".repeat(MAX_CARD_CHARS + 1);
    let reply = participant.card(&too_long, "s1");
    assert_eq!(reply.status, 413);
    assert!(
        reply.body.contains("höchstens 280 Zeichen"),
        "{}",
        reply.body
    );
    assert!(reply.body.contains(&too_long), "the text stays in the box");
    assert!(server.take_events().is_empty());
    let just_right = "ä".repeat(MAX_CARD_CHARS);
    assert_eq!(participant.card(&just_right, "s2").status, 303);
    assert_eq!(texts(&server.take_events()), [just_right]);
}

#[test]
fn a_body_over_a_few_kilobytes_is_refused_with_413() {
    let server = start(config());
    let mut participant = Participant::new(server.join_url());
    participant.get("");
    let body = format!("text=kurz&submission=s1&padding={}", "x".repeat(10_000));
    assert_eq!(participant.post("card", &body, false).status, 413);
    assert_eq!(participant.post("card", &body, true).status, 413);
    assert!(server.take_events().is_empty());
}

#[test]
fn a_flood_from_one_device_gets_429() {
    let server = start(config());
    let mut participant = Participant::new(server.join_url());
    participant.get("");
    let started = Instant::now();
    let statuses: Vec<u16> = (0..60)
        .map(|i| {
            participant
                .card(&format!("Karte {i}"), &format!("s{i}"))
                .status
        })
        .collect();
    let accepted = statuses.iter().filter(|s| **s == 303).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!(accepted + refused, 60, "{statuses:?}");
    // A burst of 30, then one card per 2 s (the default rate) while the flood ran.
    let refilled = (started.elapsed().as_secs_f64() * 0.5).ceil() as usize;
    assert!((30..=30 + refilled).contains(&accepted), "{statuses:?}");
    assert_eq!(server.take_events().len(), accepted);
}

#[test]
fn markup_sent_as_a_card_comes_back_escaped_on_the_board() {
    let server = start(config());
    let mut participant = Participant::new(server.join_url());
    participant.get("");
    let markup = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    assert_eq!(participant.card(markup, "s1").status, 303);
    let events = server.take_events();
    assert_eq!(texts(&events), [markup], "the text is kept as sent");
    server.set_board(vec![BoardCard {
        id: CardId("c1".into()),
        text: markup.to_owned(),
        cluster: Some("<b>Gruppe</b>".into()),
        dots: 0,
    }]);
    server.set_phase(Phase::Clustering);
    let page = participant.get("").body;
    assert!(!page.contains("<script>alert"), "{page}");
    assert!(!page.contains("<img"), "{page}");
    assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x"));
    assert!(page.contains("&lt;b&gt;Gruppe&lt;/b&gt;"));
}

#[test]
fn fifty_participants_sending_twenty_cards_each_lose_and_double_nothing() {
    let mut config = config();
    // All clients share 127.0.0.1; in a room each phone has its own address.
    config.limits.devices_per_address = 100;
    config.limits.address_burst = 100_000;
    config.limits.max_connections_per_address = 100;
    let wakes = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&wakes);
    let server = ModerationServer::start(
        config,
        None,
        Box::new(move || {
            counter.fetch_add(1, Ordering::SeqCst);
        }),
    )
    .unwrap();
    let url = server.join_url().to_owned();
    let clients: Vec<_> = (0..50)
        .map(|client| {
            let url = url.clone();
            std::thread::spawn(move || {
                let mut participant = Participant::new(&url);
                assert_eq!(participant.get("").status, 200);
                (0..20)
                    .map(|card| {
                        let text = format!("Teilnehmerin {client} Karte {card}");
                        participant.card(&text, &format!("{client}-{card}")).status
                    })
                    .collect::<Vec<u16>>()
            })
        })
        .collect();
    for client in clients {
        assert_eq!(client.join().unwrap(), [303; 20]);
    }
    let events = server.take_events();
    assert_eq!(events.len(), 1000);
    assert_eq!(wakes.load(Ordering::SeqCst), 1000);
    let unique: HashSet<String> = texts(&events).into_iter().collect();
    let expected: HashSet<String> = (0..50)
        .flat_map(|c| (0..20).map(move |k| format!("Teilnehmerin {c} Karte {k}")))
        .collect();
    assert_eq!(unique, expected);
    assert_eq!(server.participants(), 50);
}

#[test]
fn dots_only_while_dotting_and_never_more_than_n_per_device() {
    let mut config = config();
    config.dots_per_participant = 3;
    let server = start(config);
    server.set_board(board(&["a", "b"]));
    let mut participant = Participant::new(server.join_url());
    participant.get("");
    assert_eq!(
        participant.dot("a", "d0").status,
        409,
        "no dots while writing"
    );
    server.set_phase(Phase::Clustering);
    assert_eq!(
        participant.dot("a", "d1").status,
        409,
        "no dots while clustering"
    );
    server.set_phase(Phase::Dotting);
    assert_eq!(
        participant.card("zu spät", "c1").status,
        409,
        "no cards while dotting"
    );
    assert_eq!(participant.dot("zz", "d2").status, 409, "only board cards");
    let statuses: Vec<u16> = (0..5)
        .map(|i| {
            participant
                .dot(if i % 2 == 0 { "a" } else { "b" }, &format!("d{}", 10 + i))
                .status
        })
        .collect();
    assert_eq!(statuses, [303, 303, 303, 409, 409]);
    let dots: Vec<ParticipantEvent> = server.take_events();
    assert_eq!(
        dots,
        ["a", "b", "a"].map(|id| ParticipantEvent::Dot {
            card: CardId(id.into())
        })
    );
    let page = participant.get("").body;
    assert!(page.contains("Sie haben alle Punkte vergeben"), "{page}");
    assert!(!page.contains("action=\"/"), "no dot buttons left: {page}");
    // Another device has its own three.
    let mut other = Participant::new(server.join_url());
    other.get("");
    assert_eq!(other.dot("b", "o1").status, 303);
}

#[test]
fn clearing_cookies_does_not_give_endless_dots_from_one_address() {
    let mut config = config();
    config.dots_per_participant = 1;
    config.limits.devices_per_address = 2;
    let server = start(config);
    server.set_board(board(&["a"]));
    server.set_phase(Phase::Dotting);
    let url = server.join_url().to_owned();
    let statuses: Vec<u16> = (0..4)
        .map(|i| {
            let mut fresh = Participant::new(&url);
            fresh.get("");
            fresh.dot("a", &format!("d{i}")).status
        })
        .collect();
    assert_eq!(statuses[..2], [303, 303]);
    assert!(
        statuses[2..].iter().all(|s| *s == 503 || *s == 409),
        "{statuses:?}"
    );
    assert_eq!(server.take_events().len(), 2);
}

#[test]
fn nothing_is_accepted_after_the_end() {
    let server = start(config());
    let mut participant = Participant::new(server.join_url());
    participant.get("");
    server.set_phase(Phase::Ended);
    assert_eq!(participant.card("noch eine", "s1").status, 409);
    assert!(server.take_events().is_empty());
    assert!(
        participant
            .get("")
            .body
            .contains("Die Kartenabfrage ist beendet")
    );
    let state = participant.get("state.json").body;
    assert!(state.starts_with("{\"phase\":\"ended\""), "{state}");
}

#[test]
fn the_cap_on_participants_turns_new_devices_away() {
    let mut config = config();
    config.max_participants = 2;
    let server = start(config);
    let url = server.join_url().to_owned();
    let statuses: Vec<u16> = (0..3)
        .map(|n| {
            Participant::new(&url)
                .card("Karte", &format!("s{n}"))
                .status
        })
        .collect();
    assert_eq!(statuses, [303, 303, 503]);
    assert_eq!(server.participants(), 2);
    let look = Participant::new(&url).get("");
    assert_eq!(look.status, 200, "looking is still allowed");
    assert!(look.header("Set-Cookie").is_none(), "and takes no device");
}

#[test]
fn ending_the_session_closes_the_port() {
    let server = start(config());
    let address = server.address();
    let mut participant = Participant::new(server.join_url());
    participant.get("");
    participant.card("die letzte", "s1");
    let started = Instant::now();
    let last = server.finish().events;
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(
        texts(&last),
        ["die letzte"],
        "no card sent at the end is lost"
    );
    assert!(TcpStream::connect_timeout(&address, Duration::from_millis(500)).is_err());
    let server = start(config());
    let address = server.address();
    server.stop();
    assert!(TcpStream::connect_timeout(&address, Duration::from_millis(500)).is_err());
}

#[test]
fn form_values_are_decoded_as_browsers_encode_them() {
    let server = start(config());
    let mut participant = Participant::new(server.join_url());
    participant.get("");
    let text = "Grün & blau = 100% \"gut\"\nzweite Zeile";
    let body = format!("submission=s1&text={}", encode(text));
    assert_eq!(participant.post("card", &body, false).status, 303);
    assert_eq!(texts(&server.take_events()), [text]);
}
