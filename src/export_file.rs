//! Writing an exported PDF to a file: the one path that the app and the command line
//! share, and the checks that keep it from replacing what is not a PDF.
//!
//! The PDF is built in memory ([`crate::export::export`]), then written atomically
//! (temporary file, then rename; 0600 like every file the app writes), so a failed
//! export never leaves a partial file behind.

use std::path::Path;

use crate::export::{ExportError, ExportedPdf};
use crate::i18n::{Language, Msg};
use crate::storage::{Backup, StorageError, write_atomically};

#[derive(Debug, thiserror::Error)]
pub enum ExportFileError {
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error("{0}")]
    Write(StorageError),
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
            Self::Export(ExportError::NoContacts) => {
                Msg::ExportNoContacts.text(language).to_owned()
            }
            Self::Export(error) => error.to_string(),
            Self::Write(error) => error.message(language),
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

/// Writes `pdf` to `path` atomically: the old file stays until the new one is complete.
pub fn write(path: &Path, pdf: &ExportedPdf) -> Result<(), ExportFileError> {
    write_atomically(path, &pdf.bytes, Backup::Skip)
        .map_err(|error| ExportFileError::Write(StorageError::from(error)))
}
