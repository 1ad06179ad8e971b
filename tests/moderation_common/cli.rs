//! `netzwerk-canvas kartenabfrage` as a facilitator's script runs it: started on
//! loopback, its join address read from stdout, phases typed on stdin, ended by SIGTERM.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

pub struct CliSession {
    child: Child,
    stdin: Option<ChildStdin>,
    stderr: Receiver<String>,
    /// Every stderr line read so far.
    pub messages: Vec<String>,
    pub url: String,
}

impl CliSession {
    pub fn start(file: &Path, args: &[&str]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_netzwerk-canvas"))
            .arg("kartenabfrage")
            .arg(file)
            .args(["--port", "0", "--bind", "127.0.0.1"])
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary starts");
        let mut stdout = BufReader::new(child.stdout.take().expect("piped"));
        let mut url = String::new();
        stdout.read_line(&mut url).expect("the address line");
        let (sender, stderr) = channel();
        let reader = BufReader::new(child.stderr.take().expect("piped"));
        std::thread::spawn(move || {
            for line in reader.lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    return;
                }
            }
        });
        let stdin = child.stdin.take();
        Self {
            child,
            stdin,
            stderr,
            messages: Vec::new(),
            url: url.trim().to_owned(),
        }
    }

    /// Waits until a stderr line contains `needle`.
    pub fn wait_for(&mut self, needle: &str, timeout: Duration) -> bool {
        if self.messages.iter().any(|line| line.contains(needle)) {
            return true;
        }
        let deadline = Instant::now() + timeout;
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.stderr.recv_timeout(left) {
                Ok(line) => {
                    let found = line.contains(needle);
                    self.messages.push(line);
                    if found {
                        return true;
                    }
                }
                Err(_) => return false,
            }
        }
        false
    }

    /// A phase command, as typed.
    pub fn say(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("stdin is open");
        writeln!(stdin, "{line}").expect("the command reads stdin");
        stdin.flush().expect("flushed");
    }

    /// SIGTERM, then waits for the exit; returns the status and all of stderr.
    pub fn terminate(mut self) -> (ExitStatus, String) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
        let exit = self.child.wait().expect("the session ends");
        while let Ok(line) = self.stderr.recv_timeout(Duration::from_secs(5)) {
            self.messages.push(line);
        }
        (exit, self.messages.join("\n"))
    }
}

impl Drop for CliSession {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
