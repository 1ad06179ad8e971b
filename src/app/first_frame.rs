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

#[cfg(test)]
mod tests {
    use super::*;

    /// One frame with the log's UI pass; its font texture is let go, as no painter is.
    fn frame(ctx: &egui::Context, log: &mut FirstFrameLog) {
        let mut output = ctx.run_pass(egui::RawInput::default(), |ctx| log.on_ui_pass(ctx));
        output.textures_delta.clear();
    }

    fn two_frames(log: &mut FirstFrameLog) {
        let ctx = egui::Context::default();
        frame(&ctx, log);
        frame(&ctx, log);
    }

    #[test]
    fn the_log_gets_one_line_after_the_first_frame_was_shown() {
        let folder = tempfile::tempdir().unwrap();
        let file = folder.path().join("first-frame.txt");
        let mut log = FirstFrameLog {
            file: Some(file.clone()),
            ui_seconds: None,
        };
        mark_process_start();
        let ctx = egui::Context::default();
        frame(&ctx, &mut log);
        assert!(!file.exists(), "not before the second frame");
        frame(&ctx, &mut log);
        let line = std::fs::read_to_string(&file).unwrap();
        let seconds: Vec<f64> = line
            .split_whitespace()
            .zip(["ui=", "painted="])
            .map(|(field, key)| field.strip_prefix(key).unwrap().parse().unwrap())
            .collect();
        assert_eq!(seconds.len(), 2, "{line:?}");
        assert!(0.0 <= seconds[0] && seconds[0] <= seconds[1], "{line:?}");
        // Written once: later frames leave it alone.
        std::fs::remove_file(&file).unwrap();
        two_frames(&mut log);
        assert!(!file.exists());
    }

    #[test]
    fn without_the_variable_nothing_is_written() {
        let mut log = FirstFrameLog::default();
        two_frames(&mut log);
        assert!(log.file.is_none() && log.ui_seconds.is_none());
    }
}
