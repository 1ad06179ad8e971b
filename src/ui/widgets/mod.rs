//! Small widgets shared by several views: stable editor ids, dates, importance, relationship forms, search.

pub mod date_field;
pub mod editor_id;
pub mod importance;
pub mod relationship;
pub mod search_field;
