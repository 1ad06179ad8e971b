//! The canvas view: the list of collaborations, the header and the template grid of the selected one.

pub mod card_board;
pub mod card_wall;
pub mod contact_links;
pub mod field_box;
pub mod field_text;
pub mod grid;
pub mod header;
pub mod investment_box;
pub mod leftover_notes;
pub mod list;
pub mod template_switch;
pub mod view;
