//! `netzwerk-canvas kartenabfrage` as a facilitator's script runs it: started on
//! loopback, its join address read from stdout, phases typed on stdin, ended by SIGTERM.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// A private copy of the example workspace in `folder`, as the app creates personal
/// files (0600; a save keeps the mode of the file it replaces).
pub fn example_workspace(folder: &Path) -> std::path::PathBuf {
    let source =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/product_md_example.json");
    let copy = folder.join("workshop.json");
    std::fs::copy(source, &copy).expect("the fixture copies");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o600))
            .expect("the copy's mode is set");
    }
    copy
}

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
        Self::start_with_file_limit(file, args, None)
    }

    /// With `ulimit -n LIMIT` for the command, as on a desktop (1024).
    pub fn start_with_file_limit(file: &Path, args: &[&str], limit: Option<u32>) -> Self {
        let binary = env!("CARGO_BIN_EXE_netzwerk-canvas");
        let mut command = match limit {
            Some(limit) => {
                let mut shell = Command::new("sh");
                let script = format!("ulimit -n {limit} && exec \"$0\" \"$@\"");
                shell.args(["-c", &script, binary]);
                shell
            }
            None => Command::new(binary),
        };
        // The journal goes to the data folder: one of the test's own, beside the file.
        let data = file.parent().expect("a file in a folder").join("xdg-data");
        let mut child = command
            .env("XDG_DATA_HOME", &data)
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

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The command's resident memory in bytes (Linux, /proc).
    pub fn resident_bytes(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).ok()?;
        let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
        let kilobytes: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kilobytes * 1024)
    }

    /// `kill -9`: no chance to save.
    pub fn kill_hard(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
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
