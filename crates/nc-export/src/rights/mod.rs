//! What *Auskunft* and *Vergessen* tell the user: the places where a person is named as
//! readable lines, what was removed, and the Auskunft as JSON and as a document to
//! print. Pure text and bytes, shared by the command line and the window.

mod auskunft_report;

pub use auskunft_report::{auskunft_pdf, auskunft_report};

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;

use nc_i18n::{Language, Msg, format_date, format_local_time};
use nc_model::{Contact, ForgetSummary, Link, Mention, Mentions, Place, Workspace};

/// The header and one line per place: the record, each link, each text.
pub fn where_lines(workspace: &Workspace, mentions: &Mentions, language: Language) -> Vec<String> {
    let count = 1 + mentions.links.len() + mentions.places.len();
    let name = mentions.contact.name.as_str();
    let mut lines = vec![Msg::WhereNamedHeader.fill_count(language, count, &[("name", name)])];
    let log = mentions.contact.activities.len();
    lines.push(format!(
        "  {}",
        Msg::WhereContact.fill_count(language, log, &[])
    ));
    for link in &mentions.links {
        let line = Msg::WhereLink.fill(language, &[("title", &link.title)]);
        lines.push(format!("  {line}"));
    }
    for mention in &mentions.places {
        lines.push(format!("  {}", describe(workspace, mention, language)));
    }
    lines
}

/// "“Dorfladen”, snapshot of 1 Oct 2026, 10:00: field “Motivation”".
pub fn describe(workspace: &Workspace, mention: &Mention, language: Language) -> String {
    let place = place_text(workspace, mention, language);
    let title = mention.title.as_str();
    match mention.snapshot {
        None => Msg::WhereInCanvas.fill(language, &[("title", title), ("place", &place)]),
        Some(taken_at) => Msg::WhereInSnapshot.fill(
            language,
            &[
                ("title", title),
                ("date", &format_local_time(taken_at, language)),
                ("place", &place),
            ],
        ),
    }
}

fn place_text(workspace: &Workspace, mention: &Mention, language: Language) -> String {
    // The field's label in the collaboration's template; its id when the template
    // does not know it (text kept from another template).
    let label = |field: &str| {
        (workspace.get(&mention.collaboration))
            .and_then(|c| {
                workspace
                    .template_for(c)
                    .field(field)
                    .map(|f| f.label(language).to_owned())
            })
            .unwrap_or_else(|| field.to_owned())
    };
    match &mention.place {
        Place::Title => Msg::PlaceTitle.text(language).to_owned(),
        Place::Partner => Msg::PlacePartner.text(language).to_owned(),
        Place::Field { field } => Msg::PlaceField.fill(language, &[("field", &label(field))]),
        Place::PartnerView { field } => {
            Msg::PlacePartnerView.fill(language, &[("field", &label(field))])
        }
        Place::MeetingOutcome { date } => {
            Msg::PlaceMeeting.fill(language, &[("date", &format_date(*date, language))])
        }
        Place::CardText { field } => Msg::PlaceCardText.fill(language, &[("field", &label(field))]),
        Place::CardAuthor { field } => {
            Msg::PlaceCardAuthor.fill(language, &[("field", &label(field))])
        }
        Place::Preparation => Msg::PlacePreparation.text(language).to_owned(),
        Place::InvestmentNote => Msg::PlaceInvestment.text(language).to_owned(),
    }
}

/// The lines after forgetting: what went, by kind (kinds with nothing left out).
pub fn forget_lines(name: &str, summary: &ForgetSummary, language: Language) -> Vec<String> {
    let placeholder = Msg::ForgetPlaceholder.text(language);
    let with = [("placeholder", placeholder)];
    let mut lines = vec![
        Msg::ForgetDone.fill(language, &[("name", name)]),
        Msg::ForgetContact.fill_count(language, summary.activities, &[]),
    ];
    for (msg, count) in [
        (Msg::ForgetLinks, summary.links),
        (Msg::ForgetCanvasPlaces, summary.canvas_places),
        (Msg::ForgetSnapshotPlaces, summary.snapshot_places),
    ] {
        if count > 0 {
            lines.push(msg.fill_count(language, count, &with));
        }
    }
    lines
}

/// The Auskunft file, in the order a reader wants it: what it is, the summary, the data.
#[derive(Serialize)]
struct AuskunftFile<'a> {
    format: &'static str,
    version: u32,
    workspace: &'a str,
    created: DateTime<Utc>,
    summary: Vec<String>,
    contact: &'a Contact,
    links: &'a [Link],
    places: Vec<Value>,
}

/// The Auskunft file: a summary in the user's language first, then the stored data
/// itself, each text with a line saying where it is.
pub fn auskunft_json(
    workspace: &Workspace,
    mentions: &Mentions,
    file: &str,
    created: DateTime<Utc>,
    language: Language,
) -> Result<Vec<u8>, serde_json::Error> {
    let mut places = Vec::with_capacity(mentions.places.len());
    for mention in &mentions.places {
        let mut value = serde_json::to_value(mention)?;
        if let Value::Object(object) = &mut value {
            let place = describe(workspace, mention, language);
            object.insert("where".to_owned(), Value::String(place));
        }
        places.push(value);
    }
    let document = AuskunftFile {
        format: "netzwerk-canvas-auskunft",
        version: 1,
        workspace: file,
        created,
        summary: where_lines(workspace, mentions, language),
        contact: &mentions.contact,
        links: &mentions.links,
        places,
    };
    let mut bytes = serde_json::to_vec_pretty(&document)?;
    bytes.push(b'\n');
    Ok(bytes)
}
