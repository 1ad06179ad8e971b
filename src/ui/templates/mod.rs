//! The template editor: the list of templates, the editor and its printed preview.

pub mod editor;
pub mod list;
pub mod preview;
