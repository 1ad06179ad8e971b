//! `netzwerk-canvas kartenabfrage`: a Kartenabfrage without a window, for scripting,
//! tests, and a facilitator who only needs the cards in the file afterwards.
//!
//! The command holds a working copy of the collaboration as the app would: it applies
//! what participants send, shows the field's cards back to them, and at the end adds
//! the new cards and dots to the file as it is then (re-read, so that edits made in the
//! meantime are kept), with the usual atomic save.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use super::KartenabfrageArgs;
use crate::i18n::{Language, Msg};
use crate::model::{Collaboration, Workspace};
use crate::moderation::{
    Applied, JournalHeader, JournalPlace, LeftJournal, ModerationServer, Phase, Replayed,
    SessionConfig, apply_events, board_of, find_left_journals, find_locked_journals, replay,
};
use crate::storage::{Passphrase, open_workspace, save_workspace_protected};

/// What wakes the command's main loop.
enum Signal {
    /// A participant sent something.
    Event,
    /// A line on stdin.
    Line(String),
    /// SIGINT or SIGTERM.
    Stop,
}

/// Runs the session and returns the process exit code.
pub fn run_kartenabfrage(args: &KartenabfrageArgs) -> i32 {
    let language = args.language.language();
    match run(args, language) {
        Ok(summary) => {
            eprintln!("{summary}");
            0
        }
        Err(message) => {
            eprintln!("netzwerk-canvas kartenabfrage: {message}");
            1
        }
    }
}

fn run(args: &KartenabfrageArgs, language: Language) -> Result<String, String> {
    let opened = args.secret.open(&args.file, language)?;
    let passphrase = opened.passphrase;
    let mut workspace = opened.workspace;
    find(&workspace, &args.title, language)?;
    let file = std::path::absolute(&args.file).unwrap_or_else(|_| args.file.clone());
    let folder = journal_folder();
    let saving = Saving {
        path: &args.file,
        passphrase: passphrase.as_ref(),
    };
    workspace = take_left_journals(
        args,
        workspace,
        (&file, &saving),
        folder.as_deref(),
        language,
    )?;
    let mut collaboration = find(&workspace, &args.title, language)?.clone();
    let config = session_config(args, &workspace, &collaboration, language)?;
    let journal = folder.map(|folder| JournalPlace {
        folder,
        id: uuid::Uuid::new_v4().simple().to_string(),
        header: JournalHeader::new(Some(file.clone()), &collaboration, &args.field),
        // A protected workspace's journal is encrypted with its passphrase.
        passphrase: passphrase.clone(),
    });
    if journal.is_none() {
        eprintln!("{}", Msg::CliNoJournal.text(language));
    }
    let (sender, receiver) = mpsc::channel();
    let on_signal = sender.clone();
    ctrlc::set_handler(move || {
        let _ = on_signal.send(Signal::Stop);
    })
    .map_err(|error| Msg::CliSignalFailed.fill(language, &[("error", &error.to_string())]))?;
    let on_event = sender.clone();
    let wake = Box::new(move || {
        let _ = on_event.send(Signal::Event);
    });
    let server = ModerationServer::start(config, journal.as_ref(), wake)
        .map_err(|error| error.message(language))?;
    println!("{}", server.join_url());
    let _ = std::io::stdout().flush();
    eprintln!("{}", Msg::CliSessionRunning.text(language));
    // The reader ends with stdin; then only a signal ends the session.
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines().map_while(Result::ok) {
            if sender.send(Signal::Line(line)).is_err() {
                return;
            }
        }
    });
    // What the session brought: new cards (already in the working copy) and dots,
    // which may fall on cards that were in the file before.
    let mut received = Applied::default();
    server.set_board(board_of(&collaboration, &args.field));
    for signal in &receiver {
        match signal {
            Signal::Event => {
                let events = server.take_events();
                if !events.is_empty() {
                    received.extend(apply_events(&mut collaboration, &args.field, events));
                    server.set_board(board_of(&collaboration, &args.field));
                    let (cards, dots) = (received.cards.len(), received.dots.len());
                    let counts = [("cards", cards.to_string()), ("dots", dots.to_string())];
                    let counts = counts
                        .each_ref()
                        .map(|(name, value)| (*name, value.as_str()));
                    eprintln!("{}", Msg::CliReceived.fill(language, &counts));
                }
            }
            Signal::Line(line) => command(&server, &line, language),
            Signal::Stop => break,
        }
    }
    let ended = server.finish();
    received.extend(apply_events(&mut collaboration, &args.field, ended.events));
    let saved = save(args, &saving, &received, language);
    if saved.is_ok()
        && let Some(journal) = ended.journal
    {
        journal.remove();
    }
    saved
}

/// The journals of earlier sessions of `file` that ended without saving: replayed
/// with `--resume`, else the command stops and says how to bring them in.
fn take_left_journals(
    args: &KartenabfrageArgs,
    workspace: Workspace,
    (file, saving): (&Path, &Saving<'_>),
    folder: Option<&Path>,
    language: Language,
) -> Result<Workspace, String> {
    // The journals of a protected workspace open only with its passphrase.
    let left: Vec<LeftJournal> = folder
        .map(|folder| match saving.passphrase {
            Some(passphrase) => find_locked_journals(folder, passphrase),
            None => find_left_journals(folder),
        })
        .unwrap_or_default()
        .into_iter()
        .filter(|journal| journal.header.file.as_deref() == Some(file))
        .collect();
    if left.is_empty() {
        return Ok(workspace);
    }
    if !args.resume {
        let cards: usize = left.iter().map(LeftJournal::cards).sum();
        let dots: usize = left.iter().map(LeftJournal::dots).sum();
        let values = [
            ("cards", cards.to_string()),
            ("dots", dots.to_string()),
            ("file", args.file.display().to_string()),
        ];
        let values = values.each_ref().map(|(n, v)| (*n, v.as_str()));
        return Err(Msg::CliJournalLeft.fill(language, &values));
    }
    resume(args, saving, workspace, &left, language)
}

/// Where journals are kept: the app's recovery folder (the window's too).
fn journal_folder() -> Option<PathBuf> {
    eframe::storage_dir("netzwerk-canvas").map(|data| data.join("recovery"))
}

/// Adds what the journals of ended sessions hold to the file, saves it, and removes
/// the journals; returns the workspace as saved.
fn resume(
    args: &KartenabfrageArgs,
    saving: &Saving<'_>,
    mut workspace: Workspace,
    left: &[LeftJournal],
    language: Language,
) -> Result<Workspace, String> {
    let mut total = Replayed::default();
    for journal in left {
        let header = &journal.header;
        let collaboration = (workspace.collaborations.iter_mut())
            .find(|c| c.id.0 == header.collaboration)
            .ok_or_else(|| {
                let values = [("title", header.title.as_str()), ("titles", "")];
                Msg::CliNoMatch.fill(language, &values)
            })?;
        let replayed = replay(collaboration, &header.field, &journal.accepted);
        total.cards += replayed.cards;
        total.dots += replayed.dots;
    }
    if total != Replayed::default() {
        save_workspace_protected(saving.path, &workspace, saving.passphrase).map_err(|error| {
            let file = args.file.display().to_string();
            let error = error.message(language);
            Msg::CliResumeNotSaved.fill(language, &[("file", &file), ("error", &error)])
        })?;
    }
    for journal in left {
        journal.remove();
    }
    let values = [
        ("cards", total.cards.to_string()),
        ("dots", total.dots.to_string()),
        ("file", args.file.display().to_string()),
    ];
    let values = values.each_ref().map(|(n, v)| (*n, v.as_str()));
    eprintln!("{}", Msg::CliResumed.fill(language, &values));
    Ok(workspace)
}

/// The workspace file and the passphrase it was opened with, for reading it again and
/// saving it as protected as it was.
struct Saving<'a> {
    path: &'a Path,
    passphrase: Option<&'a Passphrase>,
}

fn load(saving: &Saving<'_>, language: Language) -> Result<Workspace, String> {
    let path = saving.path;
    open_workspace(path, saving.passphrase).map_err(|error| {
        let file = path.display().to_string();
        format!(
            "{} {}",
            Msg::OpenFailed.fill(language, &[("file", &file)]),
            error.message(language)
        )
    })
}

/// The collaboration titled `title`, ignoring case and surrounding spaces.
fn find<'a>(
    workspace: &'a Workspace,
    title: &str,
    language: Language,
) -> Result<&'a Collaboration, String> {
    let wanted = title.trim().to_lowercase();
    let found = (workspace.collaborations.iter()).find(|c| c.title.trim().to_lowercase() == wanted);
    found.ok_or_else(|| {
        let titles: Vec<String> = (workspace.collaborations.iter())
            .map(|c| format!("„{}“", c.title))
            .collect();
        Msg::CliNoMatch.fill(
            language,
            &[("title", title), ("titles", &titles.join(", "))],
        )
    })
}

/// The page shows the field's guiding question (its label where it has none).
fn session_config(
    args: &KartenabfrageArgs,
    workspace: &Workspace,
    collaboration: &Collaboration,
    language: Language,
) -> Result<SessionConfig, String> {
    let template = workspace.template_for(collaboration);
    let Some(field) = template.field(&args.field) else {
        let known: Vec<&str> = template.fields.iter().map(|f| f.id.as_str()).collect();
        let values = [
            ("title", collaboration.title.as_str()),
            ("field", args.field.as_str()),
            ("known", &known.join(", ")),
        ];
        return Err(Msg::CliNoSuchField.fill(language, &values));
    };
    let mut config = SessionConfig::for_field(field, language);
    config.bind = args.bind;
    config.port = args.port;
    config.dots_per_participant = args.dots;
    Ok(config)
}

fn command(server: &ModerationServer, line: &str, language: Language) {
    let phase = match line.trim().to_lowercase().as_str() {
        "" => return,
        "schreiben" | "write" => Phase::Writing,
        "clustern" | "cluster" => Phase::Clustering,
        "punkten" | "dots" => Phase::Dotting,
        "ende" | "end" => Phase::Ended,
        other => {
            eprintln!(
                "{}",
                Msg::CliUnknownCommand.fill(language, &[("command", other)])
            );
            return;
        }
    };
    server.set_phase(phase);
    eprintln!(
        "{}",
        Msg::CliPhaseNow.fill(language, &[("phase", phase.name(language))])
    );
}

/// Adds what was received to the file as it is now, and saves it; nothing is written
/// when nothing came. When that fails, the cards go to stdout, so that none is lost.
fn save(
    args: &KartenabfrageArgs,
    saving: &Saving<'_>,
    received: &Applied,
    language: Language,
) -> Result<String, String> {
    let file = args.file.display().to_string();
    let (cards, dots) = (received.cards.len(), received.dots.len());
    let summary = Msg::CliCardsSaved.fill(
        language,
        &[
            ("cards", &cards.to_string()),
            ("dots", &dots.to_string()),
            ("file", &file),
        ],
    );
    if cards == 0 && dots == 0 {
        return Ok(summary);
    }
    let saved = load(saving, language).and_then(|mut workspace| {
        let title = args.title.trim().to_lowercase();
        let collaboration = (workspace.collaborations.iter_mut())
            .find(|c| c.title.trim().to_lowercase() == title)
            .ok_or_else(|| {
                Msg::CliNoMatch.fill(language, &[("title", &args.title), ("titles", "")])
            })?;
        add_received(collaboration, received);
        save_workspace_protected(saving.path, &workspace, saving.passphrase)
            .map_err(|error| error.message(language))
    });
    match saved {
        Ok(()) => Ok(summary),
        Err(error) => {
            for card in &received.cards {
                println!("{}", card.text.replace('\n', " "));
            }
            Err(Msg::CliCardsNotSaved.fill(language, &[("file", &file), ("error", &error)]))
        }
    }
}

fn add_received(collaboration: &mut Collaboration, received: &Applied) {
    for card in &received.cards {
        if collaboration.card(&card.id).is_none() {
            let mut card = card.clone();
            card.dots = 0; // counted below, with the dots on older cards
            collaboration.cards.push(card);
        }
    }
    for id in &received.dots {
        if let Some(card) = collaboration.card_mut(id) {
            card.dots += 1;
        }
    }
}
