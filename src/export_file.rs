//! Exporting to a PDF file: the one path that the app and the command line share.
//!
//! The PDF is built in memory, then written atomically (temporary file, then rename),
//! so a failed export never leaves a partial file behind.

use std::path::Path;

use crate::export::{ExportError, ExportOptions, ExportedPdf, export_brief, export_pdf};
use crate::i18n::{Language, Msg};
use crate::model::{Collaboration, Template};
use crate::storage::{Backup, StorageError, write_atomically};

#[derive(Debug, thiserror::Error)]
pub enum ExportFileError {
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error("{0}")]
    Write(StorageError),
}

impl ExportFileError {
    pub fn message(&self, language: Language) -> String {
        match self {
            Self::Export(ExportError::NothingToExport) => {
                Msg::ExportNothing.text(language).to_owned()
            }
            Self::Export(error) => error.to_string(),
            Self::Write(error) => error.message(language),
        }
    }
}

pub fn export_to_file(
    collaborations: &[Collaboration],
    template: &Template,
    options: &ExportOptions,
    path: &Path,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<ExportedPdf, ExportFileError> {
    let pdf = export_pdf(collaborations, template, options, progress)?;
    write_atomically(path, &pdf.bytes, Backup::Skip)
        .map_err(|error| ExportFileError::Write(StorageError::from(error)))?;
    Ok(pdf)
}

/// The one-page meeting brief, written the same safe way.
pub fn brief_to_file(
    collaboration: &Collaboration,
    template: &Template,
    options: &ExportOptions,
    path: &Path,
) -> Result<ExportedPdf, ExportFileError> {
    let pdf = export_brief(collaboration, template, options)?;
    write_atomically(path, &pdf.bytes, Backup::Skip)
        .map_err(|error| ExportFileError::Write(StorageError::from(error)))?;
    Ok(pdf)
}
