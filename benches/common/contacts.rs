//! Deterministic sample contacts for the Netzwerkbuch benchmarks.

// Only the map benchmark uses this; the others include the module too.
#![allow(dead_code)]

use chrono::NaiveDate;
use netzwerk_canvas::model::{Activity, ActivityKind, Contact, ContactId, Relationship};

use super::{Lcg, PARTNERS, SENTENCES};

const FIRST_NAMES: [&str; 16] = [
    "Anna", "Jonas", "Miriam", "Klaus", "Sabine", "Peter", "Lea", "Günther", "Özlem", "Jörg",
    "Fatma", "Heike", "Björn", "Ursula", "Malte", "Zoë",
];
const LAST_NAMES: [&str; 12] = [
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

/// `count` contacts with 0–12 logged activities each over the last two years, spread
/// over all importance points, circles and relationship forms.
pub fn sample_contacts(count: usize, today: NaiveDate) -> Vec<Contact> {
    let mut rng = Lcg(0xc0ffee);
    (0..count)
        .map(|index| {
            let name = format!(
                "{} {}",
                FIRST_NAMES[rng.below(FIRST_NAMES.len())],
                LAST_NAMES[rng.below(LAST_NAMES.len())]
            );
            let added = today - chrono::Days::new(rng.below(700) as u64);
            let mut contact = Contact {
                id: ContactId(format!("contact-{index:04}")),
                organisation: PARTNERS[rng.below(PARTNERS.len())].to_owned(),
                importance: 1 + rng.below(5) as u8,
                relationship: Relationship::ALL[rng.below(4)],
                ..Contact::new(&name, added)
            };
            for _ in 0..rng.below(13) {
                let date = today - chrono::Days::new(rng.below(730) as u64);
                contact.log(Activity {
                    date,
                    kind: ActivityKind::ALL[rng.below(5)],
                    note: SENTENCES[rng.below(SENTENCES.len())].to_owned(),
                    exchange: None,
                });
            }
            contact
        })
        .collect()
}
