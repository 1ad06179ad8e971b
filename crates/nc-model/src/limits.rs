//! How much a file may hold, so that every file under the size limit loads in bounded
//! memory and time. Three bytes of JSON (`{},`) become a whole collaboration of about
//! half a kilobyte in memory; a 30 MB file of them would take gigabytes. Lists of such
//! records are therefore counted while they are read, and reading stops at the first
//! record over the limit.
//!
//! The count runs per thread, for one parse at a time: [`counting`] starts it.

use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, SeqAccess, Visitor};

/// Collaborations and the kept states ("Stand festhalten") inside them, together.
pub const MAX_CANVASES: usize = 100_000;
pub const MAX_CONTACTS: usize = 50_000;
/// Log entries of all contacts and meetings of all collaborations, together.
pub const MAX_LOG_ENTRIES: usize = 1_000_000;
pub const MAX_TEMPLATES: usize = 1_000;
/// Fields of all templates together.
pub const MAX_TEMPLATE_FIELDS: usize = 20_000;
/// Cards of all collaborations together.
pub const MAX_CARDS: usize = 200_000;

/// What a limit counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limited {
    Canvases,
    Contacts,
    LogEntries,
    Templates,
    TemplateFields,
    Cards,
}

impl Limited {
    const ALL: [Self; 6] = [
        Self::Canvases,
        Self::Contacts,
        Self::LogEntries,
        Self::Templates,
        Self::TemplateFields,
        Self::Cards,
    ];

    pub fn limit(self) -> usize {
        match self {
            Self::Canvases => MAX_CANVASES,
            Self::Contacts => MAX_CONTACTS,
            Self::LogEntries => MAX_LOG_ENTRIES,
            Self::Templates => MAX_TEMPLATES,
            Self::TemplateFields => MAX_TEMPLATE_FIELDS,
            Self::Cards => MAX_CARDS,
        }
    }

    fn index(self) -> usize {
        Self::ALL.iter().position(|&kind| kind == self).unwrap_or(0)
    }
}

thread_local! {
    /// Outside [`counting`] (tests reading one record, the undo history) nothing counts.
    static ACTIVE: Cell<bool> = const { Cell::new(false) };
    static COUNTS: Cell<[usize; 6]> = const { Cell::new([0; 6]) };
    static EXCEEDED: Cell<Option<Limited>> = const { Cell::new(None) };
}

/// Runs one parse with fresh counts; the `Err` names the first limit it went over.
pub fn counting<T, E>(parse: impl FnOnce() -> Result<T, E>) -> Result<Result<T, E>, Limited> {
    COUNTS.set([0; 6]);
    EXCEEDED.set(None);
    ACTIVE.set(true);
    let result = parse();
    ACTIVE.set(false);
    match EXCEEDED.take() {
        Some(kind) => Err(kind),
        None => Ok(result),
    }
}

/// Counts one more record of `kind`; false once the limit is passed.
fn take(kind: Limited) -> bool {
    if !ACTIVE.get() {
        return true;
    }
    let mut counts = COUNTS.get();
    counts[kind.index()] += 1;
    COUNTS.set(counts);
    if counts[kind.index()] > kind.limit() {
        EXCEEDED.set(Some(kind));
        return false;
    }
    true
}

struct BoundedVisitor<T> {
    kind: Limited,
    marker: PhantomData<T>,
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for BoundedVisitor<T> {
    type Value = Vec<T>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        // Never trust a size hint for the capacity: it comes from the file.
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(item) = seq.next_element()? {
            if !take(self.kind) {
                return Err(serde::de::Error::custom(format_args!(
                    "more than {} entries ({:?})",
                    self.kind.limit(),
                    self.kind
                )));
            }
            items.push(item);
        }
        Ok(items)
    }
}

fn bounded<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
    kind: Limited,
) -> Result<Vec<T>, D::Error> {
    deserializer.deserialize_seq(BoundedVisitor {
        kind,
        marker: PhantomData,
    })
}

/// Declares a list type that counts its entries against one limit while it is read.
macro_rules! bounded_list {
    ($(#[$doc:meta] $name:ident => $kind:ident),* $(,)?) => {$(
        #[$doc]
        pub struct $name<T>(pub Vec<T>);

        impl<'de, T: Deserialize<'de>> Deserialize<'de> for $name<T> {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                bounded(deserializer, Limited::$kind).map(Self)
            }
        }
    )*};
}

bounded_list! {
    /// Collaborations or kept states.
    Canvases => Canvases,
    /// The Netzwerkbuch's contacts.
    Contacts => Contacts,
    /// A contact's activities or a collaboration's meetings.
    LogEntries => LogEntries,
    /// Templates of a workspace.
    Templates => Templates,
    /// A template's fields.
    TemplateFields => TemplateFields,
    /// A collaboration's cards.
    Cards => Cards,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct List {
        list: super::Canvases<u8>,
    }

    #[test]
    fn a_list_over_the_limit_stops_at_the_first_entry_too_many() {
        let under = format!("{{\"list\": [{}1]}}", "1,".repeat(MAX_CANVASES - 1));
        let parsed = counting(|| serde_json::from_str::<List>(&under));
        assert_eq!(
            parsed.map(|r| r.map(|c| c.list.0.len()).ok()),
            Ok(Some(MAX_CANVASES))
        );
        let over = format!("{{\"list\": [{}1]}}", "1,".repeat(MAX_CANVASES));
        let parsed = counting(|| serde_json::from_str::<List>(&over));
        assert_eq!(parsed.err(), Some(Limited::Canvases));
    }
}
