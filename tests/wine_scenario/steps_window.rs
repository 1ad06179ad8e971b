//! The window of the installed `.exe` under Wine, driven like the real-window suite
//! drives the Linux build (tests/real_window/drive.rs): focus with `xdotool
//! windowfocus`, then keys and slow typing through XTEST. Judged by the saved file.

use std::path::Path;
use std::process::{Child, Command};
use std::thread::sleep;
use std::time::Duration;

use serde_json::Value;

use super::steps_cli::WORKSPACE;
use super::wait::{all, ensure, poll};
use super::wine::{Wine, text};

const TITLE: &str = "Neues Projekt unter Wine";
const WAIT: Duration = Duration::from_secs(30);
const SETTLE: Duration = Duration::from_millis(400);

/// Ends the app's process when the step ends, also on failure.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Opens the workspace, adds a canvas with Ctrl+Shift+N, types its title, saves with
/// Ctrl+S, quits with Ctrl+Q.
pub fn type_and_save(wine: &Wine, exe: &str, files: &Path, folder: &Path) -> Result<(), String> {
    let workspace = files.join(WORKSPACE);
    let log = folder.join("app.log");
    let app = wine.spawn(exe, &[&wine.windows_path(&workspace)?], &log)?;
    let mut app = Running(app);
    let result = drive(wine, &workspace);
    if result.is_err() {
        let _ = screenshot(wine, &folder.join("failure.png"));
        let output = std::fs::read_to_string(&log).unwrap_or_default();
        eprintln!("the app's output:\n{output}");
        return result;
    }
    let ended = poll("the app to end after Ctrl+Q", WAIT, || {
        match app.0.try_wait() {
            Ok(Some(status)) => Ok(status),
            Ok(None) => Err("still running".to_owned()),
            Err(error) => Err(error.to_string()),
        }
    })?;
    ensure(ended.success(), || format!("the app ended with {ended}"))
}

fn drive(wine: &Wine, workspace: &Path) -> Result<(), String> {
    let window = poll("the app's window", WAIT, || {
        let ids = xdotool(
            wine,
            &["search", "--onlyvisible", "--name", "Netzwerk-Canvas"],
        )?;
        ids.lines()
            .next()
            .map(str::to_owned)
            .ok_or_else(|| "no window yet".to_owned())
    })?;
    poll("the workspace's name in the title", WAIT, || {
        let title = title(wine, &window);
        ensure(title.contains("Netzwerk 2026"), || {
            format!("title {title:?}")
        })
    })?;
    xdotool(wine, &["windowfocus", "--sync", &window])?;
    sleep(SETTLE);
    key(wine, "ctrl+shift+n")?;
    poll("the new canvas (\"●\" in the window title)", WAIT, || {
        let title = title(wine, &window);
        ensure(title.starts_with('●'), || format!("title {title:?}"))
    })?;
    xdotool(wine, &["type", "--delay", "100", "--", TITLE])?;
    sleep(SETTLE);
    key(wine, "ctrl+s")?;
    let saved = poll("the typed title in the saved file", WAIT, || {
        let text = std::fs::read_to_string(workspace).map_err(|error| error.to_string())?;
        let saved: Value = serde_json::from_str(&text).map_err(|error| error.to_string())?;
        let titles: Vec<&str> = saved["collaborations"]
            .as_array()
            .map(|items| items.iter().filter_map(|c| c["title"].as_str()).collect())
            .unwrap_or_default();
        ensure(titles.contains(&TITLE), || format!("titles {titles:?}"))?;
        Ok(saved)
    })?;
    poll("the saved state in the title (no \"●\")", WAIT, || {
        let title = title(wine, &window);
        ensure(!title.starts_with('●'), || format!("title {title:?}"))
    })?;
    all([
        // The fixture's ten and the one imported on the command line.
        ensure(
            saved["contacts"].as_array().is_some_and(|c| c.len() == 11),
            || {
                format!(
                    "the contacts did not survive the save: {}",
                    saved["contacts"]
                )
            },
        ),
        ensure(saved.to_string().contains("Özlem Yıldız"), || {
            "a name with Turkish letters did not survive the save".to_owned()
        }),
    ])?;
    export_through_the_save_dialog(wine, &window, workspace)?;
    key(wine, "ctrl+q")
}

/// Ctrl+P, Return on *Exportieren…*; in Windows' save dialog (Wine's common dialog,
/// through rfd) Return on the proposed name: the PDF lands beside the workspace.
fn export_through_the_save_dialog(
    wine: &Wine,
    window: &str,
    workspace: &Path,
) -> Result<(), String> {
    let pdf = workspace.with_file_name(format!("{TITLE}.pdf"));
    key(wine, "ctrl+p")?;
    let save_dialog = || {
        let ids = xdotool(
            wine,
            &["search", "--onlyvisible", "--name", "^(Save|Speichern).*"],
        )?;
        ids.lines()
            .next()
            .map(str::to_owned)
            .ok_or_else(|| "no dialog yet".to_owned())
    };
    // Under Wine there is no accessibility tree to see the export dialog open by: on a
    // busy machine a Return can arrive before it is drawn and go to the main window
    // (where it ends the editing of the single-line title). Return again then; an
    // extra one cannot reach the save dialog, which is only waited for.
    let mut dialog = Err(String::new());
    for _ in 0..3 {
        key(wine, "Return")?;
        // Wine's common dialog once took more than 10 s to show on a fresh clone's CI
        // run (nothing else running): each Return waits the whole WAIT for it.
        dialog = poll("Windows' save dialog", WAIT, save_dialog);
        if dialog.is_ok() {
            break;
        }
    }
    let dialog = dialog?;
    xdotool(wine, &["windowfocus", "--sync", &dialog])?;
    sleep(SETTLE);
    key(wine, "Return")?;
    poll("the PDF beside the workspace", WAIT, || {
        ensure(pdf.is_file(), || format!("no {}", pdf.display()))
    })?;
    // The app writes the PDF to a temporary file and renames it: complete once there.
    super::steps_cli::check_pdf(&pdf, &[TITLE, "Motivation"])?;
    xdotool(wine, &["windowfocus", "--sync", window])?;
    sleep(SETTLE);
    // Closes "PDF gespeichert".
    key(wine, "Escape")
}

fn key(wine: &Wine, keys: &str) -> Result<(), String> {
    xdotool(wine, &["key", "--clearmodifiers", "--delay", "150", keys])?;
    sleep(SETTLE);
    Ok(())
}

fn title(wine: &Wine, window: &str) -> String {
    xdotool(wine, &["getwindowname", window])
        .map(|title| title.trim().to_owned())
        .unwrap_or_default()
}

fn xdotool(wine: &Wine, args: &[&str]) -> Result<String, String> {
    let output = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", &wine.display)
        .output()
        .map_err(|error| format!("cannot run xdotool: {error}"))?;
    if output.status.success() {
        Ok(text(&output.stdout))
    } else {
        Err(format!("xdotool {args:?}: {}", text(&output.stderr)))
    }
}

fn screenshot(wine: &Wine, file: &Path) -> Result<(), String> {
    let status = Command::new("import")
        .args(["-window", "root"])
        .arg(file)
        .env("DISPLAY", &wine.display)
        .status()
        .map_err(|error| error.to_string())?;
    eprintln!("screenshot: {} ({status})", file.display());
    Ok(())
}
