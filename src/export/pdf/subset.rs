//! Font subsets: each font reduced to the glyphs the document draws, with allsorts (the
//! subsetter printpdf uses, which wrote the PDFs before).

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

/// For a subset with CID-keyed CFF outlines (OpenType CJK fonts): the bare `CFF `
/// table, to embed as `CIDFontType0C`, and the CID of each of its glyphs, which are
/// the codes to draw them with. None for TrueType and name-keyed CFF outlines.
pub(super) fn cid_keyed_cff(font: &[u8]) -> Option<(Vec<u8>, BTreeMap<u16, u16>)> {
    use allsorts::cff::CFF;
    use allsorts::tables::FontTableProvider;

    if !font.starts_with(b"OTTO") {
        return None;
    }
    let data = ReadScope::new(font).read::<FontData<'_>>().ok()?;
    let provider = data.table_provider(0).ok()?;
    let table = provider.read_table_data(allsorts::tag::CFF).ok()?;
    let cff = ReadScope::new(&table).read::<CFF<'_>>().ok()?;
    let outlines = cff.fonts.first()?;
    if !outlines.is_cid_keyed() {
        return None;
    }
    let glyphs = u16::try_from(outlines.char_strings_index.len()).ok()?;
    let cids = (0..glyphs)
        .filter_map(|glyph| Some((glyph, outlines.charset.id_for_glyph(glyph)?)))
        .collect();
    Some((table.into_owned(), cids))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assets::REGULAR_FONT;

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
