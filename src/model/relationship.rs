//! The four forms of relationship from the practice texts, on the strong/weak-tie axes.

use serde::{Deserialize, Serialize};

/// How close a collaboration is: strong ties (Kooperation, Gruppe) or weak ties
/// (Begegnung, Kontakt).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Relationship {
    /// A new encounter.
    Begegnung,
    /// A loose, "silent" connection that can be activated.
    Kontakt,
    /// A project with agreed goals.
    #[default]
    Kooperation,
    /// Long-term, continuous work.
    Gruppe,
}

impl Relationship {
    pub const ALL: [Self; 4] = [
        Self::Begegnung,
        Self::Kontakt,
        Self::Kooperation,
        Self::Gruppe,
    ];

    /// Strong ties are Kooperation and Gruppe.
    pub fn is_strong_tie(self) -> bool {
        matches!(self, Self::Kooperation | Self::Gruppe)
    }
}
