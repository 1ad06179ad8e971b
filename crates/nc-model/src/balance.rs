//! Give and take over time, so that one-sided relationships stand out.

use chrono::{Datelike, NaiveDate};

use super::{Contact, Direction};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MonthBalance {
    /// The calendar month, 1 (January) to 12.
    pub month: u32,
    pub given: usize,
    pub received: usize,
}

/// Gives and takes per month for the `months` months up to and including `today`'s,
/// oldest first.
pub fn monthly_balance(contact: &Contact, today: NaiveDate, months: usize) -> Vec<MonthBalance> {
    let current = month_number(today);
    let mut balance: Vec<MonthBalance> = (0..months)
        .map(|slot| {
            let number = current - (months - 1 - slot) as i64;
            MonthBalance {
                month: number.rem_euclid(12) as u32 + 1,
                ..MonthBalance::default()
            }
        })
        .collect();
    for activity in &contact.activities {
        let Some(exchange) = activity.exchange else {
            continue;
        };
        let age = current - month_number(activity.date);
        let Ok(age) = usize::try_from(age) else {
            continue;
        };
        if age < months {
            let slot = &mut balance[months - 1 - age];
            match exchange.direction {
                Direction::Give => slot.given += 1,
                Direction::Take => slot.received += 1,
            }
        }
    }
    balance
}

fn month_number(date: NaiveDate) -> i64 {
    i64::from(date.year()) * 12 + i64::from(date.month0())
}

/// True when one side has at least three entries and more than twice the other's.
pub fn is_one_sided(given: usize, received: usize) -> bool {
    let (more, less) = (given.max(received), given.min(received));
    more >= 3 && more > 2 * less
}

/// Contacts added in `today`'s month with importance 3 or more and a name: the "new
/// relevant contacts" that the monthly goal counts. (A new contact has no name until
/// the user types one; one added and left untouched is no contact made.)
pub fn new_relevant_contacts_this_month(contacts: &[Contact], today: NaiveDate) -> usize {
    contacts
        .iter()
        .filter(|contact| contact.importance >= 3 && !contact.name.trim().is_empty())
        .filter(|contact| {
            contact
                .added
                .is_some_and(|added| month_number(added) == month_number(today))
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Activity, ActivityKind, Exchange, ExchangeKind};

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("valid date")
    }

    fn exchange(date: &str, direction: Direction) -> Activity {
        Activity {
            date: day(date),
            kind: ActivityKind::Email,
            note: String::new(),
            exchange: Some(Exchange {
                direction,
                kind: ExchangeKind::Favour,
            }),
        }
    }

    #[test]
    fn entries_land_in_their_month() {
        let contact = Contact {
            activities: vec![
                exchange("2025-01-05", Direction::Give),
                exchange("2026-09-30", Direction::Give),
                exchange("2026-11-01", Direction::Take),
                exchange("2026-11-21", Direction::Give),
            ],
            ..Contact::default()
        };
        let months = monthly_balance(&contact, day("2026-11-22"), 3);
        assert_eq!(
            months,
            [
                MonthBalance {
                    month: 9,
                    given: 1,
                    received: 0
                },
                MonthBalance {
                    month: 10,
                    ..MonthBalance::default()
                },
                MonthBalance {
                    month: 11,
                    given: 1,
                    received: 1
                },
            ]
        );
    }

    #[test]
    fn months_run_back_across_the_turn_of_the_year() {
        let months = monthly_balance(&Contact::default(), day("2026-02-10"), 12);
        let numbers: Vec<u32> = months.iter().map(|month| month.month).collect();
        assert_eq!(numbers, [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2]);
    }

    #[test]
    fn one_sidedness_needs_enough_entries() {
        assert!(is_one_sided(3, 0));
        assert!(is_one_sided(1, 7));
        assert!(!is_one_sided(2, 0));
        assert!(!is_one_sided(4, 2));
    }

    #[test]
    fn the_goal_counts_relevant_contacts_of_this_month() {
        let today = day("2026-11-22");
        let added = |date: &str, importance: u8| Contact {
            name: "Jana".to_owned(),
            added: Some(day(date)),
            importance,
            ..Contact::default()
        };
        let mut contacts = vec![
            added("2026-11-01", 3),
            added("2026-11-20", 5),
            added("2026-11-20", 2),
            added("2026-10-31", 5),
            added("2025-11-10", 5),
        ];
        assert_eq!(new_relevant_contacts_this_month(&contacts, today), 2);
        // One added and never named is no contact made.
        contacts[1].name = " ".to_owned();
        assert_eq!(new_relevant_contacts_this_month(&contacts, today), 1);
    }
}
