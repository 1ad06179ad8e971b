//! Contacts for the network map's tests: unique names, spread over importance, forms
//! and circles the way a real Netzwerkbuch is (most of them in the periphery).

use chrono::{Days, NaiveDate};
use netzwerk_canvas::model::{Activity, ActivityKind, Contact, Relationship};

const FIRST: [&str; 16] = [
    "Anna", "Jonas", "Miriam", "Klaus", "Sabine", "Peter", "Lea", "Günther", "Özlem", "Jörg",
    "Fatma", "Heike", "Björn", "Ursula", "Malte", "Zoë",
];
const LAST: [&str; 12] = [
    "Lindemann",
    "Terhorst",
    "Özdemir",
    "Brömmel",
    "Kruse",
    "Wessels",
    "Hüsing",
    "Schäfer",
    "Bußmann",
    "Tenbrink",
    "Große-Wilde",
    "Nguyen",
];

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default()
}

/// `count` contacts with unique names (a number at the end), spread over importance,
/// forms and circles the way a real Netzwerkbuch is: most of them in the periphery.
pub fn contacts(count: usize) -> Vec<Contact> {
    (0..count)
        .map(|index| {
            let mut contact = Contact {
                name: format!(
                    "{} {}{}",
                    FIRST[index % 16],
                    LAST[(index / 16 + index) % 12],
                    index
                ),
                relationship: Relationship::ALL[(index * 7 / 3) % 4],
                importance: u8::try_from((index * 3) % 5).unwrap_or(0) + 1,
                ..Contact::default()
            };
            if index % 4 != 0 {
                contact.activities.push(Activity {
                    date: today() - Days::new((index % 300) as u64),
                    kind: ActivityKind::Meeting,
                    note: String::new(),
                    exchange: None,
                });
            }
            contact
        })
        .collect()
}
