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
