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

impl Contact {
    /// Whether the contact has `tag`, ignoring case and surrounding spaces.
    pub fn has_tag(&self, tag: &str) -> bool {
        let wanted = tag.trim().to_lowercase();
        (self.tags.iter()).any(|own| own.trim().to_lowercase() == wanted)
    }
}

/// Every tag the contacts use, once (as first written, ignoring case), sorted.
pub fn all_tags(contacts: &[Contact]) -> Vec<String> {
    let mut seen = std::collections::BTreeMap::new();
    for tag in contacts.iter().flat_map(|contact| &contact.tags) {
        let tag = tag.trim();
        if !tag.is_empty() {
            seen.entry(tag.to_lowercase())
                .or_insert_with(|| tag.to_owned());
        }
    }
    seen.into_values().collect()
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

    #[test]
    fn tags_are_listed_once_ignoring_case_and_sorted() {
        let tagged = |tags: &[&str]| Contact {
            tags: tags.iter().map(|tag| (*tag).to_owned()).collect(),
            ..Contact::default()
        };
        let contacts = [
            tagged(&["Sport", " Politik"]),
            tagged(&["politik", "", "Bau"]),
        ];
        assert_eq!(all_tags(&contacts), ["Bau", "Politik", "Sport"]);
        assert!(contacts[1].has_tag(" POLITIK "));
        assert!(!contacts[1].has_tag("Sport"));
    }
}
