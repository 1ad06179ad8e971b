//! Contacts in and out from the window: a vCard or CSV file read on a worker thread,
//! shown with a preview and the user's choices (columns, duplicates, broken entries),
//! then merged into the Netzwerkbuch on a worker thread and put in as one undo step
//! with a report; the contacts written as vCard or CSV, and the follow-ups as an
//! iCalendar file. Each job belongs to the session that started it: a result arriving
//! after another file was opened is dropped.

use std::path::Path;
use std::sync::mpsc::{Receiver, channel};

use chrono::Utc;

use super::App;
use super::dialogs::ActiveDialog;
use super::edit::Grouping;
use super::status_note::StatusNote;
use crate::contacts_io::{
    ImportOptions, VCardVersion, calendar_entries, contacts_csv, contacts_vcard, follow_ups_ics,
    import_into, read_source,
};
use crate::export_file::{UnsafeTarget, check_pdf_target};
use crate::i18n::{Language, Msg};
use crate::model::{BookStep, Contact, all_tags};
use crate::storage::{Backup, write_atomically};
use crate::ui::dialogs::{
    ContactsExportDraft, ContactsFormat, ErrorReport, ImportDraft, contacts_export_ui,
    import_contacts_ui,
};
use crate::ui::file_dialog::DialogPurpose;

/// An import running on a worker thread for the session of this generation: the
/// contacts as they will be, and the report lines, or why the file was refused.
pub(super) type ImportJob = (u64, Receiver<Result<(Vec<Contact>, Vec<String>), String>>);

/// A contacts file being read for the session of this generation: its content, or why
/// it cannot be imported.
pub(super) type ReadJob = (u64, Receiver<Result<ImportDraft, String>>);

/// "„FILE“ wurde nicht importiert: REASON Das Netzwerkbuch ist unverändert."
fn refused(path: &Path, reason: &str, language: Language) -> String {
    let file = path.display().to_string();
    Msg::ImportRefused.fill(language, &[("file", &file), ("reason", reason)])
}

/// "Kontakte.vcf", "Kontakte.csv", "Nachfassen.ics" in the language of the window.
/// With a tag: "Kontakte – Politik.vcf".
pub(super) fn contacts_file_name(
    file: ContactsFile,
    tag: Option<&str>,
    language: Language,
) -> String {
    let stem = match file {
        ContactsFile::Calendar => Msg::CalendarFileStem,
        ContactsFile::Vcard | ContactsFile::Csv => Msg::ContactsFileStem,
    }
    .text(language);
    let stem = match tag {
        Some(tag) => format!("{stem} – {}", tag.replace(['/', '\\'], "-")),
        None => stem.to_owned(),
    };
    let extension = match file {
        ContactsFile::Vcard => "vcf",
        ContactsFile::Csv => "csv",
        ContactsFile::Calendar => "ics",
    };
    format!("{stem}.{extension}")
}

/// The files the Netzwerkbuch writes for other programs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ContactsFile {
    Vcard,
    Csv,
    /// The follow-ups and meeting dates (iCalendar).
    Calendar,
}

impl App {
    /// Reads the file off the UI thread; the import dialog follows.
    pub(super) fn start_reading_contacts(&mut self, path: &Path, ctx: &egui::Context) {
        let language = self.preferences.language;
        let (path, repaint) = (path.to_path_buf(), ctx.clone());
        let (sender, receiver) = channel();
        std::thread::spawn(move || {
            let result = read_source(&path)
                .map(|source| ImportDraft::new(path.clone(), source))
                .map_err(|error| refused(&path, &error.message(language), language));
            let _ = sender.send(result);
            repaint.request_repaint();
        });
        self.jobs.contacts_read = Some((self.session.generation, receiver));
    }

    /// True once the import dialog was answered; Importieren starts the import.
    pub(super) fn import_answered(&mut self, ctx: &egui::Context, draft: &mut ImportDraft) -> bool {
        let answer = import_contacts_ui(ctx, self.preferences.language, draft);
        if answer == Some(true) {
            self.start_contacts_import(draft, ctx);
        }
        answer.is_some()
    }

    fn start_contacts_import(&mut self, draft: &ImportDraft, ctx: &egui::Context) {
        let language = self.preferences.language;
        let mut contacts = self.session.document.workspace.contacts.clone();
        let options = ImportOptions {
            duplicates: draft.duplicates,
            skip_bad: draft.skip_bad,
            today: self.today(),
            language,
        };
        let (draft, repaint) = (draft.clone(), ctx.clone());
        let (sender, receiver) = channel();
        std::thread::spawn(move || {
            let result = (draft.source.contacts(&draft.mapping))
                .and_then(|parsed| import_into(&mut contacts, parsed, &options))
                .map(|report| (contacts, report.lines(language)))
                .map_err(|error| refused(&draft.path, &error.message(language), language));
            let _ = sender.send(result);
            repaint.request_repaint();
        });
        self.jobs.contacts_import = Some((self.session.generation, receiver));
    }

    /// Once a frame while a contacts file is read or imported: the dialog once it is
    /// read; once imported, the contacts go in as one undo step and the report shows.
    pub(super) fn contacts_import_ui(&mut self) {
        let generation = self.session.generation;
        if let Some((started, receiver)) = &self.jobs.contacts_read
            && let Ok(result) = receiver.try_recv()
        {
            let is_current = *started == generation;
            self.jobs.contacts_read = None;
            if is_current {
                self.dialog = Some(match result {
                    Ok(draft) => ActiveDialog::ImportContacts(Box::new(draft)),
                    Err(reason) => ActiveDialog::Notice(ErrorReport {
                        headline: reason,
                        reason: String::new(),
                        reassurance: String::new(),
                    }),
                });
            }
        }
        let Some((started, receiver)) = &self.jobs.contacts_import else {
            return;
        };
        let Ok(result) = receiver.try_recv() else {
            return;
        };
        let is_current = *started == generation;
        self.jobs.contacts_import = None;
        if !is_current {
            return;
        }
        let language = self.preferences.language;
        let (headline, lines) = match result {
            Ok((contacts, lines)) => {
                self.session
                    .edit_book(BookStep::ImportContacts, Grouping::Alone, |workspace| {
                        workspace.contacts = contacts;
                    });
                self.session.fonts_stale = true;
                let undo = crate::user_action::UserAction::Undo
                    .shortcut_text(&self.ctx, language)
                    .unwrap_or_default();
                (Msg::ImportDone.fill(language, &[("undo", &undo)]), lines)
            }
            Err(reason) => (reason, Vec::new()),
        };
        self.dialog = Some(ActiveDialog::Notice(ErrorReport {
            headline,
            reason: lines.join("\n"),
            reassurance: String::new(),
        }));
    }

    /// The export dialog: format and which contacts; the file dialog follows.
    pub(super) fn ask_contacts_export(&mut self, format: ContactsFormat) {
        let tags = all_tags(&self.session.document.workspace.contacts);
        let draft = ContactsExportDraft {
            format,
            tag: None,
            tags,
        };
        self.dialog = Some(ActiveDialog::ContactsExport(Box::new(draft)));
    }

    /// True once answered; Weiter asks for the file.
    pub(super) fn contacts_export_answered(
        &mut self,
        ctx: &egui::Context,
        draft: &mut ContactsExportDraft,
    ) -> bool {
        let answer = contacts_export_ui(ctx, self.preferences.language, draft);
        if answer == Some(true) {
            let purpose = match draft.format {
                ContactsFormat::Csv => DialogPurpose::ExportCsv,
                ContactsFormat::VCard4 | ContactsFormat::VCard3 => DialogPurpose::ExportVcard,
            };
            self.session.pending_contacts_export = Some(draft.clone());
            self.request_file_dialog(purpose, ctx);
        }
        answer.is_some()
    }

    /// vCard, CSV or the calendar, written atomically; never over the workspace.
    pub(super) fn write_contacts_file(&mut self, kind: ContactsFile, path: &Path) {
        let language = self.preferences.language;
        let workspace = &self.session.document.workspace;
        let choice = self.session.pending_contacts_export.take();
        let tag = choice.as_ref().and_then(|draft| draft.tag.as_deref());
        let contacts: Vec<Contact> = (workspace.contacts.iter())
            .filter(|contact| tag.is_none_or(|tag| contact.has_tag(tag)))
            .cloned()
            .collect();
        let version = match choice.map(|draft| draft.format) {
            Some(ContactsFormat::VCard3) => VCardVersion::V3,
            Some(ContactsFormat::VCard4 | ContactsFormat::Csv) | None => VCardVersion::V4,
        };
        let bytes: Result<(Vec<u8>, usize), String> = match kind {
            ContactsFile::Vcard => Ok((
                contacts_vcard(&contacts, version).into_bytes(),
                contacts.len(),
            )),
            ContactsFile::Csv => contacts_csv(&contacts, language)
                .map(|bytes| (bytes, contacts.len()))
                .map_err(|error| error.to_string()),
            ContactsFile::Calendar => {
                let entries = calendar_entries(workspace, self.today(), language);
                Ok((
                    follow_ups_ics(&entries, Utc::now()).into_bytes(),
                    entries.len(),
                ))
            }
        };
        let file = path.display().to_string();
        let written = bytes.and_then(|(bytes, count)| {
            let workspace_path = self.session.document.path.as_deref();
            if let Err(UnsafeTarget::Workspace | UnsafeTarget::Backup) =
                check_pdf_target(path, workspace_path)
            {
                return Err(Msg::ContactsNotOverWorkspace.text(language).to_owned());
            }
            write_atomically(path, &bytes, Backup::Skip)
                .map(|()| count)
                .map_err(|error| error.to_string())
        });
        match written {
            Ok(count) => {
                let msg = match kind {
                    ContactsFile::Calendar => Msg::IcsWritten,
                    ContactsFile::Vcard | ContactsFile::Csv => Msg::ContactsWritten,
                };
                self.status_message = Some(StatusNote::counted(msg, count, "file", file));
            }
            Err(reason) => {
                self.dialog = Some(ActiveDialog::Error(ErrorReport {
                    headline: Msg::ContactsWriteFailed.fill(language, &[("file", &file)]),
                    reason,
                    reassurance: String::new(),
                }));
            }
        }
    }
}
