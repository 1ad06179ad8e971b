//! A PDF export running on a worker thread, so that the window stays responsive and can
//! show progress.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, channel};

use crate::export::{ExportRequest, export};
use crate::export_file::{ExportFileError, write};
use crate::ui::dialogs::ExportSummary;

pub struct ExportJob {
    pub path: PathBuf,
    done: Arc<AtomicUsize>,
    total: usize,
    receiver: Receiver<Result<ExportSummary, ExportFileError>>,
}

impl ExportJob {
    /// Starts exporting on a worker thread; the request is a snapshot, so later edits
    /// do not affect it.
    pub fn start(request: ExportRequest, path: PathBuf, ctx: &egui::Context) -> Self {
        let done = Arc::new(AtomicUsize::new(0));
        let total = request.printed.steps();
        let worker_done = Arc::clone(&done);
        let worker_path = path.clone();
        let repaint = ctx.clone();
        let work = move || {
            let progress = |finished: usize, _total: usize| {
                worker_done.store(finished, Ordering::Relaxed);
                repaint.request_repaint();
            };
            let pdf = export(&request, &progress)?;
            write(&worker_path, &pdf)?;
            Ok(ExportSummary {
                pages: pdf.page_count,
                replaced_characters: pdf.replaced_characters,
                missing: pdf.missing.clone(),
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
