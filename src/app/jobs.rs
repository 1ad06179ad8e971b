//! Work that runs outside the frame, on the system's dialogs or worker threads: file
//! dialogs, the PDF export, the system's PDF viewer and reading a large file.

use std::path::PathBuf;
use std::sync::mpsc::Receiver;

use super::export_job::ExportJob;
use super::load_job::LoadJob;
use crate::system_viewer::ViewerError;
use crate::ui::file_dialog::FileDialogs;

pub(super) struct Jobs {
    pub(super) file_dialogs: FileDialogs,
    /// The session a file dialog was opened for.
    pub(super) file_dialog_session: u64,
    pub(super) export: Option<ExportJob>,
    /// The PDF being shown in the system's viewer, until the opener has answered.
    pub(super) viewer: Option<(PathBuf, Receiver<Result<(), ViewerError>>)>,
    /// A large file being read on a worker thread.
    pub(super) load: Option<LoadJob>,
    /// A contacts file being read on a worker thread, before the import dialog.
    pub(super) contacts_read: Option<super::contacts_files::ReadJob>,
    /// Contacts being imported on a worker thread.
    pub(super) contacts_import: Option<super::contacts_files::ImportJob>,
}

impl Jobs {
    pub(super) fn new(file_dialogs: FileDialogs) -> Self {
        Self {
            file_dialogs,
            file_dialog_session: 0,
            export: None,
            viewer: None,
            load: None,
            contacts_read: None,
            contacts_import: None,
        }
    }
}
