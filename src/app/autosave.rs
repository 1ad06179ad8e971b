//! Autosave: a few seconds after a change, unsaved work goes to a recovery file in the
//! app's data folder (never over the user's file), written on a worker thread.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use chrono::Utc;

use super::Document;
use crate::storage::StorageError;
use crate::storage::recovery::{
    AliveMark, RecoveryInfo, mark_alive, remove_recovery, write_recovery,
};

/// Seconds of quiet after the last change before the recovery file is written.
pub const AUTOSAVE_DELAY: f64 = 3.0;

pub struct Autosave {
    /// None disables autosave (tests that do not ask for it, or no data folder).
    folder: Option<PathBuf>,
    saved_revision: u64,
    /// The revision last seen, and when it was first seen.
    seen: (u64, f64),
    in_flight: Option<Receiver<Result<u64, StorageError>>>,
    /// The last autosave failure, shown once in the status bar.
    pub last_error: Option<StorageError>,
    /// Names this session's recovery file, whatever the process id (PID namespaces).
    instance: String,
    /// Held while a recovery file of this session exists, so that no other instance
    /// offers it as lost work.
    alive: Option<AliveMark>,
}

impl Autosave {
    pub fn new(folder: Option<PathBuf>) -> Self {
        Self {
            folder,
            saved_revision: 0,
            seen: (0, 0.0),
            in_flight: None,
            last_error: None,
            instance: uuid::Uuid::new_v4().simple().to_string(),
            alive: None,
        }
    }

    fn info(&self, document: &Document) -> RecoveryInfo {
        RecoveryInfo {
            original_path: document.path.clone(),
            saved_at: Utc::now(),
            process_id: std::process::id(),
            instance: Some(self.instance.clone()),
            disk_stamp: document.disk_stamp,
        }
    }

    /// Marks this session as running before its first recovery file appears.
    fn mark_alive(&mut self, folder: &std::path::Path) {
        if self.alive.is_none() {
            self.alive = mark_alive(folder, &self.instance);
        }
    }

    pub fn folder(&self) -> Option<&PathBuf> {
        self.folder.as_ref()
    }

    /// Called every frame: starts a write once the document has been quiet long enough.
    pub fn tick(&mut self, document: &Document, now: f64, ctx: &egui::Context) {
        self.collect_finished();
        let Some(folder) = self.folder.clone() else {
            return;
        };
        if !document.is_modified() || document.revision() == self.saved_revision {
            return;
        }
        if self.seen.0 != document.revision() {
            self.seen = (document.revision(), now);
        }
        let quiet_for = now - self.seen.1;
        if quiet_for < AUTOSAVE_DELAY {
            ctx.request_repaint_after(Duration::from_secs_f64(AUTOSAVE_DELAY - quiet_for));
            return;
        }
        if self.in_flight.is_some() {
            ctx.request_repaint_after(Duration::from_millis(100));
            return;
        }
        self.start_write(folder, document, ctx);
    }

    fn start_write(&mut self, folder: PathBuf, document: &Document, ctx: &egui::Context) {
        let workspace = document.workspace.clone();
        let passphrase = document.passphrase.clone();
        let revision = document.revision();
        self.mark_alive(&folder);
        let info = self.info(document);
        let (sender, receiver) = channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let result =
                write_recovery(&folder, &workspace, &info, passphrase.as_ref()).map(|()| revision);
            let _ = sender.send(result);
            ctx.request_repaint();
        });
        self.in_flight = Some(receiver);
    }

    fn collect_finished(&mut self) {
        let Some(receiver) = &self.in_flight else {
            return;
        };
        if let Ok(result) = receiver.try_recv() {
            self.in_flight = None;
            match result {
                Ok(revision) => self.saved_revision = self.saved_revision.max(revision),
                Err(error) => self.last_error = Some(error),
            }
        }
    }

    /// Whether a write is running; tests and benchmarks wait for it.
    pub fn is_writing(&self) -> bool {
        self.in_flight.is_some()
    }

    /// Writes now, on this thread: for "keep for later" when quitting.
    pub fn write_now(&mut self, document: &Document) -> Result<(), StorageError> {
        let Some(folder) = self.folder.clone() else {
            return Ok(());
        };
        // "Keep for later": the mark must not hold the work back at the next start.
        let info = self.info(document);
        write_recovery(
            &folder,
            &document.workspace,
            &info,
            document.passphrase.as_ref(),
        )?;
        self.saved_revision = document.revision();
        Ok(())
    }

    /// The work is safe elsewhere (saved, or deliberately discarded): drop the recovery file.
    pub fn clear(&mut self, document: &Document) {
        self.saved_revision = document.revision();
        if let Some(folder) = &self.folder {
            // Wait for a running write, so it cannot recreate the file after we removed it.
            if let Some(receiver) = self.in_flight.take() {
                let _ = receiver.recv();
            }
            remove_recovery(folder, &self.instance);
            self.alive = None;
        }
    }
}
