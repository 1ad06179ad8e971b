//! A PDF export running on a worker thread, so that the window stays responsive and can
//! show progress.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, channel};

use chrono::NaiveDate;

use crate::export::ExportOptions;
use crate::export_file::{
    ExportFileError, brief_to_file, contacts_to_file, export_to_file, map_to_file,
};
use crate::model::{Collaboration, Template, Workspace};
use crate::ui::dialogs::ExportSummary;

pub struct ExportJob {
    pub path: PathBuf,
    done: Arc<AtomicUsize>,
    total: usize,
    receiver: Receiver<Result<ExportSummary, ExportFileError>>,
}

/// What the worker prints: a snapshot, so that later edits do not affect it.
pub enum JobContent {
    /// Canvases or the blank template; with `brief`, the first one's meeting brief.
    Canvases {
        collaborations: Vec<Collaboration>,
        brief: bool,
    },
    /// The Netzwerkbuch's contact list, follow-ups counted from `today`.
    Contacts {
        workspace: Workspace,
        today: NaiveDate,
    },
    /// The network map page.
    Map {
        workspace: Workspace,
        today: NaiveDate,
    },
}

impl ExportJob {
    /// Starts exporting on a worker thread.
    pub fn start(
        content: JobContent,
        templates: Vec<Template>,
        options: ExportOptions,
        path: PathBuf,
        ctx: &egui::Context,
    ) -> Self {
        let done = Arc::new(AtomicUsize::new(0));
        let total = match &content {
            JobContent::Canvases { collaborations, .. } => collaborations.len().max(1),
            JobContent::Contacts { .. } | JobContent::Map { .. } => 1,
        };
        let worker_done = Arc::clone(&done);
        let worker_path = path.clone();
        let repaint = ctx.clone();
        let work = move || {
            let progress = |finished: usize, _total: usize| {
                worker_done.store(finished, Ordering::Relaxed);
                repaint.request_repaint();
            };
            run(&content, &templates, &options, &worker_path, &progress).map(|pdf| ExportSummary {
                pages: pdf.page_count,
                replaced_characters: pdf.replaced_characters,
            })
        };
        Self::spawn(path, done, total, work, ctx.clone())
    }

    /// Runs `work` on a worker thread. A worker that panics ends in an error the user
    /// reads, not in a progress dialog that never closes.
    fn spawn(
        path: PathBuf,
        done: Arc<AtomicUsize>,
        total: usize,
        work: impl FnOnce() -> Result<ExportSummary, ExportFileError> + Send + 'static,
        ctx: egui::Context,
    ) -> Self {
        let (sender, receiver) = channel();
        std::thread::spawn(move || {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work))
                .unwrap_or_else(|panic| Err(ExportFileError::WorkerFailed(panic_text(&*panic))));
            let _ = sender.send(result);
            ctx.request_repaint();
        });
        Self {
            path,
            done,
            total,
            receiver,
        }
    }

    pub fn progress(&self) -> (usize, usize) {
        (self.done.load(Ordering::Relaxed), self.total)
    }

    /// The result once the worker has finished.
    pub fn poll(&self) -> Option<Result<ExportSummary, ExportFileError>> {
        match self.receiver.try_recv() {
            Ok(result) => Some(result),
            Err(std::sync::mpsc::TryRecvError::Empty) => None,
            // Gone without an answer (it could not even report its panic).
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                Some(Err(ExportFileError::WorkerFailed(String::new())))
            }
        }
    }
}

fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|text| (*text).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default()
}

fn run(
    content: &JobContent,
    templates: &[Template],
    options: &ExportOptions,
    path: &std::path::Path,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<crate::export::ExportedPdf, ExportFileError> {
    match content {
        JobContent::Canvases {
            collaborations,
            brief: true,
        } if !collaborations.is_empty() => {
            let collaboration = &collaborations[0];
            let template = templates
                .iter()
                .find(|t| t.id == collaboration.template)
                .or(templates.first())
                .cloned()
                .unwrap_or_else(Template::kooperations_canvas);
            brief_to_file(collaboration, &template, options, path)
        }
        JobContent::Canvases { collaborations, .. } => {
            export_to_file(collaborations, templates, options, path, progress)
        }
        JobContent::Contacts { workspace, today } => {
            contacts_to_file(workspace, options, *today, path)
        }
        JobContent::Map { workspace, today } => map_to_file(workspace, options, *today, path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_worker_that_panics_ends_in_an_error() {
        let job = ExportJob::spawn(
            PathBuf::from("x.pdf"),
            Arc::new(AtomicUsize::new(0)),
            1,
            || panic!("kaputte Schrift"),
            egui::Context::default(),
        );
        let result = (0..500).find_map(|_| {
            std::thread::sleep(std::time::Duration::from_millis(10));
            job.poll()
        });
        match result {
            Some(Err(ExportFileError::WorkerFailed(detail))) => {
                assert_eq!(detail, "kaputte Schrift");
            }
            other => panic!("expected WorkerFailed, got {other:?}"),
        }
    }
}
