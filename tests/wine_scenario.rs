//! The Windows installer under Wine (issue 30): what a person with a Windows laptop does
//! with the file they downloaded, in a fresh Wine prefix on its own X server — a silent
//! install, the command line (`export`, `due`, `import`, a pipe closed early), the
//! window found and typed into and saved, an upgrade over the installation, a silent
//! uninstall that leaves the user's data. See docs/testing.md, "The Wine scenario".
//!
//! It tests the installer that `bash packaging/build-windows.sh` made
//! (`target/windows/netzwerk-canvas-VERSION-setup.exe`, below `CARGO_TARGET_DIR` when
//! that is set, or `NC_WINE_INSTALLER=PATH`).
//! Without it, or without Wine, Xvfb, xdotool, mingw-w64 or poppler-utils/qpdf, it says
//! loudly what is missing and how to get it, and passes — except with `CI=true`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

#[path = "wine_scenario/steps_cli.rs"]
mod steps_cli;
#[path = "wine_scenario/steps_install.rs"]
mod steps_install;
#[path = "wine_scenario/steps_window.rs"]
mod steps_window;
#[allow(dead_code)] // the real-window suite's timeouts are not used here
#[path = "real_window/wait.rs"]
mod wait;
#[path = "wine_scenario/wine.rs"]
mod wine;
#[path = "real_window/xserver.rs"]
mod xserver;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use wine::Wine;

/// What the scenario runs, and the package or command that brings it.
const TOOLS: [(&str, &str); 6] = [
    ("wine", "apt-get install wine"),
    ("Xvfb", "apt-get install xvfb"),
    ("xdotool", "apt-get install xdotool"),
    (
        "x86_64-w64-mingw32-gcc",
        "apt-get install gcc-mingw-w64-x86-64",
    ),
    ("pdftotext", "apt-get install poppler-utils"),
    ("qpdf", "apt-get install qpdf"),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|arg| arg == "--list") {
        println!("wine_scenario: test");
        return ExitCode::SUCCESS;
    }
    // `cargo test NAME` hands NAME to every test binary: run only when it fits.
    let filter = args.iter().find(|arg| !arg.starts_with('-'));
    if filter.is_some_and(|name| !"wine_scenario".contains(name.as_str())) {
        return ExitCode::SUCCESS;
    }
    let is_ci = std::env::var("CI").is_ok_and(|value| value == "true" || value == "1");
    let installer = installer();
    let mut missing: Vec<String> = TOOLS
        .iter()
        .filter(|(program, _)| !on_path(program))
        .map(|(program, install)| format!("{program}: {install}"))
        .collect();
    if !Path::new(steps_cli::CJK_FONT).is_file() {
        missing.push(format!(
            "{}: apt-get install fonts-droid-fallback",
            steps_cli::CJK_FONT
        ));
    }
    if !installer.is_file() {
        missing.push(format!(
            "{}: bash packaging/build-windows.sh (needs rustup target add \
             x86_64-pc-windows-gnu, apt-get install gcc-mingw-w64-x86-64 nsis)",
            installer.display()
        ));
    }
    if !missing.is_empty() {
        report_skipped(&missing, is_ci);
        return if is_ci {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        };
    }
    let start = Instant::now();
    let folder = tempfile::Builder::new()
        .prefix("wine-scenario-")
        .tempdir()
        .expect("a temporary folder");
    match run(&installer, folder.path()) {
        Ok(()) => {
            eprintln!("wine_scenario: ok ({:.0} s)", start.elapsed().as_secs_f64());
            ExitCode::SUCCESS
        }
        Err(why) => {
            let kept = folder.keep();
            eprintln!("wine_scenario: FAILED ({why})");
            eprintln!("files kept in: {}", kept.display());
            ExitCode::FAILURE
        }
    }
}

fn run(installer: &Path, folder: &Path) -> Result<(), String> {
    let shim = steps_install::build_shim(folder)?;
    let xvfb = xserver::Xvfb::start()?;
    let wine = step("a fresh Wine prefix", || Wine::create(folder, &xvfb, &shim))?;
    let installed = step("silent install", || {
        steps_install::install(&wine, installer)
    })?;
    let exe = wine.windows_path(&installed.join("netzwerk-canvas.exe"))?;
    let files = steps_cli::workspace_folder(&wine)?;
    step("command line", || steps_cli::run_all(&wine, &exe, &files))?;
    step("window", || {
        steps_window::type_and_save(&wine, &exe, &files, folder)
    })?;
    step("install again over it", || {
        steps_install::install(&wine, installer).map(drop)
    })?;
    step("silent uninstall", || {
        steps_install::uninstall(&wine, &installed, &files)
    })
}

/// Runs one step and says how long it took.
fn step<T>(name: &str, action: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    let start = Instant::now();
    let result = action().map_err(|why| format!("{name}: {why}"));
    let outcome = if result.is_ok() { "ok" } else { "FAILED" };
    eprintln!(
        "wine_scenario: {name} ... {outcome} ({:.1} s)",
        start.elapsed().as_secs_f64()
    );
    result
}

fn installer() -> PathBuf {
    if let Some(path) = std::env::var_os("NC_WINE_INSTALLER") {
        return PathBuf::from(path);
    }
    // Where build-windows.sh puts it: below CARGO_TARGET_DIR when that is set.
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("target"),
        PathBuf::from,
    );
    target.join(format!(
        "windows/netzwerk-canvas-{}-setup.exe",
        env!("CARGO_PKG_VERSION")
    ))
}

fn on_path(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|output| output.status.success())
}

fn report_skipped(missing: &[String], is_ci: bool) {
    let line = "!".repeat(78);
    eprintln!("\n{line}");
    eprintln!(
        "wine_scenario: NOT RUN, missing{}:",
        if is_ci {
            " (CI=true: this is a failure)"
        } else {
            ""
        }
    );
    for what in missing {
        eprintln!("  {what}");
    }
    eprintln!("{line}\n");
}
