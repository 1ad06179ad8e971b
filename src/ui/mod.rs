//! Panels, widgets and dialogs. They read the model and push [`crate::command::Command`]s
//! or edit text in place; they never touch files.

pub mod activity_log;
pub mod balance_chart;
pub mod canvas_grid;
pub mod canvas_header;
pub mod canvas_view;
pub mod collaboration_list;
pub mod contact_form;
pub mod contact_links;
pub mod contact_list;
pub mod contact_view;
pub mod dialogs;
pub mod due_view;
pub mod editor_id;
pub mod field_box;
pub mod field_text;
pub mod file_dialog;
pub mod fonts;
pub mod investment_box;
pub mod leftover_notes;
pub mod menu_bar;
pub mod network_map_view;
pub mod presentation;
pub mod relationship_style;
pub mod status_bar;
pub mod template_editor;
pub mod template_list;
pub mod template_preview;
pub mod template_switch;
pub mod view_tabs;
