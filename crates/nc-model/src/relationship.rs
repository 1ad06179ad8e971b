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

    /// The form's colour as RGB, the same on screen and on paper.
    pub fn rgb(self) -> [u8; 3] {
        match self {
            Self::Begegnung => [0x2f, 0x8f, 0xd8],
            Self::Kontakt => [0x7a, 0x86, 0x99],
            Self::Kooperation => [0x2e, 0x9d, 0x5b],
            Self::Gruppe => [0xc2, 0x6a, 0x1b],
        }
    }

    /// Strong ties are Kooperation and Gruppe.
    pub fn is_strong_tie(self) -> bool {
        matches!(self, Self::Kooperation | Self::Gruppe)
    }
}
