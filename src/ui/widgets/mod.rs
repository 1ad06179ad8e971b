//! Small widgets shared by several views: names for screen readers, stable editor ids, dates, importance, relationship forms, search, groups that wrap as a whole.

pub mod accessible;
pub mod date_field;
pub mod editor_id;
pub mod importance;
pub mod relationship;
pub mod search_field;
pub mod wrap_group;
