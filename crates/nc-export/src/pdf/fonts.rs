//! The fonts of a PDF: which glyphs the pages drew with each face and the text each
//! stands for, and each face subset once for the whole document and registered with
//! printpdf once, which embeds it (a Type0 font with its widths and a ToUnicode map,
//! so that text can be copied and searched).
//!
//! Parallel runs of pages each collect the glyphs they draw ([`Usage`]); the runs'
//! usages are merged and every face is subset once (`subset`), so the document carries
//! one copy of each font however many cores drew its pages. printpdf then embeds the
//! subset as it is: it subsets only with its layout engine, which the build does without.

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{Hash, Hasher};

use printpdf::{Codepoint, FontId, Op, ParsedFont, PdfFont, PdfFontHandle, TextItem};

use super::subset;
use crate::ExportError;
use crate::metrics::{FontFace, FontMetrics};

/// In [`FaceUsage::chars`]: a glyph drawn for no character of its own (a shaped glyph
/// whose text is in `clusters`).
const NO_CHAR: u32 = u32::MAX;

const SOFT_HYPHEN: char = '\u{AD}';

/// The glyphs one face drew, with the text each stands for.
#[derive(Default)]
pub(super) struct FaceUsage {
    /// By original glyph id: the character it was first drawn for, plus one; 0 where
    /// unused.
    chars: Vec<u32>,
    /// Shaped glyphs that stand for a cluster of characters (a conjunct, a ligature).
    clusters: BTreeMap<u16, String>,
    /// Characters drawn with a glyph that stands for another one (a font that draws
    /// the soft hyphen with its hyphen): rare, and written as glyphs, see [`Fonts::finish`].
    others: BTreeSet<(char, u16)>,
}

impl FaceUsage {
    fn slot(&mut self, glyph: u16) -> &mut u32 {
        let index = usize::from(glyph);
        if index >= self.chars.len() {
            self.chars.resize(index + 1, 0);
        }
        &mut self.chars[index]
    }

    /// `glyph` drawn for `c`. A glyph drawn for several characters stands for the
    /// first, except that the soft hyphen of a broken word gives way to a hyphen typed.
    pub(super) fn mark(&mut self, glyph: u16, c: char) {
        let code = u32::from(c) + 1;
        let slot = self.slot(glyph);
        if *slot == code {
            return;
        }
        if *slot == 0 || *slot == NO_CHAR {
            *slot = code;
        } else if *slot == u32::from(SOFT_HYPHEN) + 1 {
            *slot = code;
            self.others.insert((SOFT_HYPHEN, glyph));
        } else {
            self.others.insert((c, glyph));
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

    /// Adds a later run's glyphs, as if it had drawn them after this one.
    fn merge(&mut self, other: Self) {
        for (glyph, theirs) in other.chars.into_iter().enumerate() {
            let Ok(glyph) = u16::try_from(glyph) else {
                break;
            };
            match theirs {
                0 => {}
                NO_CHAR => {
                    let slot = self.slot(glyph);
                    if *slot == 0 {
                        *slot = NO_CHAR;
                    }
                }
                code => {
                    if let Some(c) = char::from_u32(code - 1) {
                        self.mark(glyph, c);
                    }
                }
            }
        }
        self.others.extend(other.others);
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

    /// The character each glyph was drawn for as plain text.
    fn plain(&self) -> impl Iterator<Item = (char, u16)> + '_ {
        let firsts = self.chars.iter().enumerate().filter_map(|(glyph, slot)| {
            let c = char::from_u32(slot.checked_sub(1)?)?;
            Some((c, u16::try_from(glyph).ok()?))
        });
        firsts.chain(self.others.iter().copied())
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

/// The id a face is registered with, which printpdf also names its resource with.
pub(super) fn font_id(face: FontFace) -> FontId {
    FontId(match face {
        FontFace::Regular => "R".to_owned(),
        FontFace::Bold => "B".to_owned(),
        FontFace::Emoji => "E".to_owned(),
        FontFace::System(index) => format!("S{index}"),
    })
}

/// A face as embedded: how its glyphs are renumbered and what each one copies as.
struct Embedded {
    id: FontId,
    face: FontFace,
    /// By original glyph id: the subset's glyph id (0, .notdef, for one not kept).
    new_ids: Vec<u16>,
    /// By the subset's glyph id: what a reader copies ("" for nothing).
    texts: Vec<String>,
    /// Characters drawn as plain text whose glyph copies as something else: runs with
    /// them are written as glyphs, each with its text, since printpdf derives a plain
    /// run's text from its characters.
    differing: BTreeSet<char>,
}

impl Embedded {
    fn new_id(&self, glyph: u16) -> u16 {
        self.new_ids.get(usize::from(glyph)).copied().unwrap_or(0)
    }

    fn codepoint(&self, glyph: u16, offset: f32) -> Codepoint {
        let gid = self.new_id(glyph);
        let text = self
            .texts
            .get(usize::from(gid))
            .cloned()
            .unwrap_or_default();
        Codepoint::with_cid(gid, offset, text)
    }
}

/// The document's embedded faces.
pub(super) struct Fonts {
    faces: Vec<Embedded>,
}

/// Subsets every face the pages drew with; returns them as printpdf registers them.
pub(super) fn embed(
    usage: Usage,
    metrics: &FontMetrics,
) -> Result<(Fonts, Vec<(FontId, PdfFont)>), ExportError> {
    let mut faces = Vec::new();
    let mut registered = Vec::new();
    for (face, used) in usage.faces {
        let (embedded, font) = embed_face(face, &used, metrics)?;
        registered.push((embedded.id.clone(), font));
        faces.push(embedded);
    }
    Ok((Fonts { faces }, registered))
}

fn embed_face(
    face: FontFace,
    used: &FaceUsage,
    metrics: &FontMetrics,
) -> Result<(Embedded, PdfFont), ExportError> {
    let name = metrics.postscript_name(face);
    let bytes = metrics
        .face_bytes(face)
        .ok_or_else(|| ExportError::Font(format!("{name}: the font file is gone")))?;
    embed_font(face, (&name, bytes), used)
}

/// Embeds the font `name` (its file's bytes) reduced to the glyphs `used`.
fn embed_font(
    face: FontFace,
    (name, bytes): (&str, &[u8]),
    used: &FaceUsage,
) -> Result<(Embedded, PdfFont), ExportError> {
    let failed = |reason: &str| ExportError::Font(format!("{name}: {reason}"));
    let glyphs = used.glyphs();
    let subset = subset::subset_font(bytes, &glyphs).map_err(|error| failed(&error))?;
    let mut parsed = ParsedFont::from_bytes(&subset.bytes, 0, &mut Vec::new())
        .ok_or_else(|| failed("the subset does not parse"))?;
    // The six letters mark the font as a subset (ISO 32000-1, 9.6.4); printpdf names
    // a font it embeds whole by its `font_name`.
    parsed.font_name = Some(format!("{}+{name}", subset_tag(name, &glyphs)));

    let size = glyphs.last().map_or(1, |last| usize::from(*last) + 1);
    let mut new_ids = vec![0u16; size];
    let mut texts = vec![String::new(); subset.new_ids.len()];
    for (old, new) in &subset.new_ids {
        if let Some(slot) = new_ids.get_mut(usize::from(*old)) {
            *slot = *new;
        }
        if let Some(slot) = texts.get_mut(usize::from(*new)) {
            *slot = used.text(*old).unwrap_or_default();
        }
    }
    let mut differing = BTreeSet::new();
    parsed.codepoint_to_glyph = used
        .plain()
        .map(|(c, old)| {
            let new = new_ids.get(usize::from(old)).copied().unwrap_or(0);
            let mut buffer = [0; 4];
            if texts.get(usize::from(new)).map(String::as_str) != Some(c.encode_utf8(&mut buffer)) {
                differing.insert(c);
            }
            (u32::from(c), new)
        })
        .collect();
    let embedded = Embedded {
        id: font_id(face),
        face,
        new_ids,
        texts,
        differing,
    };
    Ok((embedded, PdfFont::new(parsed)))
}

impl Fonts {
    fn get(&self, id: &FontId) -> Option<&Embedded> {
        self.faces.iter().find(|face| face.id == *id)
    }

    /// Gives a page's glyphs the subsets' ids and the text each copies as. A plain run
    /// with a character whose glyph copies as something else (`differing`) becomes
    /// glyphs with their texts.
    pub(super) fn finish(&self, ops: &mut [Op], metrics: &FontMetrics) {
        let mut face: Option<&Embedded> = None;
        for op in ops {
            match op {
                Op::SetFont {
                    font: PdfFontHandle::External(id),
                    ..
                } => face = self.get(id),
                Op::ShowText { items } => {
                    let Some(face) = face else { continue };
                    for item in items {
                        match item {
                            TextItem::GlyphIds(glyphs) => {
                                for glyph in glyphs.iter_mut() {
                                    *glyph = face.codepoint(glyph.gid, glyph.offset);
                                }
                            }
                            TextItem::Text(text)
                                if !face.differing.is_empty()
                                    && text.chars().any(|c| face.differing.contains(&c)) =>
                            {
                                let glyphs = text.chars().map(|c| {
                                    face.codepoint(metrics.glyph_id(face.face, c).unwrap_or(0), 0.0)
                                });
                                *item = TextItem::GlyphIds(glyphs.collect());
                            }
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
    }
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
    fn merged_runs_resolve_each_glyph_as_one_run_would() {
        let mut first = FaceUsage::default();
        first.mark(5, SOFT_HYPHEN);
        first.mark_cluster(9, "");
        let mut second = FaceUsage::default();
        second.mark(5, '-');
        second.mark(9, 'x');
        second.mark_cluster(10, "fi");
        first.merge(second);
        assert_eq!(first.text(5).as_deref(), Some("-"));
        assert_eq!(first.text(9).as_deref(), Some("x"));
        assert_eq!(first.text(10).as_deref(), Some("fi"));
        let plain: BTreeSet<(char, u16)> = first.plain().collect();
        assert_eq!(
            plain,
            BTreeSet::from([('-', 5), (SOFT_HYPHEN, 5), ('x', 9)])
        );
    }

    const CFF_NAMED: &[u8] = include_bytes!("testdata/mock_cff_named.otf");
    const CFF_CID: &[u8] = include_bytes!("testdata/mock_cff_cid.otf");

    /// What a written PDF says of its one font and page.
    struct Written {
        descendant: lopdf::Dictionary,
        descriptor: lopdf::Dictionary,
        /// The codes of the page's strings, in order.
        codes: Vec<u16>,
        cmap: String,
    }

    /// Draws "AB" as plain text and "A" as a shaped glyph in a mock font, through
    /// printpdf, and reads the file back.
    fn draw_a_and_b(bytes: &[u8]) -> Written {
        use printpdf::{Pt, TextMatrix};

        let face = ttf_parser::Face::parse(bytes, 0).unwrap();
        let [a, b] = ['A', 'B'].map(|c| face.glyph_index(c).unwrap().0);
        let mut used = FaceUsage::default();
        used.mark(a, 'A');
        used.mark(b, 'B');
        let (embedded, font) = embed_font(FontFace::Regular, ("Mock", bytes), &used).unwrap();
        let fonts = Fonts {
            faces: vec![embedded],
        };
        let mut ops = vec![
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(font_id(FontFace::Regular)),
                size: Pt(10.0),
            },
            Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(10.0), Pt(10.0)),
            },
            Op::ShowText {
                items: vec![TextItem::Text("AB".to_owned())],
            },
            Op::ShowText {
                items: vec![TextItem::GlyphIds(vec![Codepoint::new(a, 0.0)])],
            },
            Op::EndTextSection,
        ];
        fonts.finish(&mut ops, &FontMetrics::bundled_only().unwrap());
        let options = crate::ExportOptions {
            page: crate::PageSetup::default(),
            language: nc_i18n::Language::English,
            exported_at: chrono::Utc::now(),
            document_title: "Mock".to_owned(),
        };
        let pdf = super::super::document::write(
            vec![ops],
            vec![(font_id(FontFace::Regular), font)],
            &options,
        )
        .unwrap();
        read_back(&pdf)
    }

    fn read_back(pdf: &[u8]) -> Written {
        let document = lopdf::Document::load_mem(pdf).unwrap();
        let resolve = |object: &lopdf::Object| -> lopdf::Object {
            match object {
                lopdf::Object::Reference(id) => document.get_object(*id).unwrap().clone(),
                other => other.clone(),
            }
        };
        let page = *document.get_pages().values().next().unwrap();
        let fonts = document.get_page_fonts(page).unwrap();
        let font = fonts.values().next().unwrap();
        let descendant = resolve(&font.get(b"DescendantFonts").unwrap().as_array().unwrap()[0])
            .as_dict()
            .unwrap()
            .clone();
        let descriptor = resolve(descendant.get(b"FontDescriptor").unwrap())
            .as_dict()
            .unwrap()
            .clone();
        let cmap = resolve(font.get(b"ToUnicode").unwrap());
        let cmap = cmap.as_stream().unwrap().decompressed_content().unwrap();
        let content = lopdf::content::Content::decode(&document.get_page_content(page)).unwrap();
        let mut strings = Vec::new();
        for operation in content.operations {
            for operand in operation.operands {
                match operand {
                    lopdf::Object::String(bytes, _) => strings.push(bytes),
                    lopdf::Object::Array(items) => strings.extend(
                        items
                            .into_iter()
                            .filter_map(|item| item.as_str().ok().map(<[u8]>::to_vec)),
                    ),
                    _ => {}
                }
            }
        }
        let codes = strings
            .concat()
            .chunks(2)
            .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
            .collect();
        Written {
            descendant,
            descriptor,
            codes,
            cmap: String::from_utf8(cmap).unwrap(),
        }
    }

    fn name(dict: &lopdf::Dictionary, key: &[u8]) -> String {
        String::from_utf8(dict.get(key).unwrap().as_name().unwrap().to_vec()).unwrap()
    }

    fn integers(objects: &[lopdf::Object]) -> Vec<Vec<i64>> {
        objects
            .iter()
            .map(|object| match object {
                lopdf::Object::Array(items) => items.iter().map(|i| i.as_i64().unwrap()).collect(),
                other => vec![other.as_i64().unwrap()],
            })
            .collect()
    }

    #[test]
    fn a_name_keyed_cff_font_embeds_as_opentype_addressed_by_glyph() {
        let written = draw_a_and_b(CFF_NAMED);
        assert_eq!(name(&written.descendant, b"Subtype"), "CIDFontType0");
        assert!(
            written.descendant.get(b"CIDToGIDMap").is_err(),
            "only for TrueType"
        );
        assert!(written.descriptor.get(b"FontFile2").is_err());
        assert!(written.descriptor.get(b"FontFile3").is_ok());
        assert!(name(&written.descriptor, b"FontName").ends_with("+Mock"));
        // The subset numbers its glyphs from 1 (after .notdef), in the original order.
        assert_eq!(written.codes, [1, 2, 1]);
        assert!(
            written.cmap.contains("<0001> <0041>\n<0002> <0042>"),
            "{}",
            written.cmap
        );
        let widths = written.descendant.get(b"W").unwrap().as_array().unwrap();
        assert_eq!(integers(widths), [vec![1], vec![300, 350]], "A and B");
    }

    #[test]
    fn a_cid_keyed_cff_font_embeds_bare_and_is_addressed_by_its_cids() {
        let written = draw_a_and_b(CFF_CID);
        assert_eq!(name(&written.descendant, b"Subtype"), "CIDFontType0");
        let file = written.descriptor.get(b"FontFile3");
        assert!(file.is_ok());
        // The mock's charset gives A and B the CIDs 901 and 811: codes, widths and the
        // ToUnicode map are keyed by them, ascending.
        assert_eq!(written.codes, [901, 811, 901]);
        assert!(
            written.cmap.contains("<032B> <0042>\n<0385> <0041>"),
            "{}",
            written.cmap
        );
        let widths = written.descendant.get(b"W").unwrap().as_array().unwrap();
        assert_eq!(
            integers(widths),
            [vec![811], vec![350], vec![901], vec![300]]
        );
    }
}
