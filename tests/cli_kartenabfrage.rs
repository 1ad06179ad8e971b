//! `netzwerk-canvas kartenabfrage` as a script runs it: the address on stdout, cards
//! from participants, SIGTERM, and the cards in the file; bad arguments leave the file
//! alone.

// The session is ended by SIGTERM, sent with the Unix `kill` program.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::cli_common;
use crate::moderation_common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use cli_common::{arg, run, stderr};
use moderation_common::Participant;
use moderation_common::cli::CliSession;
use netzwerk_canvas::storage::load_workspace;

const TITLE: &str = "Dorfladen Rhade";
const FIELD: &str = "shared_goals";

/// A private copy of the example workspace.
fn workspace(folder: &Path) -> PathBuf {
    moderation_common::cli::example_workspace(folder)
}

fn cards_in_file(file: &Path) -> Vec<(String, String, u32)> {
    let workspace = load_workspace(file).unwrap();
    let collaboration = workspace
        .collaborations
        .iter()
        .find(|c| c.title == TITLE)
        .unwrap();
    collaboration
        .cards
        .iter()
        .map(|card| (card.field.clone(), card.text.clone(), card.dots))
        .collect()
}

#[test]
fn cards_sent_during_the_session_are_in_the_file_after_sigterm() {
    let folder = tempfile::tempdir().unwrap();
    let file = workspace(folder.path());
    let before = std::fs::read(&file).unwrap();
    let mut session = CliSession::start(&file, &["--title", "dorfladen rhade", "--field", FIELD]);
    assert!(
        session.url.starts_with("http://127.0.0.1:"),
        "{}",
        session.url
    );
    let mut participant = Participant::new(&session.url);
    let page = participant.get("");
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("Welches Ziel verfolgen wir gemeinsam"),
        "the field's question"
    );
    assert!(
        !page.body.contains("Rhade"),
        "no other canvas text is served"
    );
    assert_eq!(participant.card("Ein Treffpunkt im Dorf", "s1").status, 303);
    assert_eq!(participant.card("Regionale Produkte", "s2").status, 303);
    assert!(session.wait_for("Karten: 2, Punkte: 0", Duration::from_secs(10)));
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "nothing is written during the session"
    );
    let (status, messages) = session.terminate();
    assert_eq!(status.code(), Some(0), "{messages}");
    assert!(messages.contains("Gespeichert in"), "{messages}");
    let cards = cards_in_file(&file);
    assert_eq!(
        cards,
        [
            (FIELD.to_owned(), "Ein Treffpunkt im Dorf".to_owned(), 0),
            (FIELD.to_owned(), "Regionale Produkte".to_owned(), 0),
        ]
    );
    let backup = folder.path().join("workshop.json.bak");
    assert_eq!(
        std::fs::read(backup).unwrap(),
        before,
        "the previous version is kept"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "still private after the save");
    }
}

#[test]
fn phases_typed_on_stdin_show_the_board_and_take_dots() {
    let folder = tempfile::tempdir().unwrap();
    let file = workspace(folder.path());
    let mut session =
        CliSession::start(&file, &["--title", TITLE, "--field", FIELD, "--dots", "2"]);
    let mut participant = Participant::new(&session.url);
    participant.get("");
    assert_eq!(participant.card("Café", "s1").status, 303);
    assert!(session.wait_for("Karten: 1, Punkte: 0", Duration::from_secs(10)));
    session.say("punkten");
    assert!(session.wait_for("Abschnitt: Punkten", Duration::from_secs(10)));
    let page = participant.get("").body;
    let marker = "name=\"card\" value=\"";
    let start = page.find(marker).expect("a dot button") + marker.len();
    let card = page[start..].split('"').next().unwrap().to_owned();
    assert_eq!(participant.dot(&card, "d1").status, 303);
    assert_eq!(participant.dot(&card, "d2").status, 303);
    assert_eq!(participant.dot(&card, "d3").status, 409);
    assert!(session.wait_for("Karten: 1, Punkte: 2", Duration::from_secs(10)));
    session.say("ende");
    assert!(session.wait_for("Abschnitt: Beendet", Duration::from_secs(10)));
    let (status, messages) = session.terminate();
    assert_eq!(status.code(), Some(0), "{messages}");
    assert_eq!(
        cards_in_file(&file),
        [(FIELD.to_owned(), "Café".to_owned(), 2)]
    );
}

#[test]
fn an_unknown_title_or_field_or_a_bad_file_fails_and_leaves_the_file_alone() {
    let folder = tempfile::tempdir().unwrap();
    let file = workspace(folder.path());
    let before = std::fs::read(&file).unwrap();
    let cases: [(&[&str], &str); 2] = [
        (
            &["--title", "Gibt es nicht", "--field", FIELD],
            "Keine Kooperation heißt „Gibt es nicht“",
        ),
        (
            &["--title", TITLE, "--field", "nope"],
            "hat kein Feld „nope“",
        ),
    ];
    for (args, message) in cases {
        let mut all = vec!["kartenabfrage", arg(&file), "--bind", "127.0.0.1"];
        all.extend_from_slice(args);
        let output = run(&all);
        assert_eq!(output.status.code(), Some(1));
        assert!(stderr(&output).contains(message), "{}", stderr(&output));
        assert!(output.stdout.is_empty(), "no address is printed");
    }
    assert_eq!(std::fs::read(&file).unwrap(), before);
    assert!(!folder.path().join("workshop.json.bak").exists());
    let broken = folder.path().join("kaputt.json");
    std::fs::write(&broken, b"{ nicht json").unwrap();
    let output = run(&[
        "kartenabfrage",
        arg(&broken),
        "--title",
        TITLE,
        "--field",
        FIELD,
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("konnte nicht geöffnet werden"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read(&broken).unwrap(), b"{ nicht json");
}

#[test]
fn help_names_the_phase_commands() {
    let output = run(&["kartenabfrage", "--help"]);
    let help = String::from_utf8_lossy(&output.stdout);
    for word in [
        "schreiben",
        "clustern",
        "punkten",
        "ende",
        "SIGTERM",
        "--dots",
    ] {
        assert!(help.contains(word), "{word}: {help}");
    }
}
