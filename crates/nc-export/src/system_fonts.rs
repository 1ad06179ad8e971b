//! The system's fonts, as a fallback for characters no bundled font has (names in
//! Chinese, Devanagari, Thai, …). Found in the platform's font folders (the list comes
//! from `rust-fontconfig`) and read only when a character needs them; which characters
//! each has is kept for the rest of the process, and the bytes only of the fonts that
//! draw something. The only
//! reads of the export besides its input, and never of the user's files.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use ttf_parser::Face;

/// How deep font folders are searched (Debian: /usr/share/fonts/truetype/FAMILY/).
const MAX_DEPTH: usize = 5;

/// One font file of the system. Its characters are read when a character is first
/// looked for (and the file let go); only a font that draws something is kept.
struct SystemFont {
    path: PathBuf,
    /// The code points it draws, as sorted ranges; empty when unreadable or without
    /// outlines (a bitmap emoji font).
    coverage: OnceLock<Vec<(u32, u32)>>,
    face: OnceLock<Option<Face<'static>>>,
}

impl SystemFont {
    fn covers(&self, c: char) -> bool {
        let coverage = self.coverage.get_or_init(|| {
            std::fs::read(&self.path)
                .ok()
                .and_then(|bytes| Some(coverage(&outlined_face(&bytes)?)))
                .unwrap_or_default()
        });
        let code = u32::from(c);
        let at = coverage.partition_point(|(_, last)| *last < code);
        coverage.get(at).is_some_and(|(first, _)| *first <= code)
    }

    fn face(&self) -> Option<&Face<'static>> {
        self.face
            .get_or_init(|| {
                let bytes = std::fs::read(&self.path).ok()?;
                // Kept for the process, like the bundled fonts: the face borrows it.
                outlined_face(Box::leak(bytes.into_boxed_slice()))
            })
            .as_ref()
    }
}

fn outlined_face(bytes: &[u8]) -> Option<Face<'_>> {
    let face = Face::parse(bytes, 0).ok()?;
    let tables = face.tables();
    (tables.glyf.is_some() || tables.cff.is_some()).then_some(face)
}

/// The Unicode code points a face maps to a glyph, as sorted, merged ranges.
fn coverage(face: &Face<'_>) -> Vec<(u32, u32)> {
    let mut codes = Vec::new();
    if let Some(cmap) = face.tables().cmap {
        for subtable in cmap
            .subtables
            .into_iter()
            .filter(|table| table.is_unicode())
        {
            subtable.codepoints(|code| {
                if subtable.glyph_index(code).is_some_and(|glyph| glyph.0 != 0) {
                    codes.push(code);
                }
            });
        }
    }
    codes.sort_unstable();
    codes.dedup();
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    for code in codes {
        match ranges.last_mut() {
            Some((_, last)) if *last + 1 == code => *last = code,
            _ => ranges.push((code, code)),
        }
    }
    ranges
}

/// Every font file in the system's font folders, sans-serif faces first.
pub struct SystemFonts {
    fonts: Vec<SystemFont>,
    /// Which font draws a character, once asked.
    found: Mutex<HashMap<char, Option<u16>>>,
}

impl SystemFonts {
    /// The system's fonts, listed once per process.
    pub fn get() -> &'static Self {
        static FONTS: OnceLock<SystemFonts> = OnceLock::new();
        FONTS.get_or_init(|| {
            let os = rust_fontconfig::OperatingSystem::current();
            Self::in_folders(&rust_fontconfig::config::font_directories(os))
        })
    }

    /// The fonts in `folders` (and their subfolders).
    pub fn in_folders(folders: &[PathBuf]) -> Self {
        let mut paths = Vec::new();
        for folder in folders {
            collect_font_files(folder, 0, &mut paths);
        }
        // Sans-serif text faces first (they suit the bundled DejaVu Sans), then the
        // rest; by path within each, so that every run picks the same font.
        paths.sort_by_key(|path| {
            let name = path
                .file_name()
                .map(|name| name.to_string_lossy().to_lowercase())
                .unwrap_or_default();
            let sans = name.contains("sans") && !name.contains("mono");
            (!sans, path.clone())
        });
        paths.truncate(usize::from(u16::MAX));
        Self {
            fonts: paths
                .into_iter()
                .map(|path| SystemFont {
                    path,
                    coverage: OnceLock::new(),
                    face: OnceLock::new(),
                })
                .collect(),
            found: Mutex::new(HashMap::new()),
        }
    }

    /// The first font that has `c`, as an index for [`Self::face`].
    pub fn font_for(&self, c: char) -> Option<u16> {
        if let Some(found) = self
            .found
            .lock()
            .ok()
            .and_then(|found| found.get(&c).copied())
        {
            return found;
        }
        let index = self
            .fonts
            .iter()
            .position(|font| font.covers(c) && font.face().is_some())
            .and_then(|index| u16::try_from(index).ok());
        if let Ok(mut found) = self.found.lock() {
            found.insert(c, index);
        }
        index
    }

    pub fn face(&self, index: u16) -> Option<&Face<'static>> {
        self.fonts.get(usize::from(index))?.face()
    }

    /// The font file's bytes, for embedding.
    pub fn bytes(&self, index: u16) -> Option<&'static [u8]> {
        Some(self.face(index)?.raw_face().data)
    }

    /// The font file.
    #[cfg(test)]
    pub fn path(&self, index: u16) -> Option<&Path> {
        self.fonts
            .get(usize::from(index))
            .map(|font| font.path.as_path())
    }
}

fn collect_font_files(folder: &Path, depth: usize, paths: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() || (kind.is_symlink() && path.is_dir()) {
            if depth < MAX_DEPTH {
                collect_font_files(&path, depth + 1, paths);
            }
        } else if has_font_extension(&path) {
            paths.push(path);
        }
    }
}

fn has_font_extension(path: &Path) -> bool {
    path.extension()
        .map(|extension| extension.to_string_lossy().to_lowercase())
        .is_some_and(|extension| matches!(extension.as_str(), "ttf" | "otf" | "ttc" | "otc"))
}

/// For the screen: the system font (its index and bytes) that draws `c`, when the
/// bundled fonts lack it; the same font the PDF would use.
pub fn screen_fallback_for(c: char) -> Option<(u16, &'static [u8])> {
    static BUNDLED: OnceLock<Option<super::metrics::FontMetrics>> = OnceLock::new();
    let bundled = BUNDLED.get_or_init(|| super::metrics::FontMetrics::bundled_only().ok());
    if c.is_control() || bundled.as_ref()?.face_for(c, false).is_some() {
        return None;
    }
    let fonts = SystemFonts::get();
    let index = fonts.font_for(c)?;
    Some((index, fonts.bytes(index)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_font_in_a_subfolder_is_found_for_its_characters_and_others_are_not() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let nested = folder.path().join("truetype").join("dejavu");
        std::fs::create_dir_all(&nested).expect("folders");
        std::fs::write(
            nested.join("DejaVuSans.ttf"),
            crate::bundled_fonts::REGULAR_FONT,
        )
        .expect("font");
        std::fs::write(folder.path().join("notes.txt"), "not a font").expect("file");
        std::fs::write(folder.path().join("broken.ttf"), "not a font either").expect("file");
        let fonts = SystemFonts::in_folders(&[folder.path().to_path_buf()]);
        let index = fonts.font_for('ж').expect("DejaVu has Cyrillic");
        assert!(
            fonts
                .path(index)
                .is_some_and(|path| path.ends_with("DejaVuSans.ttf"))
        );
        assert!(fonts.face(index).is_some());
        assert_eq!(fonts.font_for('京'), None, "DejaVu has no CJK");
        // Asked again: the same answer from the cache.
        assert_eq!(fonts.font_for('京'), None);
    }

    #[test]
    fn no_folders_no_fonts() {
        let fonts = SystemFonts::in_folders(&[PathBuf::from("/nonexistent/fonts")]);
        assert_eq!(fonts.font_for('京'), None);
    }
}
