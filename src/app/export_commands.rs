//! "Als PDF exportieren…": from the choice of content to the finished file in a viewer.

use std::path::{Path, PathBuf};

use chrono::Utc;

use super::export_job::ExportJob;
use super::{ActiveDialog, App};
use crate::command::FileCommand;
use crate::export::{ExportContent, ExportRequest, Printed};
use crate::export_file::check_pdf_target;
use crate::i18n::Msg;
use crate::model::visible_indices;
use crate::preferences::ExportChoice;
use crate::system_viewer::{ViewerError, open_in_viewer};
use crate::ui::dialogs::{
    ErrorReport, ExportAnswer, ExportContext, ExportDoneAnswer, export_done_ui, export_options_ui,
    export_progress_ui,
};
use crate::ui::file_dialog::DialogPurpose;

impl App {
    pub(super) fn open_export_dialog(&mut self) {
        if self.jobs.export.is_none() {
            self.dialog = Some(ActiveDialog::ExportOptions(self.preferences.export));
        }
    }

    /// Shows the options dialog; returns true once it is answered.
    pub(super) fn export_options_answered(
        &mut self,
        choice: &mut ExportChoice,
        ctx: &egui::Context,
    ) -> bool {
        let current_title = self
            .session
            .selected
            .as_ref()
            .and_then(|id| self.session.document.workspace.get(id))
            .map(|c| c.title.clone());
        let blank_template = self.selected_template();
        let context = ExportContext {
            current_title: current_title.as_deref(),
            collaboration_count: self.session.document.workspace.collaborations.len(),
            contact_count: self.session.document.workspace.contacts.len(),
            blank_template: blank_template.name(self.preferences.language),
        };
        match export_options_ui(ctx, self.preferences.language, &context, choice) {
            Some(ExportAnswer::Export(choice)) => {
                self.preferences.export = choice;
                self.session.pending_export = Some(choice);
                self.request_file_dialog(DialogPurpose::ExportPdf, ctx);
                true
            }
            Some(ExportAnswer::Cancel) => true,
            None => false,
        }
    }

    /// Starts the export to `path` with the choice made in the options dialog.
    pub(super) fn start_export(&mut self, path: &Path, ctx: &egui::Context) {
        let Some(choice) = self.session.pending_export.take() else {
            return;
        };
        let path = with_pdf_extension(path);
        let language = self.preferences.language;
        if let Err(unsafe_target) = check_pdf_target(&path, self.session.document.path.as_deref()) {
            let file = path.display().to_string();
            self.dialog = Some(ActiveDialog::Error(ErrorReport {
                headline: Msg::ExportFailed.fill(language, &[("file", &file)]),
                reason: unsafe_target.message(language, &file),
                reassurance: Msg::ExportNothingWritten.text(language).to_owned(),
            }));
            return;
        }
        let request = ExportRequest::new(
            self.printed(choice.content),
            choice.page,
            language,
            Utc::now(),
            &self.session.document.display_name(language),
        );
        self.jobs.export = Some(ExportJob::start(request, path, ctx));
    }

    /// A snapshot of what to print; the contact exports count from [`App::today`].
    fn printed(&self, content: ExportContent) -> Printed {
        let workspace = &self.session.document.workspace;
        let selected = self
            .session
            .selected
            .as_ref()
            .and_then(|id| workspace.get(id))
            .cloned();
        let canvases = |collaborations| Printed::Canvases {
            collaborations,
            templates: workspace.templates_for_export(&self.selected_template().id),
        };
        match content {
            ExportContent::Current => canvases(selected.into_iter().collect()),
            ExportContent::All => canvases(
                visible_indices(workspace, "", self.preferences.sort)
                    .into_iter()
                    .map(|index| workspace.collaborations[index].clone())
                    .collect(),
            ),
            ExportContent::Blank => Printed::Blank {
                template: self.selected_template(),
            },
            ExportContent::Brief => match selected {
                Some(collaboration) => Printed::Brief {
                    template: workspace.template_for(&collaboration).into_owned(),
                    collaboration: Box::new(collaboration),
                },
                // Nothing selected: nothing to export, which the export says.
                None => canvases(Vec::new()),
            },
            ExportContent::Contacts => Printed::Contacts {
                contacts: workspace.contacts.clone(),
                today: self.today(),
            },
            ExportContent::Map => Printed::Map {
                contacts: workspace.contacts.clone(),
                today: self.today(),
            },
        }
    }

    /// A file name for the PDF that says what is in it: the canvas's title, "Alle
    /// Kooperationen", "Kontakte"…; never the workspace's own name.
    pub(super) fn suggested_pdf_name(&self) -> String {
        let language = self.preferences.language;
        let choice = self
            .session
            .pending_export
            .unwrap_or(self.preferences.export);
        let selected_title = || {
            self.session
                .selected
                .as_ref()
                .and_then(|id| self.session.document.workspace.get(id))
                .map(|c| c.title.trim().to_owned())
                .filter(|title| !title.is_empty())
                .unwrap_or_else(|| Msg::Untitled.text(language).to_owned())
        };
        let stem = match choice.content {
            ExportContent::Blank => self.selected_template().name(language).to_owned(),
            ExportContent::Contacts => Msg::PdfFileContacts.text(language).to_owned(),
            ExportContent::Map => Msg::PdfFileMap.text(language).to_owned(),
            ExportContent::Current => selected_title(),
            ExportContent::Brief => {
                format!("{} – {}", Msg::BriefTitle.text(language), selected_title())
            }
            ExportContent::All => Msg::PdfFileAll.text(language).to_owned(),
        };
        pdf_file_name(&stem)
    }

    /// Progress while the worker runs; the result dialog when it is done.
    pub(super) fn export_job_ui(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.jobs.export else {
            return;
        };
        let language = self.preferences.language;
        match job.poll() {
            None => export_progress_ui(ctx, language, job.progress()),
            Some(result) => {
                let path = job.path.clone();
                self.jobs.export = None;
                self.dialog = Some(match result {
                    Ok(summary) => ActiveDialog::ExportDone(path, summary),
                    Err(error) => ActiveDialog::Error(ErrorReport {
                        headline: Msg::ExportFailed
                            .fill(language, &[("file", &path.display().to_string())]),
                        reason: error.message(language),
                        reassurance: String::new(),
                    }),
                });
                ctx.request_repaint();
            }
        }
    }

    pub(super) fn export_done_answered(
        &mut self,
        path: &Path,
        summary: &crate::ui::dialogs::ExportSummary,
        ctx: &egui::Context,
    ) -> bool {
        match export_done_ui(ctx, self.preferences.language, path, summary) {
            Some(ExportDoneAnswer::OpenInViewer) => {
                self.pending
                    .push(crate::command::Command::File(FileCommand::OpenInViewer(
                        path.to_path_buf(),
                    )));
                true
            }
            Some(ExportDoneAnswer::Close) => true,
            None => false,
        }
    }

    pub fn is_exporting(&self) -> bool {
        self.jobs.export.is_some()
    }

    /// Hands the file to the desktop's default viewer, which is how people print.
    pub(super) fn open_in_viewer(&mut self, path: &Path, ctx: &egui::Context) {
        let ctx = ctx.clone();
        let answer = open_in_viewer(path, move || ctx.request_repaint());
        self.jobs.viewer = Some((path.to_path_buf(), answer));
    }

    /// Says so when the viewer could not be started.
    pub(super) fn poll_viewer(&mut self) {
        let Some((path, answer)) = &self.jobs.viewer else {
            return;
        };
        let result = match answer.try_recv() {
            Ok(result) => result,
            Err(std::sync::mpsc::TryRecvError::Empty) => return,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => Ok(()),
        };
        let path = path.clone();
        self.jobs.viewer = None;
        let language = self.preferences.language;
        let reason = match result {
            Ok(()) => return,
            Err(ViewerError::NoOpener(opener)) => {
                Msg::NoViewer.fill(language, &[("opener", &opener)])
            }
            Err(ViewerError::NoViewer(detail)) => {
                Msg::NoViewerFound.fill(language, &[("detail", &detail)])
            }
        };
        self.dialog = Some(ActiveDialog::NoViewer(path, reason));
    }
}

/// A PDF's name ends in `.pdf`: `Bericht` and `Bericht.json` become `Bericht.pdf` and
/// `Bericht.json.pdf`, so that a typed or proposed name never hits a workspace.
pub(super) fn with_pdf_extension(path: &Path) -> PathBuf {
    let is_pdf = path
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("pdf"));
    if is_pdf {
        return path.to_path_buf();
    }
    let mut name = path.as_os_str().to_owned();
    name.push(".pdf");
    PathBuf::from(name)
}

/// Adds `.ext` when the user typed a name without an extension.
/// "STEM.pdf", with characters that file systems or shells mind replaced by "-".
pub(super) fn pdf_file_name(stem: &str) -> String {
    let safe: String = stem
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || "-_ –.,()&".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{}.pdf", safe.trim())
}

pub(super) fn with_extension(path: &Path, extension: &str) -> PathBuf {
    if path.extension().is_none() {
        path.with_extension(extension)
    } else {
        path.to_path_buf()
    }
}
