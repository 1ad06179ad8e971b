//! The user's app preferences, persisted by eframe and kept apart from the document.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

// What to print is the export's own type; it is re-exported for the dialog that
// offers the choice.
pub use crate::export::ExportContent;
use crate::export::PageSetup;
use crate::i18n::Language;
use crate::model::{CollaborationId, SortOrder};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// The export choices, remembered for the next export.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportChoice {
    pub content: ExportContent,
    pub page: PageSetup,
}

impl ExportChoice {
    /// The page the export is made on: the choice, where the content allows one.
    pub fn effective_page(&self) -> PageSetup {
        self.content.page(self.page)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub language: Language,
    pub theme: Theme,
    pub zoom: f32,
    pub sort: SortOrder,
    /// Most recent first.
    pub recent_files: Vec<PathBuf>,
    pub export: ExportChoice,
    /// Zoom on the projector, 1.0–3.0, kept apart from the desk zoom.
    pub presentation_zoom: f32,
    pub minutes_per_field: u32,
    /// The canvas shown last in each recent file, so that reopening the file shows it
    /// again, as office programs return to where one was.
    pub last_canvases: Vec<(PathBuf, CollaborationId)>,
    /// After how many years without a logged contact a contact is marked for review.
    pub review_years: u32,
}

/// Three years, as data protection authorities commonly suggest for contact data
/// without a current purpose.
pub const DEFAULT_REVIEW_YEARS: u32 = 3;

impl Default for Preferences {
    fn default() -> Self {
        Self {
            language: Language::German,
            theme: Theme::Light,
            zoom: 1.0,
            sort: SortOrder::File,
            recent_files: Vec::new(),
            export: ExportChoice::default(),
            presentation_zoom: 1.5,
            minutes_per_field: 5,
            last_canvases: Vec::new(),
            review_years: DEFAULT_REVIEW_YEARS,
        }
    }
}

impl Preferences {
    pub const MAX_RECENT_FILES: usize = 8;
    pub const MIN_ZOOM: f32 = 0.5;
    pub const MAX_ZOOM: f32 = 3.0;
    const ZOOM_STEP: f32 = 0.1;

    pub fn remember_file(&mut self, path: &Path) {
        let path = canonical(path);
        self.recent_files.retain(|known| known != &path);
        self.recent_files.insert(0, path);
        self.recent_files.truncate(Self::MAX_RECENT_FILES);
    }

    /// Remembers the canvas shown in `path`; only the recent files' are kept.
    pub fn remember_canvas(&mut self, path: &Path, id: &CollaborationId) {
        let path = canonical(path);
        self.last_canvases.retain(|(known, _)| known != &path);
        self.last_canvases.insert(0, (path, id.clone()));
        let recent = &self.recent_files;
        self.last_canvases
            .retain(|(known, _)| recent.contains(known));
    }

    /// The canvas shown last in `path`, if it was one of the recent files.
    pub fn last_canvas(&self, path: &Path) -> Option<&CollaborationId> {
        let path = canonical(path);
        self.last_canvases
            .iter()
            .find(|(known, _)| *known == path)
            .map(|(_, id)| id)
    }

    /// Presentation zoom goes from 100 % to 300 %.
    pub fn presentation_zoom_by(&mut self, steps: f32) {
        let zoom = self.presentation_zoom + steps * Self::ZOOM_STEP * 2.5;
        self.presentation_zoom = ((zoom * 4.0).round() / 4.0).clamp(1.0, Self::MAX_ZOOM);
    }

    /// Changes the zoom by `steps` (negative: smaller), kept within a readable range.
    pub fn zoom_by(&mut self, steps: f32) {
        let zoom = self.zoom + steps * Self::ZOOM_STEP;
        self.zoom = ((zoom * 10.0).round() / 10.0).clamp(Self::MIN_ZOOM, Self::MAX_ZOOM);
    }
}

/// The same file under one name, whichever way it was opened (a link, `..`).
fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_keep_the_newest_first_without_duplicates() {
        let mut preferences = Preferences::default();
        for name in ["/tmp/a.json", "/tmp/b.json", "/tmp/a.json"] {
            preferences.remember_file(Path::new(name));
        }
        assert_eq!(
            preferences.recent_files,
            [PathBuf::from("/tmp/a.json"), PathBuf::from("/tmp/b.json")]
        );
    }

    #[test]
    fn zoom_stays_within_its_range() {
        let mut preferences = Preferences::default();
        for _ in 0..50 {
            preferences.zoom_by(1.0);
        }
        assert_eq!(preferences.zoom, Preferences::MAX_ZOOM);
        preferences.zoom_by(-100.0);
        assert_eq!(preferences.zoom, Preferences::MIN_ZOOM);
    }

    #[test]
    fn the_last_canvas_is_kept_per_recent_file_and_forgotten_with_it() {
        let mut preferences = Preferences::default();
        let (a, b) = (PathBuf::from("/tmp/a.json"), PathBuf::from("/tmp/b.json"));
        let (first, second) = (CollaborationId("1".into()), CollaborationId("2".into()));
        preferences.remember_file(&a);
        preferences.remember_canvas(&a, &first);
        preferences.remember_canvas(&b, &second);
        assert_eq!(preferences.last_canvas(&a), Some(&first));
        assert_eq!(preferences.last_canvas(&b), None, "b is not a recent file");
        preferences.remember_canvas(&a, &second);
        assert_eq!(preferences.last_canvas(&a), Some(&second));
        assert_eq!(preferences.last_canvases.len(), 1);
    }
}
