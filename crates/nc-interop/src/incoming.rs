//! A contact as read from a vCard or a CSV row, before it meets the Netzwerkbuch: all
//! its e-mails and phones, so that the card gets the preferred one and the notes the
//! rest.

use chrono::NaiveDate;

use nc_i18n::{Language, Msg};
use nc_model::Contact;

/// Where in the file an entry stood, for the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The n-th vCard of the file, from 1.
    Card(usize),
    /// A line of a CSV file, from 1 (the header is line 1).
    Line(u64),
}

impl Place {
    pub fn text(self, language: Language) -> String {
        match self {
            Self::Card(number) => {
                Msg::ImportPlaceCard.fill(language, &[("number", &number.to_string())])
            }
            Self::Line(number) => {
                Msg::ImportPlaceLine.fill(language, &[("number", &number.to_string())])
            }
        }
    }
}

/// An e-mail address or phone number with how the source marked it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reachable {
    pub value: String,
    /// Marked preferred (`PREF`, `type=pref`, Google's `*`).
    pub preferred: bool,
    /// Marked work/business; the card is about working together, so this wins next.
    pub work: bool,
}

/// One person from the file, every field already decoded and unescaped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IncomingContact {
    pub place: Option<Place>,
    pub name: String,
    pub organisation: String,
    /// Department or unit, written after the organisation on the card.
    pub unit: String,
    pub role: String,
    pub emails: Vec<Reachable>,
    pub phones: Vec<Reachable>,
    pub tags: Vec<String>,
    pub notes: String,
}

/// Extra e-mails or phones beyond this many are counted in the notes, not listed: a
/// hostile card with 10,000 addresses must not make a note of 10,000 lines.
const MAX_LISTED_EXTRAS: usize = 20;

impl IncomingContact {
    /// The name on the card: the given one, else the organisation, else the e-mail.
    /// `None` when there is nothing to call the person by.
    pub fn display_name(&self) -> Option<String> {
        [
            self.name.as_str(),
            self.organisation.as_str(),
            self.emails.first().map_or("", |email| email.value.as_str()),
        ]
        .into_iter()
        .map(str::trim)
        .find(|text| !text.is_empty())
        .map(str::to_owned)
    }

    /// The organisation with its unit, as one line.
    pub fn full_organisation(&self) -> String {
        match (self.organisation.trim(), self.unit.trim()) {
            (org, "") => org.to_owned(),
            ("", unit) => unit.to_owned(),
            (org, unit) => format!("{org} – {unit}"),
        }
    }

    /// The Netzwerkbuch contact: preferred (then work, then first) e-mail and phone on
    /// the card, the others in the notes.
    pub fn to_contact(&self, today: NaiveDate, language: Language) -> Option<Contact> {
        let name = self.display_name()?;
        let mut contact = Contact::new(&name, today);
        contact.organisation = self.full_organisation();
        contact.role = self.role.trim().to_owned();
        let (email, other_emails) = choose(&self.emails);
        let (phone, other_phones) = choose(&self.phones);
        contact.email = email;
        contact.phone = phone;
        let mut tags: Vec<String> = Vec::new();
        for tag in &self.tags {
            let tag = tag.trim();
            if !tag.is_empty() && !tags.iter().any(|known| known.eq_ignore_ascii_case(tag)) {
                tags.push(tag.to_owned());
            }
        }
        contact.tags = tags;
        let mut notes: Vec<String> = Vec::new();
        if !self.notes.trim().is_empty() {
            notes.push(self.notes.trim().to_owned());
        }
        notes.extend(extras(&other_emails, Msg::ImportOtherEmail, language));
        notes.extend(extras(&other_phones, Msg::ImportOtherPhone, language));
        contact.notes = notes.join("\n");
        Some(contact)
    }
}

/// The value for the card and the rest, in file order.
fn choose(values: &[Reachable]) -> (String, Vec<String>) {
    let values: Vec<&Reachable> = values
        .iter()
        .filter(|v| !v.value.trim().is_empty())
        .collect();
    let chosen = (values.iter().position(|v| v.preferred))
        .or_else(|| values.iter().position(|v| v.work))
        .unwrap_or(0);
    let mut rest = Vec::new();
    let mut first = String::new();
    for (index, value) in values.iter().enumerate() {
        let text = value.value.trim().to_owned();
        if index == chosen {
            first = text;
        } else if !rest.contains(&text) && text != first {
            rest.push(text);
        }
    }
    rest.retain(|text| *text != first);
    (first, rest)
}

fn extras(values: &[String], label: Msg, language: Language) -> Vec<String> {
    let mut lines: Vec<String> = values
        .iter()
        .take(MAX_LISTED_EXTRAS)
        .map(|value| label.fill(language, &[("value", value)]))
        .collect();
    if values.len() > MAX_LISTED_EXTRAS {
        let more = values.len() - MAX_LISTED_EXTRAS;
        lines.push(Msg::ImportMoreValues.fill(language, &[("count", &more.to_string())]));
    }
    lines
}

/// Removes control characters a hostile or damaged file may carry (they would break
/// the card's layout and the JSON's readability); line breaks stay where `keep_lines`.
pub fn clean(text: &str, keep_lines: bool) -> String {
    let text: String = text
        .chars()
        .filter_map(|c| match c {
            '\n' if keep_lines => Some('\n'),
            '\r' => None,
            '\t' | '\n' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    if keep_lines {
        text.trim().to_owned()
    } else {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reach(value: &str, preferred: bool, work: bool) -> Reachable {
        Reachable {
            value: value.to_owned(),
            preferred,
            work,
        }
    }

    #[test]
    fn preferred_beats_work_beats_first() {
        let values = [
            reach("a", false, false),
            reach("b", false, true),
            reach("c", true, false),
        ];
        assert_eq!(
            choose(&values),
            ("c".to_owned(), vec!["a".to_owned(), "b".to_owned()])
        );
        assert_eq!(choose(&values[..2]), ("b".to_owned(), vec!["a".to_owned()]));
        assert_eq!(choose(&[]), (String::new(), vec![]));
    }

    #[test]
    fn control_characters_are_removed() {
        assert_eq!(clean("A\u{0}n\u{7}na\tB\r\nC", false), "Anna B C");
        assert_eq!(
            clean(" Zeile 1\r\nZeile\u{1b} 2 ", true),
            "Zeile 1\nZeile 2"
        );
    }
}
