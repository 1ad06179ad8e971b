//! Which contacts need a follow-up, and how urgently, on a given day.

use chrono::NaiveDate;

use super::Contact;

/// Days ahead that the "Fällig" view looks.
pub const DUE_HORIZON_DAYS: i64 = 14;
/// Follow-ups this close count as due now (amber).
pub const DUE_SOON_DAYS: i64 = 3;

/// Red: overdue. Amber: due today or within three days. Green: within two weeks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DueStatus {
    Overdue,
    DueSoon,
    Upcoming,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DueEntry {
    pub index: usize,
    pub date: NaiveDate,
    /// Negative when overdue.
    pub days_left: i64,
    pub status: DueStatus,
}

pub fn due_status(date: NaiveDate, today: NaiveDate) -> Option<DueStatus> {
    let days_left = (date - today).num_days();
    if days_left < 0 {
        Some(DueStatus::Overdue)
    } else if days_left <= DUE_SOON_DAYS {
        Some(DueStatus::DueSoon)
    } else if days_left <= DUE_HORIZON_DAYS {
        Some(DueStatus::Upcoming)
    } else {
        None
    }
}

/// Contacts with a follow-up up to two weeks ahead, most urgent first; the more
/// important contact first on the same day.
pub fn due_contacts(contacts: &[Contact], today: NaiveDate) -> Vec<DueEntry> {
    let mut entries: Vec<DueEntry> = contacts
        .iter()
        .enumerate()
        .filter_map(|(index, contact)| {
            let date = contact.next_follow_up?;
            let status = due_status(date, today)?;
            Some(DueEntry {
                index,
                date,
                days_left: (date - today).num_days(),
                status,
            })
        })
        .collect();
    entries.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then(
                contacts[b.index]
                    .importance
                    .cmp(&contacts[a.index].importance),
            )
            .then_with(|| contacts[a.index].name.cmp(&contacts[b.index].name))
    });
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("valid date")
    }

    fn contact(name: &str, importance: u8, follow_up: Option<&str>) -> Contact {
        Contact {
            name: name.into(),
            importance,
            next_follow_up: follow_up.map(day),
            ..Contact::default()
        }
    }

    #[test]
    fn status_by_days_left() {
        let today = day("2026-11-22");
        assert_eq!(
            due_status(day("2026-11-21"), today),
            Some(DueStatus::Overdue)
        );
        assert_eq!(
            due_status(day("2026-11-22"), today),
            Some(DueStatus::DueSoon)
        );
        assert_eq!(
            due_status(day("2026-11-25"), today),
            Some(DueStatus::DueSoon)
        );
        assert_eq!(
            due_status(day("2026-11-26"), today),
            Some(DueStatus::Upcoming)
        );
        assert_eq!(
            due_status(day("2026-12-06"), today),
            Some(DueStatus::Upcoming)
        );
        assert_eq!(due_status(day("2026-12-07"), today), None);
    }

    #[test]
    fn most_urgent_first_then_more_important() {
        let contacts = [
            contact("Später", 5, Some("2026-12-01")),
            contact("Nie", 5, None),
            contact("Weit weg", 5, Some("2027-03-01")),
            contact("Unwichtig heute", 1, Some("2026-11-22")),
            contact("Wichtig heute", 5, Some("2026-11-22")),
            contact("Überfällig", 2, Some("2026-10-01")),
        ];
        let entries = due_contacts(&contacts, day("2026-11-22"));
        let names: Vec<&str> = entries
            .iter()
            .map(|entry| contacts[entry.index].name.as_str())
            .collect();
        assert_eq!(
            names,
            ["Überfällig", "Wichtig heute", "Unwichtig heute", "Später"]
        );
        assert_eq!(entries[0].days_left, -52);
        assert_eq!(entries[0].status, DueStatus::Overdue);
    }
}
