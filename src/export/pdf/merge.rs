//! Merges the runs' documents into one, in page order, and sets the text language.
//! Works on lopdf documents, after printpdf is done with them.

use std::collections::HashSet;

use lopdf::{Object, ObjectId};

use crate::export::ExportError;
use crate::i18n::Language;

/// Moves the pages of the later documents, in order, behind those of the first. Their
/// own catalog, page tree root and document info are left behind.
pub(super) fn merge(documents: Vec<lopdf::Document>) -> Result<lopdf::Document, ExportError> {
    let mut documents = documents.into_iter();
    let mut first = documents.next().ok_or(ExportError::NothingToExport)?;
    let root = pages_root(&first)?;
    for mut other in documents {
        other.renumber_objects_with(first.max_id + 1);
        first.max_id = other.max_id;
        let kids: Vec<ObjectId> = other.page_iter().collect();
        let mut left_behind: HashSet<ObjectId> = ["Root", "Info"]
            .into_iter()
            .filter_map(|key| other.trailer.get(key.as_bytes()).ok())
            .filter_map(|object| object.as_reference().ok())
            .collect();
        left_behind.extend(catalog_references(&other)?);
        for (id, object) in other.objects {
            if !left_behind.contains(&id) {
                first.objects.insert(id, object);
            }
        }
        for kid in &kids {
            first
                .get_dictionary_mut(*kid)
                .map_err(broken)?
                .set("Parent", root);
        }
        let tree = first.get_dictionary_mut(root).map_err(broken)?;
        let all_kids = tree
            .get_mut(b"Kids")
            .and_then(Object::as_array_mut)
            .map_err(broken)?;
        all_kids.extend(kids.into_iter().map(Object::Reference));
        let count = i64::try_from(all_kids.len()).map_err(broken)?;
        tree.set("Count", count);
    }
    // The writer derives the trailer's /Size from `max_id`; the last part's catalog, page
    // tree root and info may have held the highest numbers and were left behind, and a
    // /Size past the highest object written is what `qpdf --check` warns about.
    first.max_id = first.objects.keys().map(|(id, _)| *id).max().unwrap_or(0);
    Ok(first)
}

fn pages_root(document: &lopdf::Document) -> Result<ObjectId, ExportError> {
    let catalog = document.catalog().map_err(broken)?;
    catalog
        .get(b"Pages")
        .and_then(Object::as_reference)
        .map_err(broken)
}

/// The objects only the catalog points to: the page tree root and any metadata.
fn catalog_references(document: &lopdf::Document) -> Result<Vec<ObjectId>, ExportError> {
    let catalog = document.catalog().map_err(broken)?;
    Ok(catalog
        .iter()
        .filter_map(|(_, value)| value.as_reference().ok())
        .collect())
}

fn broken(error: impl std::fmt::Display) -> ExportError {
    ExportError::Font(format!("merging the PDF parts failed: {error}"))
}

/// PDF readers and screen readers take the text language from the catalog's /Lang.
pub(super) fn set_language(document: &mut lopdf::Document, language: Language) {
    let code = match language {
        Language::German => "de",
        Language::English => "en",
    };
    if let Ok(catalog) = document.catalog_mut() {
        catalog.set("Lang", lopdf::Object::string_literal(code));
    }
}
