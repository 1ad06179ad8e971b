//! Bringing incoming contacts into the Netzwerkbuch without a second card for anyone:
//! the same e-mail address (ignoring case), or the same name and organisation, is one
//! person, merged (empty fields filled, existing ones kept, notes appended) or skipped.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::incoming::IncomingContact;
use super::report::{ImportReport, SkipReason, Skipped};
use super::{ImportError, Parsed};
use nc_i18n::Language;
use nc_model::Contact;
use nc_model::limits::MAX_CONTACTS;

/// What happens to a contact that is already in the Netzwerkbuch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Duplicates {
    /// Fill its empty fields, add tags and notes it does not have yet.
    #[default]
    Merge,
    /// Leave it as it is and report the incoming one as skipped.
    Skip,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportOptions {
    pub duplicates: Duplicates,
    /// Import the readable entries of a partly broken file and report the rest;
    /// without it such a file is refused as a whole.
    pub skip_bad: bool,
    /// The day new contacts are added on (their first follow-up counts from it).
    pub today: NaiveDate,
    /// The language of what the import writes into notes.
    pub language: Language,
}

/// Imports `parsed` into `contacts`. On an error `contacts` is unchanged; a window
/// runs this on a copy off the UI thread and puts the result in as one undo step.
pub fn import_into(
    contacts: &mut Vec<Contact>,
    parsed: Parsed,
    options: &ImportOptions,
) -> Result<ImportReport, ImportError> {
    if !parsed.problems.is_empty() && !options.skip_bad {
        return Err(ImportError::Broken {
            problems: parsed.problems,
        });
    }
    let mut report = ImportReport::default();
    report
        .skipped
        .extend(parsed.problems.into_iter().map(|problem| Skipped {
            place: Some(problem.place),
            reason: SkipReason::Broken(problem.kind),
        }));
    let mut result = contacts.clone();
    let mut index = Index::of(&result);
    for incoming in parsed.contacts {
        let place = incoming.place;
        let Some(contact) = incoming.to_contact(options.today, options.language) else {
            report.skipped.push(Skipped {
                place,
                reason: SkipReason::NoName,
            });
            continue;
        };
        match index.find(&incoming, &contact) {
            None => {
                index.add(&contact, result.len());
                result.push(contact);
                report.added += 1;
            }
            Some(existing) if options.duplicates == Duplicates::Skip => {
                let name = result
                    .get(existing)
                    .map_or_else(String::new, |c| c.name.clone());
                report.skipped.push(Skipped {
                    place,
                    reason: SkipReason::Duplicate(name),
                });
            }
            Some(existing) => {
                let Some(slot) = result.get_mut(existing) else {
                    continue;
                };
                if merge(slot, &contact) {
                    index.add(slot, existing);
                    report.merged += 1;
                } else {
                    report.skipped.push(Skipped {
                        place,
                        reason: SkipReason::Unchanged(slot.name.clone()),
                    });
                }
            }
        }
    }
    if result.len() > MAX_CONTACTS {
        return Err(ImportError::TooManyContacts);
    }
    *contacts = result;
    Ok(report)
}

/// Fills what `existing` lacks from `incoming`; true when anything changed.
fn merge(existing: &mut Contact, incoming: &Contact) -> bool {
    let before = existing.clone();
    for (mine, theirs) in [
        (&mut existing.organisation, &incoming.organisation),
        (&mut existing.role, &incoming.role),
        (&mut existing.email, &incoming.email),
        (&mut existing.phone, &incoming.phone),
    ] {
        if mine.trim().is_empty() {
            mine.clone_from(theirs);
        }
    }
    for tag in &incoming.tags {
        if !existing
            .tags
            .iter()
            .any(|known| known.eq_ignore_ascii_case(tag))
        {
            existing.tags.push(tag.clone());
        }
    }
    // Line by line, so that importing the same file again appends nothing.
    for line in incoming
        .notes
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
    {
        if !existing.notes.lines().any(|known| known.trim() == line) {
            if !existing.notes.is_empty() {
                existing.notes.push('\n');
            }
            existing.notes.push_str(line);
        }
    }
    *existing != before
}

/// Finds the contact an incoming one duplicates without comparing it to every contact
/// (10,000 vCards into 10,000 contacts would be 10⁸ comparisons).
struct Index {
    emails: HashMap<String, usize>,
    names: HashMap<(String, String), usize>,
}

impl Index {
    fn of(contacts: &[Contact]) -> Self {
        let mut index = Self {
            emails: HashMap::new(),
            names: HashMap::new(),
        };
        for (position, contact) in contacts.iter().enumerate() {
            index.add(contact, position);
        }
        index
    }

    fn add(&mut self, contact: &Contact, position: usize) {
        let email = key(&contact.email);
        if !email.is_empty() {
            self.emails.entry(email).or_insert(position);
        }
        self.names
            .entry((key(&contact.name), key(&contact.organisation)))
            .or_insert(position);
    }

    /// Any of the incoming addresses, or the name with the organisation.
    fn find(&self, incoming: &IncomingContact, contact: &Contact) -> Option<usize> {
        incoming
            .emails
            .iter()
            .map(|email| key(&email.value))
            .filter(|email| !email.is_empty())
            .find_map(|email| self.emails.get(&email).copied())
            .or_else(|| {
                self.names
                    .get(&(key(&contact.name), key(&contact.organisation)))
                    .copied()
            })
    }
}

/// Case and spacing do not make another person.
fn key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
