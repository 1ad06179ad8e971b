//! The document around the pages, written by printpdf: the fonts registered once, the
//! pages with their operations, and the metadata. What printpdf has no field for is set
//! on the lopdf document it returns: the catalog's text language and the PDF version
//! that the marked content and OpenType fonts need; then the streams are deflated on
//! all cores (`compress`) and lopdf writes the file.

use printpdf::{
    FontId, Op, PdfDocument, PdfFont, PdfPage, PdfParseErrorSeverity, PdfSaveOptions, Pt, Rect,
};

use super::compress;
use crate::{ExportError, ExportOptions};

/// Writes the document: `pages` are the pages' operations in order, `fonts` the fonts
/// they draw with.
pub(super) fn write(
    pages: Vec<Vec<Op>>,
    fonts: Vec<(FontId, PdfFont)>,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    if pages.is_empty() {
        return Err(ExportError::NothingToExport);
    }
    let (width, height) = options.page.size();
    let page_box = Rect::from_wh(Pt(width), Pt(height));
    let mut document = PdfDocument::new(&options.document_title);
    set_metadata(&mut document, options);
    document.resources.fonts.map.extend(fonts);
    document.pages = pages
        .into_iter()
        .map(|ops| PdfPage {
            media_box: page_box.clone(),
            trim_box: page_box.clone(),
            crop_box: page_box.clone(),
            ops,
        })
        .collect();
    let save = PdfSaveOptions {
        // The streams are deflated below, on all cores; the fonts are subset already.
        optimize: false,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut pdf = document.to_lopdf_document(&save, &mut warnings);
    drop(document);
    // printpdf reports what would make a broken file (a font without its program, text
    // outside a text object) as errors, and writes on: such a PDF is not handed out.
    if let Some(error) = warnings
        .iter()
        .find(|warning| warning.severity == PdfParseErrorSeverity::Error)
    {
        return Err(ExportError::Font(format!(
            "writing the PDF failed: {}",
            error.msg
        )));
    }
    // Marked content (ActualText) is PDF 1.5, OpenType font programs 1.6.
    pdf.version = "1.7".to_owned();
    if let Ok(catalog) = pdf.catalog_mut() {
        // PDF readers and screen readers take the text language from here.
        catalog.set(
            "Lang",
            lopdf::Object::string_literal(options.language.code()),
        );
    }
    drop_empty_information(&mut pdf);
    compress::compress_streams(&mut pdf);
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .map_err(|error| ExportError::Font(format!("writing the PDF failed: {error}")))?;
    Ok(bytes)
}

/// The document information: title (given to `PdfDocument::new`), the program, and the
/// export time as both dates.
fn set_metadata(document: &mut PdfDocument, options: &ExportOptions) {
    let info = &mut document.metadata.info;
    if let Ok(date) = printpdf::OffsetDateTime::from_unix_timestamp(options.exported_at.timestamp())
    {
        info.creation_date = date;
        info.modification_date = date;
        info.metadata_date = date;
    }
    info.creator = "Netzwerk-Canvas".to_owned();
    info.producer = format!("Netzwerk-Canvas {}", env!("CARGO_PKG_VERSION"));
}

/// printpdf writes every field of the document information, the empty ones too; an
/// empty `/GTS_PDFXVersion` makes readers report the file as PDF/X, which it is not.
fn drop_empty_information(pdf: &mut lopdf::Document) {
    let Ok(info) = pdf
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
    else {
        return;
    };
    if let Ok(info) = pdf.get_dictionary_mut(info) {
        let empty: Vec<Vec<u8>> = info
            .iter()
            .filter(|(_, value)| match value {
                lopdf::Object::String(text, _) => text.is_empty() || text[..] == [0xFE, 0xFF],
                _ => false,
            })
            .map(|(key, _)| key.clone())
            .collect();
        for key in empty {
            info.remove(&key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_information_claims_no_standard_and_keeps_title_and_program() {
        let options = ExportOptions {
            page: crate::PageSetup::default(),
            language: nc_i18n::Language::German,
            exported_at: chrono::Utc::now(),
            document_title: "Titel".to_owned(),
        };
        let pdf = write(vec![Vec::new()], Vec::new(), &options).unwrap();
        let document = lopdf::Document::load_mem(&pdf).unwrap();
        let info = document
            .trailer
            .get(b"Info")
            .and_then(lopdf::Object::as_reference)
            .unwrap();
        let info = document.get_dictionary(info).unwrap();
        for gone in [
            &b"GTS_PDFXVersion"[..],
            b"Identifier",
            b"Author",
            b"Keywords",
        ] {
            assert!(info.get(gone).is_err(), "{}", String::from_utf8_lossy(gone));
        }
        for kept in [
            &b"Title"[..],
            b"Creator",
            b"Producer",
            b"CreationDate",
            b"ModDate",
        ] {
            assert!(info.get(kept).is_ok(), "{}", String::from_utf8_lossy(kept));
        }
        assert_eq!(document.version, "1.7");
        let language = document.catalog().unwrap().get(b"Lang").unwrap();
        assert_eq!(language.as_str().unwrap(), b"de");
    }
}
