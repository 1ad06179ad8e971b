//! The session's server: binds one port, keeps the journal, serves on a thread of its
//! own (`super::listener`, hyper and tokio), and closes the port when the session ends.

use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use super::address::{lan_address, new_token};
use super::handler::Context;
use super::journal::{Journal, JournalHeader};
use super::listener::Serving;
use super::session::Session;
use super::{BoardCard, ParticipantEvent, Phase, QrMatrix, SessionConfig};
use nc_i18n::{Language, Msg};

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("no address on the local network")]
    NoLanAddress,
    #[error("cannot listen on {address}: {error}")]
    Bind { address: String, error: String },
    #[error("cannot create the journal {path}: {error}")]
    Journal { path: String, error: String },
}

impl StartError {
    pub fn message(&self, language: Language) -> String {
        match self {
            Self::NoLanAddress => Msg::ModNoLanAddress.text(language).to_owned(),
            Self::Bind { address, error } => {
                Msg::ModBindFailed.fill(language, &[("address", address), ("error", error)])
            }
            Self::Journal { path, error } => {
                Msg::ModJournalFailed.fill(language, &[("path", path), ("error", error)])
            }
        }
    }
}

/// Where a session keeps its journal: the recovery folder, and what it is about.
#[derive(Clone, Debug, PartialEq)]
pub struct JournalPlace {
    pub folder: PathBuf,
    /// Names the file (`kartenabfrage-ID.jsonl`).
    pub id: String,
    pub header: JournalHeader,
    /// The workspace's passphrase when it is protected: the journal is then encrypted.
    pub passphrase: Option<nc_storage::Passphrase>,
}

/// What an ended session leaves: the events not yet taken, and its journal, closed,
/// which the caller removes once those cards are saved.
pub struct Ended {
    pub events: Vec<ParticipantEvent>,
    pub journal: Option<Journal>,
}

/// A running session. Dropping it (or [`ModerationServer::stop`]) closes the port and
/// leaves its journal on disk, to be replayed at the next start.
pub struct ModerationServer {
    context: Arc<Context>,
    serving: Option<Serving>,
    address: SocketAddr,
    join_url: String,
    qr: QrMatrix,
}

impl ModerationServer {
    /// Binds the port, creates the journal (where `journal` says) and starts serving.
    /// `wake` is called after each participant's card or dot, from the server's thread
    /// (the app asks for a repaint).
    pub fn start(
        config: SessionConfig,
        journal: Option<&JournalPlace>,
        wake: Box<dyn Fn() + Send + Sync>,
    ) -> Result<Self, StartError> {
        let ip = config
            .bind
            .or_else(lan_address)
            .ok_or(StartError::NoLanAddress)?;
        let port = config.port;
        let bind_error = |error: String| StartError::Bind {
            address: SocketAddr::new(ip, port).to_string(),
            error,
        };
        let token = new_token().map_err(|e| bind_error(e.to_string()))?;
        let listener =
            TcpListener::bind((ip, config.port)).map_err(|e| bind_error(e.to_string()))?;
        let address = listener
            .local_addr()
            .map_err(|e| bind_error(e.to_string()))?;
        let journal = journal
            .map(|place| {
                Journal::create(
                    &place.folder,
                    &place.id,
                    &place.header,
                    place.passphrase.as_ref(),
                )
                .map_err(|error| StartError::Journal {
                    path: place.folder.display().to_string(),
                    error: error.to_string(),
                })
            })
            .transpose()?;
        let base = format!("/{token}/");
        let join_url = format!("http://{address}{base}");
        let session = Session::new(
            config.limits.clone(),
            config.dots_per_participant,
            config.max_participants,
        );
        let context = Arc::new(Context {
            token,
            base,
            config,
            session: Mutex::new(session),
            journal: Mutex::new(journal),
            wake,
        });
        let serving = Serving::start(listener, Arc::clone(&context))
            .map_err(|e| bind_error(e.to_string()))?;
        Ok(Self {
            context,
            serving: Some(serving),
            qr: QrMatrix::encode(&join_url),
            address,
            join_url,
        })
    }

    /// `http://ADDRESS:PORT/TOKEN/`: what participants open.
    pub fn join_url(&self) -> &str {
        &self.join_url
    }

    /// The address and port the server listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn qr_code(&self) -> QrMatrix {
        self.qr.clone()
    }

    pub fn phase(&self) -> Phase {
        self.context.session().phase
    }

    pub fn set_phase(&self, phase: Phase) {
        self.context.session().set_phase(phase);
    }

    /// The cards participants see in *Clustern* and *Punkten*, in the board's order;
    /// dots are placed only on these.
    pub fn set_board(&self, cards: Vec<BoardCard>) {
        self.context.session().set_board(cards);
    }

    /// What participants sent since the last call, oldest first.
    pub fn take_events(&self) -> Vec<ParticipantEvent> {
        std::mem::take(&mut self.context.session().events)
    }

    /// Devices that have sent a card or a dot.
    pub fn participants(&self) -> usize {
        self.context.session().participants()
    }

    /// The journal's file, where the session keeps one.
    pub fn journal_path(&self) -> Option<PathBuf> {
        (self.context.journal().as_ref()).map(|journal| journal.path().to_path_buf())
    }

    /// Ends the session and closes the port; its journal stays on disk.
    pub fn stop(self) {
        drop(self);
    }

    /// Ends the session, closes the port, and returns what was sent since the last
    /// [`ModerationServer::take_events`], so that no card sent at the end is lost, and
    /// the journal, to remove once the cards are saved.
    pub fn finish(mut self) -> Ended {
        self.shutdown();
        let journal = self.context.journal().take();
        Ended {
            events: self.take_events(),
            journal,
        }
    }

    fn shutdown(&mut self) {
        if let Some(mut serving) = self.serving.take() {
            serving.stop();
        }
        if let Some(journal) = self.context.journal().as_mut() {
            journal.close();
        }
    }
}

impl Drop for ModerationServer {
    fn drop(&mut self) {
        self.shutdown();
    }
}
