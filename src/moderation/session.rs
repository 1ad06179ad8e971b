//! The session's state and its rules, without any HTTP: who may join, what a device
//! may send in which phase, how many dots it has left, and which submissions were seen.
//! The handler asks; the rules answer. Time is passed in, so tests can step it.

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::time::Instant;

use chrono::{DateTime, Utc};

use super::rate::Bucket;
use super::{BoardCard, Limits, ParticipantEvent, Phase};
use crate::model::{CardId, MAX_CARD_CHARS};

/// Why a request was refused; the handler turns each into a status and a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The card has more than [`MAX_CARD_CHARS`] characters.
    TooLong,
    /// The body is larger than [`Limits::max_body_bytes`].
    TooLarge,
    Empty,
    TooFast,
    /// No more devices may join.
    Full,
    /// Not in this phase.
    NotNow,
    NoDotsLeft,
    UnknownCard,
    /// A field is missing.
    BadRequest,
}

/// A device that was accepted, and whether it is new (then it needs its cookie).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Admitted {
    pub device: String,
    pub new: bool,
}

/// Whether a write was stored or was a repeat of one already stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    New,
    Repeated,
}

struct Device {
    address: IpAddr,
    dots_used: u32,
    writes: Bucket,
}

struct Address {
    requests: Bucket,
    devices: usize,
    dots_used: u32,
}

pub struct Session {
    limits: Limits,
    dots_per_device: u32,
    max_devices: usize,
    pub phase: Phase,
    pub board: Vec<BoardCard>,
    /// Grows with every change participants could see; their pages poll it.
    pub version: u64,
    pub events: Vec<ParticipantEvent>,
    devices: HashMap<String, Device>,
    addresses: HashMap<IpAddr, Address>,
    submissions: HashSet<String>,
}

impl Session {
    pub fn new(limits: Limits, dots_per_device: u32, max_devices: usize) -> Self {
        Self {
            limits,
            dots_per_device,
            max_devices,
            phase: Phase::Writing,
            board: Vec::new(),
            version: 0,
            events: Vec::new(),
            devices: HashMap::new(),
            addresses: HashMap::new(),
            submissions: HashSet::new(),
        }
    }

    pub fn participants(&self) -> usize {
        self.devices.len()
    }

    pub fn dots_per_device(&self) -> u32 {
        self.dots_per_device
    }

    pub fn set_phase(&mut self, phase: Phase) {
        if self.phase != phase {
            self.phase = phase;
            self.version += 1;
        }
    }

    pub fn set_board(&mut self, board: Vec<BoardCard>) {
        if self.board != board {
            self.board = board;
            self.version += 1;
        }
    }

    /// Counts the request against its address, and finds or creates its device.
    /// `new_device_id` names a device created now.
    pub fn admit(
        &mut self,
        address: IpAddr,
        cookie: Option<&str>,
        new_device_id: &str,
        now: Instant,
    ) -> Result<Admitted, Refusal> {
        let limits = &self.limits;
        let entry = self.addresses.entry(address).or_insert_with(|| Address {
            requests: Bucket::full(limits.address_burst, now),
            devices: 0,
            dots_used: 0,
        });
        if !entry
            .requests
            .take(limits.address_burst, limits.address_per_second, now)
        {
            return Err(Refusal::TooFast);
        }
        if let Some(cookie) = cookie
            && self.devices.contains_key(cookie)
        {
            return Ok(Admitted {
                device: cookie.to_owned(),
                new: false,
            });
        }
        if self.devices.len() >= self.max_devices || entry.devices >= limits.devices_per_address {
            return Err(Refusal::Full);
        }
        entry.devices += 1;
        self.devices.insert(
            new_device_id.to_owned(),
            Device {
                address,
                dots_used: 0,
                writes: Bucket::full(limits.writes_burst, now),
            },
        );
        Ok(Admitted {
            device: new_device_id.to_owned(),
            new: true,
        })
    }

    /// A card from `device`; `submission` is the form's one-time id.
    pub fn add_card(
        &mut self,
        device: &str,
        text: &str,
        submission: &str,
        received: DateTime<Utc>,
        now: Instant,
    ) -> Result<Stored, Refusal> {
        if self.phase != Phase::Writing {
            return Err(Refusal::NotNow);
        }
        if self.submissions.contains(submission) {
            return Ok(Stored::Repeated);
        }
        let text = text.trim();
        if text.is_empty() {
            return Err(Refusal::Empty);
        }
        if text.chars().count() > MAX_CARD_CHARS {
            return Err(Refusal::TooLong);
        }
        self.take_write(device, now)?;
        self.submissions.insert(submission.to_owned());
        self.events.push(ParticipantEvent::Card {
            text: text.to_owned(),
            received,
        });
        Ok(Stored::New)
    }

    /// One dot from `device` on the board card `card`.
    pub fn add_dot(
        &mut self,
        device: &str,
        card: &str,
        submission: &str,
        now: Instant,
    ) -> Result<Stored, Refusal> {
        if self.phase != Phase::Dotting {
            return Err(Refusal::NotNow);
        }
        if self.submissions.contains(submission) {
            return Ok(Stored::Repeated);
        }
        let Some(index) = self.board.iter().position(|c| c.id.0 == card) else {
            return Err(Refusal::UnknownCard);
        };
        let address_cap = self
            .dots_per_device
            .saturating_mul(u32::try_from(self.limits.devices_per_address).unwrap_or(u32::MAX));
        let Some(entry) = self.devices.get(device) else {
            return Err(Refusal::BadRequest);
        };
        let address_used = self
            .addresses
            .get(&entry.address)
            .map_or(0, |a| a.dots_used);
        if entry.dots_used >= self.dots_per_device || address_used >= address_cap {
            return Err(Refusal::NoDotsLeft);
        }
        let address = self.take_write(device, now)?;
        if let Some(entry) = self.devices.get_mut(device) {
            entry.dots_used += 1;
        }
        if let Some(entry) = self.addresses.get_mut(&address) {
            entry.dots_used += 1;
        }
        self.submissions.insert(submission.to_owned());
        // Shown at once on the participants' pages; the app's next board replaces it.
        self.board[index].dots += 1;
        self.version += 1;
        self.events.push(ParticipantEvent::Dot {
            card: CardId(card.to_owned()),
        });
        Ok(Stored::New)
    }

    pub fn dots_left(&self, device: &str) -> u32 {
        let used = self.devices.get(device).map_or(0, |d| d.dots_used);
        self.dots_per_device.saturating_sub(used)
    }

    /// Takes a write token of `device`; returns the device's address.
    fn take_write(&mut self, device: &str, now: Instant) -> Result<IpAddr, Refusal> {
        let limits = &self.limits;
        let Some(entry) = self.devices.get_mut(device) else {
            return Err(Refusal::BadRequest);
        };
        if entry
            .writes
            .take(limits.writes_burst, limits.writes_per_second, now)
        {
            Ok(entry.address)
        } else {
            Err(Refusal::TooFast)
        }
    }
}

#[cfg(test)]
mod tests {
    use std::net::Ipv4Addr;
    use std::time::Duration;

    use super::*;

    fn session() -> Session {
        Session::new(Limits::default(), 2, 10)
    }

    fn phone(n: u8) -> IpAddr {
        IpAddr::V4(Ipv4Addr::new(192, 168, 1, n))
    }

    #[test]
    fn a_known_cookie_is_the_same_device_and_an_unknown_one_a_new_device() {
        let mut session = session();
        let now = Instant::now();
        let first = session.admit(phone(1), None, "d1", now).unwrap();
        assert_eq!(
            first,
            Admitted {
                device: "d1".into(),
                new: true
            }
        );
        let again = session.admit(phone(1), Some("d1"), "d2", now).unwrap();
        assert_eq!(
            again,
            Admitted {
                device: "d1".into(),
                new: false
            }
        );
        let forged = session.admit(phone(1), Some("guess"), "d3", now).unwrap();
        assert_eq!(
            forged.device, "d3",
            "a made-up cookie gets a device of its own"
        );
        assert_eq!(session.participants(), 2);
    }

    #[test]
    fn a_device_writes_again_after_the_rate_refills() {
        let mut session = session();
        let start = Instant::now();
        session.admit(phone(1), None, "d", start).unwrap();
        let burst = Limits::default().writes_burst;
        for i in 0..burst {
            let stored = session.add_card("d", "Karte", &format!("s{i}"), Utc::now(), start);
            assert_eq!(stored, Ok(Stored::New));
        }
        let refused = session.add_card("d", "Karte", "late", Utc::now(), start);
        assert_eq!(refused, Err(Refusal::TooFast));
        let later = start + Duration::from_secs(3);
        assert_eq!(
            session.add_card("d", "Karte", "late", Utc::now(), later),
            Ok(Stored::New)
        );
    }

    #[test]
    fn a_refused_card_does_not_use_up_its_submission_id() {
        let mut session = session();
        let now = Instant::now();
        session.admit(phone(1), None, "d", now).unwrap();
        let long = "x".repeat(MAX_CARD_CHARS + 1);
        assert_eq!(
            session.add_card("d", &long, "s", Utc::now(), now),
            Err(Refusal::TooLong)
        );
        assert_eq!(
            session.add_card("d", "kurz", "s", Utc::now(), now),
            Ok(Stored::New)
        );
        assert_eq!(
            session.add_card("d", "kurz", "s", Utc::now(), now),
            Ok(Stored::Repeated)
        );
        assert_eq!(session.events.len(), 1);
    }

    #[test]
    fn a_dot_shows_on_the_board_at_once_and_counts_against_the_device() {
        let mut session = session();
        let now = Instant::now();
        session.admit(phone(1), None, "d", now).unwrap();
        session.set_board(vec![BoardCard {
            id: CardId("c".into()),
            text: "Karte".into(),
            cluster: None,
            dots: 4,
        }]);
        session.set_phase(Phase::Dotting);
        let version = session.version;
        assert_eq!(session.add_dot("d", "c", "s1", now), Ok(Stored::New));
        assert_eq!((session.board[0].dots, session.dots_left("d")), (5, 1));
        assert!(session.version > version, "pages see the new dot");
    }
}
