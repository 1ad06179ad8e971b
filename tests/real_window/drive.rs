//! The person at the keyboard: xdotool for keys, typing and the mouse, xclip for the
//! X clipboard, ImageMagick's `import` for screenshots. All on one scenario's display.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::Duration;

use super::wait::{SHORT, poll};

/// Milliseconds between two typed characters: a slow, human pace (the defects this
/// suite guards against only show when each key arrives in its own frame).
pub const TYPING_DELAY_MS: u32 = 100;

/// Time for the app to draw a frame or two after an action, before the next one.
const SETTLE: Duration = Duration::from_millis(400);

/// A window on a scenario's display, driven through xdotool.
#[derive(Clone, Debug)]
pub struct Desk {
    pub display: String,
}

impl Desk {
    fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command.env("DISPLAY", &self.display);
        command
    }

    /// Runs a tool to its end; its standard output, or why it failed.
    fn run(&self, program: &str, args: &[&str]) -> Result<String, String> {
        let output = self
            .command(program)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .map_err(|error| format!("cannot run {program}: {error}"))?;
        if output.status.success() {
            Ok(String::from_utf8_lossy(&output.stdout).into_owned())
        } else {
            Err(format!(
                "{program} {} failed ({}): {}",
                args.join(" "),
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            ))
        }
    }

    pub fn xdotool(&self, args: &[&str]) -> Result<String, String> {
        self.run("xdotool", args)
    }

    /// One property of a window as xprop prints it with `format` (e.g. `32c`): the
    /// values after `=`, separated by `, ` (strings keep their quotes).
    pub fn property(&self, window: &str, name: &str, format: &str) -> Result<String, String> {
        let printed = self.run(
            "xprop",
            &["-id", window, "-notype", "-f", name, format, "=$0+", name],
        )?;
        printed
            .trim()
            .strip_prefix(name)
            .and_then(|rest| rest.strip_prefix('='))
            .map(str::to_owned)
            .ok_or_else(|| format!("the window has no {name}: {}", printed.trim()))
    }

    /// Visible windows whose title matches the regular expression, with their titles.
    pub fn windows_named(&self, pattern: &str) -> Vec<(String, String)> {
        self.windows(&["--name", pattern])
    }

    /// Visible windows of a program, by its X class (`WM_CLASS`), with their titles.
    pub fn windows_of(&self, class: &str) -> Vec<(String, String)> {
        self.windows(&["--class", class])
    }

    fn windows(&self, criteria: &[&str]) -> Vec<(String, String)> {
        let mut args = vec!["search", "--onlyvisible"];
        args.extend_from_slice(criteria);
        let ids = self.xdotool(&args).unwrap_or_default();
        ids.lines()
            .filter_map(|id| {
                let title = self.xdotool(&["getwindowname", id]).ok()?;
                Some((id.to_owned(), title.trim().to_owned()))
            })
            .collect()
    }

    /// Waits until a visible window's title matches `pattern` and contains `part`.
    pub fn wait_for_window(&self, pattern: &str, part: &str) -> Result<String, String> {
        poll(
            &format!("a window titled \"…{part}…\""),
            SHORT * 3,
            || {
                self.windows_named(pattern)
                    .into_iter()
                    .find(|(_, title)| title.contains(part))
                    .map(|(id, _)| id)
                    .ok_or_else(|| format!("windows now: {:?}", self.windows_named(".")))
            },
        )
    }

    /// A window's title.
    pub fn title(&self, window: &str) -> String {
        self.xdotool(&["getwindowname", window])
            .map(|title| title.trim().to_owned())
            .unwrap_or_default()
    }

    /// Gives the window the keyboard focus, as a click on its title bar would.
    pub fn focus(&self, window: &str) -> Result<(), String> {
        self.xdotool(&["windowfocus", "--sync", window])?;
        sleep(SETTLE);
        Ok(())
    }

    /// Presses keys like `ctrl+shift+n` or `Return`, one after the other.
    pub fn key(&self, window: &str, keys: &[&str]) -> Result<(), String> {
        self.focus_if_lost(window)?;
        let mut args = vec!["key", "--clearmodifiers", "--delay", "150"];
        args.extend_from_slice(keys);
        self.xdotool(&args)?;
        sleep(SETTLE);
        Ok(())
    }

    /// Types ASCII text at [`TYPING_DELAY_MS`] per character. Umlauts go through the
    /// clipboard instead ([`Desk::set_clipboard`]), as xdotool cannot type them
    /// reliably on a bare X server.
    pub fn type_text(&self, window: &str, text: &str) -> Result<(), String> {
        assert!(text.is_ascii(), "type only ASCII; paste the rest: {text:?}");
        self.focus_if_lost(window)?;
        let delay = TYPING_DELAY_MS.to_string();
        self.xdotool(&["type", "--clearmodifiers", "--delay", &delay, "--", text])?;
        sleep(SETTLE);
        Ok(())
    }

    /// A left click at a point given in window coordinates.
    pub fn click(&self, window: &str, (x, y): (i32, i32)) -> Result<(), String> {
        let (x, y) = (x.to_string(), y.to_string());
        self.xdotool(&["mousemove", "--window", window, &x, &y])?;
        sleep(Duration::from_millis(150));
        self.xdotool(&["click", "1"])?;
        sleep(SETTLE);
        Ok(())
    }

    /// A left click at a point of the window where the accessibility tree says a
    /// widget is. No pause after it: the caller waits for what the click does.
    pub fn click_node(&self, window: &str, (x, y): (i32, i32)) -> Result<(), String> {
        self.focus_if_lost(window)?;
        let (x, y) = (x.to_string(), y.to_string());
        self.xdotool(&["mousemove", "--window", window, &x, &y])?;
        // The pointer's arrival and the press in frames of their own, as from a hand (a
        // menu opens only under a pointer that was there before the press).
        sleep(Duration::from_millis(150));
        self.xdotool(&["click", "1"]).map(drop)
    }

    /// A click with the right (secondary) button.
    pub fn right_click(&self, window: &str, (x, y): (i32, i32)) -> Result<(), String> {
        let (x, y) = (x.to_string(), y.to_string());
        self.xdotool(&["mousemove", "--window", window, &x, &y])?;
        sleep(Duration::from_millis(150));
        self.xdotool(&["click", "3"])?;
        sleep(SETTLE);
        Ok(())
    }

    /// Press at `from`, move in eight steps, release at `to` (window coordinates).
    pub fn drag(&self, window: &str, from: (i32, i32), to: (i32, i32)) -> Result<(), String> {
        let at = |(x, y): (i32, i32)| -> Result<(), String> {
            let (x, y) = (x.to_string(), y.to_string());
            self.xdotool(&["mousemove", "--window", window, &x, &y])
                .map(drop)
        };
        at(from)?;
        sleep(Duration::from_millis(150));
        self.xdotool(&["mousedown", "1"])?;
        for step in 1..=8 {
            sleep(Duration::from_millis(60));
            at((
                from.0 + (to.0 - from.0) * step / 8,
                from.1 + (to.1 - from.1) * step / 8,
            ))?;
        }
        sleep(Duration::from_millis(150));
        self.xdotool(&["mouseup", "1"])?;
        sleep(SETTLE);
        Ok(())
    }

    /// Wheel notches (X button 5) at a point given in window coordinates.
    pub fn wheel_down(
        &self,
        window: &str,
        (x, y): (i32, i32),
        notches: usize,
    ) -> Result<(), String> {
        let (x, y) = (x.to_string(), y.to_string());
        self.xdotool(&["mousemove", "--window", window, &x, &y])?;
        sleep(Duration::from_millis(150));
        let notches = notches.to_string();
        self.xdotool(&["click", "--repeat", &notches, "--delay", "80", "5"])?;
        sleep(SETTLE);
        Ok(())
    }

    /// Windows without a window manager keep the focus until someone else takes it;
    /// a dialog of another program may have, so the window is focused again.
    fn focus_if_lost(&self, window: &str) -> Result<(), String> {
        let focused = self.xdotool(&["getwindowfocus", "-f"]).unwrap_or_default();
        if focused.trim() != window {
            self.focus(window)?;
        }
        Ok(())
    }

    /// Puts text on the CLIPBOARD selection, as copying in a mail program would.
    /// xclip stays in the background as the selection's owner until someone else
    /// takes the selection or the X server ends.
    pub fn set_clipboard(&self, text: &str) -> Result<(), String> {
        let mut child = self
            .command("xclip")
            .args(["-selection", "clipboard", "-in"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|error| format!("cannot run xclip: {error}"))?;
        child
            .stdin
            .take()
            .expect("stdin is piped")
            .write_all(text.as_bytes())
            .map_err(|error| format!("cannot write to xclip: {error}"))?;
        let status = child.wait().map_err(|error| error.to_string())?;
        if !status.success() {
            return Err(format!("xclip -in failed: {status}"));
        }
        poll("the text on the clipboard", SHORT, || {
            let now = self.clipboard();
            if now == text {
                Ok(())
            } else {
                Err(format!("clipboard holds {now:?}"))
            }
        })
    }

    /// What another program would get when it pastes; empty when nobody owns it.
    pub fn clipboard(&self) -> String {
        self.run("xclip", &["-out", "-selection", "clipboard"])
            .unwrap_or_default()
    }

    /// The whole screen as a PNG.
    pub fn screenshot(&self, file: &Path) -> Result<(), String> {
        let file = file.display().to_string();
        self.run("import", &["-window", "root", &file]).map(drop)
    }
}
