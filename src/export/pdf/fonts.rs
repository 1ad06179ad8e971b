//! The fonts of a PDF: which glyphs the pages drew with each face, and each face
//! embedded once for the whole document as a subset (a Type0 font with Identity-H
//! codes, its widths and a ToUnicode map so that text can be copied and searched).
//!
//! Parallel runs of pages each collect the glyphs they draw ([`Usage`]); the runs'
//! usages are merged and every face is subset once, so the document carries one copy
//! of each font however many cores drew its pages.

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{Hash, Hasher};

use lopdf::{Dictionary, Object, ObjectId};

use super::subset;
use crate::export::ExportError;
use crate::export::metrics::{FontFace, FontMetrics};

/// In [`FaceUsage::chars`]: a glyph drawn for no character of its own (a shaped glyph
/// whose text is in `clusters`).
const NO_CHAR: u32 = u32::MAX;

/// The glyphs one face drew, with the text each stands for.
#[derive(Default)]
pub(super) struct FaceUsage {
    /// By original glyph id: the character it was drawn for, plus one; 0 where unused.
    chars: Vec<u32>,
    /// Shaped glyphs that stand for a cluster of characters (a conjunct, a ligature).
    clusters: BTreeMap<u16, String>,
}

impl FaceUsage {
    fn slot(&mut self, glyph: u16) -> &mut u32 {
        let index = usize::from(glyph);
        if index >= self.chars.len() {
            self.chars.resize(index + 1, 0);
        }
        &mut self.chars[index]
    }

    /// `glyph` drawn for `c`. A glyph drawn for several characters keeps the first,
    /// except that the soft hyphen of a broken word gives way to a hyphen typed.
    pub(super) fn mark(&mut self, glyph: u16, c: char) {
        let slot = self.slot(glyph);
        if *slot == 0 || *slot == u32::from(SOFT_HYPHEN) + 1 {
            *slot = u32::from(c) + 1;
        }
    }

    /// `glyph` drawn by the shaper for `text`.
    pub(super) fn mark_cluster(&mut self, glyph: u16, text: &str) {
        let slot = self.slot(glyph);
        if *slot == 0 {
            *slot = NO_CHAR;
        }
        if !text.is_empty() {
            self.clusters
                .entry(glyph)
                .or_insert_with(|| text.to_owned());
        }
    }

    fn merge(&mut self, other: Self) {
        if self.chars.len() < other.chars.len() {
            self.chars.resize(other.chars.len(), 0);
        }
        for (mine, theirs) in self.chars.iter_mut().zip(other.chars) {
            if *mine == 0 {
                *mine = theirs;
            }
        }
        for (glyph, text) in other.clusters {
            self.clusters.entry(glyph).or_insert(text);
        }
    }

    fn glyphs(&self) -> BTreeSet<u16> {
        (0..self.chars.len())
            .filter(|index| self.chars[*index] != 0)
            .filter_map(|index| u16::try_from(index).ok())
            .collect()
    }

    /// What a reader copies for `glyph`.
    fn text(&self, glyph: u16) -> Option<String> {
        if let Some(cluster) = self.clusters.get(&glyph) {
            return Some(cluster.clone());
        }
        let slot = *self.chars.get(usize::from(glyph))?;
        char::from_u32(slot.checked_sub(1)?).map(String::from)
    }
}

const SOFT_HYPHEN: char = '\u{AD}';

/// The glyphs every face drew, for one run of pages or, merged, for the document.
#[derive(Default)]
pub(super) struct Usage {
    faces: BTreeMap<FontFace, FaceUsage>,
}

impl Usage {
    pub(super) fn face(&mut self, face: FontFace) -> &mut FaceUsage {
        self.faces.entry(face).or_default()
    }

    pub(super) fn merge(&mut self, other: Self) {
        for (face, usage) in other.faces {
            self.face(face).merge(usage);
        }
    }
}

/// Each face's code for each original glyph id, once the fonts are subset.
#[derive(Default)]
pub(super) struct Codes {
    faces: Vec<(FontFace, Vec<u16>)>,
}

impl Codes {
    /// The code of an original glyph of `face`; .notdef for a glyph not embedded.
    pub(super) fn of(&self, face: FontFace) -> impl Fn(u16) -> u16 + '_ {
        let table = self
            .faces
            .iter()
            .find(|(found, _)| *found == face)
            .map_or(&[][..], |(_, table)| table.as_slice());
        move |glyph| table.get(usize::from(glyph)).copied().unwrap_or(0)
    }
}

/// The resource name a face is drawn with on every page.
pub(super) fn resource_name(face: FontFace) -> String {
    match face {
        FontFace::Regular => "R".to_owned(),
        FontFace::Bold => "B".to_owned(),
        FontFace::Emoji => "E".to_owned(),
        FontFace::System(index) => format!("S{index}"),
    }
}

/// Embeds every face the pages drew with; returns the font resource dictionary and
/// the codes to write the glyphs with.
pub(super) fn embed_fonts(
    document: &mut lopdf::Document,
    usage: Usage,
    metrics: &FontMetrics,
) -> Result<(Dictionary, Codes), ExportError> {
    let mut resources = Dictionary::new();
    let mut codes = Codes::default();
    for (face, used) in usage.faces {
        let name = metrics.postscript_name(face);
        let bytes = metrics
            .face_bytes(face)
            .ok_or_else(|| ExportError::Font(format!("{name}: the font file is gone")))?;
        let (font, table) = embed_font(document, (&name, bytes), &used)?;
        resources.set(resource_name(face), Object::Reference(font));
        codes.faces.push((face, table));
    }
    Ok((resources, codes))
}

/// How the subset's program is embedded, and the code of each of its glyphs.
struct Program {
    /// `FontFile2` (TrueType outlines) or `FontFile3` (CFF).
    key: &'static str,
    /// The descendant font's subtype: `CIDFontType2` or `CIDFontType0`.
    subtype: &'static str,
    /// `/Subtype` of a `FontFile3` stream.
    file_subtype: Option<&'static str>,
    bytes: Vec<u8>,
    /// The Identity-H code of each of the subset's glyph ids.
    code_of_new: Option<BTreeMap<u16, u16>>,
}

/// TrueType outlines are embedded as they are; CFF outlines as OpenType, except that a
/// CID-keyed CFF is embedded bare and addressed by its CIDs, the one way every viewer
/// family resolves the same glyphs (as printpdf learned, its issue 280).
fn program(subset: Vec<u8>) -> Program {
    if !subset.starts_with(b"OTTO") {
        return Program {
            key: "FontFile2",
            subtype: "CIDFontType2",
            file_subtype: None,
            bytes: subset,
            code_of_new: None,
        };
    }
    match subset::cid_keyed_cff(&subset) {
        Some((table, cids)) => Program {
            key: "FontFile3",
            subtype: "CIDFontType0",
            file_subtype: Some("CIDFontType0C"),
            bytes: table,
            code_of_new: Some(cids),
        },
        None => Program {
            key: "FontFile3",
            subtype: "CIDFontType0",
            file_subtype: Some("OpenType"),
            bytes: subset,
            code_of_new: None,
        },
    }
}

/// Embeds the font `name` (its file's bytes) reduced to the glyphs `used`; returns the
/// font object and each original glyph's code.
fn embed_font(
    document: &mut lopdf::Document,
    (name, bytes): (&str, &[u8]),
    used: &FaceUsage,
) -> Result<(ObjectId, Vec<u16>), ExportError> {
    let failed = |reason: &str| ExportError::Font(format!("{name}: {reason}"));
    let original = ttf_parser::Face::parse(bytes, 0).map_err(|error| failed(&error.to_string()))?;
    let glyphs = used.glyphs();
    let subset = subset::subset_font(bytes, &glyphs).map_err(|error| failed(&error))?;
    let program = program(subset.bytes);

    // Original glyph id → code, and the code's width and text, ascending by code.
    let size = glyphs.last().map_or(1, |last| usize::from(*last) + 1);
    let mut table = vec![0u16; size];
    let mut coded: Vec<(u16, u16)> = Vec::with_capacity(glyphs.len());
    for (old, new) in &subset.new_ids {
        let code = program
            .code_of_new
            .as_ref()
            .map_or(Some(*new), |cids| cids.get(new).copied())
            .unwrap_or(0);
        if let Some(slot) = table.get_mut(usize::from(*old)) {
            *slot = code;
        }
        coded.push((code, *old));
    }
    coded.sort_unstable();

    let base_font = format!("{}+{name}", subset_tag(name, &glyphs));
    let scale = 1000.0 / f32::from(original.units_per_em().max(1));
    let width = |glyph: u16| {
        let advance = original
            .glyph_hor_advance(ttf_parser::GlyphId(glyph))
            .unwrap_or(0);
        em_thousandths(f32::from(advance) * scale)
    };

    let mut file = Dictionary::new();
    if let Some(subtype) = program.file_subtype {
        file.set("Subtype", Object::Name(subtype.into()));
    } else {
        file.set("Length1", program.bytes.len() as i64);
    }
    let file = document.add_object(super::compress::font_stream(file, program.bytes));
    let descriptor = document.add_object(descriptor(
        &original,
        &base_font,
        scale,
        (program.key, file),
    ));
    let to_unicode = to_unicode_cmap(&coded, used);
    let to_unicode =
        document.add_object(super::compress::font_stream(Dictionary::new(), to_unicode));

    let mut descendant = Dictionary::from_iter([
        ("Type", Object::Name(b"Font".to_vec())),
        ("Subtype", Object::Name(program.subtype.into())),
        ("BaseFont", Object::Name(base_font.clone().into_bytes())),
        (
            "CIDSystemInfo",
            Object::Dictionary(Dictionary::from_iter([
                ("Registry", Object::string_literal("Adobe")),
                ("Ordering", Object::string_literal("Identity")),
                ("Supplement", Object::Integer(0)),
            ])),
        ),
        ("FontDescriptor", Object::Reference(descriptor)),
        ("W", Object::Array(widths(&coded, width))),
    ]);
    if program.subtype == "CIDFontType2" {
        descendant.set("CIDToGIDMap", Object::Name(b"Identity".to_vec()));
    }
    let font = Dictionary::from_iter([
        ("Type", Object::Name(b"Font".to_vec())),
        ("Subtype", Object::Name(b"Type0".to_vec())),
        ("BaseFont", Object::Name(base_font.into_bytes())),
        ("Encoding", Object::Name(b"Identity-H".to_vec())),
        (
            "DescendantFonts",
            Object::Array(vec![Object::Dictionary(descendant)]),
        ),
        ("ToUnicode", Object::Reference(to_unicode)),
    ]);
    Ok((document.add_object(font), table))
}

#[allow(clippy::cast_possible_truncation)] // widths and metrics of a font are small
fn em_thousandths(value: f32) -> i64 {
    value.round() as i64
}

/// The font descriptor: the metrics a reader needs to substitute the font, and the
/// font program.
fn descriptor(
    face: &ttf_parser::Face<'_>,
    base_font: &str,
    scale: f32,
    (key, file): (&str, ObjectId),
) -> Dictionary {
    let scaled = |value: i16| em_thousandths(f32::from(value) * scale);
    let bbox = face.global_bounding_box();
    let italic_angle = em_thousandths(face.italic_angle());
    // Non-symbolic (the Latin character set), and italic where the face slants.
    let flags = (1 << 5) | if italic_angle == 0 { 0 } else { 1 << 6 };
    // No table has the stem width; estimated from the weight, as PDF producers do.
    let weight = f32::from(face.weight().to_number());
    let stem_v = em_thousandths(50.0 + (weight / 65.0).powi(2));
    Dictionary::from_iter([
        ("Type", Object::Name(b"FontDescriptor".to_vec())),
        ("FontName", Object::Name(base_font.as_bytes().to_vec())),
        ("Flags", Object::Integer(flags)),
        (
            "FontBBox",
            Object::Array(
                [bbox.x_min, bbox.y_min, bbox.x_max, bbox.y_max]
                    .into_iter()
                    .map(|value| Object::Integer(scaled(value)))
                    .collect(),
            ),
        ),
        ("ItalicAngle", Object::Integer(italic_angle)),
        ("Ascent", Object::Integer(scaled(face.ascender()))),
        ("Descent", Object::Integer(scaled(face.descender()))),
        (
            "CapHeight",
            Object::Integer(scaled(face.capital_height().unwrap_or(face.ascender()))),
        ),
        ("StemV", Object::Integer(stem_v)),
        (key, Object::Reference(file)),
    ])
}

/// `/W`: the widths of consecutive codes as one array each (`first [w w w]`).
fn widths(coded: &[(u16, u16)], width: impl Fn(u16) -> i64) -> Vec<Object> {
    let mut out = Vec::new();
    let mut run: Vec<Object> = Vec::new();
    let mut first = 0u16;
    let mut next = None;
    for (code, glyph) in coded {
        if next != Some(*code) && !run.is_empty() {
            out.push(Object::Integer(i64::from(first)));
            out.push(Object::Array(std::mem::take(&mut run)));
        }
        if run.is_empty() {
            first = *code;
        }
        run.push(Object::Integer(width(*glyph)));
        next = code.checked_add(1);
    }
    if !run.is_empty() {
        out.push(Object::Integer(i64::from(first)));
        out.push(Object::Array(run));
    }
    out
}

/// The ToUnicode CMap: each code's text, in blocks of at most 100 as the format asks.
fn to_unicode_cmap(coded: &[(u16, u16)], used: &FaceUsage) -> Vec<u8> {
    use std::fmt::Write as _;

    let mut out = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<(u16, String)> = coded
        .iter()
        .filter_map(|(code, glyph)| Some((*code, used.text(*glyph)?)))
        .collect();
    for block in entries.chunks(100) {
        let _ = writeln!(out, "{} beginbfchar", block.len());
        for (code, text) in block {
            let _ = write!(out, "<{code:04X}> <");
            for unit in text.encode_utf16() {
                let _ = write!(out, "{unit:04X}");
            }
            out.push_str(">\n");
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out.into_bytes()
}

/// Six capital letters that name this subset (`ABCDEF+DejaVuSans`), the same for the
/// same font and glyphs.
fn subset_tag(name: &str, glyphs: &BTreeSet<u16>) -> String {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    name.hash(&mut hasher);
    glyphs.hash(&mut hasher);
    let mut value = hasher.finish();
    (0..6)
        .map(|_| {
            let letter = b'A' + u8::try_from(value % 26).unwrap_or(0);
            value /= 26;
            char::from(letter)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consecutive_codes_share_one_width_array() {
        let coded = [(1, 10), (2, 11), (3, 12), (7, 20), (9, 30), (10, 31)];
        let out = widths(&coded, |glyph| i64::from(glyph) * 10);
        let expected = vec![
            Object::Integer(1),
            Object::Array(vec![
                Object::Integer(100),
                Object::Integer(110),
                Object::Integer(120),
            ]),
            Object::Integer(7),
            Object::Array(vec![Object::Integer(200)]),
            Object::Integer(9),
            Object::Array(vec![Object::Integer(300), Object::Integer(310)]),
        ];
        assert_eq!(out, expected);
    }

    #[test]
    fn a_typed_hyphen_wins_over_the_soft_hyphen_of_the_same_glyph() {
        let mut usage = FaceUsage::default();
        usage.mark(5, SOFT_HYPHEN);
        usage.mark(5, '-');
        usage.mark(5, SOFT_HYPHEN);
        usage.mark(6, 'a');
        usage.mark(6, 'b');
        assert_eq!(usage.text(5).as_deref(), Some("-"));
        assert_eq!(usage.text(6).as_deref(), Some("a"));
        assert_eq!(usage.text(7), None);
        usage.mark_cluster(8, "कि");
        assert_eq!(usage.text(8).as_deref(), Some("कि"));
        assert_eq!(usage.glyphs(), BTreeSet::from([5, 6, 8]));
    }

    #[test]
    fn the_cmap_maps_each_code_to_its_text_in_utf16() {
        let mut usage = FaceUsage::default();
        usage.mark(40, 'ä');
        usage.mark(41, '😀');
        let cmap = String::from_utf8(to_unicode_cmap(&[(1, 40), (2, 41)], &usage)).unwrap();
        assert!(cmap.contains("2 beginbfchar\n<0001> <00E4>\n<0002> <D83DDE00>\nendbfchar"));
    }

    const CFF_NAMED: &[u8] = include_bytes!("testdata/mock_cff_named.otf");
    const CFF_CID: &[u8] = include_bytes!("testdata/mock_cff_cid.otf");

    /// Embeds "A" and "B" of a mock font; the font's descendant and descriptor, the
    /// codes of A and B, and the ToUnicode map.
    fn embed_a_and_b(bytes: &[u8]) -> (Dictionary, Dictionary, [u16; 2], String) {
        let face = ttf_parser::Face::parse(bytes, 0).unwrap();
        let [a, b] = ['A', 'B'].map(|c| face.glyph_index(c).unwrap().0);
        let mut used = FaceUsage::default();
        used.mark(a, 'A');
        used.mark(b, 'B');
        let mut document = lopdf::Document::with_version("1.7");
        let (font, codes) = embed_font(&mut document, ("Mock", bytes), &used).unwrap();
        let resolve = |object: &Object| -> Object {
            match object {
                Object::Reference(id) => document.get_object(*id).unwrap().clone(),
                other => other.clone(),
            }
        };
        let font = document.get_dictionary(font).unwrap();
        let descendant = font.get(b"DescendantFonts").unwrap().as_array().unwrap()[0]
            .as_dict()
            .unwrap()
            .clone();
        let descriptor = resolve(descendant.get(b"FontDescriptor").unwrap())
            .as_dict()
            .unwrap()
            .clone();
        let cmap = resolve(font.get(b"ToUnicode").unwrap());
        let cmap = cmap.as_stream().unwrap();
        let cmap = cmap
            .decompressed_content()
            .unwrap_or_else(|_| cmap.content.clone());
        let code = |glyph: u16| codes[usize::from(glyph)];
        (
            descendant,
            descriptor,
            [code(a), code(b)],
            String::from_utf8(cmap).unwrap(),
        )
    }

    fn name(dict: &Dictionary, key: &[u8]) -> String {
        String::from_utf8(dict.get(key).unwrap().as_name().unwrap().to_vec()).unwrap()
    }

    #[test]
    fn a_name_keyed_cff_font_embeds_as_opentype_addressed_by_glyph() {
        let (descendant, descriptor, codes, cmap) = embed_a_and_b(CFF_NAMED);
        assert_eq!(name(&descendant, b"Subtype"), "CIDFontType0");
        assert!(descendant.get(b"CIDToGIDMap").is_err(), "only for TrueType");
        assert!(descriptor.get(b"FontFile2").is_err());
        assert!(descriptor.get(b"FontFile3").is_ok());
        // The subset numbers its glyphs from 1 (after .notdef), in the original order.
        assert_eq!(codes, [1, 2]);
        assert!(cmap.contains("<0001> <0041>\n<0002> <0042>"), "{cmap}");
        let widths = descendant.get(b"W").unwrap().as_array().unwrap();
        assert_eq!(
            widths,
            &vec![
                Object::Integer(0),
                Object::Array(vec![
                    Object::Integer(500),
                    Object::Integer(300),
                    Object::Integer(350)
                ])
            ],
            ".notdef, A and B"
        );
    }

    #[test]
    fn a_cid_keyed_cff_font_embeds_bare_and_is_addressed_by_its_cids() {
        let (descendant, _, codes, cmap) = embed_a_and_b(CFF_CID);
        assert_eq!(name(&descendant, b"Subtype"), "CIDFontType0");
        // The mock's charset gives A and B the CIDs 901 and 811: codes, widths and the
        // ToUnicode map are keyed by them, ascending.
        assert_eq!(codes, [901, 811]);
        assert!(cmap.contains("<032B> <0042>\n<0385> <0041>"), "{cmap}");
        let widths = descendant.get(b"W").unwrap().as_array().unwrap();
        assert_eq!(
            widths,
            &vec![
                Object::Integer(0),
                Object::Array(vec![Object::Integer(500)]),
                Object::Integer(811),
                Object::Array(vec![Object::Integer(350)]),
                Object::Integer(901),
                Object::Array(vec![Object::Integer(300)]),
            ]
        );
    }
}
