//! Netzwerk-Canvas: a desktop app for the Kooperations- und Netzwerk-Canvas.
//!
//! Layers, each using only those above it in this list: [`language`]; [`model`] (plain
//! data and pure edits) and [`i18n`] (every message, which names model enums);
//! [`storage`] (the JSON file) and [`export`] (the PDF), with [`export_file`] and
//! [`system_viewer`] for the files they make, and [`moderation`] (the participants'
//! server of a Kartenabfrage); [`ui`] (panels and dialogs); [`app`]
//! (ties them together and runs [`command::Command`]s), with [`window_icon`] for the
//! window it opens in and [`windows_console`] for the terminal it was started from. The library form lets tests build the app.

pub mod app;
pub mod assets;
pub mod cli;
pub mod command;
pub mod export_file;
pub mod key_names;
pub mod preferences;
pub mod system_viewer;
pub mod ui;
pub mod user_action;
pub mod window_icon;
pub mod windows_console;

// The lower layers are crates of their own (docs/architecture.md); their old paths
// stay, so `crate::model::Workspace` and `crate::i18n::Msg` name what they did.
pub use nc_export as export;
pub use nc_i18n as i18n;
pub use nc_interop as contacts_io;
pub use nc_model as model;
pub use nc_model::language;
pub use nc_moderation as moderation;
pub use nc_storage as storage;
