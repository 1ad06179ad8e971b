//! The *Auskunft* as a document to read and print: the overview, the record with its
//! log, the collaborations that link the person, and every text that names them.

use chrono::{DateTime, Utc};

use super::{describe, where_lines};
use crate::{ExportError, ExportRequest, ExportedPdf, PageSetup, Printed, Section, export};
use nc_i18n::{Language, Msg, format_date, format_local_time};
use nc_model::{Contact, Mentions, Workspace};

/// The Auskunft about `mentions.contact` from the workspace in `file`, as of `created`.
pub fn auskunft_report(
    workspace: &Workspace,
    mentions: &Mentions,
    file: &str,
    created: DateTime<Utc>,
    language: Language,
) -> Printed {
    let contact = &mentions.contact;
    let when = format_local_time(created, language);
    let mut overview = vec![Msg::AuskunftIntro.fill(language, &[("file", file), ("date", &when)])];
    overview.extend(where_lines(workspace, mentions, language));
    let mut sections = vec![
        Section {
            heading: Msg::AuskunftOverview.text(language).to_owned(),
            text: overview.join("\n"),
        },
        Section {
            heading: Msg::AuskunftRecord.text(language).to_owned(),
            text: record_lines(contact, language).join("\n"),
        },
        Section {
            heading: Msg::ActivityLog.text(language).to_owned(),
            text: log_lines(contact, language).join("\n"),
        },
    ];
    if !mentions.links.is_empty() {
        let titles: Vec<String> = (mentions.links.iter())
            .map(|link| format!("• {}", link.title))
            .collect();
        sections.push(Section {
            heading: Msg::LinkedCollaborations.text(language).to_owned(),
            text: titles.join("\n"),
        });
    }
    for mention in &mentions.places {
        sections.push(Section {
            heading: describe(workspace, mention, language),
            text: mention.text.clone(),
        });
    }
    Printed::Report {
        title: Msg::AuskunftTitle.fill(language, &[("name", &contact.name)]),
        sections,
    }
}

/// "Label: value" for every field of the record that holds something, and the keys
/// a newer app stored, as they are.
fn record_lines(contact: &Contact, language: Language) -> Vec<String> {
    let date = |date: Option<chrono::NaiveDate>| {
        date.map(|date| format_date(date, language))
            .unwrap_or_default()
    };
    let cadence = (contact.cadence_days)
        .map(|days| Msg::CadenceDays.fill(language, &[("days", &days.to_string())]))
        .unwrap_or_default();
    let circle = (contact.circle)
        .map(|circle| Msg::circle(circle).text(language).to_owned())
        .unwrap_or_default();
    let fields = [
        (Msg::ContactName, contact.name.clone()),
        (Msg::Organisation, contact.organisation.clone()),
        (Msg::Role, contact.role.clone()),
        (Msg::Email, contact.email.clone()),
        (Msg::Phone, contact.phone.clone()),
        (Msg::Tags, contact.tags.join(", ")),
        (
            Msg::RelationshipLabel,
            Msg::relationship(contact.relationship)
                .text(language)
                .to_owned(),
        ),
        (Msg::Importance, format!("{} / 5", contact.importance)),
        (Msg::CircleLabel, circle),
        (Msg::Created, date(contact.added)),
        (Msg::NextFollowUp, date(contact.next_follow_up)),
        (Msg::Cadence, cadence),
        (Msg::Notes, contact.notes.clone()),
    ];
    let mut lines: Vec<String> = (fields.into_iter())
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(label, value)| format!("{}: {value}", label.text(language)))
        .collect();
    for (key, value) in &contact.unknown_keys {
        lines.push(format!("{key}: {value}"));
    }
    lines
}

/// One line per entry of the log, oldest first, with its note and give or take.
fn log_lines(contact: &Contact, language: Language) -> Vec<String> {
    if contact.activities.is_empty() {
        return vec![Msg::ActivityEmpty.text(language).to_owned()];
    }
    let mut entries: Vec<_> = contact.activities.iter().collect();
    entries.sort_by_key(|activity| activity.date);
    (entries.into_iter())
        .map(|activity| {
            let mut line = format!(
                "{} · {}",
                format_date(activity.date, language),
                Msg::activity_kind(activity.kind).text(language)
            );
            if let Some(exchange) = &activity.exchange {
                let direction = match exchange.direction {
                    nc_model::Direction::Give => Msg::ExchangeGive,
                    nc_model::Direction::Take => Msg::ExchangeTake,
                };
                line.push_str(&format!(
                    " · {}: {}",
                    direction.text(language),
                    Msg::exchange_kind(exchange.kind).text(language)
                ));
            }
            if !activity.note.trim().is_empty() {
                line.push_str(&format!(" · {}", activity.note));
            }
            line
        })
        .collect()
}

/// [`auskunft_report`] rendered: A4 portrait, dated `created`.
pub fn auskunft_pdf(
    workspace: &Workspace,
    mentions: &Mentions,
    file: &str,
    created: DateTime<Utc>,
    language: Language,
) -> Result<ExportedPdf, ExportError> {
    let printed = auskunft_report(workspace, mentions, file, created, language);
    let request = ExportRequest::new(printed, PageSetup::default(), language, created, file);
    export(&request, &|_, _| {})
}
