//! The rights of the people in the Netzwerkbuch (GDPR art. 15 and 17): *Auskunft*, all
//! that the workspace stores about one person, and *Vergessen*, removing it. Both walk
//! the same places, so that what is shown as stored is exactly what is removed.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::name_match::{names, replace_name};
use super::{Collaboration, CollaborationId, Contact, ContactId, Workspace};

/// A kind of text in a collaboration that can name a person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Place {
    Title,
    Partner,
    Field { field: String },
    PartnerView { field: String },
    MeetingOutcome { date: NaiveDate },
    CardText { field: String },
    CardAuthor { field: String },
    Preparation,
    InvestmentNote,
}

/// One text that names the person.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mention {
    pub collaboration: CollaborationId,
    /// The collaboration's current title, to say where.
    pub title: String,
    /// When the text is in a kept snapshot ("Stand festhalten"): the time it was taken.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<DateTime<Utc>>,
    pub place: Place,
    pub text: String,
}

/// A collaboration that links the contact as a partner.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Link {
    pub collaboration: CollaborationId,
    pub title: String,
}

/// Everything stored about one person.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mentions {
    /// The record with its activity log.
    pub contact: Contact,
    pub links: Vec<Link>,
    pub places: Vec<Mention>,
}

/// What *Vergessen* removed, by kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ForgetSummary {
    /// Entries of the contact's activity log, deleted with it.
    pub activities: usize,
    /// Links from collaborations (`partner_contacts`) in the current canvases.
    pub links: usize,
    /// Texts in the current canvases where the name was replaced.
    pub canvas_places: usize,
    /// Texts in kept snapshots where the name was replaced.
    pub snapshot_places: usize,
}

impl Workspace {
    /// Everything stored about the contact; `None` when there is no such contact.
    pub fn where_named(&self, id: &ContactId) -> Option<Mentions> {
        let contact = self.contact(id)?.clone();
        let links = (self.collaborations_of(id).into_iter())
            .map(|c| Link {
                collaboration: c.id.clone(),
                title: c.title.clone(),
            })
            .collect();
        let mut places = Vec::new();
        for collaboration in &self.collaborations {
            // The walk hands out `&mut String`; a copy keeps the search read-only.
            let mut copy = collaboration.clone();
            each_text(&mut copy, &mut |snapshot, place, text| {
                if names(text, &contact.name) {
                    places.push(Mention {
                        collaboration: collaboration.id.clone(),
                        title: collaboration.title.clone(),
                        snapshot,
                        place,
                        text: text.clone(),
                    });
                }
            });
        }
        Some(Mentions {
            contact,
            links,
            places,
        })
    }

    /// Deletes the contact with its log and links, and replaces its name by
    /// `placeholder` wherever [`Workspace::where_named`] finds it, in the current
    /// canvases and in kept snapshots. `None` when there is no such contact.
    pub fn forget(&mut self, id: &ContactId, placeholder: &str) -> Option<ForgetSummary> {
        let name = self.contact(id)?.name.clone();
        let mut summary = ForgetSummary::default();
        for collaboration in &mut self.collaborations {
            let before = collaboration.partner_contacts.len();
            collaboration.partner_contacts.retain(|linked| linked != id);
            summary.links += before - collaboration.partner_contacts.len();
            for snapshot in &mut collaboration.snapshots {
                snapshot
                    .canvas
                    .partner_contacts
                    .retain(|linked| linked != id);
            }
            each_text(collaboration, &mut |snapshot, _, text| {
                if let Some(replaced) = replace_name(text, &name, placeholder) {
                    *text = replaced;
                    match snapshot {
                        Some(_) => summary.snapshot_places += 1,
                        None => summary.canvas_places += 1,
                    }
                }
            });
        }
        let (_, contact) = self.remove_contact(id)?;
        summary.activities = contact.activities.len();
        Some(summary)
    }
}

/// Called with each text: the snapshot's time (`None` in the current canvas), the kind
/// of place, and the text to read or change.
type TextVisitor<'a> = dyn FnMut(Option<DateTime<Utc>>, Place, &mut String) + 'a;

/// Every text of a collaboration and of its snapshots that can name a person, with the
/// snapshot's time (`None` for the current canvas).
fn each_text(collaboration: &mut Collaboration, visit: &mut TextVisitor<'_>) {
    canvas_texts(collaboration, &mut |place, text| visit(None, place, text));
    for snapshot in &mut collaboration.snapshots {
        let taken_at = Some(snapshot.taken_at);
        canvas_texts(&mut snapshot.canvas, &mut |place, text| {
            visit(taken_at, place, text);
        });
    }
}

/// The texts of one canvas, without its snapshots.
fn canvas_texts(canvas: &mut Collaboration, visit: &mut dyn FnMut(Place, &mut String)) {
    visit(Place::Title, &mut canvas.title);
    for partner in &mut canvas.partners {
        visit(Place::Partner, partner);
    }
    for (field, text) in &mut canvas.fields {
        visit(
            Place::Field {
                field: field.clone(),
            },
            text,
        );
    }
    for (field, text) in &mut canvas.partner_view {
        visit(
            Place::PartnerView {
                field: field.clone(),
            },
            text,
        );
    }
    for meeting in &mut canvas.meetings {
        visit(
            Place::MeetingOutcome { date: meeting.date },
            &mut meeting.outcome,
        );
    }
    for card in &mut canvas.cards {
        let field = card.field.clone();
        if let Some(author) = &mut card.author {
            visit(
                Place::CardAuthor {
                    field: field.clone(),
                },
                author,
            );
        }
        visit(Place::CardText { field }, &mut card.text);
    }
    for answer in canvas.preparation.answers_mut() {
        visit(Place::Preparation, answer);
    }
    for check in canvas.preparation.principles.values_mut() {
        visit(Place::Preparation, &mut check.note);
    }
    let investment = &mut canvas.investment;
    for note in [
        &mut investment.time.note,
        &mut investment.money.note,
        &mut investment.energy.note,
    ] {
        visit(Place::InvestmentNote, note);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Activity, ActivityKind, Card, MeetingRecord, Snapshot};

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("valid date")
    }

    /// Anna Berg named in every kind of place, once in a snapshot, with Tom Richter
    /// and the town Annaberg beside her; a second collaboration does not name her.
    fn workspace() -> (Workspace, ContactId, ContactId) {
        let mut workspace = Workspace::default();
        let anna = workspace.add_contact("Anna Berg", day("2026-01-01"));
        let tom = workspace.add_contact("Tom Richter", day("2026-01-01"));
        let log = workspace.contact_mut(&anna).expect("added");
        log.notes = "trifft man in Annaberg".into();
        for date in ["2026-02-01", "2026-03-01"] {
            log.activities.push(Activity {
                date: day(date),
                kind: ActivityKind::Call,
                note: "Laden besprochen".into(),
                exchange: None,
            });
        }
        let now = DateTime::UNIX_EPOCH;
        let mut dorfladen = Collaboration::new("Dorfladen mit Anna Berg", now);
        dorfladen.partners = vec!["anna berg".into(), "Gemeinde".into()];
        dorfladen.partner_contacts = vec![anna.clone(), tom.clone()];
        dorfladen.fields.insert(
            "motivation".into(),
            "Anna Berg und Tom Richter aus Annaberg".into(),
        );
        let snapshot = Snapshot::of(&dorfladen, now);
        dorfladen.snapshots.push(snapshot);
        dorfladen.set_partner_text("expectations", "ANNA BERG will Kunden".into());
        dorfladen.meetings.push(MeetingRecord {
            date: day("2026-04-01"),
            outcome: "Anna Berg sagt zu".into(),
            follow_up: None,
        });
        let mut card = Card::new("goals", "Idee von Anna Berg", now);
        card.author = Some("Anna Berg".into());
        dorfladen.cards.push(card);
        dorfladen.preparation.added_value = "Anna Berg kennt alle".into();
        dorfladen.investment.time.note = "Abende mit Anna Berg".into();
        workspace.collaborations.push(dorfladen);
        let mut verein = Collaboration::new("Sportverein", now);
        verein
            .fields
            .insert("goals".into(), "Tom Richter, Annaberg".into());
        workspace.collaborations.push(verein);
        (workspace, anna, tom)
    }

    #[test]
    fn where_named_lists_the_record_the_links_and_every_text() {
        let (workspace, anna, _) = workspace();
        let mentions = workspace.where_named(&anna).expect("a contact");
        assert_eq!(mentions.contact.activities.len(), 2);
        assert_eq!(mentions.links.len(), 1);
        assert_eq!(mentions.links[0].title, "Dorfladen mit Anna Berg");
        let current: Vec<&Place> = (mentions.places.iter())
            .filter(|m| m.snapshot.is_none())
            .map(|m| &m.place)
            .collect();
        assert_eq!(
            current,
            [
                &Place::Title,
                &Place::Partner,
                &Place::Field {
                    field: "motivation".into()
                },
                &Place::PartnerView {
                    field: "expectations".into()
                },
                &Place::MeetingOutcome {
                    date: day("2026-04-01")
                },
                &Place::CardAuthor {
                    field: "goals".into()
                },
                &Place::CardText {
                    field: "goals".into()
                },
                &Place::Preparation,
                &Place::InvestmentNote,
            ]
        );
        let in_snapshot = mentions.places.iter().filter(|m| m.snapshot.is_some());
        assert_eq!(in_snapshot.count(), 3, "title, partner and field");
        assert!(
            mentions
                .places
                .iter()
                .all(|m| m.title == "Dorfladen mit Anna Berg")
        );
    }

    #[test]
    fn forget_removes_the_name_everywhere_and_leaves_the_rest() {
        let (mut workspace, anna, tom) = workspace();
        let untouched = workspace.collaborations[1].clone();
        let summary = workspace.forget(&anna, "[entfernt]").expect("a contact");
        assert_eq!(
            summary,
            ForgetSummary {
                activities: 2,
                links: 1,
                canvas_places: 9,
                snapshot_places: 3,
            }
        );
        let json = serde_json::to_string(&(&workspace.collaborations, &workspace.contacts))
            .expect("serializes")
            .to_lowercase();
        assert!(!json.contains("anna berg"), "{json}");
        assert!(!json.contains(&anna.0), "no link or record left");
        assert!(json.contains("annaberg"), "the town stays");
        assert!(json.contains("tom richter"));
        let dorfladen = &workspace.collaborations[0];
        assert_eq!(dorfladen.title, "Dorfladen mit [entfernt]");
        assert_eq!(dorfladen.partner_contacts, std::slice::from_ref(&tom));
        assert_eq!(
            dorfladen.snapshots[0].canvas.field_text("motivation"),
            "[entfernt] und Tom Richter aus Annaberg"
        );
        assert_eq!(workspace.collaborations[1], untouched);
        assert_eq!(workspace.contacts.len(), 1);
        assert_eq!(workspace.contacts[0].id, tom);
    }

    #[test]
    fn an_unknown_contact_changes_nothing() {
        let (mut workspace, _, _) = workspace();
        let before = workspace.clone();
        let nobody = ContactId("nobody".into());
        assert!(workspace.where_named(&nobody).is_none());
        assert!(workspace.forget(&nobody, "[entfernt]").is_none());
        assert_eq!(workspace, before);
    }
}
