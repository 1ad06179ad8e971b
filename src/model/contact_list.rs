//! Which contacts the contacts list shows, and in which order.

use serde::{Deserialize, Serialize};

use super::Contact;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContactSort {
    #[default]
    Name,
    /// Most important first.
    Importance,
    /// Earliest follow-up first; contacts without one come last.
    NextFollowUp,
    /// Longest without contact first, so that "losing touch" stands out.
    LastContact,
}

impl ContactSort {
    pub const ALL: [Self; 4] = [
        Self::Name,
        Self::Importance,
        Self::NextFollowUp,
        Self::LastContact,
    ];
}

/// Indices into `contacts` that match `search`, in `order`; ties by name.
pub fn visible_contacts(contacts: &[Contact], search: &str, order: ContactSort) -> Vec<usize> {
    let needle = search.trim().to_lowercase();
    let mut indices: Vec<usize> = (0..contacts.len())
        .filter(|&i| contacts[i].matches_search(&needle))
        .collect();
    indices.sort_by_cached_key(|&i| contacts[i].name.to_lowercase());
    match order {
        ContactSort::Name => {}
        ContactSort::Importance => {
            indices.sort_by_key(|&i| std::cmp::Reverse(contacts[i].importance));
        }
        ContactSort::NextFollowUp => {
            indices.sort_by_key(|&i| {
                let date = contacts[i].next_follow_up;
                (date.is_none(), date)
            });
        }
        ContactSort::LastContact => {
            indices.sort_by_key(|&i| contacts[i].last_contact());
        }
    }
    indices
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(name: &str, importance: u8, follow_up: Option<&str>) -> Contact {
        Contact {
            name: name.into(),
            importance,
            next_follow_up: follow_up.map(|d| d.parse().expect("date")),
            ..Contact::default()
        }
    }

    #[test]
    fn search_and_sort() {
        let contacts = [
            contact("berta", 2, Some("2026-12-01")),
            contact("Anton", 5, None),
            contact("Cäsar", 3, Some("2026-11-01")),
        ];
        let names = |indices: Vec<usize>| -> Vec<String> {
            indices.iter().map(|&i| contacts[i].name.clone()).collect()
        };
        assert_eq!(
            names(visible_contacts(&contacts, "", ContactSort::Name)),
            ["Anton", "berta", "Cäsar"]
        );
        assert_eq!(
            names(visible_contacts(&contacts, "", ContactSort::NextFollowUp)),
            ["Cäsar", "berta", "Anton"]
        );
        assert_eq!(
            names(visible_contacts(&contacts, "", ContactSort::Importance)),
            ["Anton", "Cäsar", "berta"]
        );
        assert_eq!(
            names(visible_contacts(&contacts, "BER", ContactSort::Name)),
            ["berta"]
        );
    }
}
