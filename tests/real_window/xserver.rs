//! One private X server per scenario (Xvfb), so that scenarios never see each other's
//! windows, focus or clipboard; killed when the guard is dropped.

use std::io::{BufRead, BufReader};
use std::process::{Child, ChildStdout, Command, Stdio};

/// The screen is larger than the app's 1360 × 860 window, so that dialogs of other
/// programs (zenity) fit beside it.
pub const SCREEN: &str = "1600x1000x24";

pub struct Xvfb {
    child: Child,
    /// Kept open: Xvfb wrote the display number here and may write again.
    _stdout: BufReader<ChildStdout>,
    pub display: String,
}

impl Xvfb {
    /// Starts Xvfb on the first free display; it names the display itself
    /// (`-displayfd 1`: the number is written to its standard output).
    pub fn start() -> Result<Self, String> {
        let mut child = Command::new("Xvfb")
            .args(["-displayfd", "1", "-screen", "0", SCREEN])
            .args(["-nolisten", "tcp", "-noreset"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|error| format!("cannot start Xvfb: {error}"))?;
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout is piped"));
        let mut line = String::new();
        let read = stdout.read_line(&mut line);
        let number = line.trim();
        if read.is_err() || number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "Xvfb did not report a display number (got {line:?})"
            ));
        }
        Ok(Self {
            display: format!(":{number}"),
            child,
            _stdout: stdout,
        })
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
