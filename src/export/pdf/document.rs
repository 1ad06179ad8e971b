//! The document around the pages: the page tree, the one resource dictionary every
//! page shares, the catalog with the text language, and the metadata. lopdf writes the
//! objects and the cross-reference table.

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};

use super::content::utf16_with_mark;
use crate::export::{ExportError, ExportOptions};

/// Writes the document: `document` holds the fonts already, `contents` are the pages'
/// content streams in order, `fonts` the font resources they draw with.
pub(super) fn write(
    mut document: lopdf::Document,
    contents: impl IntoIterator<Item = Stream>,
    fonts: Dictionary,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    document.reference_table.cross_reference_type = lopdf::xref::XrefType::CrossReferenceTable;
    let (width, height) = options.page.size();
    let pages_id = document.new_object_id();
    let resources = document.add_object(Dictionary::from_iter([
        ("Font", Object::Dictionary(fonts)),
        (
            "ProcSet",
            Object::Array(vec![
                Object::Name(b"PDF".to_vec()),
                Object::Name(b"Text".to_vec()),
            ]),
        ),
    ]));
    let media_box = Object::Array(
        [0.0, 0.0, width, height]
            .into_iter()
            .map(Object::Real)
            .collect(),
    );
    let kids: Vec<Object> = contents
        .into_iter()
        .map(|content| {
            let content = document.add_object(content);
            let page = document.add_object(Dictionary::from_iter([
                ("Type", Object::Name(b"Page".to_vec())),
                ("Parent", Object::Reference(pages_id)),
                ("MediaBox", media_box.clone()),
                ("Resources", Object::Reference(resources)),
                ("Contents", Object::Reference(content)),
            ]));
            Object::Reference(page)
        })
        .collect();
    if kids.is_empty() {
        return Err(ExportError::NothingToExport);
    }
    let count = i64::try_from(kids.len()).unwrap_or(i64::MAX);
    document.objects.insert(
        pages_id,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"Pages".to_vec())),
            ("Kids", Object::Array(kids)),
            ("Count", Object::Integer(count)),
        ])),
    );
    let catalog = document.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"Catalog".to_vec())),
        ("Pages", Object::Reference(pages_id)),
        // PDF readers and screen readers take the text language from here.
        ("Lang", Object::string_literal(options.language.code())),
    ]));
    let info = document.add_object(info(options));
    set_trailer(&mut document, catalog, info);
    let mut bytes = Vec::new();
    document
        .save_to(&mut bytes)
        .map_err(|error| ExportError::Font(format!("writing the PDF failed: {error}")))?;
    Ok(bytes)
}

/// The document information: title, the program, and the export time as both dates.
fn info(options: &ExportOptions) -> Dictionary {
    let date = options
        .exported_at
        .format("D:%Y%m%d%H%M%S+00'00'")
        .to_string();
    let text = |value: &str| Object::String(utf16_with_mark(value), StringFormat::Hexadecimal);
    Dictionary::from_iter([
        ("Title", text(&options.document_title)),
        ("Creator", text("Netzwerk-Canvas")),
        (
            "Producer",
            text(&format!("Netzwerk-Canvas {}", env!("CARGO_PKG_VERSION"))),
        ),
        ("CreationDate", Object::string_literal(date.as_str())),
        ("ModDate", Object::string_literal(date.as_str())),
    ])
}

/// The trailer's root, info and file identifier (random, as for every new file).
fn set_trailer(document: &mut lopdf::Document, catalog: ObjectId, info: ObjectId) {
    let id = Object::String(
        uuid::Uuid::new_v4().as_bytes().to_vec(),
        StringFormat::Hexadecimal,
    );
    document.trailer.set("Root", Object::Reference(catalog));
    document.trailer.set("Info", Object::Reference(info));
    document
        .trailer
        .set("ID", Object::Array(vec![id.clone(), id]));
}
