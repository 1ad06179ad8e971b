//! Cards of a Kartenabfrage: short notes pinned to a canvas field, grouped into named
//! clusters and weighted with dots (Punktabfrage), as on a workshop's pin board.
//!
//! A card's place is its field and its position in the collaboration's list; a cluster is
//! the name its cards share within one field, so there is no second list to keep in step.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Collaboration;

/// The longest card, in characters: one thought per card, as on paper.
pub const MAX_CARD_CHARS: usize = 280;

/// A stable id; drags, dots and undo refer to it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CardId(pub String);

impl CardId {
    pub fn new_random() -> Self {
        Self(uuid::Uuid::new_v4().to_string())
    }
}

/// The colours of moderation cards.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CardColour {
    #[default]
    Yellow,
    Green,
    Blue,
    Pink,
    Orange,
    White,
}

impl CardColour {
    pub const ALL: [Self; 6] = [
        Self::Yellow,
        Self::Green,
        Self::Blue,
        Self::Pink,
        Self::Orange,
        Self::White,
    ];

    /// The paper's colour as sRGB, the same on screen and in the PDF.
    pub fn rgb(self) -> [u8; 3] {
        match self {
            Self::Yellow => [255, 240, 150],
            Self::Green => [196, 235, 180],
            Self::Blue => [190, 220, 250],
            Self::Pink => [250, 200, 220],
            Self::Orange => [255, 210, 160],
            Self::White => [250, 250, 245],
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Card {
    pub id: CardId,
    /// The template field the card is pinned to.
    pub field: String,
    pub text: String,
    #[serde(skip_serializing_if = "is_default_colour")]
    pub colour: CardColour,
    /// Who wrote it; `None` is anonymous, the default of a Kartenabfrage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The name of the cluster within its field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Dots of the Punktabfrage.
    #[serde(skip_serializing_if = "is_zero")]
    pub dots: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<DateTime<Utc>>,
    /// Keys written by a newer app, kept on save.
    #[serde(flatten)]
    pub unknown_keys: serde_json::Map<String, serde_json::Value>,
}

super::keyed::deserialize_keeping_unknown_keys!(Card, "a card", {
    id, field, text, colour, author, cluster, dots, created,
});

fn is_default_colour(colour: &CardColour) -> bool {
    *colour == CardColour::default()
}

fn is_zero(dots: &u32) -> bool {
    *dots == 0
}

/// Cuts a card's text to [`MAX_CARD_CHARS`] and trims it; what a participant sends and
/// what is typed in the window obey the same rule.
pub fn card_text(text: &str) -> String {
    text.trim().chars().take(MAX_CARD_CHARS).collect::<String>()
}

impl Card {
    pub fn new(field: &str, text: &str, now: DateTime<Utc>) -> Self {
        Self {
            id: CardId::new_random(),
            field: field.to_owned(),
            text: card_text(text),
            created: Some(now),
            ..Self::default()
        }
    }
}

/// The cards of one field in their clusters, in the order the board shows them: cards
/// without a cluster first, then each cluster in the order of its first card.
#[derive(Debug, PartialEq)]
pub struct CardGroup<'a> {
    pub cluster: Option<&'a str>,
    pub cards: Vec<&'a Card>,
}

impl Collaboration {
    pub fn cards_in<'a>(&'a self, field: &'a str) -> impl Iterator<Item = &'a Card> + 'a {
        self.cards.iter().filter(move |card| card.field == field)
    }

    pub fn card(&self, id: &CardId) -> Option<&Card> {
        self.cards.iter().find(|card| card.id == *id)
    }

    pub fn card_mut(&mut self, id: &CardId) -> Option<&mut Card> {
        self.cards.iter_mut().find(|card| card.id == *id)
    }

    /// Groups the cards of `field` by cluster (see [`CardGroup`]).
    pub fn card_groups<'a>(&'a self, field: &'a str) -> Vec<CardGroup<'a>> {
        let mut groups: Vec<CardGroup<'a>> = vec![CardGroup {
            cluster: None,
            cards: Vec::new(),
        }];
        for card in self.cards_in(field) {
            let cluster = card.cluster.as_deref();
            match groups.iter_mut().find(|group| group.cluster == cluster) {
                Some(group) => group.cards.push(card),
                None => groups.push(CardGroup {
                    cluster,
                    cards: vec![card],
                }),
            }
        }
        groups.retain(|group| !group.cards.is_empty());
        groups
    }

    /// Adds a card at the end of `field`; an empty text adds nothing.
    pub fn add_card(&mut self, card: Card) -> Option<CardId> {
        if card.text.trim().is_empty() {
            return None;
        }
        let id = card.id.clone();
        self.cards.push(card);
        Some(id)
    }

    pub fn remove_card(&mut self, id: &CardId) -> Option<Card> {
        let index = self.cards.iter().position(|card| card.id == *id)?;
        Some(self.cards.remove(index))
    }

    /// Moves a card to `field`, before the card `before` (or to the field's end), into
    /// the cluster of that card (or out of any cluster at the end). Returns false when
    /// the card does not exist or would not move.
    pub fn move_card(&mut self, id: &CardId, field: &str, before: Option<&CardId>) -> bool {
        if before == Some(id) {
            return false;
        }
        let Some(mut card) = self.remove_card(id) else {
            return false;
        };
        let target = before.and_then(|b| self.cards.iter().position(|c| c.id == *b));
        card.field = field.to_owned();
        match target {
            Some(index) => {
                card.cluster.clone_from(&self.cards[index].cluster);
                self.cards.insert(index, card);
            }
            None => {
                card.cluster = None;
                self.cards.push(card);
            }
        }
        true
    }

    /// Moves a card to the end of the cluster `cluster` of `field` (after its last card),
    /// as when it is dropped on the cluster's name.
    pub fn move_card_to_cluster(&mut self, id: &CardId, field: &str, cluster: &str) -> bool {
        let Some(mut card) = self.remove_card(id) else {
            return false;
        };
        let last = self
            .cards
            .iter()
            .rposition(|c| c.field == field && c.cluster.as_deref() == Some(cluster));
        card.field = field.to_owned();
        card.cluster = Some(cluster.to_owned());
        match last {
            Some(index) => self.cards.insert(index + 1, card),
            None => self.cards.push(card),
        }
        true
    }

    /// Puts a card into the cluster `name` of its field; an empty name takes it out.
    pub fn set_card_cluster(&mut self, id: &CardId, name: &str) -> bool {
        let name = name.trim();
        let Some(card) = self.card_mut(id) else {
            return false;
        };
        let cluster = (!name.is_empty()).then(|| name.to_owned());
        if card.cluster == cluster {
            return false;
        }
        card.cluster = cluster;
        true
    }

    /// Renames a cluster of `field` on all its cards; an empty name dissolves it.
    pub fn rename_cluster(&mut self, field: &str, old: &str, new: &str) -> bool {
        let new = new.trim();
        let cluster = (!new.is_empty()).then(|| new.to_owned());
        let mut changed = false;
        for card in self.cards.iter_mut().filter(|card| card.field == field) {
            if card.cluster.as_deref() == Some(old) && card.cluster != cluster {
                card.cluster.clone_from(&cluster);
                changed = true;
            }
        }
        changed
    }

    /// "Karten übernehmen": appends the cards of `field` to its text, clusters as
    /// headings with their cards as a list (dots in brackets), and removes the cards.
    /// Returns how many cards were taken over. `dots` names a number of dots.
    pub fn take_over_cards(&mut self, field: &str, dots: &dyn Fn(u32) -> String) -> usize {
        let text = cards_as_text(&self.card_groups(field), dots);
        let count = self.cards_in(field).count();
        if count == 0 {
            return 0;
        }
        let existing = self.field_text_mut(field);
        let trimmed_len = existing.trim_end().len();
        existing.truncate(trimmed_len);
        if !existing.is_empty() {
            existing.push_str("\n\n");
        }
        existing.push_str(&text);
        self.cards.retain(|card| card.field != field);
        count
    }
}

/// The cards as plain text: a heading per cluster, a "- " line per card, and the dots
/// in brackets after a card that has any ("(3 Punkte)", as `dots` names them).
pub fn cards_as_text(groups: &[CardGroup<'_>], dots: &dyn Fn(u32) -> String) -> String {
    let mut lines: Vec<String> = Vec::new();
    for group in groups {
        if let Some(name) = group.cluster {
            if !lines.is_empty() {
                lines.push(String::new());
            }
            lines.push(format!("{name}:"));
        }
        for card in &group.cards {
            let text = card.text.replace('\n', " ");
            if card.dots > 0 {
                lines.push(format!("- {text} ({})", dots(card.dots)));
            } else {
                lines.push(format!("- {text}"));
            }
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board() -> (Collaboration, Vec<CardId>) {
        let mut collaboration = Collaboration::default();
        let now = Utc::now();
        let ids = ["Laden", "Café", "Bus"]
            .iter()
            .filter_map(|text| collaboration.add_card(Card::new("goals", text, now)))
            .collect();
        (collaboration, ids)
    }

    #[test]
    fn cards_are_cut_to_the_limit_and_empty_ones_are_not_added() {
        let mut collaboration = Collaboration::default();
        let long = "x".repeat(MAX_CARD_CHARS + 20);
        let id = collaboration.add_card(Card::new("goals", &long, Utc::now()));
        assert_eq!(
            id.and_then(|id| collaboration.card(&id).map(|c| c.text.chars().count())),
            Some(MAX_CARD_CHARS)
        );
        assert_eq!(
            collaboration.add_card(Card::new("goals", "  ", Utc::now())),
            None
        );
    }

    #[test]
    fn a_card_dropped_on_another_joins_its_field_place_and_cluster() {
        let (mut collaboration, ids) = board();
        collaboration.add_card(Card::new("motivation", "Dorf", Utc::now()));
        let dorf = collaboration.cards[3].id.clone();
        assert!(collaboration.set_card_cluster(&dorf, "Leben"));
        assert!(collaboration.move_card(&ids[0], "motivation", Some(&dorf)));
        let texts: Vec<&str> = collaboration
            .cards_in("motivation")
            .map(|card| card.text.as_str())
            .collect();
        assert_eq!(texts, ["Laden", "Dorf"]);
        assert_eq!(collaboration.cards[2].cluster.as_deref(), Some("Leben"));
        assert_eq!(collaboration.cards_in("goals").count(), 2);
    }

    #[test]
    fn a_card_dropped_on_a_cluster_name_joins_it_at_its_end() {
        let (mut collaboration, ids) = board();
        collaboration.set_card_cluster(&ids[0], "Versorgung");
        assert!(collaboration.move_card_to_cluster(&ids[2], "goals", "Versorgung"));
        let texts: Vec<&str> = collaboration
            .cards
            .iter()
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(texts, ["Laden", "Bus", "Café"]);
        assert_eq!(
            collaboration.cards[1].cluster.as_deref(),
            Some("Versorgung")
        );
    }

    #[test]
    fn groups_list_loose_cards_first_then_clusters_in_order() {
        let (mut collaboration, ids) = board();
        collaboration.set_card_cluster(&ids[0], "Versorgung");
        collaboration.set_card_cluster(&ids[2], "Mobilität");
        let groups = collaboration.card_groups("goals");
        let shape: Vec<(Option<&str>, usize)> = groups
            .iter()
            .map(|group| (group.cluster, group.cards.len()))
            .collect();
        assert_eq!(
            shape,
            [(None, 1), (Some("Versorgung"), 1), (Some("Mobilität"), 1)]
        );
        assert!(collaboration.rename_cluster("goals", "Versorgung", "Mobilität"));
        assert_eq!(collaboration.card_groups("goals").len(), 2);
    }

    #[test]
    fn taking_over_writes_clusters_and_dots_into_the_text_and_removes_the_cards() {
        let (mut collaboration, ids) = board();
        collaboration
            .fields
            .insert("goals".into(), "Schon da\n".into());
        collaboration.set_card_cluster(&ids[1], "Treffpunkt");
        if let Some(card) = collaboration.card_mut(&ids[1]) {
            card.dots = 3;
        }
        let dots = |count: u32| format!("{count} Punkte");
        assert_eq!(collaboration.take_over_cards("goals", &dots), 3);
        assert_eq!(
            collaboration.field_text("goals"),
            "Schon da\n\n- Laden\n- Bus\n\nTreffpunkt:\n- Café (3 Punkte)"
        );
        assert!(collaboration.cards.is_empty());
    }

    #[test]
    fn a_card_reads_back_with_unknown_keys_and_defaults_left_out() {
        let json = r#"{"id":"c1","field":"goals","text":"Laden","votes_v2":[1,2]}"#;
        let card: Card = serde_json::from_str(json).unwrap();
        assert_eq!(card.colour, CardColour::Yellow);
        assert_eq!(serde_json::to_string(&card).unwrap(), json);
    }
}
