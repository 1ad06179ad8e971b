//! Panels, widgets and dialogs. They read the model and push [`crate::command::Command`]s
//! or edit text in place; they never touch files.

pub mod canvas;
pub mod dialogs;
pub mod file_dialog;
pub mod fonts;
pub mod menu_bar;
pub mod moderation_panel;
pub mod netzwerkbuch;
pub mod presentation;
pub mod status_bar;
pub mod templates;
pub mod view_tabs;
pub mod widgets;
