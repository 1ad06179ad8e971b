//! One collaboration: the header and the filled canvas fields.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{
    Card, ContactId, DEFAULT_TEMPLATE_ID, Investment, MeetingRecord, Preparation, Relationship,
    Snapshot, Template,
};

/// A stable id that survives renames; links and selection refer to it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CollaborationId(pub String);

impl CollaborationId {
    pub fn new_random() -> Self {
        Self(uuid::Uuid::new_v4().to_string())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Collaboration {
    pub id: CollaborationId,
    pub title: String,
    pub partners: Vec<String>,
    /// Partners that are contacts of the Netzwerkbuch, by id so that renames keep them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub partner_contacts: Vec<ContactId>,
    pub relationship: Relationship,
    /// Importance points from 1 to 5.
    pub importance: u8,
    pub meeting_date: Option<NaiveDate>,
    /// The id of the template the canvas is filled in; absent in older files.
    #[serde(skip_serializing_if = "is_default_template")]
    pub template: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<DateTime<Utc>>,
    /// Text per template field id. Unknown ids are kept, so no text is ever dropped.
    pub fields: BTreeMap<String, String>,
    pub investment: Investment,
    /// Answers and self-check of "Vorbereitung".
    #[serde(skip_serializing_if = "Preparation::is_empty")]
    pub preparation: Preparation,
    /// Past meetings, oldest first, as recorded in the debrief.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<MeetingRecord>,
    /// The partners' view of fields that can be seen from two sides, by field id.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub partner_view: BTreeMap<String, String>,
    /// Dated copies taken with "Stand festhalten", oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub snapshots: Vec<Snapshot>,
    /// Cards of a Kartenabfrage, pinned to the fields, in board order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cards: Vec<Card>,
    /// Keys written by a newer app that this one does not know; kept so that saving
    /// does not lose them.
    #[serde(flatten)]
    pub unknown_keys: serde_json::Map<String, serde_json::Value>,
}

super::keyed::deserialize_keeping_unknown_keys!(Collaboration, "a collaboration", {
    id, title, partners, partner_contacts, relationship, importance, meeting_date, template,
    created, modified, fields, investment, preparation, meetings as LogEntries, partner_view,
    snapshots as Canvases, cards as Cards,
});

fn is_default_template(id: &str) -> bool {
    id == DEFAULT_TEMPLATE_ID
}

impl Default for Collaboration {
    fn default() -> Self {
        Self {
            id: CollaborationId::default(),
            title: String::new(),
            partners: Vec::new(),
            partner_contacts: Vec::new(),
            relationship: Relationship::default(),
            importance: Self::DEFAULT_IMPORTANCE,
            meeting_date: None,
            template: DEFAULT_TEMPLATE_ID.to_owned(),
            created: None,
            modified: None,
            fields: BTreeMap::new(),
            investment: Investment::default(),
            preparation: Preparation::default(),
            meetings: Vec::new(),
            partner_view: BTreeMap::new(),
            snapshots: Vec::new(),
            cards: Vec::new(),
            unknown_keys: serde_json::Map::new(),
        }
    }
}

impl Collaboration {
    pub const MIN_IMPORTANCE: u8 = 1;
    pub const MAX_IMPORTANCE: u8 = 5;
    pub const DEFAULT_IMPORTANCE: u8 = 3;

    /// A new, empty collaboration with a fresh id, created `now`.
    pub fn new(title: &str, now: DateTime<Utc>) -> Self {
        Self {
            id: CollaborationId::new_random(),
            title: title.to_owned(),
            created: Some(now),
            modified: Some(now),
            ..Self::default()
        }
    }

    pub fn field_text(&self, field_id: &str) -> &str {
        self.fields.get(field_id).map_or("", String::as_str)
    }

    /// The text of a field for editing; creates the entry on first use.
    pub fn field_text_mut(&mut self, field_id: &str) -> &mut String {
        self.fields.entry(field_id.to_owned()).or_default()
    }

    /// Fields that can be filled from my view and from the partners' view.
    pub const TWO_SIDED_FIELDS: [&'static str; 3] = ["motivation", "expectations", "added_value"];

    pub fn partner_text(&self, field_id: &str) -> &str {
        self.partner_view.get(field_id).map_or("", String::as_str)
    }

    pub fn partner_text_mut(&mut self, field_id: &str) -> &mut String {
        self.partner_view.entry(field_id.to_owned()).or_default()
    }

    /// Sets the partners' view of a field; an empty text removes the entry, so that a
    /// field looked at and left empty adds nothing to the file.
    pub fn set_partner_text(&mut self, field_id: &str, text: String) {
        if text.is_empty() {
            self.partner_view.remove(field_id);
        } else {
            self.partner_view.insert(field_id.to_owned(), text);
        }
    }

    /// A two-sided field where only one side is filled in.
    pub fn is_one_sided(&self, field_id: &str) -> bool {
        let mine = !self.field_text(field_id).trim().is_empty();
        let theirs = !self.partner_text(field_id).trim().is_empty();
        Self::TWO_SIDED_FIELDS.contains(&field_id) && mine != theirs
    }

    pub fn partners_joined(&self) -> String {
        self.partners.join(", ")
    }

    /// Splits a comma- or semicolon-separated list typed by the user.
    pub fn set_partners_from_text(&mut self, text: &str) {
        self.partners = text
            .split([',', ';', '\n'])
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(str::to_owned)
            .collect();
    }

    /// Whether any header text, field or note contains `needle` (already lower-case).
    pub fn matches_search(&self, needle_lowercase: &str) -> bool {
        if needle_lowercase.is_empty() {
            return true;
        }
        let contains = |text: &str| text.to_lowercase().contains(needle_lowercase);
        contains(&self.title)
            || self.partners.iter().any(|partner| contains(partner))
            || self.fields.values().any(|text| contains(text))
            || self.partner_view.values().any(|text| contains(text))
            || self.cards.iter().any(|card| contains(&card.text))
            || contains(&self.investment.time.note)
            || contains(&self.investment.money.note)
            || contains(&self.investment.energy.note)
            || self
                .meeting_date
                .is_some_and(|date| contains(&date.to_string()))
    }

    /// Text in fields that `template` does not show, by field id: what "Übrige Notizen"
    /// shows after a template switch, so that no text is lost.
    pub fn leftover_fields<'a>(&'a self, template: &Template) -> Vec<(&'a str, &'a str)> {
        self.fields
            .iter()
            .filter(|(id, text)| {
                !text.trim().is_empty()
                    && template
                        .field(id)
                        .is_none_or(|field| field.kind != super::FieldKind::Text)
            })
            .map(|(id, text)| (id.as_str(), text.as_str()))
            .collect()
    }

    /// Brings values from a hand-edited file back into range.
    pub fn normalize(&mut self) {
        self.importance = self
            .importance
            .clamp(Self::MIN_IMPORTANCE, Self::MAX_IMPORTANCE);
        self.investment.normalize();
        if self.id.0.trim().is_empty() {
            self.id = CollaborationId::new_random();
        }
        if self.template.trim().is_empty() {
            self.template = DEFAULT_TEMPLATE_ID.to_owned();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partners_typed_with_commas_become_a_list_without_blanks() {
        let mut collaboration = Collaboration::default();
        collaboration.set_partners_from_text(" Gemeinde Rhade, ,Dorfladen-Netzwerk; TuS ");
        assert_eq!(
            collaboration.partners,
            ["Gemeinde Rhade", "Dorfladen-Netzwerk", "TuS"]
        );
    }

    #[test]
    fn search_finds_text_in_fields_and_ignores_case() {
        let mut collaboration = Collaboration::default();
        collaboration
            .fields
            .insert("motivation".into(), "Nahversorgung im Dorf".into());
        assert!(collaboration.matches_search("nahversorgung"));
        assert!(!collaboration.matches_search("sportverein"));
    }

    #[test]
    fn normalize_clamps_importance_and_fills_a_missing_id() {
        let mut collaboration = Collaboration {
            importance: 9,
            ..Collaboration::default()
        };
        collaboration.normalize();
        assert_eq!(collaboration.importance, 5);
        assert!(!collaboration.id.0.is_empty());
    }
}
