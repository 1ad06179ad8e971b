//! Exporting to a PDF file: the one path that the app and the command line share.
//!
//! The PDF is built in memory, then written atomically (temporary file, then rename),
//! so a failed export never leaves a partial file behind.

use std::path::Path;

use chrono::NaiveDate;

use crate::export::{
    ExportError, ExportOptions, ExportedPdf, export_brief, export_contacts, export_network_map,
    export_pdf,
};
use crate::i18n::{Language, Msg};
use crate::model::{Collaboration, Template, Workspace};
use crate::storage::{Backup, StorageError, write_atomically};

#[derive(Debug, thiserror::Error)]
pub enum ExportFileError {
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error("{0}")]
    Write(StorageError),
    /// The contact list or map of a workspace without contacts.
    #[error("the workspace has no contacts")]
    NoContacts,
    /// The export stopped on an internal error (a panic); nothing was written.
    #[error("the export stopped on an internal error: {0}")]
    WorkerFailed(String),
}

impl ExportFileError {
    pub fn message(&self, language: Language) -> String {
        match self {
            Self::Export(ExportError::NothingToExport) => {
                Msg::ExportNothing.text(language).to_owned()
            }
            Self::Export(error) => error.to_string(),
            Self::Write(error) => error.message(language),
            Self::NoContacts => Msg::ExportNoContacts.text(language).to_owned(),
            Self::WorkerFailed(detail) => Msg::ExportCrashed.fill(language, &[("detail", detail)]),
        }
    }
}

/// Why a PDF must not be written to a path: it would destroy something that is not a PDF.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsafeTarget {
    /// The workspace being exported (or open in the window).
    Workspace,
    /// That workspace's `.bak`, the last version before the latest save.
    Backup,
    /// Some other existing file that does not start like a PDF.
    NotPdf,
}

impl UnsafeTarget {
    pub fn message(self, language: Language, file: &str) -> String {
        let msg = match self {
            Self::Workspace => Msg::ExportOverWorkspace,
            Self::Backup => Msg::ExportOverBackup,
            Self::NotPdf => Msg::ExportOverNonPdf,
        };
        msg.fill(language, &[("file", file)])
    }
}

/// Checks that writing a PDF to `output` loses nothing: not the workspace at
/// `workspace`, not its `.bak`, and no existing file that is not a PDF. A PDF there is
/// replaced, as any save dialog does after asking.
pub fn check_pdf_target(output: &Path, workspace: Option<&Path>) -> Result<(), UnsafeTarget> {
    use std::io::Read;
    if let Some(workspace) = workspace {
        if is_same_file(output, workspace) {
            return Err(UnsafeTarget::Workspace);
        }
        let backup = crate::storage::backup_path(&crate::storage::resolve_link(workspace));
        if is_same_file(output, &backup) {
            return Err(UnsafeTarget::Backup);
        }
    }
    let mut start = [0u8; 5];
    match std::fs::File::open(output) {
        // Nothing there (or nothing we can read, which the write will report).
        Err(_) => Ok(()),
        Ok(mut file) => match file.read_exact(&mut start) {
            Ok(()) if &start == b"%PDF-" => Ok(()),
            _ if output.is_dir() => Ok(()),
            _ => Err(UnsafeTarget::NotPdf),
        },
    }
}

/// The same file, also through another spelling of its path or a link.
fn is_same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// `templates` as for [`export_pdf`]: the first is the blank sheet's and the fallback.
pub fn export_to_file(
    collaborations: &[Collaboration],
    templates: &[Template],
    options: &ExportOptions,
    path: &Path,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<ExportedPdf, ExportFileError> {
    let pdf = export_pdf(collaborations, templates, options, progress)?;
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

/// The Netzwerkbuch's contact list, written the same safe way.
pub fn contacts_to_file(
    workspace: &Workspace,
    options: &ExportOptions,
    today: NaiveDate,
    path: &Path,
) -> Result<ExportedPdf, ExportFileError> {
    let pdf = export_contacts(workspace, options, today).map_err(no_contacts)?;
    write_atomically(path, &pdf.bytes, Backup::Skip)
        .map_err(|error| ExportFileError::Write(StorageError::from(error)))?;
    Ok(pdf)
}

/// The network map page, written the same safe way.
pub fn map_to_file(
    workspace: &Workspace,
    options: &ExportOptions,
    today: NaiveDate,
    path: &Path,
) -> Result<ExportedPdf, ExportFileError> {
    let pdf = export_network_map(workspace, options, today).map_err(no_contacts)?;
    write_atomically(path, &pdf.bytes, Backup::Skip)
        .map_err(|error| ExportFileError::Write(StorageError::from(error)))?;
    Ok(pdf)
}

/// "Nothing to export" means no contacts here, which needs its own message.
fn no_contacts(error: ExportError) -> ExportFileError {
    match error {
        ExportError::NothingToExport => ExportFileError::NoContacts,
        other => ExportFileError::Export(other),
    }
}
