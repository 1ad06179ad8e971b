//! The Netzwerkbuch's contacts: who they are, what happened with them, and when to
//! follow up next.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Relationship;
use super::follow_up::add_days;

/// A stable id that survives renames; collaborations link to contacts by it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ContactId(pub String);

impl ContactId {
    pub fn new_random() -> Self {
        Self(uuid::Uuid::new_v4().to_string())
    }
}

/// How close a contact is kept: the inner circle gets most attention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Circle {
    Inner,
    Middle,
    Periphery,
}

impl Circle {
    pub const ALL: [Self; 3] = [Self::Inner, Self::Middle, Self::Periphery];
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActivityKind {
    #[default]
    Meeting,
    Call,
    Email,
    Message,
    Event,
}

impl ActivityKind {
    pub const ALL: [Self; 5] = [
        Self::Meeting,
        Self::Call,
        Self::Email,
        Self::Message,
        Self::Event,
    ];
}

/// Whether I gave something or received it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Give,
    Take,
}

/// What was given or received; most of it is not money.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExchangeKind {
    Time,
    Money,
    Energy,
    #[default]
    Favour,
    Information,
}

impl ExchangeKind {
    pub const ALL: [Self; 5] = [
        Self::Time,
        Self::Money,
        Self::Energy,
        Self::Favour,
        Self::Information,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exchange {
    pub direction: Direction,
    pub kind: ExchangeKind,
}

/// One entry of a contact's activity log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    pub date: NaiveDate,
    #[serde(default)]
    pub kind: ActivityKind,
    #[serde(default)]
    pub note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange: Option<Exchange>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Contact {
    pub id: ContactId,
    pub name: String,
    pub organisation: String,
    pub role: String,
    pub email: String,
    pub phone: String,
    pub tags: Vec<String>,
    pub relationship: Relationship,
    /// Importance points from 1 to 5.
    pub importance: u8,
    /// The user's choice; `None` means the proposed circle applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub circle: Option<Circle>,
    pub notes: String,
    /// The day the contact was added; counts towards the monthly goal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub added: Option<NaiveDate>,
    /// Days between follow-ups when the importance default does not fit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cadence_days: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_follow_up: Option<NaiveDate>,
    /// Oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<Activity>,
    /// Keys from a newer app, kept so that saving does not lose them.
    #[serde(flatten)]
    pub unknown_keys: serde_json::Map<String, serde_json::Value>,
}

super::keyed::deserialize_keeping_unknown_keys!(Contact, "a contact", {
    id, name, organisation, role, email, phone, tags, relationship, importance, circle, notes,
    added, cadence_days, next_follow_up, activities as LogEntries,
});

impl Default for Contact {
    fn default() -> Self {
        Self {
            id: ContactId::default(),
            name: String::new(),
            organisation: String::new(),
            role: String::new(),
            email: String::new(),
            phone: String::new(),
            tags: Vec::new(),
            relationship: Relationship::Kontakt,
            importance: 3,
            circle: None,
            notes: String::new(),
            added: None,
            cadence_days: None,
            next_follow_up: None,
            activities: Vec::new(),
            unknown_keys: serde_json::Map::new(),
        }
    }
}

impl Contact {
    /// A new contact added `today`, due for a first follow-up after its cadence.
    pub fn new(name: &str, today: NaiveDate) -> Self {
        let mut contact = Self {
            id: ContactId::new_random(),
            name: name.to_owned(),
            added: Some(today),
            ..Self::default()
        };
        contact.next_follow_up = Some(add_days(today, u64::from(contact.cadence())));
        contact
    }

    pub fn last_contact(&self) -> Option<NaiveDate> {
        self.activities.iter().map(|activity| activity.date).max()
    }

    /// Whether nothing was logged for more than `years` years up to `today` (counted
    /// from the day the contact was added when nothing is logged): time to review the
    /// record or forget the person. Without any date nothing can be said.
    pub fn is_dormant(&self, today: NaiveDate, years: u32) -> bool {
        (self.last_contact().or(self.added))
            .and_then(|last| last.checked_add_months(chrono::Months::new(12 * years)))
            .is_some_and(|limit| limit < today)
    }

    /// Contacts logged in the 365 days up to `today`.
    pub fn contacts_in_last_year(&self, today: NaiveDate) -> usize {
        self.activities
            .iter()
            .filter(|activity| {
                let age = (today - activity.date).num_days();
                (0..=365).contains(&age)
            })
            .count()
    }

    /// The circle from importance and contact frequency: importance points plus one
    /// for two contacts a year and two for six. 6 and more is inner, 4–5 middle.
    pub fn proposed_circle(&self, today: NaiveDate) -> Circle {
        let contacts = self.contacts_in_last_year(today);
        let frequency_points = match contacts {
            6.. => 2,
            2..=5 => 1,
            _ => 0,
        };
        match u32::from(self.importance) + frequency_points {
            6.. => Circle::Inner,
            4..=5 => Circle::Middle,
            _ => Circle::Periphery,
        }
    }

    pub fn circle(&self, today: NaiveDate) -> Circle {
        self.circle.unwrap_or_else(|| self.proposed_circle(today))
    }

    pub fn tags_joined(&self) -> String {
        self.tags.join(", ")
    }

    pub fn set_tags_from_text(&mut self, text: &str) {
        self.tags = text
            .split([',', ';'])
            .map(str::trim)
            .filter(|tag| !tag.is_empty())
            .map(str::to_owned)
            .collect();
    }

    /// (given, received) entries in the log.
    pub fn give_and_take(&self) -> (usize, usize) {
        let count = |direction| {
            self.activities
                .iter()
                .filter(|activity| activity.exchange.is_some_and(|e| e.direction == direction))
                .count()
        };
        (count(Direction::Give), count(Direction::Take))
    }

    pub fn matches_search(&self, needle_lowercase: &str) -> bool {
        if needle_lowercase.is_empty() {
            return true;
        }
        let contains = |text: &str| text.to_lowercase().contains(needle_lowercase);
        contains(&self.name)
            || contains(&self.organisation)
            || contains(&self.role)
            || contains(&self.email)
            || contains(&self.notes)
            || self.tags.iter().any(|tag| contains(tag))
    }

    /// Brings values from a hand-edited file back into range.
    pub fn normalize(&mut self) {
        self.importance = self.importance.clamp(1, 5);
        if self.id.0.trim().is_empty() {
            self.id = ContactId::new_random();
        }
        self.activities.sort_by_key(|activity| activity.date);
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    pub(crate) fn day(text: &str) -> NaiveDate {
        text.parse().expect("valid date")
    }

    /// A logged contact on `date`, without a note.
    pub(crate) fn activity(date: &str, kind: ActivityKind) -> Activity {
        Activity {
            date: day(date),
            kind,
            note: String::new(),
            exchange: None,
        }
    }

    #[test]
    fn a_contact_is_dormant_after_the_years_without_a_logged_contact() {
        let mut contact = Contact::new("Jana", day("2022-05-01"));
        assert!(
            !contact.is_dormant(day("2025-05-01"), 3),
            "exactly three years"
        );
        assert!(
            contact.is_dormant(day("2025-05-02"), 3),
            "added, nothing logged since"
        );
        contact
            .activities
            .push(activity("2024-01-10", ActivityKind::Call));
        assert!(!contact.is_dormant(day("2025-05-02"), 3), "logged since");
        assert!(contact.is_dormant(day("2025-05-02"), 1));
        let undated = Contact {
            added: None,
            ..Contact::default()
        };
        assert!(
            !undated.is_dormant(day("2099-01-01"), 3),
            "nothing to count from"
        );
    }

    #[test]
    fn a_new_contact_is_due_after_one_cadence() {
        let contact = Contact::new("Jana", day("2026-11-22"));
        assert_eq!(contact.next_follow_up, Some(day("2027-01-21")));
        assert_eq!(contact.added, Some(day("2026-11-22")));
    }

    #[test]
    fn circle_comes_from_importance_and_frequency() {
        let today = day("2026-11-22");
        let with = |importance: u8, contacts: usize| {
            let mut contact = Contact {
                importance,
                ..Contact::default()
            };
            for index in 0..contacts {
                let date = today - chrono::Days::new(index as u64 * 30);
                contact.activities.push(Activity {
                    date,
                    kind: ActivityKind::Call,
                    note: String::new(),
                    exchange: None,
                });
            }
            contact.proposed_circle(today)
        };
        assert_eq!(with(5, 0), Circle::Middle);
        assert_eq!(with(5, 2), Circle::Inner);
        assert_eq!(with(4, 6), Circle::Inner);
        assert_eq!(with(3, 6), Circle::Middle);
        assert_eq!(with(3, 0), Circle::Periphery);
        assert_eq!(with(2, 2), Circle::Periphery);
        assert_eq!(with(1, 12), Circle::Periphery);
    }

    #[test]
    fn contacts_older_than_a_year_do_not_count() {
        let today = day("2026-11-22");
        let mut contact = Contact {
            importance: 5,
            ..Contact::default()
        };
        contact
            .activities
            .push(activity("2025-01-01", ActivityKind::Call));
        contact
            .activities
            .push(activity("2025-02-01", ActivityKind::Call));
        assert_eq!(contact.proposed_circle(today), Circle::Middle);
    }

    #[test]
    fn the_users_circle_wins_over_the_proposal() {
        let contact = Contact {
            importance: 1,
            circle: Some(Circle::Inner),
            ..Contact::default()
        };
        assert_eq!(contact.circle(day("2026-11-22")), Circle::Inner);
    }

    #[test]
    fn give_and_take_are_counted_apart() {
        let mut contact = Contact::default();
        for direction in [Direction::Give, Direction::Give, Direction::Take] {
            contact.activities.push(Activity {
                exchange: Some(Exchange {
                    direction,
                    kind: ExchangeKind::Information,
                }),
                ..activity("2026-11-01", ActivityKind::Email)
            });
        }
        contact
            .activities
            .push(activity("2026-11-02", ActivityKind::Call));
        assert_eq!(contact.give_and_take(), (2, 1));
    }
}
