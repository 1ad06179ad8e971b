//! Font subsets: each font reduced to the glyphs the document draws, once per document,
//! with allsorts, the subsetter printpdf itself calls: printpdf subsets only with its
//! `text_layout` feature, a layout engine the build does without (Cargo.toml), and
//! embeds the subset it is handed as it is.

use std::collections::{BTreeMap, BTreeSet};

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile, subset};

/// A font reduced to the glyphs a document draws.
pub(super) struct Subset {
    /// The font program to embed.
    pub bytes: Vec<u8>,
    /// Each drawn glyph's id in the original font → its id in the subset.
    pub new_ids: BTreeMap<u16, u16>,
}

/// Keeps `used` glyphs of the first face in `font` (and .notdef, which must come first).
pub(super) fn subset_font(font: &[u8], used: &BTreeSet<u16>) -> Result<Subset, String> {
    let data = ReadScope::new(font)
        .read::<FontData<'_>>()
        .map_err(|error| error.to_string())?;
    let provider = data.table_provider(0).map_err(|error| error.to_string())?;
    let ids: Vec<u16> = std::iter::once(0)
        .chain(used.iter().copied().filter(|id| *id != 0))
        .collect();
    let bytes = subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
        .map_err(|error| error.to_string())?;
    // allsorts numbers the kept glyphs in the order they were asked for; glyphs that
    // composite glyphs are made of come after them.
    let new_ids = ids
        .iter()
        .enumerate()
        .filter_map(|(new, old)| Some((*old, u16::try_from(new).ok()?)))
        .collect();
    Ok(Subset { bytes, new_ids })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundled_fonts::REGULAR_FONT;

    #[test]
    fn the_subset_keeps_the_used_glyphs_in_order_and_is_small() {
        let face = ttf_parser::Face::parse(REGULAR_FONT, 0).unwrap();
        let used: BTreeSet<u16> = "Äpfel"
            .chars()
            .map(|c| face.glyph_index(c).unwrap().0)
            .collect();
        let subset = subset_font(REGULAR_FONT, &used).unwrap();
        assert_eq!(
            subset.new_ids.len(),
            used.len() + 1,
            "the glyphs and .notdef"
        );
        assert_eq!(subset.new_ids[&0], 0);
        let sorted: Vec<u16> = used.iter().copied().collect();
        for (position, old) in sorted.iter().enumerate() {
            assert_eq!(subset.new_ids[old], u16::try_from(position + 1).unwrap());
        }
        assert!(
            subset.bytes.len() * 20 < REGULAR_FONT.len(),
            "{} of {} bytes",
            subset.bytes.len(),
            REGULAR_FONT.len()
        );
        // The subset's outlines are the original's: same advance for the same glyph.
        let small = ttf_parser::Face::parse(&subset.bytes, 0).unwrap();
        for old in &sorted {
            let new = subset.new_ids[old];
            assert_eq!(
                small.glyph_hor_advance(ttf_parser::GlyphId(new)),
                face.glyph_hor_advance(ttf_parser::GlyphId(*old))
            );
        }
    }

    #[test]
    fn a_file_that_is_no_font_is_an_error() {
        assert!(subset_font(b"not a font", &BTreeSet::from([1])).is_err());
    }
}
