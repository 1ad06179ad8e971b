//! Netzwerk-Canvas: a desktop app for the Kooperations- und Netzwerk-Canvas.
//!
//! Layers, each using only those above it in this list: [`i18n`] and [`model`] (plain
//! data), [`storage`] (the JSON file), [`ui`] (panels and dialogs), [`app`] (ties them
//! together and runs [`command::Command`]s). The library form lets tests build the app.

pub mod app;
pub mod assets;
pub mod cli;
pub mod command;
pub mod export;
pub mod export_file;
pub mod i18n;
pub mod model;
pub mod preferences;
pub mod storage;
pub mod system_viewer;
pub mod ui;
