//! A Kartenabfrage with participants' own devices: a small web server on the local
//! network that exists only while a session runs (see docs/moderation.md).
//!
//! The app (or the `kartenabfrage` command) stays the source of truth for the cards:
//! the server only queues what participants send ([`ParticipantEvent`]) and shows the
//! board it is given ([`ModerationServer::set_board`]). This module knows nothing of
//! the window; it uses the model's card rules and the message table.

mod address;
mod apply;
mod escape;
mod handler;
mod journal;
mod listener;
mod networks;
mod page;
mod qr;
mod rate;
mod server;
mod session;

use std::net::IpAddr;
use std::time::Duration;

use chrono::{DateTime, Utc};

use nc_i18n::{Language, Msg};
use nc_model::CardId;

pub use address::lan_address;
pub use apply::{Applied, apply_events, board_of};
pub use escape::escape_html;
pub use journal::{
    Journal, JournalHeader, LeftJournal, Replayed, find_left_journals, find_locked_journals,
    journal_file, replay,
};
pub use networks::{Network, NetworkKind, networks};
pub use qr::QrMatrix;
pub use server::{Ended, JournalPlace, ModerationServer, StartError};
pub use session::Accepted;

/// The steps of a Kartenabfrage, set by the facilitator.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Phase {
    /// "Karten schreiben": participants send cards.
    #[default]
    Writing,
    /// "Clustern": participants see the board, grouped as the facilitator sorts it.
    Clustering,
    /// "Punkten": each participant places a few dots on the board's cards.
    Dotting,
    /// "Beendet": a thank-you; nothing more is accepted.
    Ended,
}

impl Phase {
    pub const ALL: [Self; 4] = [Self::Writing, Self::Clustering, Self::Dotting, Self::Ended];

    pub fn name(self, language: Language) -> &'static str {
        match self {
            Self::Writing => Msg::PhaseWriting,
            Self::Clustering => Msg::PhaseClustering,
            Self::Dotting => Msg::PhaseDotting,
            Self::Ended => Msg::PhaseEnded,
        }
        .text(language)
    }

    /// The phase's word in the page's JSON, the same in every language.
    pub fn key(self) -> &'static str {
        match self {
            Self::Writing => "writing",
            Self::Clustering => "clustering",
            Self::Dotting => "dotting",
            Self::Ended => "ended",
        }
    }
}

/// What a session needs to start. [`SessionConfig::new`] fills in the defaults.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionConfig {
    /// The field's guiding question, the page's heading.
    pub question: String,
    /// The field's label, above the question.
    pub field_name: String,
    pub language: Language,
    /// Where to listen; `None` is the computer's address on the local network.
    pub bind: Option<IpAddr>,
    /// 0 takes any free port.
    pub port: u16,
    pub dots_per_participant: u32,
    /// Devices that may join; more get "the session is full".
    pub max_participants: usize,
    pub limits: Limits,
}

impl SessionConfig {
    pub fn new(question: &str, field_name: &str, language: Language) -> Self {
        Self {
            question: question.to_owned(),
            field_name: field_name.to_owned(),
            language,
            bind: None,
            port: 0,
            dots_per_participant: 3,
            max_participants: 200,
            limits: Limits::default(),
        }
    }
}

/// The limits against floods and misuse; the defaults suit a room of phones, each with
/// its own address. Tests and the benchmark, whose clients all share 127.0.0.1, raise
/// the per-address ones.
#[derive(Clone, Debug, PartialEq)]
pub struct Limits {
    /// Request bodies larger than this are refused (413).
    pub max_body_bytes: usize,
    /// Cards and dots one device may send at once…
    pub writes_burst: u32,
    /// …and how many more it may send per second after that.
    pub writes_per_second: f64,
    /// All requests from one network address at once (page loads, polling, writes)…
    pub address_burst: u32,
    /// …and per second after that.
    pub address_per_second: f64,
    /// Devices (cookies) one network address may hold; this also caps the dots a person
    /// can place by clearing cookies to N × this.
    pub devices_per_address: usize,
    /// A request's line and headers must arrive within this; it also closes a
    /// connection that sends nothing (idle keep-alive, a port scan left open).
    pub header_timeout: Duration,
    /// A request's body must arrive within this after its headers.
    pub body_timeout: Duration,
    /// The request line and headers together, in bytes (431 beyond).
    pub max_header_bytes: usize,
    /// Header lines per request (431 beyond).
    pub max_headers: usize,
    /// Open connections in all; beyond, a new one gets a short 503 and is closed.
    pub max_connections: usize,
    /// Open connections from one network address (a phone needs two or three).
    pub max_connections_per_address: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_body_bytes: 4096,
            writes_burst: 30,
            writes_per_second: 0.5,
            address_burst: 120,
            address_per_second: 10.0,
            devices_per_address: 4,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(10),
            max_header_bytes: 8 * 1024,
            max_headers: 32,
            max_connections: 400,
            max_connections_per_address: 16,
        }
    }
}

/// A card as participants see it in *Clustern* and *Punkten*.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoardCard {
    pub id: CardId,
    pub text: String,
    pub cluster: Option<String>,
    pub dots: u32,
}

/// What participants did, for the app to apply to the collaboration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParticipantEvent {
    /// A new card; its text is trimmed and within [`nc_model::MAX_CARD_CHARS`].
    Card {
        /// Chosen when the card was accepted, so that the journal and the file name the
        /// same card and a replay adds it once.
        id: CardId,
        text: String,
        received: DateTime<Utc>,
    },
    /// One dot on a board card.
    Dot { card: CardId },
}
