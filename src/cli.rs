//! The command line: open the app on a file, or (later) export without a window.

use std::path::PathBuf;

use clap::Parser;

/// Netzwerk-Canvas – fill, save and print Kooperations- und Netzwerk-Canvases.
#[derive(Debug, Parser)]
#[command(name = "netzwerk-canvas", version, about)]
pub struct Cli {
    /// Workspace file to open (JSON). Without it, the built-in example opens.
    pub file: Option<PathBuf>,
}
