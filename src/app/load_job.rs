//! Opening a large file on a worker thread, so that the window keeps drawing (with a
//! progress note) while megabytes of JSON are read; small files open at once.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::model::Workspace;
use crate::storage::{self, Passphrase, StorageError};

/// Files up to this size open on the UI thread: they take a few milliseconds.
pub const OPEN_IN_BACKGROUND_FROM_BYTES: u64 = 2_000_000;

pub struct LoadJob {
    pub path: PathBuf,
    /// Opens a protected file; the document keeps it.
    pub passphrase: Option<Passphrase>,
    receiver: Receiver<Result<Workspace, StorageError>>,
}

impl LoadJob {
    /// Whether `path` is large enough to be read on a worker thread.
    pub fn is_worth_it(path: &Path) -> bool {
        std::fs::metadata(path).is_ok_and(|meta| meta.len() >= OPEN_IN_BACKGROUND_FROM_BYTES)
    }

    pub fn start(path: &Path, passphrase: Option<Passphrase>, ctx: &egui::Context) -> Self {
        let (sender, receiver) = channel();
        let worker_path = path.to_path_buf();
        let worker_passphrase = passphrase.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let loaded = storage::open_workspace(&worker_path, worker_passphrase.as_ref());
            let _ = sender.send(loaded);
            ctx.request_repaint();
        });
        Self {
            path: path.to_path_buf(),
            passphrase,
            receiver,
        }
    }

    /// The loaded workspace or why it failed, once the worker is done.
    pub fn poll(&self) -> Option<Result<Workspace, StorageError>> {
        match self.receiver.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(StorageError::Io {
                kind: std::io::ErrorKind::Other,
                detail: "the reading thread stopped".to_owned(),
            })),
        }
    }
}
