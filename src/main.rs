//! Startup only: parse the command line and open the window.

// Windows, release: a GUI program, so no console window opens beside the app; the
// subcommands print into the terminal they were started from (`windows_console`).
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

/// The export allocates many small strings; mimalloc makes it about a tenth faster.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use netzwerk_canvas::app::first_frame;
use netzwerk_canvas::app::{App, Startup};
use netzwerk_canvas::cli::{
    Cli, CliCommand, run_auskunft, run_due, run_export, run_import, run_kartenabfrage,
    run_merge_partner, run_share, run_vergessen,
};
use netzwerk_canvas::window_icon::window_icon;
use netzwerk_canvas::windows_console;

fn main() -> eframe::Result {
    first_frame::mark_process_start();
    windows_console::attach_parent_console();
    // As `Cli::parse()`, with `--help` in German where that is asked for.
    let cli: Cli = netzwerk_canvas::cli::parse();
    match &cli.command {
        Some(CliCommand::Export(args)) => std::process::exit(run_export(args)),
        Some(CliCommand::Due(args)) => std::process::exit(run_due(args)),
        Some(CliCommand::Kartenabfrage(args)) => std::process::exit(run_kartenabfrage(args)),
        Some(CliCommand::Import(args)) => std::process::exit(run_import(args)),
        Some(CliCommand::Auskunft(args)) => std::process::exit(run_auskunft(args)),
        Some(CliCommand::Vergessen(args)) => std::process::exit(run_vergessen(args)),
        Some(CliCommand::Share(args)) => std::process::exit(run_share(args)),
        Some(CliCommand::MergePartner(args)) => std::process::exit(run_merge_partner(args)),
        None => {}
    }
    let startup = match cli.file {
        Some(path) => Startup::File(path),
        None => Startup::LastFileOrExample,
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Netzwerk-Canvas")
        // The desktop entry's name (netzwerk-canvas.desktop): Wayland compositors match
        // the window to its menu entry and icon by it.
        .with_app_id("netzwerk-canvas")
        .with_inner_size([1360.0, 860.0])
        .with_min_inner_size([720.0, 480.0])
        .with_drag_and_drop(true);
    if let Some(icon) = window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "Netzwerk-Canvas",
        options,
        Box::new(move |cc| Ok(Box::new(App::from_creation_context(cc, startup)))),
    )
}
