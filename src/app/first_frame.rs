//! The start-up benchmark's probe (`benches/startup.sh`): with
//! `NETZWERK_CANVAS_FIRST_FRAME_LOG=FILE` set, the app writes to FILE how long after
//! `main` began its first frame was built and when it had been painted; without the
//! variable it does nothing.
//!
//! FILE gets one line, `ui=SECONDS painted=SECONDS`: `ui` when the first UI pass starts
//! (everything the app does before it is done), `painted` when the second frame starts,
//! which eframe runs only after the first one was painted and shown.

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Instant;

/// The environment variable that names the file.
pub const FIRST_FRAME_LOG_VAR: &str = "NETZWERK_CANVAS_FIRST_FRAME_LOG";

static PROCESS_START: OnceLock<Instant> = OnceLock::new();

/// Called first thing in `main`, so the figures count from there.
pub fn mark_process_start() {
    let _ = PROCESS_START.set(Instant::now());
}

fn since_start() -> f64 {
    PROCESS_START
        .get_or_init(Instant::now)
        .elapsed()
        .as_secs_f64()
}

#[derive(Default)]
pub(super) struct FirstFrameLog {
    /// Where to write; `None` once written, or when the variable is not set.
    file: Option<PathBuf>,
    ui_seconds: Option<f64>,
}

impl FirstFrameLog {
    pub(super) fn from_env() -> Self {
        Self {
            file: std::env::var_os(FIRST_FRAME_LOG_VAR).map(PathBuf::from),
            ui_seconds: None,
        }
    }

    /// At the start of every UI pass; costs a branch once the line is written.
    pub(super) fn on_ui_pass(&mut self, ctx: &egui::Context) {
        if self.file.is_none() {
            return;
        }
        match self.ui_seconds {
            None => {
                self.ui_seconds = Some(since_start());
                // A second frame follows the painted first one at once.
                ctx.request_repaint();
            }
            Some(ui) if ctx.cumulative_frame_nr() >= 1 => {
                let line = format!("ui={ui:.4} painted={:.4}\n", since_start());
                if let Some(file) = self.file.take() {
                    // A benchmark aid: if the file cannot be written the bench says so.
                    let _ = std::fs::write(file, line);
                }
            }
            Some(_) => ctx.request_repaint(),
        }
    }
}
