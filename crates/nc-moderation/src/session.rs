//! The session's state and its rules, without any HTTP: who may join, what a device
//! may send in which phase, how many dots it has left, and which submissions were seen.
//! The handler asks; the rules answer. Time is passed in, so tests can step it.

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::time::Instant;

use chrono::{DateTime, Utc};

use super::rate::Bucket;
use super::{BoardCard, Limits, ParticipantEvent, Phase};
use nc_model::{CardId, MAX_CARD_CHARS};

/// Why a request was refused; the handler turns each into a status and a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The card has more than [`MAX_CARD_CHARS`] characters.
    TooLong,
    /// The body is larger than [`Limits::max_body_bytes`].
    TooLarge,
    Empty,
    TooFast,
    /// No more devices may join the session.
    Full,
    /// This network address already has [`Limits::devices_per_address`] devices.
    AddressFull,
    /// Not in this phase.
    NotNow,
    NoDotsLeft,
    UnknownCard,
    /// A field is missing.
    BadRequest,
}

/// Who writes: the device of the request's cookie, or a device to create with the
/// first card or dot (a page load takes no device slot).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Writer<'a> {
    Known(&'a str),
    /// No known cookie: a device with this id is created once the write is valid.
    New(&'a str),
}

/// Whether a write was stored (with what goes into the journal, and whether its device
/// was created now and needs its cookie) or was a repeat of one already stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    New {
        accepted: Accepted,
        new_device: bool,
    },
    Repeated,
}

/// An accepted card or dot as the journal keeps it: replaying it twice changes nothing
/// (a card by its id, a dot as the card's count after it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Accepted {
    Card {
        id: CardId,
        text: String,
        received: DateTime<Utc>,
    },
    Dot {
        card: CardId,
        dots: u32,
    },
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

    /// Counts the request against its address; the device of `cookie` where it is one
    /// of this session's. A request without one takes no device slot.
    pub fn admit<'c>(
        &mut self,
        address: IpAddr,
        cookie: Option<&'c str>,
        now: Instant,
    ) -> Result<Option<&'c str>, Refusal> {
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
        Ok(cookie.filter(|cookie| self.devices.contains_key(*cookie)))
    }

    /// The writer's device, created now for [`Writer::New`]; true when created.
    fn device_for(
        &mut self,
        writer: Writer<'_>,
        address: IpAddr,
        now: Instant,
    ) -> Result<(String, bool), Refusal> {
        let id = match writer {
            Writer::Known(id) if self.devices.contains_key(id) => {
                return Ok((id.to_owned(), false));
            }
            Writer::Known(_) => return Err(Refusal::BadRequest),
            Writer::New(id) => id,
        };
        let limits = &self.limits;
        let entry = self.addresses.entry(address).or_insert_with(|| Address {
            requests: Bucket::full(limits.address_burst, now),
            devices: 0,
            dots_used: 0,
        });
        if entry.devices >= limits.devices_per_address {
            return Err(Refusal::AddressFull);
        }
        if self.devices.len() >= self.max_devices {
            return Err(Refusal::Full);
        }
        entry.devices += 1;
        self.devices.insert(
            id.to_owned(),
            Device {
                address,
                dots_used: 0,
                writes: Bucket::full(limits.writes_burst, now),
            },
        );
        Ok((id.to_owned(), true))
    }

    /// A card from `writer` at `address`; `submission` is the form's one-time id and
    /// `id` the card's id if it is stored.
    #[allow(clippy::too_many_arguments)]
    pub fn add_card(
        &mut self,
        writer: Writer<'_>,
        address: IpAddr,
        text: &str,
        submission: &str,
        id: CardId,
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
        let (device, new_device) = self.device_for(writer, address, now)?;
        self.take_write(&device, now)?;
        self.submissions.insert(submission.to_owned());
        self.events.push(ParticipantEvent::Card {
            id: id.clone(),
            text: text.to_owned(),
            received,
        });
        let accepted = Accepted::Card {
            id,
            text: text.to_owned(),
            received,
        };
        Ok(Stored::New {
            accepted,
            new_device,
        })
    }

    /// One dot from `writer` at `address` on the board card `card`.
    pub fn add_dot(
        &mut self,
        writer: Writer<'_>,
        address: IpAddr,
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
        let address_used = self.addresses.get(&address).map_or(0, |a| a.dots_used);
        let device_used = match writer {
            Writer::Known(id) => self.devices.get(id).map_or(0, |d| d.dots_used),
            Writer::New(_) => 0,
        };
        if device_used >= self.dots_per_device || address_used >= address_cap {
            return Err(Refusal::NoDotsLeft);
        }
        let (device, new_device) = self.device_for(writer, address, now)?;
        let address = self.take_write(&device, now)?;
        if let Some(entry) = self.devices.get_mut(&device) {
            entry.dots_used += 1;
        }
        if let Some(entry) = self.addresses.get_mut(&address) {
            entry.dots_used += 1;
        }
        self.submissions.insert(submission.to_owned());
        // Shown at once on the participants' pages; the app's next board replaces it.
        self.board[index].dots += 1;
        self.version += 1;
        let card = CardId(card.to_owned());
        self.events
            .push(ParticipantEvent::Dot { card: card.clone() });
        let accepted = Accepted::Dot {
            card,
            dots: self.board[index].dots,
        };
        Ok(Stored::New {
            accepted,
            new_device,
        })
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

    fn card(
        session: &mut Session,
        writer: Writer<'_>,
        submission: &str,
    ) -> Result<Stored, Refusal> {
        let now = Instant::now();
        let id = CardId::new_random();
        session.add_card(writer, phone(1), "Karte", submission, id, Utc::now(), now)
    }

    #[test]
    fn a_page_load_takes_no_device_and_the_first_card_does() {
        let mut session = session();
        let now = Instant::now();
        for _ in 0..20 {
            assert_eq!(session.admit(phone(1), None, now), Ok(None));
        }
        assert_eq!(session.participants(), 0, "looking creates no device");
        let stored = card(&mut session, Writer::New("d1"), "s1").unwrap();
        assert!(matches!(
            stored,
            Stored::New {
                new_device: true,
                ..
            }
        ));
        assert_eq!(session.admit(phone(1), Some("d1"), now), Ok(Some("d1")));
        assert_eq!(session.admit(phone(1), Some("guess"), now), Ok(None));
        let again = card(&mut session, Writer::Known("d1"), "s2").unwrap();
        assert!(matches!(
            again,
            Stored::New {
                new_device: false,
                ..
            }
        ));
        assert_eq!(session.participants(), 1);
    }

    #[test]
    fn a_fifth_device_from_one_address_is_told_so_and_not_that_the_session_is_full() {
        let mut session = session();
        for n in 0..4 {
            let id = format!("d{n}");
            card(&mut session, Writer::New(&id), &format!("s{n}")).unwrap();
        }
        assert_eq!(
            card(&mut session, Writer::New("d5"), "s5"),
            Err(Refusal::AddressFull)
        );
    }

    #[test]
    fn a_device_writes_again_after_the_rate_refills() {
        let mut session = session();
        let start = Instant::now();
        let burst = Limits::default().writes_burst;
        let write = |session: &mut Session, writer, submission: &str, now| {
            let id = CardId::new_random();
            session.add_card(writer, phone(1), "Karte", submission, id, Utc::now(), now)
        };
        assert!(write(&mut session, Writer::New("d"), "s", start).is_ok());
        for i in 1..burst {
            let stored = write(&mut session, Writer::Known("d"), &format!("s{i}"), start);
            assert!(matches!(stored, Ok(Stored::New { .. })));
        }
        let refused = write(&mut session, Writer::Known("d"), "late", start);
        assert_eq!(refused, Err(Refusal::TooFast));
        let later = start + Duration::from_secs(3);
        let stored = write(&mut session, Writer::Known("d"), "late", later);
        assert!(matches!(stored, Ok(Stored::New { .. })));
    }

    #[test]
    fn a_refused_card_does_not_use_up_its_submission_id_nor_take_a_device() {
        let mut session = session();
        let now = Instant::now();
        let long = "x".repeat(MAX_CARD_CHARS + 1);
        let id = CardId::new_random();
        let refused = session.add_card(Writer::New("d"), phone(1), &long, "s", id, Utc::now(), now);
        assert_eq!(refused, Err(Refusal::TooLong));
        assert_eq!(session.participants(), 0);
        assert!(matches!(
            card(&mut session, Writer::New("d"), "s"),
            Ok(Stored::New { .. })
        ));
        assert_eq!(
            card(&mut session, Writer::Known("d"), "s"),
            Ok(Stored::Repeated)
        );
        assert_eq!(session.events.len(), 1);
    }

    #[test]
    fn a_dot_shows_on_the_board_at_once_and_counts_against_the_device() {
        let mut session = session();
        let now = Instant::now();
        session.set_board(vec![BoardCard {
            id: CardId("c".into()),
            text: "Karte".into(),
            cluster: None,
            dots: 4,
        }]);
        session.set_phase(Phase::Dotting);
        let version = session.version;
        let stored = session.add_dot(Writer::New("d"), phone(1), "c", "s1", now);
        let Ok(Stored::New { accepted, .. }) = stored else {
            panic!("the dot was not stored: {stored:?}");
        };
        assert_eq!(
            accepted,
            Accepted::Dot {
                card: CardId("c".into()),
                dots: 5
            }
        );
        assert_eq!((session.board[0].dots, session.dots_left("d")), (5, 1));
        assert!(session.version > version, "pages see the new dot");
    }
}
