//! What participants sent, applied to a collaboration, and the board they are shown:
//! the same for the window and the headless `kartenabfrage` command.

use super::{BoardCard, ParticipantEvent, SessionConfig};
use nc_i18n::Language;
use nc_model::{Card, Collaboration, FieldSpec};

/// The cards of `field` as participants see them.
pub fn board_of(collaboration: &Collaboration, field: &str) -> Vec<BoardCard> {
    collaboration
        .cards_in(field)
        .map(|card| BoardCard {
            id: card.id.clone(),
            text: card.text.clone(),
            cluster: card.cluster.clone(),
            dots: card.dots,
        })
        .collect()
}

/// What one batch of events changed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Applied {
    pub cards: Vec<Card>,
    pub dots: Vec<nc_model::CardId>,
}

impl Applied {
    pub fn is_empty(&self) -> bool {
        self.cards.is_empty() && self.dots.is_empty()
    }

    /// Adds a later batch.
    pub fn extend(&mut self, later: Self) {
        self.cards.extend(later.cards);
        self.dots.extend(later.dots);
    }
}

/// Adds the sent cards to `field` and the dots to their cards (a dot on a card that
/// was deleted meanwhile is dropped).
pub fn apply_events(
    collaboration: &mut Collaboration,
    field: &str,
    events: Vec<ParticipantEvent>,
) -> Applied {
    let mut applied = Applied::default();
    for event in events {
        match event {
            ParticipantEvent::Card { id, text, received } => {
                if collaboration.card(&id).is_some() {
                    continue; // already there: a replayed journal
                }
                let mut card = Card::new(field, &text, received);
                card.id = id;
                if collaboration.add_card(card.clone()).is_some() {
                    applied.cards.push(card);
                }
            }
            ParticipantEvent::Dot { card } => {
                if let Some(target) = collaboration.card_mut(&card) {
                    target.dots += 1;
                    applied.dots.push(card);
                }
            }
        }
    }
    applied
}

impl SessionConfig {
    /// A session on `field`: the page shows its guiding question (its label where it
    /// has none).
    pub fn for_field(field: &FieldSpec, language: Language) -> Self {
        let label = field.label(language);
        let question = Some(field.question(language))
            .filter(|question| !question.trim().is_empty())
            .unwrap_or(label);
        Self::new(question, label, language)
    }
}
