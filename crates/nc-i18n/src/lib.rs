//! Every user-visible string of the app, in German and English, in one table.
//!
//! The table is a macro so that a message cannot exist in one language only: each
//! entry must name both texts, or the crate does not compile. Placeholders such as
//! `{file}` are filled by [`Msg::fill`].
//!
//! The table is written in parts, one file per part of the app (`window.rs`,
//! `netzwerkbuch.rs` …), so that no file grows past a readable length; `next_part!`
//! joins them into the one [`Msg`] enum, so a key's name is still all a caller needs.

pub use nc_model::language::Language;

macro_rules! messages {
    ($($name:ident => $de:literal, $en:literal;)*) => {
        /// A message key; [`Msg::text`] gives its text in a language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($name),* }

        impl Msg {
            pub const ALL: &[Msg] = &[$(Msg::$name),*];

            pub fn text(self, language: Language) -> &'static str {
                match (self, language) {
                    $(
                        (Msg::$name, Language::German) => $de,
                        (Msg::$name, Language::English) => $en,
                    )*
                }
            }
        }
    };
}

/// Chains the parts of the table: `[part …]` names the parts still to come, and the
/// entries after it are those gathered so far. Each part is a macro that appends its
/// entries and calls this again; after the last one, `messages!` gets them all. (A
/// macro cannot read another file's tokens, so the parts hand them on instead.)
macro_rules! next_part {
    ([] $($entries:tt)*) => {
        messages! { $($entries)* }
    };
    ([$part:ident $($later:ident)*] $($entries:tt)*) => {
        $part! { [$($later)*] $($entries)* }
    };
}

// The parts of the table; `#[macro_use]` makes each part's macro visible below.
#[macro_use]
mod board;
#[macro_use]
mod contacts_io;
#[macro_use]
mod export;
#[macro_use]
mod files;
#[macro_use]
mod help;
#[macro_use]
mod meeting;
#[macro_use]
mod moderation;
#[macro_use]
mod netzwerkbuch;
#[macro_use]
mod partner;
#[macro_use]
mod protection;
#[macro_use]
mod rights;
#[macro_use]
mod templates;
#[macro_use]
mod window;

next_part! {
    [window_texts file_texts export_texts meeting_texts netzwerkbuch_texts template_texts
     board_texts moderation_texts contacts_io_texts
     rights_texts partner_texts protection_texts help_texts]
}

mod dates;
mod fill;
mod model_names;
mod partner_lines;
#[cfg(test)]
mod tests;

pub use dates::{format_date, format_local_time, month_short, parse_date};
pub use partner_lines::{partner_error_message, withheld_lines};
