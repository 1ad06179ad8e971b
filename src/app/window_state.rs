//! What the app last told the window, so that it tells it again only on a change, and
//! whether closing it was confirmed.

use crate::preferences::Theme;

#[derive(Default)]
pub(super) struct WindowState {
    pub(super) is_close_confirmed: bool,
    pub(super) title: String,
    /// Theme, zoom and whether presenting, as last applied.
    pub(super) applied_look: Option<(Theme, f32, bool)>,
}

impl WindowState {
    /// The zoom last asked of the window (egui applies it from the next frame on).
    pub(super) fn applied_zoom(&self) -> Option<f32> {
        self.applied_look.map(|(_, zoom, _)| zoom)
    }
}
