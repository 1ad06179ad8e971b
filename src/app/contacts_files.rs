//! Contacts in and out from the window: a vCard or CSV file read and merged into the
//! Netzwerkbuch on a worker thread and put in as one undo step with a report; the
//! contacts written as vCard or CSV, and the follow-ups as an iCalendar file.

use std::path::Path;
use std::sync::mpsc::{Receiver, channel};

use chrono::Utc;

use super::App;
use super::dialogs::ActiveDialog;
use super::edit::Grouping;
use super::status_note::StatusNote;
use crate::contacts_io::{
    ImportOptions, VCardVersion, calendar_entries, contacts_csv, contacts_vcard, follow_ups_ics,
    import_into, read_contacts,
};
use crate::export_file::{UnsafeTarget, check_pdf_target};
use crate::i18n::{Language, Msg};
use crate::model::{BookStep, Contact};
use crate::storage::{Backup, write_atomically};
use crate::ui::dialogs::ErrorReport;
use crate::ui::file_dialog::DialogPurpose;

/// An import running on a worker thread: the contacts as they will be, and the report
/// lines, or why the file was refused.
pub(super) type ImportJob = Receiver<Result<(Vec<Contact>, Vec<String>), String>>;

/// "Kontakte.vcf", "Kontakte.csv", "Nachfassen.ics" in the language of the window.
pub(super) fn contacts_file_name(purpose: DialogPurpose, language: Language) -> String {
    let stem = match purpose {
        DialogPurpose::ExportCalendar => Msg::CalendarFileStem,
        _ => Msg::ContactsFileStem,
    }
    .text(language);
    let extension = match purpose {
        DialogPurpose::ExportCsv => "csv",
        DialogPurpose::ExportCalendar => "ics",
        _ => "vcf",
    };
    format!("{stem}.{extension}")
}

impl App {
    /// A file chosen in a contacts dialog (or typed where there is none).
    pub(super) fn contacts_file_picked(
        &mut self,
        purpose: DialogPurpose,
        path: &Path,
        ctx: &egui::Context,
    ) {
        match purpose {
            DialogPurpose::ImportContacts => self.start_contacts_import(path, ctx),
            _ => self.write_contacts_file(purpose, path),
        }
    }

    fn start_contacts_import(&mut self, path: &Path, ctx: &egui::Context) {
        let language = self.preferences.language;
        let mut contacts = self.session.document.workspace.contacts.clone();
        let options = ImportOptions {
            duplicates: crate::contacts_io::Duplicates::Merge,
            skip_bad: false,
            today: self.today(),
            language,
        };
        let (path, repaint) = (path.to_path_buf(), ctx.clone());
        let (sender, receiver) = channel();
        std::thread::spawn(move || {
            let refused = |reason: String| {
                let file = path.display().to_string();
                Msg::ImportRefused.fill(language, &[("file", &file), ("reason", &reason)])
            };
            let result = read_contacts(&path)
                .and_then(|parsed| import_into(&mut contacts, parsed, &options))
                .map(|report| (contacts, report.lines(language)))
                .map_err(|error| refused(error.message(language)));
            let _ = sender.send(result);
            repaint.request_repaint();
        });
        self.jobs.contacts_import = Some(receiver);
    }

    /// Once a frame while an import runs: its result goes in as one undo step, and the
    /// report is shown.
    pub(super) fn contacts_import_ui(&mut self) {
        let Some(receiver) = &self.jobs.contacts_import else {
            return;
        };
        let Ok(result) = receiver.try_recv() else {
            return;
        };
        self.jobs.contacts_import = None;
        let language = self.preferences.language;
        let (headline, lines) = match result {
            Ok((contacts, lines)) => {
                self.session
                    .edit_book(BookStep::ImportContacts, Grouping::Alone, |workspace| {
                        workspace.contacts = contacts;
                    });
                (Msg::ImportDone.text(language).to_owned(), lines)
            }
            Err(reason) => (reason, Vec::new()),
        };
        self.dialog = Some(ActiveDialog::Notice(ErrorReport {
            headline,
            reason: lines.join("\n"),
            reassurance: String::new(),
        }));
    }

    /// vCard, CSV or the calendar, written atomically; never over the workspace.
    fn write_contacts_file(&mut self, purpose: DialogPurpose, path: &Path) {
        let language = self.preferences.language;
        let workspace = &self.session.document.workspace;
        let bytes: Result<(Vec<u8>, usize), String> = match purpose {
            DialogPurpose::ExportVcard => Ok((
                contacts_vcard(&workspace.contacts, VCardVersion::V4).into_bytes(),
                workspace.contacts.len(),
            )),
            DialogPurpose::ExportCsv => contacts_csv(&workspace.contacts, language)
                .map(|bytes| (bytes, workspace.contacts.len()))
                .map_err(|error| error.to_string()),
            _ => {
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
                let msg = if purpose == DialogPurpose::ExportCalendar {
                    Msg::IcsWritten
                } else {
                    Msg::ContactsWritten
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
