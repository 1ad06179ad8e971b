//! The people's rights from the window: *Auskunft* (everything stored about a contact,
//! written as a PDF to read and a JSON beside it) and *Vergessen* (the contact deleted
//! and their name replaced everywhere, in this document as one undo step and in the
//! recovery files of earlier sessions, after showing where).

use std::path::{Path, PathBuf};

use chrono::Utc;

use super::App;
use super::dialogs::ActiveDialog;
use super::export_commands::pdf_file_name;
use super::status_note::StatusNote;
use crate::command::{Command, ContactCommand};
use crate::export::rights::{auskunft_json, auskunft_pdf, forget_lines, where_lines};
use crate::export_file::{UnsafeTarget, check_pdf_target};
use crate::i18n::Msg;
use crate::model::{BookStep, ContactId};
use crate::storage::recovery::{find_recoveries, write_recovery};
use crate::storage::{Backup, write_atomically};
use crate::ui::dialogs::{ErrorReport, ForgetPreview, forget_ui};

/// What an Auskunft JSON starts with, so that writing one replaces only an earlier one.
const AUSKUNFT_FORMAT: &str = "\"netzwerk-canvas-auskunft\"";

impl App {
    /// "Auskunft Frieda Groß.pdf".
    pub(super) fn suggested_auskunft_name(&self) -> String {
        let language = self.preferences.language;
        let name = (self.session.pending_auskunft.as_ref())
            .and_then(|id| self.session.document.workspace.contact(id))
            .map(|contact| contact.name.trim().to_owned())
            .unwrap_or_default();
        pdf_file_name(&format!("{} {name}", Msg::AuskunftFileStem.text(language)))
    }

    /// Writes the Auskunft of the contact that asked for a path: `path` as PDF and the
    /// same name with `.json`. Neither may replace the workspace, its backup, or a file
    /// that is not an earlier Auskunft.
    pub(super) fn write_auskunft(&mut self, path: &Path) {
        let language = self.preferences.language;
        let Some(id) = self.session.pending_auskunft.take() else {
            return;
        };
        let workspace = &self.session.document.workspace;
        let Some(mentions) = workspace.where_named(&id) else {
            return;
        };
        let pdf_path = path.with_extension("pdf");
        let json_path = path.with_extension("json");
        let file = (self.session.document.path.as_deref())
            .map(|path| path.display().to_string())
            .unwrap_or_default();
        let now = Utc::now();
        let written = self
            .check_auskunft_targets(&pdf_path, &json_path)
            .and_then(|()| {
                let pdf = auskunft_pdf(workspace, &mentions, &file, now, language)
                    .map_err(|error| error.to_string())?;
                let json = auskunft_json(workspace, &mentions, &file, now, language)
                    .map_err(|error| error.to_string())?;
                for (target, bytes) in [(&pdf_path, &pdf.bytes), (&json_path, &json)] {
                    write_atomically(target, bytes, Backup::Skip).map_err(|error| {
                        let error = crate::storage::StorageError::from(error);
                        error.message(language)
                    })?;
                }
                Ok(())
            });
        match written {
            Ok(()) => {
                self.status_message = Some(StatusNote::with_texts(
                    Msg::AuskunftFilesWritten,
                    vec![
                        ("name", mentions.contact.name.clone()),
                        ("pdf", file_name(&pdf_path)),
                        ("json", file_name(&json_path)),
                    ],
                ));
            }
            Err(reason) => {
                let file = pdf_path.display().to_string();
                self.dialog = Some(ActiveDialog::Error(ErrorReport {
                    headline: Msg::AuskunftWriteFailed.fill(language, &[("file", &file)]),
                    reason,
                    reassurance: String::new(),
                }));
            }
        }
    }

    fn check_auskunft_targets(&self, pdf: &Path, json: &Path) -> Result<(), String> {
        let language = self.preferences.language;
        let workspace = self.session.document.path.as_deref();
        let refused = |target: UnsafeTarget, path: &Path| {
            Err(target.message(language, &path.display().to_string()))
        };
        if let Err(target) = check_pdf_target(pdf, workspace) {
            return refused(target, pdf);
        }
        match check_pdf_target(json, workspace) {
            Err(UnsafeTarget::NotPdf) if is_earlier_auskunft(json) => Ok(()),
            Err(target) => refused(target, json),
            Ok(()) => Ok(()),
        }
    }

    /// Shows where the contact is named and asks before forgetting them.
    pub(super) fn ask_before_forgetting(&mut self, id: &ContactId) {
        let language = self.preferences.language;
        let workspace = &self.session.document.workspace;
        let Some(mentions) = workspace.where_named(id) else {
            return;
        };
        self.dialog = Some(ActiveDialog::Forget(Box::new(ForgetPreview {
            id: id.clone(),
            name: mentions.contact.name.clone(),
            lines: where_lines(workspace, &mentions, language),
            recoveries: self
                .recoveries_naming(id)
                .into_iter()
                .map(|(file, _)| file)
                .collect(),
        })));
    }

    /// True once the user answered the question before forgetting.
    pub(super) fn forget_answered(&mut self, ctx: &egui::Context, preview: &ForgetPreview) -> bool {
        let answer = forget_ui(ctx, self.preferences.language, preview);
        if answer == Some(true) {
            let id = preview.id.clone();
            self.pending
                .push(Command::Contact(ContactCommand::ConfirmForget(id)));
        }
        answer.is_some()
    }

    /// Forgets the contact in this document (one undo step) and in the recovery files
    /// of earlier sessions, and says what went and what is left to do.
    pub(super) fn forget_contact(&mut self, id: &ContactId) {
        let language = self.preferences.language;
        let placeholder = Msg::ForgetPlaceholder.text(language);
        let Some(name) = (self.session.document.workspace.contact(id)).map(|c| c.name.clone())
        else {
            return;
        };
        let mut summary = None;
        self.session.edit_everywhere(BookStep::Forget, |workspace| {
            summary = workspace.forget(id, placeholder);
        });
        let Some(summary) = summary else {
            return;
        };
        self.session.document.forgot_since_save = true;
        if self.session.selected_contact.as_ref() == Some(id) {
            self.session.selected_contact = None;
        }
        let mut cleaned = 0;
        for (file, mut recovery) in self.recoveries_naming(id) {
            if recovery.workspace.forget(id, placeholder).is_some()
                && let Some(folder) = file.parent()
                && write_recovery(folder, &recovery.workspace, &recovery.info, None).is_ok()
            {
                cleaned += 1;
            }
        }
        let save = crate::user_action::UserAction::Save
            .shortcut_text(&self.ctx, language)
            .unwrap_or_default();
        let mut lines = forget_lines(&name, &summary, language);
        if cleaned > 0 {
            lines.push(Msg::ForgetRecoveriesCleaned.fill_count(language, cleaned, &[]));
        }
        self.dialog = Some(ActiveDialog::Notice(ErrorReport {
            headline: lines.remove(0),
            reason: lines.join("\n"),
            reassurance: Msg::ForgetNoticeSave.fill(language, &[("save", &save)]),
        }));
    }

    /// Recovery files of sessions that ended without saving and hold this contact.
    fn recoveries_naming(
        &self,
        id: &ContactId,
    ) -> Vec<(PathBuf, crate::storage::recovery::Recovery)> {
        let Some(folder) = self.session.autosave.folder() else {
            return Vec::new();
        };
        (find_recoveries(folder).into_iter())
            .filter(|recovery| recovery.workspace.contact(id).is_some())
            .map(|recovery| (recovery.file.clone(), recovery))
            .collect()
    }
}

/// The name without its folder, for the status bar.
fn file_name(path: &Path) -> String {
    (path.file_name())
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Whether the file at `path` is an Auskunft written earlier (so it may be replaced).
fn is_earlier_auskunft(path: &Path) -> bool {
    use std::io::Read;
    let mut start = [0u8; 200];
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    let read = file.read(&mut start).unwrap_or(0);
    String::from_utf8_lossy(&start[..read]).contains(AUSKUNFT_FORMAT)
}
