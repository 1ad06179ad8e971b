//! Stable ids for text editors. An editor keeps the keyboard focus only while its id
//! stays the same from frame to frame; egui's automatic ids count the widgets above, so
//! a label that appears with the first letter (the guiding question, the "modified"
//! mark, a date hint) would move the editor to a new id and drop the focus after one
//! key. Every editor therefore names itself by what it edits.

use std::fmt::Debug;
use std::hash::Hash;

/// The id of the editor for `what`, e.g. `("field", collaboration_id, field_id)`.
pub fn editor_id(what: impl Hash + Debug) -> egui::Id {
    egui::Id::unique(("text_editor", what))
}

/// Gives an editor the keyboard focus with all of `text` selected, so that what the
/// user types next replaces it (the name of a new collaboration or contact). The
/// editor may appear only in the next frame; egui keeps a requested focus that long.
pub fn focus_with_all_selected(ctx: &egui::Context, id: egui::Id, text: &str) {
    use egui::text::{CCursor, CCursorRange};
    ctx.memory_mut(|memory| memory.request_focus(id));
    let mut state = egui::text_edit::TextEditState::load(ctx, id).unwrap_or_default();
    let all = CCursorRange::two(CCursor::new(0), CCursor::new(text.chars().count()));
    state.cursor.set_char_range(Some(all));
    state.store(ctx, id);
}
