//! The session's journal: every card and dot a phone sent is on disk before the phone
//! hears "ok", so that a crash, `kill -9` or a power cut loses nothing that was
//! acknowledged. One JSON line per accepted write, appended and flushed with one
//! `fsync` per batch (a writer thread gathers what arrived meanwhile), in the recovery
//! folder, owner-only. The file stays locked while its session runs; a journal whose
//! lock is free belongs to a session that ended without taking its cards home, and is
//! replayed by the next start (`kartenabfrage --resume`, the window's restore).
//!
//! Replaying is idempotent: a card is added once by its id, a dot is the card's count
//! after it, so replaying into a file that already holds the cards changes nothing.

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread::JoinHandle;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::session::Accepted;
use nc_model::{Card, CardId, Collaboration};
use nc_storage::recovery::create_private_folder;
use nc_storage::{Passphrase, RecordKey, create_private, parse_sealed_text, seal_to_text};

const FORMAT: &str = "netzwerk-canvas-kartenabfrage-journal";

/// What the session was about: the first line of a journal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JournalHeader {
    pub format: String,
    /// The workspace file the cards belong to (absolute); None for an unsaved one.
    pub file: Option<PathBuf>,
    pub collaboration: String,
    pub title: String,
    pub field: String,
    pub started: DateTime<Utc>,
}

impl JournalHeader {
    pub fn new(file: Option<PathBuf>, collaboration: &Collaboration, field: &str) -> Self {
        Self {
            format: FORMAT.to_owned(),
            file,
            collaboration: collaboration.id.0.clone(),
            title: collaboration.title.clone(),
            field: field.to_owned(),
            started: Utc::now(),
        }
    }
}

/// One line after the header.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Line {
    Card {
        id: String,
        text: String,
        received: DateTime<Utc>,
    },
    Dot {
        card: String,
        dots: u32,
    },
}

impl From<&Accepted> for Line {
    fn from(accepted: &Accepted) -> Self {
        match accepted {
            Accepted::Card { id, text, received } => Self::Card {
                id: id.0.clone(),
                text: text.clone(),
                received: *received,
            },
            Accepted::Dot { card, dots } => Self::Dot {
                card: card.0.clone(),
                dots: *dots,
            },
        }
    }
}

impl From<Line> for Accepted {
    fn from(line: Line) -> Self {
        match line {
            Line::Card { id, text, received } => Self::Card {
                id: CardId(id),
                text,
                received,
            },
            Line::Dot { card, dots } => Self::Dot {
                card: CardId(card),
                dots,
            },
        }
    }
}

/// The answer a write waits for: Ok once the line is on disk.
pub type Durable = tokio::sync::oneshot::Receiver<Result<(), String>>;

type Job = (Accepted, tokio::sync::oneshot::Sender<Result<(), String>>);

/// The open journal of a running session.
pub struct Journal {
    path: PathBuf,
    sender: Option<mpsc::Sender<Job>>,
    writer: Option<JoinHandle<()>>,
}

/// The first line of the journal of a protected workspace: the header and the session's
/// record key, sealed with the passphrase (one scrypt run when the session starts).
#[derive(Serialize, Deserialize)]
struct SealedHeader {
    format: String,
    /// Hex digits of an age file (scrypt) holding a [`SealedContent`].
    sealed: String,
}

#[derive(Serialize, Deserialize)]
struct SealedContent {
    header: JournalHeader,
    /// The record key's secret (`AGE-SECRET-KEY-1…`).
    key: String,
}

impl Journal {
    /// Creates `kartenabfrage-ID.jsonl` in `folder` (0700) with its header on disk. With
    /// a passphrase (a protected workspace), nothing in it is readable without it.
    pub fn create(
        folder: &Path,
        id: &str,
        header: &JournalHeader,
        passphrase: Option<&Passphrase>,
    ) -> std::io::Result<Self> {
        create_private_folder(folder)?;
        let (first_line, key) = match passphrase {
            None => (
                serde_json::to_vec(header).map_err(std::io::Error::other)?,
                None,
            ),
            Some(passphrase) => {
                let key = RecordKey::generate();
                let content = SealedContent {
                    header: header.clone(),
                    key: key.secret().to_string(),
                };
                let first = SealedHeader {
                    format: FORMAT.to_owned(),
                    sealed: seal_to_text(&content, passphrase).map_err(std::io::Error::other)?,
                };
                (
                    serde_json::to_vec(&first).map_err(std::io::Error::other)?,
                    Some(key),
                )
            }
        };
        let path = journal_file(folder, id);
        let mut file = create_private(&path)?;
        file.try_lock().map_err(std::io::Error::other)?;
        let mut line = first_line;
        line.push(b'\n');
        file.write_all(&line)?;
        file.sync_all()?;
        let (sender, receiver) = mpsc::channel();
        let writer = std::thread::Builder::new()
            .name("kartenabfrage-journal".into())
            .spawn(move || write_batches(file, &receiver, key.as_ref()))?;
        Ok(Self {
            path,
            sender: Some(sender),
            writer: Some(writer),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Queues `accepted`; the receiver answers once it is on disk. Call in the order
    /// the session accepted the writes (under its lock): the journal keeps that order.
    pub fn append(&self, accepted: &Accepted) -> Durable {
        let (done, durable) = tokio::sync::oneshot::channel();
        let queued = self
            .sender
            .as_ref()
            .map(|s| s.send((accepted.clone(), done)));
        if let Some(Err(mpsc::SendError((_, done)))) = queued {
            let _ = done.send(Err("the journal is closed".to_owned()));
        }
        durable
    }

    /// Writes what is queued and closes the file (its lock is released, so the next
    /// start would replay it); the caller removes it once the cards are saved.
    pub fn close(&mut self) {
        self.sender = None;
        if let Some(writer) = self.writer.take() {
            let _ = writer.join();
        }
    }

    /// Closes and deletes the journal: its cards are saved elsewhere now.
    pub fn remove(mut self) {
        self.close();
        let _ = std::fs::remove_file(&self.path);
    }
}

impl Drop for Journal {
    fn drop(&mut self) {
        self.close();
    }
}

/// Takes everything queued, writes it, flushes once, answers every waiting write.
fn write_batches(mut file: File, receiver: &mpsc::Receiver<Job>, key: Option<&RecordKey>) {
    while let Ok(first) = receiver.recv() {
        let mut batch = vec![first];
        batch.extend(receiver.try_iter());
        let mut bytes = Vec::new();
        for (accepted, _) in &batch {
            let Ok(line) = serde_json::to_vec(&Line::from(accepted)) else {
                continue;
            };
            match key.map(|key| key.seal_record(&line)) {
                None => bytes.extend_from_slice(&line),
                Some(Ok(sealed)) => bytes.extend_from_slice(sealed.as_bytes()),
                Some(Err(_)) => continue,
            }
            bytes.push(b'\n');
        }
        let written = file
            .write_all(&bytes)
            .and_then(|()| file.sync_data())
            .map_err(|error| error.to_string());
        for (_, done) in batch {
            let _ = done.send(written.clone());
        }
    }
}

/// `kartenabfrage-ID.jsonl` in `folder`.
pub fn journal_file(folder: &Path, id: &str) -> PathBuf {
    folder.join(format!("kartenabfrage-{id}.jsonl"))
}

/// A journal left by a session that did not end (its lock is free).
#[derive(Clone, Debug, PartialEq)]
pub struct LeftJournal {
    pub path: PathBuf,
    pub header: JournalHeader,
    pub accepted: Vec<Accepted>,
}

impl LeftJournal {
    pub fn cards(&self) -> usize {
        let cards = self.accepted.iter();
        cards.filter(|a| matches!(a, Accepted::Card { .. })).count()
    }

    pub fn dots(&self) -> usize {
        self.accepted.len() - self.cards()
    }

    /// Deletes the journal once its cards are saved.
    pub fn remove(&self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// The journals in `folder` whose sessions are gone, oldest first. A journal still
/// locked belongs to a running session and is left alone; an unreadable one too.
pub fn find_left_journals(folder: &Path) -> Vec<LeftJournal> {
    read_journals(folder, read_left_journal)
}

/// Every journal file in `folder` that `read` makes something of, oldest first.
fn read_journals(folder: &Path, read: impl Fn(&Path) -> Option<LeftJournal>) -> Vec<LeftJournal> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<LeftJournal> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with("kartenabfrage-") && name.ends_with(".jsonl")
        })
        .filter_map(|path| read(&path))
        .collect();
    found.sort_by_key(|journal| journal.header.started);
    found
}

/// The journal at `path` when no session holds it.
fn read_left_journal(path: &Path) -> Option<LeftJournal> {
    let file = File::open(path).ok()?;
    // A running session holds an exclusive lock; a shared one fails then.
    file.try_lock_shared().ok()?;
    let mut lines = BufReader::new(file).lines();
    let header: JournalHeader = serde_json::from_str(&lines.next()?.ok()?).ok()?;
    if header.format != FORMAT {
        return None;
    }
    // A line cut short by a crash mid-write was never acknowledged: it is skipped.
    let accepted = lines
        .map_while(Result::ok)
        .filter_map(|line| serde_json::from_str::<Line>(&line).ok())
        .map(Accepted::from)
        .collect();
    Some(LeftJournal {
        path: path.to_path_buf(),
        header,
        accepted,
    })
}

/// The journals in `folder` of protected workspaces whose sessions are gone and which
/// `passphrase` opens (one scrypt run each), oldest first.
pub fn find_locked_journals(folder: &Path, passphrase: &Passphrase) -> Vec<LeftJournal> {
    read_journals(folder, |path| read_locked_journal(path, passphrase))
}

fn read_locked_journal(path: &Path, passphrase: &Passphrase) -> Option<LeftJournal> {
    let file = File::open(path).ok()?;
    file.try_lock_shared().ok()?;
    let mut lines = BufReader::new(file).lines();
    let first: SealedHeader = serde_json::from_str(&lines.next()?.ok()?).ok()?;
    if first.format != FORMAT {
        return None;
    }
    let content: SealedContent = parse_sealed_text(&first.sealed, passphrase)?;
    let key = RecordKey::from_secret(&content.key)?;
    // A line cut short by a crash mid-write was never acknowledged: it is skipped.
    let accepted = lines
        .map_while(Result::ok)
        .filter_map(|line| key.open_record(&line))
        .filter_map(|plain| serde_json::from_slice::<Line>(&plain).ok())
        .map(Accepted::from)
        .collect();
    Some(LeftJournal {
        path: path.to_path_buf(),
        header: content.header,
        accepted,
    })
}

/// What a replay changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Replayed {
    pub cards: usize,
    pub dots: usize,
}

/// Puts the journal's cards into `collaboration`'s `field`: each card once (by id), each
/// dot count at least as the journal has it. Replaying twice changes nothing more.
pub fn replay(collaboration: &mut Collaboration, field: &str, accepted: &[Accepted]) -> Replayed {
    let mut replayed = Replayed::default();
    for entry in accepted {
        match entry {
            Accepted::Card { id, text, received } => {
                if collaboration.card(id).is_none() {
                    let mut card = Card::new(field, text, *received);
                    card.id = id.clone();
                    if collaboration.add_card(card).is_some() {
                        replayed.cards += 1;
                    }
                }
            }
            Accepted::Dot { card, dots } => {
                if let Some(card) = collaboration.card_mut(card)
                    && card.dots < *dots
                {
                    replayed.dots += (*dots - card.dots) as usize;
                    card.dots = *dots;
                }
            }
        }
    }
    replayed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collaboration() -> Collaboration {
        Collaboration::new("Stadtteilnetz", Utc::now())
    }

    #[test]
    fn a_journal_replays_its_cards_and_dots_once_however_often_it_is_replayed() {
        let folder = tempfile::tempdir().unwrap();
        let header = JournalHeader::new(None, &collaboration(), "motivation");
        let journal = Journal::create(folder.path(), "t", &header, None).unwrap();
        let id = CardId::new_random();
        let card = Accepted::Card {
            id: id.clone(),
            text: "Mehr Austausch".into(),
            received: Utc::now(),
        };
        let dot = Accepted::Dot {
            card: id.clone(),
            dots: 2,
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        for entry in [&card, &dot] {
            let durable = journal.append(entry);
            assert_eq!(runtime.block_on(durable), Ok(Ok(())));
        }
        assert!(
            find_left_journals(folder.path()).is_empty(),
            "a running session's journal is not offered"
        );
        drop(journal);
        let left = find_left_journals(folder.path());
        assert_eq!(left.len(), 1);
        assert_eq!((left[0].cards(), left[0].dots()), (1, 1));
        let mut target = collaboration();
        let first = replay(&mut target, "motivation", &left[0].accepted);
        assert_eq!(first, Replayed { cards: 1, dots: 2 });
        let again = replay(&mut target, "motivation", &left[0].accepted);
        assert_eq!(again, Replayed::default());
        assert_eq!(target.cards.len(), 1);
        assert_eq!(target.card(&id).map(|c| c.dots), Some(2));
    }

    #[test]
    fn a_protected_workspace_s_journal_is_unreadable_without_its_passphrase() {
        let folder = tempfile::tempdir().unwrap();
        let mut canvas = collaboration();
        canvas.title = "Geheimrunde Titel".into();
        let header = JournalHeader::new(None, &canvas, "motivation");
        let passphrase = Passphrase::new("Lindenblatt".into());
        let journal = Journal::create(folder.path(), "g", &header, Some(&passphrase)).unwrap();
        let card = Accepted::Card {
            id: CardId::new_random(),
            text: "Kartengeheimnis".into(),
            received: Utc::now(),
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        assert_eq!(runtime.block_on(journal.append(&card)), Ok(Ok(())));
        drop(journal);
        let bytes = std::fs::read(journal_file(folder.path(), "g")).unwrap();
        for secret in ["Kartengeheimnis", "Geheimrunde", "motivation"] {
            let found = bytes.windows(secret.len()).any(|w| w == secret.as_bytes());
            assert!(!found, "{secret} is readable in the journal");
        }
        assert!(find_left_journals(folder.path()).is_empty());
        let wrong = Passphrase::new("lindenblatt".into());
        assert!(find_locked_journals(folder.path(), &wrong).is_empty());
        let left = find_locked_journals(folder.path(), &passphrase);
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].header.title, "Geheimrunde Titel");
        assert_eq!(left[0].accepted, vec![card]);
    }

    #[test]
    fn a_line_cut_short_by_a_crash_is_skipped() {
        let folder = tempfile::tempdir().unwrap();
        let header = JournalHeader::new(None, &collaboration(), "motivation");
        let mut text = serde_json::to_string(&header).unwrap();
        text.push_str("\n{\"card\":{\"id\":\"a\",\"text\":\"ganz\",\"received\":\"2026-12-07T10:00:00Z\"}}\n{\"card\":{\"id\":\"b\",\"te");
        std::fs::write(journal_file(folder.path(), "x"), text).unwrap();
        let left = find_left_journals(folder.path());
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].accepted.len(), 1);
    }
}
