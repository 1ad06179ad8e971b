//! What goes into the flow of notes: the cards of a field in board order (loose cards,
//! then each cluster under its name), their text made printable like field text, and
//! the cards of fields the template does not show, so that none is left off the paper.

use super::Composer;
use crate::draw::Rgb;
use nc_i18n::Msg;
use nc_model::{Collaboration, Template};

/// One thing in the flow of notes.
#[derive(Clone, Debug)]
pub(super) enum Entry {
    /// A heading over the cards on a continuation page: "Karten", or the field of cards
    /// whose field the template lacks.
    Section(String),
    /// The name of a cluster, above its cards.
    Cluster(String),
    Card(NoteCard),
}

/// A card's printable content: text already passed through the font's sanitizing.
#[derive(Clone, Debug)]
pub(super) struct NoteCard {
    pub text: String,
    pub author: Option<String>,
    pub fill: Rgb,
    pub dots: u32,
}

impl Composer<'_> {
    /// Text made printable like field text; replaced characters are counted.
    fn printable(&self, text: &str, replaced: &mut usize) -> String {
        let (text, count) = self.metrics.sanitize(text);
        *replaced += count;
        text
    }

    /// The cards of `field`, loose cards first, then each cluster under its name.
    pub(super) fn card_entries(
        &self,
        collaboration: &Collaboration,
        field: &str,
        replaced: &mut usize,
    ) -> Vec<Entry> {
        let mut entries = Vec::new();
        for group in collaboration.card_groups(field) {
            if let Some(name) = group.cluster {
                entries.push(Entry::Cluster(self.printable(name, replaced)));
            }
            for card in group.cards {
                let author = card
                    .author
                    .as_deref()
                    .filter(|author| !author.trim().is_empty())
                    .map(|author| self.printable(&author.replace('\n', " "), replaced));
                entries.push(Entry::Card(NoteCard {
                    text: self.printable(&card.text, replaced),
                    author,
                    fill: Rgb::from_bytes(card.colour.rgb()),
                    dots: card.dots,
                }));
            }
        }
        entries
    }

    /// Cards on fields this template does not show, each field under "Karten: FIELD",
    /// so that they are printed with the other leftovers rather than lost.
    pub(super) fn leftover_card_entries(
        &self,
        collaboration: &Collaboration,
        replaced: &mut usize,
    ) -> Vec<Entry> {
        let language = self.options.language;
        let mut fields: Vec<&str> = Vec::new();
        for card in &collaboration.cards {
            let shown = self.template.field(&card.field).is_some();
            if !shown && !fields.contains(&card.field.as_str()) {
                fields.push(&card.field);
            }
        }
        let mut entries = Vec::new();
        for field in fields {
            let label = Template::label_elsewhere(field, &[], language);
            let label = self.printable(&label, replaced);
            entries.push(Entry::Section(
                Msg::PdfCardsOf.fill(language, &[("field", &label)]),
            ));
            entries.extend(self.card_entries(collaboration, field, replaced));
        }
        entries
    }
}
