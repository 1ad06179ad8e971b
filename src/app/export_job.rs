//! A PDF export running on a worker thread, so that the window stays responsive and can
//! show progress.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, channel};

use crate::export::ExportOptions;
use crate::export_file::{ExportFileError, brief_to_file, export_to_file};
use crate::model::{Collaboration, Template};
use crate::ui::dialogs::ExportSummary;

pub struct ExportJob {
    pub path: PathBuf,
    done: Arc<AtomicUsize>,
    total: usize,
    receiver: Receiver<Result<ExportSummary, ExportFileError>>,
}

impl ExportJob {
    /// Starts exporting a snapshot of the collaborations; later edits do not affect it.
    /// With `is_brief`, the first collaboration's meeting brief is made instead.
    pub fn start(
        (collaborations, is_brief): (Vec<Collaboration>, bool),
        template: Template,
        options: ExportOptions,
        path: PathBuf,
        ctx: &egui::Context,
    ) -> Self {
        let done = Arc::new(AtomicUsize::new(0));
        let total = collaborations.len().max(1);
        let (sender, receiver) = channel();
        let worker_done = Arc::clone(&done);
        let worker_path = path.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let progress = |finished: usize, _total: usize| {
                worker_done.store(finished, Ordering::Relaxed);
                ctx.request_repaint();
            };
            let result = match collaborations.first() {
                Some(collaboration) if is_brief => {
                    brief_to_file(collaboration, &template, &options, &worker_path)
                }
                _ => export_to_file(
                    &collaborations,
                    &template,
                    &options,
                    &worker_path,
                    &progress,
                ),
            }
            .map(|pdf| ExportSummary {
                pages: pdf.page_count,
                replaced_characters: pdf.replaced_characters,
            });
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
        self.receiver.try_recv().ok()
    }
}
