//! Data safety in the app: recovery after a crash, "keep for later" on quit, changes
//! made to the file by others, and the lock that tells two instances about each other.

use std::path::Path;

use egui::ViewportCommand;

use super::{ActiveDialog, App, Document};
use crate::i18n::Msg;
use crate::storage::DiskStamp;
use crate::storage::recovery::{Recovery, find_recoveries, remove_found};
use crate::ui::dialogs::{ConflictChoice, ErrorReport, RecoverChoice, conflict_ui, recover_ui};
use crate::ui::file_dialog::DialogPurpose;

/// Work left by a crash, and where this run keeps its own.
#[derive(Default)]
pub(super) struct CrashRecovery {
    /// Where autosave writes recovery files; None disables autosave.
    pub(super) folder: Option<std::path::PathBuf>,
    /// Recovery files of earlier runs, newest first, still to be offered.
    pub(super) found: Vec<Recovery>,
    /// Recovery files of protected workspaces, still to be offered once their
    /// passphrase is given.
    pub(super) locked: Vec<std::path::PathBuf>,
    /// Set by "keep for later": the recovery file survives this exit.
    pub(super) keep_on_exit: bool,
    /// Kartenabfrage journals of earlier runs whose cards were never saved; replayed
    /// into their document when it is opened or restored.
    pub(super) journals: Vec<crate::moderation::LeftJournal>,
}

impl App {
    /// Where recovery files go; looks for those left by instances that are gone.
    pub fn with_data_folder(mut self, folder: Option<std::path::PathBuf>) -> Self {
        if let Some(folder) = &folder {
            self.recovery.found = find_recoveries(folder);
            self.recovery.locked = crate::storage::recovery::find_locked_recoveries(folder);
            self.recovery.journals = crate::moderation::find_left_journals(folder);
        }
        self.replay_left_journals();
        self.session.autosave = super::autosave::Autosave::new(folder.clone());
        self.recovery.folder = folder;
        self
    }

    pub fn is_autosaving(&self) -> bool {
        self.session.autosave.is_writing()
    }

    pub(super) fn recover_answered(&mut self, recovery: &Recovery, ctx: &egui::Context) -> bool {
        let language = self.preferences.language;
        let name = recovery.info.original_path.as_ref().map_or_else(
            || Msg::Untitled.text(language).to_owned(),
            |path| path.display().to_string(),
        );
        let saved_at = crate::i18n::format_local_time(recovery.info.saved_at, language);
        let count = recovery.workspace.collaborations.len();
        match recover_ui(ctx, language, &name, &saved_at, count) {
            Some(RecoverChoice::Restore) => {
                // The file as the lost work knew it: if it changed since, saving asks.
                let document = Document::restored(
                    recovery.workspace.clone(),
                    recovery.info.original_path.clone(),
                    recovery.info.disk_stamp,
                )
                .protected_with(recovery.passphrase.clone());
                self.replace_document(document);
                remove_found(recovery);
                true
            }
            Some(RecoverChoice::Discard) => {
                remove_found(recovery);
                true
            }
            None => false,
        }
    }

    pub(super) fn keep_for_later_and_quit(&mut self, ctx: &egui::Context) {
        match self.session.autosave.write_now(&self.session.document) {
            Ok(()) => {
                self.recovery.keep_on_exit = true;
                self.window.is_close_confirmed = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            Err(error) => {
                let language = self.preferences.language;
                self.dialog = Some(ActiveDialog::Error(ErrorReport {
                    headline: Msg::AutosaveFailed.fill(language, &[("reason", "")]),
                    reason: error.message(language),
                    reassurance: String::new(),
                }));
            }
        }
    }

    /// Whether saving to `path` would overwrite changes someone else made.
    pub(super) fn changed_by_others(&self, path: &Path) -> bool {
        self.session.document.path.as_deref() == Some(path)
            && DiskStamp::changed_since(self.session.document.disk_stamp, path)
    }

    pub(super) fn conflict_answered(&mut self, path: &Path, ctx: &egui::Context) -> bool {
        let file = path.display().to_string();
        match conflict_ui(ctx, self.preferences.language, &file) {
            Some(ConflictChoice::Overwrite) => {
                self.write_document(path, ctx);
                true
            }
            Some(ConflictChoice::SaveAs) => {
                self.request_file_dialog(DialogPurpose::SaveAs, ctx);
                true
            }
            Some(ConflictChoice::Reload) => {
                // The unsaved work stays marked until the file has loaded in its place:
                // a load that fails leaves it open and unsaved, with its recovery file.
                self.session.after_save = None;
                self.open_path(path);
                true
            }
            Some(ConflictChoice::Cancel) => {
                self.session.after_save = None;
                true
            }
            None => false,
        }
    }

    /// Tells the user when another live instance holds the file, then takes the lock.
    pub(super) fn take_lock(&mut self, path: &Path) {
        if let Some(holder) = self.session.lock(path) {
            let language = self.preferences.language;
            self.dialog = Some(ActiveDialog::Notice(ErrorReport {
                headline: Msg::LockHeld.fill(
                    language,
                    &[
                        ("file", &path.display().to_string()),
                        ("holder", &holder.name),
                    ],
                ),
                reason: String::new(),
                reassurance: String::new(),
            }));
        }
    }
}
