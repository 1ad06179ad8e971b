//! Reading exported PDFs back, as a reader or a printer would see them.

#![allow(dead_code)]

use lopdf::Document;

pub mod measure;
pub mod scripts;

pub struct ParsedPdf {
    pub document: Document,
}

impl ParsedPdf {
    pub fn parse(bytes: &[u8]) -> Self {
        Self {
            document: Document::load_mem(bytes).expect("the export is a readable PDF"),
        }
    }

    pub fn page_count(&self) -> usize {
        self.document.get_pages().len()
    }

    /// The text of one page (1-based), as extracted from the content stream.
    pub fn page_text(&self, page: u32) -> String {
        self.document.extract_text(&[page]).expect("text extracts")
    }

    pub fn all_text(&self) -> String {
        let pages: Vec<u32> = self.document.get_pages().keys().copied().collect();
        self.document.extract_text(&pages).expect("text extracts")
    }

    /// Width and height of a page in points, from its MediaBox.
    pub fn page_size(&self, page: u32) -> (f32, f32) {
        let id = self.document.get_pages()[&page];
        let dictionary = self.document.get_dictionary(id).expect("page dictionary");
        let media_box = dictionary
            .get(b"MediaBox")
            .and_then(lopdf::Object::as_array)
            .expect("MediaBox");
        let number = |index: usize| media_box[index].as_float().expect("number");
        (number(2) - number(0), number(3) - number(1))
    }

    pub fn catalog_language(&self) -> String {
        let catalog = self.document.catalog().expect("catalog");
        let language = catalog
            .get(b"Lang")
            .expect("Lang")
            .as_str()
            .expect("string");
        String::from_utf8_lossy(language).into_owned()
    }

    pub fn info_title(&self) -> String {
        let info = self
            .document
            .trailer
            .get(b"Info")
            .and_then(lopdf::Object::as_reference)
            .expect("Info");
        let info = self.document.get_dictionary(info).expect("Info dictionary");
        let title = info.get(b"Title").expect("Title");
        match title {
            lopdf::Object::String(bytes, _) => decode_pdf_string(bytes),
            other => format!("{other:?}"),
        }
    }
}

/// PDF text strings are UTF-16BE with a byte order mark, or PDFDocEncoding.
fn decode_pdf_string(bytes: &[u8]) -> String {
    if let Some(utf16) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = utf16
            .chunks(2)
            .map(|pair| u16::from_be_bytes([pair[0], *pair.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        bytes.iter().map(|&b| char::from(b)).collect()
    }
}

/// The text without any whitespace and without the hyphens that line breaking added
/// (drawn as SOFT HYPHEN, U+00AD, as PDF prescribes), so that words broken over lines
/// still match.
pub fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != SOFT_HYPHEN)
        .collect()
}

/// What the export draws where it hyphenated a word at the end of a line.
pub const SOFT_HYPHEN: char = '\u{AD}';

/// The PDF's text as pdftotext reads it (`-raw`): line by line in drawing order, so each
/// box's or note's lines stay together.
pub fn pdftotext_raw(path: &std::path::Path) -> String {
    let output = std::process::Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(output.status.success(), "pdftotext failed");
    String::from_utf8(output.stdout).expect("pdftotext writes UTF-8")
}

/// `qpdf --check` finds nothing wrong with the PDF, as a print shop would check it.
/// Without qpdf installed the check is skipped with a note, except on CI.
pub fn assert_qpdf_clean(bytes: &[u8]) {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("checked.pdf");
    std::fs::write(&path, bytes).expect("PDF written");
    let output = match std::process::Command::new("qpdf")
        .arg("--check")
        .arg(&path)
        .output()
    {
        Ok(output) => output,
        Err(error) if std::env::var("CI").is_err() => {
            eprintln!("qpdf --check skipped: cannot run qpdf ({error})");
            return;
        }
        Err(error) => panic!("cannot run qpdf: {error}"),
    };
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success() && !report.to_lowercase().contains("warning"),
        "qpdf --check: {report}"
    );
}
