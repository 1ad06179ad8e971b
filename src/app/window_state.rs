//! What the app last told the window, so that it tells it again only on a change,
//! whether closing it was confirmed, the system fonts added to it and the start-up probe.

use crate::preferences::Theme;

#[derive(Default)]
pub(super) struct WindowState {
    pub(super) is_close_confirmed: bool,
    pub(super) title: String,
    /// Theme, zoom and whether presenting, as last applied.
    pub(super) applied_look: Option<(Theme, f32, bool)>,
    /// System fonts added for characters the bundled fonts lack.
    pub(super) screen_fonts: super::screen_fonts::ScreenFonts,
    /// The start-up benchmark's probe; idle unless its variable is set.
    pub(super) first_frame: super::first_frame::FirstFrameLog,
}

impl WindowState {
    pub(super) fn new(first_frame: super::first_frame::FirstFrameLog) -> Self {
        Self {
            is_close_confirmed: false,
            title: String::new(),
            applied_look: None,
            screen_fonts: super::screen_fonts::ScreenFonts::default(),
            first_frame,
        }
    }

    /// The zoom last asked of the window (egui applies it from the next frame on).
    pub(super) fn applied_zoom(&self) -> Option<f32> {
        self.applied_look.map(|(_, zoom, _)| zoom)
    }
}
