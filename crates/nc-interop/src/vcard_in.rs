//! vCard 2.1, 3.0 and 4.0 files to incoming contacts. The parsing itself (folding,
//! escapes, QUOTED-PRINTABLE with CHARSET, BASE64 photos) is calcard's; this maps its
//! properties to the Netzwerkbuch's fields.

use calcard::common::IanaString;
use calcard::vcard::{
    VCard, VCardEntry, VCardParameterName, VCardParameterValue, VCardProperty, VCardValue,
};
use calcard::{Entry, Parser};

use super::incoming::{IncomingContact, Place, Reachable, clean};
use super::{ImportError, Parsed, Problem, ProblemKind};

/// Every card of the file, and the places where the file is broken.
pub fn parse_vcards(text: &str) -> Result<Parsed, ImportError> {
    let mut parser = Parser::new(text);
    let mut parsed = Parsed::default();
    let mut number = 0;
    loop {
        let problem = match parser.entry() {
            Entry::VCard(card) => {
                number += 1;
                parsed.contacts.push(from_vcard(&card, Place::Card(number)));
                continue;
            }
            Entry::Eof => break,
            Entry::ICalendar(_) => {
                number += 1;
                ProblemKind::NotAContact
            }
            Entry::UnterminatedComponent(_) => {
                number += 1;
                ProblemKind::Unterminated
            }
            Entry::InvalidLine(line) => ProblemKind::StrayLine(clean(&line, false)),
            _ => ProblemKind::Nesting,
        };
        parsed.problems.push(Problem {
            place: Place::Card(number.max(1)),
            kind: problem,
        });
    }
    if number == 0 {
        return Err(ImportError::NoCards);
    }
    // calcard reads a card cut off by the end of the file as if it were whole; a
    // truncated file must not pass for a complete one.
    for card in unterminated_cards(text) {
        parsed
            .contacts
            .retain(|contact| contact.place != Some(Place::Card(card)));
        if parsed
            .problems
            .iter()
            .any(|problem| problem.place == Place::Card(card))
        {
            continue;
        }
        parsed.problems.push(Problem {
            place: Place::Card(card),
            kind: ProblemKind::Unterminated,
        });
    }
    Ok(parsed)
}

/// The numbers of the cards whose BEGIN:VCARD has no END:VCARD before the next card or
/// the end of the file.
fn unterminated_cards(text: &str) -> Vec<usize> {
    let mut open: Option<usize> = None;
    let mut number = 0;
    let mut cards = Vec::new();
    for line in text
        .lines()
        .map(|line| line.trim().trim_start_matches('\u{feff}'))
    {
        if line.eq_ignore_ascii_case("BEGIN:VCARD") {
            number += 1;
            cards.extend(open.replace(number));
        } else if line.eq_ignore_ascii_case("END:VCARD") {
            open = None;
        }
    }
    cards.extend(open);
    cards
}

fn from_vcard(card: &VCard, place: Place) -> IncomingContact {
    let mut contact = IncomingContact {
        place: Some(place),
        ..IncomingContact::default()
    };
    let mut structured_name = String::new();
    let mut notes: Vec<String> = Vec::new();
    for entry in &card.entries {
        let values = texts(entry);
        let first = || clean(values.first().map_or("", String::as_str), false);
        match &entry.name {
            VCardProperty::Fn if contact.name.is_empty() => contact.name = first(),
            VCardProperty::N if structured_name.is_empty() => {
                structured_name = name_from_parts(&values)
            }
            VCardProperty::Org if contact.organisation.is_empty() => {
                contact.organisation = first();
                let units: Vec<String> = values
                    .iter()
                    .skip(1)
                    .map(|unit| clean(unit, false))
                    .filter(|unit| !unit.is_empty())
                    .collect();
                contact.unit = units.join(", ");
            }
            VCardProperty::Title | VCardProperty::Role if contact.role.is_empty() => {
                contact.role = first()
            }
            VCardProperty::Email => push_reachable(&mut contact.emails, entry, first()),
            VCardProperty::Tel => {
                let number = first();
                let number = number
                    .strip_prefix("tel:")
                    .map_or(number.clone(), str::to_owned);
                push_reachable(&mut contact.phones, entry, number);
            }
            VCardProperty::Categories => {
                contact.tags.extend(
                    values
                        .iter()
                        .flat_map(|v| v.split(','))
                        .map(|tag| clean(tag, false)),
                );
            }
            VCardProperty::Note => notes.push(clean(&values.join(", "), true)),
            _ => {}
        }
    }
    if contact.name.is_empty() {
        contact.name = structured_name;
    }
    contact.tags.retain(|tag| !tag.is_empty());
    notes.retain(|note| !note.is_empty());
    contact.notes = notes.join("\n");
    contact
}

/// N is family; given; additional; prefixes; suffixes. Written in reading order.
fn name_from_parts(parts: &[String]) -> String {
    let part = |index: usize| parts.get(index).map_or("", String::as_str);
    let ordered = [part(3), part(1), part(2), part(0), part(4)];
    clean(&ordered.join(" "), false)
}

/// The text values of a property; multi-part values (N, ORG) one per part.
fn texts(entry: &VCardEntry) -> Vec<String> {
    entry
        .values
        .iter()
        .filter_map(|value| match value {
            VCardValue::Text(text) => Some(text.clone()),
            VCardValue::Component(parts) => Some(parts.join(" ")),
            _ => None,
        })
        .collect()
}

fn push_reachable(list: &mut Vec<Reachable>, entry: &VCardEntry, value: String) {
    if value.is_empty() {
        return;
    }
    let words = parameter_words(entry);
    let has = |word: &str| words.iter().any(|w| w.eq_ignore_ascii_case(word));
    list.push(Reachable {
        value,
        preferred: has("pref")
            || entry
                .params
                .iter()
                .any(|p| p.name == VCardParameterName::Pref),
        work: has("work"),
    });
}

/// Every word among a property's parameters, whatever the version wrote: 2.1's bare
/// `;WORK;PREF`, 3.0's `type=work;type=pref`, 4.0's `TYPE="voice,work";PREF=1`.
fn parameter_words(entry: &VCardEntry) -> Vec<String> {
    let mut words = Vec::new();
    for parameter in &entry.params {
        if let VCardParameterName::Other(name) = &parameter.name {
            words.push(name.clone());
        }
        match &parameter.value {
            VCardParameterValue::Text(text) => words.extend(text.split(',').map(str::to_owned)),
            VCardParameterValue::Type(kind) => words.push(kind.as_str().to_owned()),
            _ => {}
        }
    }
    words
}
