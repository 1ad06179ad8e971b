//! The command line: open the app on a file, or export PDFs without a window.

mod export;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use export::run_export;

/// Netzwerk-Canvas – fill, save and print Kooperations- und Netzwerk-Canvases.
#[derive(Debug, Parser)]
#[command(
    name = "netzwerk-canvas",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Workspace file to open (JSON). Without it, the built-in example opens.
    pub file: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Export canvases to a PDF file, without opening a window.
    Export(ExportArgs),
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Workspace file (JSON) to export.
    pub file: PathBuf,
    /// Where to write the PDF.
    #[arg(short, long, value_name = "OUT.pdf")]
    pub output: PathBuf,
    /// Paper size.
    #[arg(long, value_enum, default_value_t = PaperArg::A4)]
    pub paper: PaperArg,
    /// Portrait instead of landscape.
    #[arg(long)]
    pub portrait: bool,
    /// Print the empty template, for pens, instead of the canvases.
    #[arg(long, conflicts_with = "only")]
    pub blank: bool,
    /// Export only the canvas with this title (ignoring case).
    #[arg(long, value_name = "TITLE")]
    pub only: Option<String>,
    /// The one-page meeting brief (A4 portrait) of the collaboration with this title.
    #[arg(long, value_name = "TITLE", conflicts_with_all = ["only", "blank", "paper", "portrait"])]
    pub brief: Option<String>,
    /// Language of the printed labels and questions.
    #[arg(long, value_enum, default_value_t = LanguageArg::De)]
    pub language: LanguageArg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    A4,
    A3,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LanguageArg {
    De,
    En,
}
