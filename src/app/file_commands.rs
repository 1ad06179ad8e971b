//! Opening, saving and replacing the document, with every failure reported once, in
//! the user's language, naming the file.

use std::path::{Path, PathBuf};

use egui::ViewportCommand;

use super::contacts_files::{ContactsFile, contacts_file_name};
use super::status_note::StatusNote;
use super::{ActiveDialog, App, Document};
use crate::command::Command;
use crate::command::FileCommand;
use crate::i18n::Msg;
use crate::storage::{self, StorageError};
use crate::ui::dialogs::ErrorReport;
use crate::ui::file_dialog::{DialogOutcome, DialogPurpose};

pub const SUGGESTED_FILE_NAME: &str = "netzwerk-canvas.json";

impl App {
    /// Runs a command that replaces the document, once unsaved work is dealt with.
    pub(super) fn continue_with(&mut self, command: FileCommand, ctx: &egui::Context) {
        match command {
            FileCommand::NewWorkspace => {
                self.replace_document(Document::default());
                self.status_message = None;
            }
            FileCommand::OpenDialog => self.request_file_dialog(DialogPurpose::Open, ctx),
            FileCommand::OpenPath(path) => self.open_path(&path),
            FileCommand::OpenExample => {
                self.load_example();
                self.status_message = None;
            }
            FileCommand::Quit => {
                self.window.is_close_confirmed = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            // These never wait for unsaved work; run them as they come.
            FileCommand::Save
            | FileCommand::SaveAsDialog
            | FileCommand::SaveToPath(_)
            | FileCommand::ExportPdfDialog
            | FileCommand::ShareDialog
            | FileCommand::ReadPartnerDialog
            | FileCommand::ProtectDialog
            | FileCommand::ChangePassphraseDialog
            | FileCommand::RemovePassphraseDialog
            | FileCommand::OpenInViewer(_) => self.pending.push(Command::File(command)),
        }
    }

    /// Loads a file; on failure the current workspace stays open and the file is
    /// left exactly as it was.
    pub(super) fn open_path(&mut self, path: &Path) {
        if storage::file_is_sealed(path) {
            // Reloading the open protected file (after a conflict) needs no second asking.
            let document = &self.session.document;
            match (&document.passphrase, document.path() == Some(path)) {
                (Some(passphrase), true) => self.open_protected(path, passphrase.clone()),
                _ => self.ask_to_unlock(path),
            }
            return;
        }
        if super::load_job::LoadJob::is_worth_it(path) {
            self.jobs.load = Some(super::load_job::LoadJob::start(path, None, &self.ctx));
            return;
        }
        let loaded = storage::load_workspace(path);
        self.finish_open(path, loaded, None);
    }

    /// Opens a protected file with `passphrase`, on a worker thread: scrypt takes a
    /// moment, and the window shows that it is reading.
    pub(super) fn open_protected(&mut self, path: &Path, passphrase: storage::Passphrase) {
        let job = super::load_job::LoadJob::start(path, Some(passphrase), &self.ctx);
        self.jobs.load = Some(job);
    }

    /// Shows a large file being read; takes it over once the worker is done.
    pub(super) fn load_job_ui(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.jobs.load else {
            return;
        };
        match job.poll() {
            None => {
                let file = job.path.display().to_string();
                crate::ui::dialogs::opening_ui(ctx, self.preferences.language, &file);
            }
            Some(loaded) => {
                let path = job.path.clone();
                let passphrase = job.passphrase.clone();
                self.jobs.load = None;
                self.finish_open(&path, loaded, passphrase);
                ctx.request_repaint();
            }
        }
    }

    /// Takes a loaded file as the new document; on failure the open one stays.
    fn finish_open(
        &mut self,
        path: &Path,
        loaded: Result<crate::model::Workspace, StorageError>,
        passphrase: Option<storage::Passphrase>,
    ) {
        match loaded {
            Ok(workspace) => {
                let document = Document::from_file(workspace, path).protected_with(passphrase);
                self.replace_document(document);
                self.take_lock(path);
                self.preferences.remember_file(path);
                let name = path.display().to_string();
                self.status_message = Some(StatusNote::with_text(Msg::Opened, "file", name));
            }
            Err(StorageError::WrongPassphrase) => self.ask_to_unlock_again(path),
            Err(error) => self.show_error(&path.display().to_string(), &error, true),
        }
    }

    pub(super) fn save_current(&mut self, ctx: &egui::Context) {
        match self.session.document.path.clone() {
            Some(path) => self.save_to(&path, ctx),
            None => self.request_file_dialog(DialogPurpose::SaveAs, ctx),
        }
    }

    /// Saves, unless the file changed on disk since we read it: then the user decides.
    pub(super) fn save_to(&mut self, path: &Path, ctx: &egui::Context) {
        let path = super::export_commands::with_extension(path, "json");
        if self.changed_by_others(&path) {
            // Merged with what changed elsewhere; asked only when that cannot be done.
            if !self.merge_with_disk(&path, true, ctx) {
                self.dialog = Some(ActiveDialog::Conflict(path));
            }
            return;
        }
        self.write_document(&path, ctx);
    }

    pub(super) fn write_document(&mut self, path: &Path, ctx: &egui::Context) {
        let path = path.to_path_buf();
        let language = self.preferences.language;
        let existed = path.exists();
        let document = &self.session.document;
        match storage::save_workspace_protected(
            &path,
            &document.workspace,
            document.passphrase.as_ref(),
        ) {
            Ok(()) => {
                self.take_lock(&path);
                self.session.document.path = Some(path.clone());
                self.session.document.mark_as_on_disk();
                self.session.document.is_example = false;
                self.session.forget_journals();
                self.session.document.disk_stamp = storage::DiskStamp::of(&path);
                if std::mem::take(&mut self.session.document.forgot_since_save) {
                    // The previous version still names the person who was forgotten.
                    let backup = storage::backup_path(&storage::resolve_link(&path));
                    let _ = std::fs::remove_file(backup);
                }
                self.session.document.base = Some(self.session.document.workspace.clone());
                if let Some(copy) = self.session.watch.remove_after_save.take() {
                    // The merged conflict copy's changes are in the file now.
                    self.remove_conflict_copy(&copy);
                }
                self.session.autosave.clear(&self.session.document);
                self.preferences.remember_file(&path);
                let name = path.display().to_string();
                self.status_message = Some(StatusNote::with_text(Msg::Saved, "file", name));
                if let Some(next) = self.session.after_save.take() {
                    self.continue_with(next, ctx);
                }
            }
            Err(error) => {
                self.session.after_save = None;
                let report = ErrorReport {
                    headline: Msg::SaveFailed
                        .fill(language, &[("file", &path.display().to_string())]),
                    reason: error.message(language),
                    reassurance: if existed {
                        Msg::SaveKeptOld.text(language).to_owned()
                    } else {
                        String::new()
                    },
                };
                self.dialog = Some(ActiveDialog::Error(report));
            }
        }
    }

    pub(super) fn request_file_dialog(&mut self, purpose: DialogPurpose, ctx: &egui::Context) {
        let (folder, name) = self.suggested_location(purpose);
        self.jobs.file_dialog_session = self.session.generation;
        self.jobs.file_dialogs.request(purpose, &folder, &name, ctx);
    }

    /// Where a file dialog starts and the name it proposes: the open file's folder
    /// (else the current one), and a name that says what the file holds, so that a
    /// PDF is never proposed under the workspace's own name.
    pub(super) fn suggested_location(&self, purpose: DialogPurpose) -> (PathBuf, String) {
        let folder = self
            .session
            .document
            .path
            .as_deref()
            .and_then(Path::parent)
            .filter(|folder| !folder.as_os_str().is_empty())
            .map(Path::to_path_buf)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        let name = match purpose {
            DialogPurpose::Open
            | DialogPurpose::ImportTemplate
            | DialogPurpose::ImportContacts
            | DialogPurpose::ReadPartner => String::new(),
            DialogPurpose::SharePartner => self.suggested_share_name(),
            DialogPurpose::ExportVcard => self.suggested_contacts_name(ContactsFile::Vcard),
            DialogPurpose::ExportCsv => self.suggested_contacts_name(ContactsFile::Csv),
            DialogPurpose::ExportCalendar => self.suggested_contacts_name(ContactsFile::Calendar),
            DialogPurpose::SaveAs => self
                .session
                .document
                .path
                .as_ref()
                .and_then(|path| path.file_name())
                .map_or_else(
                    || SUGGESTED_FILE_NAME.to_owned(),
                    |name| name.to_string_lossy().into_owned(),
                ),
            DialogPurpose::ExportPdf => self.suggested_pdf_name(),
            DialogPurpose::Auskunft => self.suggested_auskunft_name(),
            DialogPurpose::ExportTemplate => self.suggested_template_name(),
        };
        (folder, name)
    }

    /// Acts on a finished file dialog.
    pub(super) fn poll_file_dialog(&mut self, ctx: &egui::Context) {
        let Some(outcome) = self.jobs.file_dialogs.poll() else {
            return;
        };
        // A path picked to save or export the document that was open when the dialog
        // came up must not receive another one.
        let is_for_other_session = self.jobs.file_dialog_session != self.session.generation;
        if is_for_other_session && !matches!(outcome, DialogOutcome::Picked(DialogPurpose::Open, _))
        {
            return;
        }
        match outcome {
            DialogOutcome::Picked(DialogPurpose::Open, path) => self.open_path(&path),
            DialogOutcome::Picked(DialogPurpose::SaveAs, path) => {
                self.pending
                    .push(Command::File(FileCommand::SaveToPath(path)));
            }
            DialogOutcome::Picked(DialogPurpose::ExportPdf, path) => self.start_export(&path, ctx),
            DialogOutcome::Picked(DialogPurpose::ImportTemplate, path) => {
                self.import_template(&path)
            }
            DialogOutcome::Picked(DialogPurpose::ExportTemplate, path) => {
                self.export_template(&path)
            }
            DialogOutcome::Picked(
                purpose @ (DialogPurpose::ImportContacts
                | DialogPurpose::ExportVcard
                | DialogPurpose::ExportCsv
                | DialogPurpose::ExportCalendar
                | DialogPurpose::Auskunft
                | DialogPurpose::SharePartner
                | DialogPurpose::ReadPartner),
                path,
            ) => self.use_path(purpose, &path, ctx),
            DialogOutcome::Cancelled(_) => {
                self.session.pending_share = None;
                self.session.after_save = None;
                self.session.pending_export = None;
                self.session.pending_auskunft = None;
                self.session.pending_contacts_export = None;
            }
            DialogOutcome::Unavailable(purpose) => {
                let prompt = self.typed_path_prompt(purpose, true);
                self.dialog = Some(ActiveDialog::TypedPath(purpose, prompt));
            }
        }
    }

    /// "Kontakte – Politik.vcf": the file's name for the tag chosen in the export dialog.
    fn suggested_contacts_name(&self, file: ContactsFile) -> String {
        let tag =
            (self.session.pending_contacts_export.as_ref()).and_then(|draft| draft.tag.as_deref());
        contacts_file_name(file, tag, self.preferences.language)
    }

    pub(super) fn use_typed_path(
        &mut self,
        purpose: DialogPurpose,
        text: &str,
        ctx: &egui::Context,
    ) {
        self.use_path(purpose, &expand_home(text), ctx);
    }

    /// What a path chosen for `purpose` (picked, or typed where no dialog is) is used for.
    fn use_path(&mut self, purpose: DialogPurpose, path: &Path, ctx: &egui::Context) {
        let path = path.to_path_buf();
        match purpose {
            DialogPurpose::Open => self.open_path(&path),
            DialogPurpose::SaveAs => self.save_to(&path, ctx),
            DialogPurpose::ExportPdf => self.start_export(&path, ctx),
            DialogPurpose::ImportTemplate => self.import_template(&path),
            DialogPurpose::ExportTemplate => self.export_template(&path),
            DialogPurpose::ImportContacts => self.start_reading_contacts(&path, ctx),
            DialogPurpose::ExportVcard => self.write_contacts_file(ContactsFile::Vcard, &path),
            DialogPurpose::ExportCsv => self.write_contacts_file(ContactsFile::Csv, &path),
            DialogPurpose::ExportCalendar => {
                self.write_contacts_file(ContactsFile::Calendar, &path);
            }
            DialogPurpose::Auskunft => self.write_auskunft(&path),
            DialogPurpose::SharePartner => self.write_partner_copy(&path),
            DialogPurpose::ReadPartner => self.read_partner_copy(&path, ctx),
        }
    }

    pub(super) fn show_error(&mut self, file: &str, error: &StorageError, is_open: bool) {
        let language = self.preferences.language;
        let (headline, reassurance) = if is_open {
            (Msg::OpenFailed, Msg::OpenKeptCurrent.text(language))
        } else {
            (Msg::OpenFailed, "")
        };
        self.dialog = Some(ActiveDialog::Error(ErrorReport {
            headline: headline.fill(language, &[("file", file)]),
            reason: error.message(language),
            reassurance: reassurance.to_owned(),
        }));
    }
}

/// `~/canvas.json` → `/home/me/canvas.json`, as a shell would.
fn expand_home(text: &str) -> PathBuf {
    match (text.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(text),
    }
}
