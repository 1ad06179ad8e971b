//! The open workspace together with where it lives on disk and whether it is saved.

use std::path::{Path, PathBuf};

use crate::i18n::{Language, Msg};
use crate::model::Workspace;
use crate::storage::{DiskStamp, Passphrase};

/// The fields are the app's (`pub(super)`): the window changes them through its session
/// and the edit funnel; tests and other readers see them through the methods below.
#[derive(Clone, Debug, Default)]
pub struct Document {
    pub(super) workspace: Workspace,
    /// None for a new workspace and for the built-in example; saving asks for a path.
    pub(super) path: Option<PathBuf>,
    /// Set only by the edit funnel ([`Document::mark_modified`]), cleared only when the
    /// file on disk holds the workspace ([`Document::mark_as_on_disk`]).
    is_modified: bool,
    pub(super) is_example: bool,
    /// Counts edits, so autosave knows whether anything changed since it last wrote.
    revision: u64,
    /// The file as we last read or wrote it, to notice changes made by others.
    pub(super) disk_stamp: Option<DiskStamp>,
    /// A person was forgotten since the last save: the save then deletes the `.bak`,
    /// which still names them.
    pub(super) forgot_since_save: bool,
    /// The workspace as last read from or written to `path`: the common ancestor when
    /// the file changed elsewhere and is merged. None when unknown (work restored
    /// after a crash), and then saving over a changed file asks instead.
    pub(super) base: Option<Workspace>,
    /// The workspace is protected: the file, its backup and its recovery copies are
    /// written encrypted with this passphrase, which lives only here, in memory, and is
    /// wiped when the document is closed (replaced).
    pub(super) passphrase: Option<Passphrase>,
}

impl Document {
    pub fn example(workspace: Workspace) -> Self {
        Self {
            workspace,
            is_example: true,
            ..Self::default()
        }
    }

    pub fn from_file(workspace: Workspace, path: &Path) -> Self {
        Self {
            base: Some(workspace.clone()),
            workspace,
            path: Some(path.to_path_buf()),
            disk_stamp: DiskStamp::of(path),
            ..Self::default()
        }
    }

    /// Work restored after a crash: unsaved changes of `path`, which was as `disk_stamp`
    /// says when the work was last saved to it, so that saving notices later changes.
    pub fn restored(
        workspace: Workspace,
        path: Option<PathBuf>,
        disk_stamp: Option<DiskStamp>,
    ) -> Self {
        Self {
            workspace,
            path,
            disk_stamp,
            is_modified: true,
            revision: 1,
            ..Self::default()
        }
    }

    /// The same document, protected by `passphrase` (or not, with None).
    pub fn protected_with(self, passphrase: Option<Passphrase>) -> Self {
        Self { passphrase, ..self }
    }

    /// Only the session's edit funnel (`app/edit.rs`, `app/typing.rs`, `app/undo.rs`)
    /// calls this, together with recording the undo step.
    pub(super) fn mark_modified(&mut self) {
        self.is_modified = true;
        self.revision += 1;
    }

    /// Saved, or brought to what the file holds: nothing left to save.
    pub(super) fn mark_as_on_disk(&mut self) {
        self.is_modified = false;
    }

    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    /// Where the document is saved; None for a new workspace and the example.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The built-in example (saving asks where).
    pub fn is_example(&self) -> bool {
        self.is_example
    }

    /// Whether there are changes the file does not hold.
    pub fn is_modified(&self) -> bool {
        self.is_modified
    }

    /// Counts edits, so autosave knows whether anything changed since it last wrote.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether the workspace is protected by a passphrase.
    pub fn is_protected(&self) -> bool {
        self.passphrase.is_some()
    }

    /// The name shown in the window title and in dialogs.
    pub fn display_name(&self, language: Language) -> String {
        match &self.path {
            Some(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |name| name.to_string_lossy().into_owned(),
            ),
            None if self.is_example => Msg::ExampleName.text(language).to_owned(),
            None => Msg::Untitled.text(language).to_owned(),
        }
    }

    pub fn location(&self, language: Language) -> String {
        self.path.as_ref().map_or_else(
            || self.display_name(language),
            |path| path.display().to_string(),
        )
    }

    pub fn window_title(&self, language: Language) -> String {
        let mark = if self.is_modified { "● " } else { "" };
        format!(
            "{mark}{} – {}",
            self.display_name(language),
            Msg::AppName.text(language)
        )
    }
}
