//! A group of widgets kept together on one line inside a wrapping row (a label and its
//! field, "Wichtigkeit ●●●●○"): the group starts a new line when it would not fit,
//! measured by its width in the frame before, instead of running off the right edge
//! at a large zoom. egui wraps single widgets by itself, but not a nested group, whose
//! width it cannot know before it is drawn.

use std::hash::Hash;

use egui::Ui;

pub fn wrap_group<R>(
    ui: &mut Ui,
    salt: impl Hash + std::fmt::Debug,
    add: impl FnOnce(&mut Ui) -> R,
) -> R {
    let id = ui.scope_id().with(("wrap_group", salt));
    let last: Option<f32> = ui.data(|data| data.get_temp(id));
    // The visible room: inside a scroll area the layout may be wider than what shows.
    let right = ui.clip_rect().max.x.min(ui.max_rect().max.x);
    let at_line_start = ui.cursor().min.x <= ui.max_rect().min.x + 1.0;
    if let Some(width) = last
        && ui.cursor().min.x + width > right
        && !at_line_start
    {
        ui.end_row();
    }
    let inner = ui.horizontal(add);
    let width = inner.response.rect.width();
    ui.data_mut(|data| data.insert_temp(id, width));
    inner.inner
}
