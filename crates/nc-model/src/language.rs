//! The UI language, on its own: the model names templates in both languages, and the
//! message table (`i18n`) knows the model's enums, so the language sits below both.

use serde::{Deserialize, Serialize};

/// The UI language. German is the default, as for our users.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Language {
    #[default]
    German,
    English,
}

impl Language {
    /// The BCP 47 code, for a PDF's `/Lang` and an HTML page's `lang`.
    pub fn code(self) -> &'static str {
        match self {
            Self::German => "de",
            Self::English => "en",
        }
    }
}
