//! The command line: open the app on a file, or export PDFs without a window.

mod contacts_out;
mod due;
mod export;
mod help_de;
mod import;
mod kartenabfrage;
mod partner;
mod passphrase;
mod rights;
mod stdout;

use std::net::IpAddr;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

pub use due::run_due;
pub use export::run_export;
pub use help_de::{command as localized_command, help_language, parse};
pub use import::run_import;
pub use kartenabfrage::run_kartenabfrage;
pub use partner::{run_merge_partner, run_share};
pub use passphrase::{PASSPHRASE_VARIABLE, PassphraseArgs};
pub use rights::{run_auskunft, run_vergessen};

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
    /// Print the due follow-ups of the Netzwerkbuch, most urgent first, one per line:
    /// DATE, STATUS (overdue, due, upcoming), NAME, ORGANISATION, EMAIL, tab-separated.
    Due(DueArgs),
    /// Run a Kartenabfrage without a window: participants write cards from their phones.
    ///
    /// Prints the join address (one line, starting http://) on stdout and serves until
    /// Ctrl+C (SIGINT) or SIGTERM; then writes the received cards and dots into the
    /// field of that collaboration in FILE (atomic save, the previous version kept as
    /// FILE.bak) and exits 0. Nothing is written when nothing was received.
    ///
    /// The phase is set by lines on stdin: "schreiben" (write cards, the start),
    /// "clustern" (participants see the cards), "punkten" (participants place their
    /// dots), "ende" (a thank-you page; nothing more is accepted).
    Kartenabfrage(KartenabfrageArgs),
    /// Import contacts from a vCard (.vcf) or CSV file into the Netzwerkbuch of a
    /// workspace; prints what was added, merged and skipped.
    Import(ImportArgs),
    /// Write everything the workspace stores about one contact (GDPR art. 15) as
    /// JSON or as a PDF: the contact with its log, the collaborations linking them, and
    /// every text in canvases and kept snapshots that names them.
    Auskunft(AuskunftArgs),
    /// Forget one contact (GDPR art. 17): print where they are named, then delete the
    /// contact, its log and links, and replace the name in canvases and kept snapshots
    /// by a placeholder. The workspace is saved atomically; its previous version in
    /// FILE.bak still holds the data and should be deleted.
    Vergessen(VergessenArgs),
    /// Write one or a few collaborations into a new workspace file for the partner to
    /// fill ("Sicht der Partner") in their own Netzwerk-Canvas: without the
    /// Netzwerkbuch, other collaborations, links to contacts, meeting outcomes,
    /// snapshots, the preparation, the authors of cards and your importance; prints
    /// what was left out.
    Share(ShareArgs),
    /// Merge the partner's filled copy back into the collaboration it came from: what
    /// the partner changed comes in, your changes since stay. Exit 1, the workspace
    /// untouched, when the file is no shared copy of a collaboration in FILE or when
    /// both sides changed the same field (choose in the window then).
    MergePartner(MergePartnerArgs),
}

#[derive(Debug, Args)]
pub struct ShareArgs {
    /// Workspace file (JSON) to read.
    pub file: PathBuf,
    #[command(flatten)]
    pub secret: PassphraseArgs,
    /// The collaboration's title (ignoring case); repeat for several.
    #[arg(long, value_name = "TITLE", required = true)]
    pub only: Vec<String>,
    /// The new file for the partner (readable by its owner only).
    #[arg(short, long, value_name = "FOR-PARTNER.json")]
    pub output: PathBuf,
    /// Leave out "Meine Sicht", so the partner answers without reading it first.
    #[arg(long)]
    pub without_my_view: bool,
    /// Language of the messages.
    #[arg(long, value_enum, default_value_t = LanguageArg::De)]
    pub language: LanguageArg,
}

#[derive(Debug, Args)]
pub struct MergePartnerArgs {
    /// Workspace file (JSON); saved with the previous version as .bak.
    pub file: PathBuf,
    #[command(flatten)]
    pub secret: PassphraseArgs,
    /// The partner's filled copy.
    pub from: PathBuf,
    /// Language of the messages.
    #[arg(long, value_enum, default_value_t = LanguageArg::De)]
    pub language: LanguageArg,
}

#[derive(Debug, Args)]
pub struct AuskunftArgs {
    /// Workspace file (JSON) to read.
    pub file: PathBuf,
    #[command(flatten)]
    pub secret: PassphraseArgs,
    /// The contact: its name (ignoring case) or its id.
    #[arg(long, value_name = "NAME")]
    pub contact: String,
    /// Where to write it: a PDF to read and print when the name ends in .pdf, else
    /// JSON (a new file is readable by its owner only).
    #[arg(short, long, value_name = "OUT.json|OUT.pdf")]
    pub output: PathBuf,
    /// Language of the summary and of the messages.
    #[arg(long, value_enum, default_value_t = LanguageArg::De)]
    pub language: LanguageArg,
}

#[derive(Debug, Args)]
pub struct VergessenArgs {
    /// Workspace file (JSON); saved with the previous version as .bak.
    pub file: PathBuf,
    #[command(flatten)]
    pub secret: PassphraseArgs,
    /// The contact: its name (ignoring case) or its id.
    #[arg(long, value_name = "NAME")]
    pub contact: String,
    /// Only print where the contact is named; change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Language of the messages and of the placeholder ([entfernt] or [removed]).
    #[arg(long, value_enum, default_value_t = LanguageArg::De)]
    pub language: LanguageArg,
}

#[derive(Debug, Args)]
pub struct KartenabfrageArgs {
    /// Workspace file (JSON) to write the cards into.
    pub file: PathBuf,
    #[command(flatten)]
    pub secret: PassphraseArgs,
    /// The collaboration's title (ignoring case).
    #[arg(long, value_name = "TITLE")]
    pub title: String,
    /// The canvas field's id (e.g. shared_goals, motivation, next_steps); its guiding
    /// question is shown.
    #[arg(long, value_name = "FIELD_ID")]
    pub field: String,
    /// The port to listen on; 0 takes any free port.
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// The address to listen on (default: the computer's address on the local network).
    #[arg(long, value_name = "ADDR")]
    pub bind: Option<IpAddr>,
    /// Dots per participant in the Punktabfrage.
    #[arg(long, default_value_t = 3)]
    pub dots: u32,
    /// First add the cards and dots of a session of this file that ended without
    /// saving them (a crash, kill -9, a power cut), from its journal.
    #[arg(long)]
    pub resume: bool,
    /// Language of the participant page and of the messages.
    #[arg(long, value_enum, default_value_t = LanguageArg::De)]
    pub language: LanguageArg,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Workspace file (JSON) to import into; saved with the previous version as .bak.
    pub file: PathBuf,
    #[command(flatten)]
    pub secret: PassphraseArgs,
    /// The contacts: vCard 2.1/3.0/4.0 (.vcf) or CSV from Outlook, Google or Excel.
    pub contacts: PathBuf,
    /// Print the report without changing the workspace.
    #[arg(long)]
    pub dry_run: bool,
    /// Import the readable contacts of a partly broken file and report the rest
    /// (without it, such a file is refused as a whole).
    #[arg(long)]
    pub skip_bad: bool,
    /// Leave contacts already in the Netzwerkbuch as they are instead of merging.
    #[arg(long)]
    pub skip_duplicates: bool,
    /// The day new contacts count as added (default: today's local date).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<NaiveDate>,
    /// Language of the report and of what is written into notes.
    #[arg(long, value_enum, default_value_t = LanguageArg::De)]
    pub language: LanguageArg,
}

#[derive(Debug, Args)]
pub struct DueArgs {
    /// Workspace file (JSON) to read.
    pub file: PathBuf,
    #[command(flatten)]
    pub secret: PassphraseArgs,
    /// The day to count from (default: today's local date).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<NaiveDate>,
    /// Language of error messages; the output itself is the same in every language
    /// (the calendar's entries are in this language).
    #[arg(long, value_enum, default_value_t = LanguageArg::De)]
    pub language: LanguageArg,
    /// Write the follow-ups and meeting dates as an iCalendar file (-o) instead.
    #[arg(long, requires = "output")]
    pub ics: bool,
    /// Where to write the iCalendar file.
    #[arg(short, long, value_name = "OUT.ics", requires = "ics")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Workspace file (JSON) to export.
    pub file: PathBuf,
    #[command(flatten)]
    pub secret: PassphraseArgs,
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
    /// The template of the blank sheet, by id (e.g. begegnung); canvases always use
    /// their own.
    #[arg(long, value_name = "ID", requires = "blank")]
    pub template: Option<String>,
    /// The Netzwerkbuch's contact list, sorted by name, instead of the canvases.
    #[arg(long, conflicts_with_all = ["only", "blank", "brief", "map"])]
    pub contacts: bool,
    /// The network map of the contacts on one landscape page, instead of the canvases.
    #[arg(long, conflicts_with_all = ["only", "blank", "brief", "portrait"])]
    pub map: bool,
    /// The day follow-ups and the map count from, for --contacts and --map
    /// (default: today's local date).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<NaiveDate>,
    /// Language of the printed labels and questions.
    #[arg(long, value_enum, default_value_t = LanguageArg::De)]
    pub language: LanguageArg,
    /// Write the PDF even over an existing file that is not a PDF (never over the
    /// workspace itself).
    #[arg(long)]
    pub force: bool,
    /// The contacts as vCard (4.0, or 3.0 with --vcard-version 3) instead of a PDF.
    #[arg(long, conflicts_with_all = ["only", "blank", "brief", "map", "contacts", "csv"])]
    pub vcard: bool,
    /// The vCard version: 4 (default) or 3 for older programs.
    #[arg(long, value_name = "3|4", default_value_t = 4, value_parser = clap::value_parser!(u8).range(3..=4), requires = "vcard")]
    pub vcard_version: u8,
    /// The contacts as CSV (UTF-8 with BOM, `;`) for Excel instead of a PDF.
    #[arg(long, conflicts_with_all = ["only", "blank", "brief", "map", "contacts"])]
    pub csv: bool,
    /// Only the contacts with this tag (ignoring case), for --vcard and --csv.
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,
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

impl LanguageArg {
    pub fn language(self) -> crate::i18n::Language {
        match self {
            Self::De => crate::i18n::Language::German,
            Self::En => crate::i18n::Language::English,
        }
    }
}

/// The given day, or today's local date.
fn today_or_local(today: Option<NaiveDate>) -> NaiveDate {
    today.unwrap_or_else(|| chrono::Local::now().date_naive())
}
