//! A real browser at a Kartenabfrage: Chromium (headful, on a private Xvfb display, as
//! headless Chromium cannot type) loads the participant page from the
//! `kartenabfrage` command, a person's keystrokes (xdotool) write a card and send the
//! form, and the card is in the file after the session ends. Once with JavaScript
//! switched off (the plain form, POST and redirect) and once with it (sent by fetch).
//!
//! Without chromium, Xvfb or xdotool the test is skipped loudly; under `CI=true` that
//! is a failure, as in the real-window suite.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at the first broken step

mod moderation_common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use moderation_common::cli::CliSession;
use netzwerk_canvas::storage::load_workspace;

const TOOLS: [(&str, &str); 3] = [
    ("chromium", "chromium"),
    ("Xvfb", "xvfb"),
    ("xdotool", "xdotool"),
];

fn main() {
    let is_ci = std::env::var("CI").is_ok_and(|value| value == "true" || value == "1");
    let missing: Vec<&str> = TOOLS
        .iter()
        .filter(|(program, _)| !on_path(program))
        .map(|(_, package)| *package)
        .collect();
    if !missing.is_empty() {
        let line = "!".repeat(78);
        eprintln!(
            "\n{line}\nbrowser_kartenabfrage: NOT RUN: programs are missing{}",
            if is_ci {
                " (CI=true: this is a failure)"
            } else {
                ""
            }
        );
        eprintln!(
            "install them with: sudo apt-get install {}\n{line}\n",
            missing.join(" ")
        );
        std::process::exit(i32::from(is_ci));
    }
    a_card_typed_in_chromium_is_in_the_file_after_the_session();
    println!("browser_kartenabfrage: 1 scenario passed (with and without JavaScript)");
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path).any(|folder| folder.join(program).is_file())
    })
}

fn a_card_typed_in_chromium_is_in_the_file_after_the_session() {
    let folder = tempfile::tempdir().unwrap();
    let source =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/product_md_example.json");
    let file = folder.path().join("workshop.json");
    std::fs::copy(source, &file).unwrap();
    let mut session = CliSession::start(
        &file,
        &["--title", "Dorfladen Rhade", "--field", "shared_goals"],
    );
    let display = Xvfb::start();
    let cases = [
        ("Ohne JavaScript geschickt", false, "Karten: 1, Punkte: 0"),
        ("Mit JavaScript geschickt", true, "Karten: 2, Punkte: 0"),
    ];
    for (text, javascript, received) in cases {
        let profile = tempfile::tempdir().unwrap();
        let mut browser = Browser::open(&display.name, &session.url, profile.path(), javascript);
        let window = browser.wait_for_window("Kartenabfrage");
        // The text box has autofocus; the keyboard goes to the focused window.
        xdotool(&display.name, &["windowfocus", "--sync", &window]);
        std::thread::sleep(Duration::from_millis(500));
        xdotool(&display.name, &["type", "--delay", "30", "--", text]);
        xdotool(&display.name, &["key", "Tab", "Return"]);
        assert!(
            session.wait_for(received, Duration::from_secs(30)),
            "the card typed with javascript={javascript} did not arrive: {:?}",
            session.messages
        );
        browser.close();
    }
    let (status, messages) = session.terminate();
    assert_eq!(status.code(), Some(0), "{messages}");
    let workspace = load_workspace(&file).unwrap();
    let texts: Vec<&str> = workspace.collaborations[0]
        .cards_in("shared_goals")
        .map(|card| card.text.as_str())
        .collect();
    assert_eq!(
        texts,
        ["Ohne JavaScript geschickt", "Mit JavaScript geschickt"]
    );
}

fn xdotool(display: &str, args: &[&str]) -> String {
    let output = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .output()
        .expect("xdotool runs");
    assert!(
        output.status.success(),
        "xdotool {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

struct Browser {
    child: Child,
    display: String,
}

impl Browser {
    fn open(display: &str, url: &str, profile: &Path, javascript: bool) -> Self {
        let mut command = Command::new("chromium");
        command
            .env("DISPLAY", display)
            .arg(format!("--user-data-dir={}", profile.display()))
            // The sandbox needs user namespaces, which containers and root lack; the page
            // is our own.
            .args([
                "--no-sandbox",
                "--no-first-run",
                "--no-default-browser-check",
            ])
            .args([
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--password-store=basic",
            ])
            .args(["--window-position=0,0", "--window-size=900,800"]);
        if !javascript {
            command.arg("--blink-settings=scriptEnabled=false");
        }
        let child = command
            .arg(url)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromium starts");
        Self {
            child,
            display: display.to_owned(),
        }
    }

    /// The page's window, once its title (the page's `<title>`) is shown: the page loaded.
    fn wait_for_window(&mut self, title: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            let found = Command::new("xdotool")
                .args(["search", "--onlyvisible", "--name", title])
                .env("DISPLAY", &self.display)
                .output()
                .expect("xdotool runs");
            let ids = String::from_utf8_lossy(&found.stdout);
            if let Some(id) = ids.lines().next() {
                return id.trim().to_owned();
            }
            assert!(
                self.child.try_wait().unwrap().is_none(),
                "chromium ended early"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
        panic!("no chromium window titled {title} within a minute");
    }

    fn close(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Xvfb {
    child: Child,
    /// Kept open: Xvfb wrote the display number here and may write again.
    _stdout: BufReader<std::process::ChildStdout>,
    name: String,
}

impl Xvfb {
    fn start() -> Self {
        let mut child = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1024x900x24",
                "-nolisten",
                "tcp",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts");
        let mut line = String::new();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        stdout.read_line(&mut line).unwrap();
        assert!(!line.trim().is_empty(), "Xvfb named no display");
        Self {
            name: format!(":{}", line.trim()),
            child,
            _stdout: stdout,
        }
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
