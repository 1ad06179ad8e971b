//! Characters the bundled fonts lack (a partner's name in Chinese) are drawn on screen
//! with the system font the PDF uses for them. Looked for when a document opens or is
//! replaced as a whole (a merge, an import) and in every typed or pasted text; a font
//! found is added once and stays for the rest of the run.

use std::collections::BTreeSet;

use super::App;

/// The system fonts added to the screen's so far.
#[derive(Default)]
pub(super) struct ScreenFonts {
    added: BTreeSet<u16>,
    fonts: Vec<(u16, &'static [u8])>,
    /// The session whose whole workspace was looked through.
    scanned_generation: Option<u64>,
}

impl ScreenFonts {
    /// Adds the fonts for characters of `text` that the screen's fonts lack; true when
    /// one was added.
    fn look_through(&mut self, text: &str) -> bool {
        let mut added = false;
        let mut seen = BTreeSet::new();
        // Latin, Latin-1 and Latin Extended: the bundled fonts have all of them.
        for c in text.chars().filter(|c| u32::from(*c) >= 0x250) {
            if !seen.insert(c) {
                continue;
            }
            if let Some((index, bytes)) = crate::export::screen_fallback_for(c)
                && self.added.insert(index)
            {
                self.fonts.push((index, bytes));
                added = true;
            }
        }
        added
    }
}

impl App {
    /// Once a frame: the open document when it is new or was replaced, and this frame's
    /// typed and pasted text.
    pub(super) fn add_screen_fonts(&mut self, ctx: &egui::Context) {
        let fonts = &mut self.window.screen_fonts;
        let mut added = false;
        let generation = self.session.generation;
        if fonts.scanned_generation != Some(generation) || self.session.fonts_stale {
            fonts.scanned_generation = Some(generation);
            self.session.fonts_stale = false;
            if let Ok(json) = crate::storage::workspace_to_json(&self.session.document.workspace) {
                added |= fonts.look_through(&String::from_utf8_lossy(&json));
            }
        }
        let typed: String = ctx.input(|input| {
            input
                .events
                .iter()
                .filter_map(|event| match event {
                    egui::Event::Text(text) | egui::Event::Paste(text) => Some(text.as_str()),
                    egui::Event::Ime(egui::ImeEvent::Commit(text)) => Some(text.as_str()),
                    _ => None,
                })
                .collect()
        });
        if !typed.is_empty() {
            added |= fonts.look_through(&typed);
        }
        if added {
            ctx.set_fonts(crate::ui::fonts::font_definitions_with(&fonts.fonts));
        }
    }
}
