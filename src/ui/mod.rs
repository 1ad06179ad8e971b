//! Panels, widgets and dialogs. They read the model and push [`crate::command::Command`]s
//! or edit text in place; they never touch files.

pub mod canvas_grid;
pub mod canvas_header;
pub mod canvas_view;
pub mod collaboration_list;
pub mod dialogs;
pub mod field_box;
pub mod file_dialog;
pub mod fonts;
pub mod investment_box;
pub mod menu_bar;
pub mod presentation;
pub mod relationship_style;
pub mod status_bar;
