//! Contacts in and out of the Netzwerkbuch (issue 17): vCard and CSV files from
//! Outlook, Thunderbird, Apple, Google and Excel read into contacts without duplicates,
//! contacts written as vCard and CSV, and follow-ups as an iCalendar file.
//!
//! No window code: the command line calls this, and a window can too, off the UI thread
//! ([`read_contacts`], then [`import_into`] on a copy of the contacts).

mod csv_in;
mod csv_out;
mod ics;
mod incoming;
mod mapping;
mod merge;
mod report;
mod text;
mod vcard_in;
mod vcard_out;

use std::path::Path;

pub use csv_in::{CsvRow, CsvTable, csv_contacts, detect_separator, read_csv};
pub use csv_out::contacts_csv;
pub use ics::{CalendarEntry, calendar_entries, follow_ups_ics};
pub use incoming::{IncomingContact, Place, Reachable};
pub use mapping::{Column, ColumnMapping};
pub use merge::{Duplicates, ImportOptions, import_into};
pub use report::{ImportReport, SkipReason, Skipped};
pub use text::decode;
pub use vcard_in::parse_vcards;
pub use vcard_out::{VCardVersion, contacts_vcard};

use nc_i18n::{Language, Msg};
use nc_model::limits::MAX_CONTACTS;
use nc_storage::StorageError;

/// Contacts files larger than this are refused before reading: ten times the largest
/// address book a person keeps, and far below what would strain memory.
pub const MAX_IMPORT_BYTES: u64 = 100_000_000;

/// The contacts read from a file, and where it is broken.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub contacts: Vec<IncomingContact>,
    pub problems: Vec<Problem>,
}

/// A place where the file could not be read as a contact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub place: Place,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file ends inside a card.
    Unterminated,
    /// A line outside any card.
    StrayLine(String),
    /// BEGIN and END do not match.
    Nesting,
    /// A calendar entry in a contacts file.
    NotAContact,
}

impl ProblemKind {
    pub fn text(&self, language: Language) -> String {
        match self {
            Self::Unterminated => Msg::ImportUnterminated.text(language).to_owned(),
            Self::StrayLine(line) => {
                let line: String = line.chars().take(60).collect();
                Msg::ImportStrayLine.fill(language, &[("line", &line)])
            }
            Self::Nesting => Msg::ImportNesting.text(language).to_owned(),
            Self::NotAContact => Msg::ImportNotAContact.text(language).to_owned(),
        }
    }
}

/// Why a contacts file was not imported; the Netzwerkbuch is unchanged.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file could not be read: {0}")]
    Read(StorageError),
    #[error("the file is too large ({bytes} bytes)")]
    TooLarge { bytes: u64 },
    #[error("the file holds binary data")]
    NotText,
    #[error("the file holds no vCard")]
    NoCards,
    #[error("no column for names or e-mail addresses: {columns}")]
    NoColumns { columns: String },
    #[error("the CSV file is broken: {0}")]
    Csv(String),
    #[error("the file is broken in {} places", problems.len())]
    Broken { problems: Vec<Problem> },
    #[error("more than {MAX_CONTACTS} contacts")]
    TooManyContacts,
}

impl ImportError {
    /// The reason in a sentence, for "… was not imported: REASON".
    pub fn message(&self, language: Language) -> String {
        let megabytes = |bytes: u64| format!("{:.1}", bytes as f64 / 1_000_000.0);
        match self {
            Self::Read(error) => error.message(language),
            Self::TooLarge { bytes } => Msg::ImportTooLarge.fill(
                language,
                &[
                    ("size", &megabytes(*bytes)),
                    ("limit", &megabytes(MAX_IMPORT_BYTES)),
                ],
            ),
            Self::NotText => Msg::ImportNotText.text(language).to_owned(),
            Self::NoCards => Msg::ImportNoCards.text(language).to_owned(),
            Self::NoColumns { columns } => {
                Msg::ImportNoColumns.fill(language, &[("columns", columns)])
            }
            Self::Csv(detail) => format!("{detail}."),
            Self::Broken { problems } => {
                let (place, detail) = problems.first().map_or_else(Default::default, |first| {
                    (first.place.text(language), first.kind.text(language))
                });
                Msg::ImportBroken.fill_count(
                    language,
                    problems.len(),
                    &[("place", &place), ("detail", &detail)],
                )
            }
            Self::TooManyContacts => {
                Msg::ImportTooManyContacts.fill(language, &[("limit", &MAX_CONTACTS.to_string())])
            }
        }
    }
}

/// The kinds of contacts files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    VCard,
    Csv,
}

impl Format {
    /// By the name's extension, else by the content: a vCard starts with BEGIN:VCARD.
    pub fn detect(path: &Path, text: &str) -> Self {
        let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase());
        match extension.as_deref() {
            Some("vcf" | "vcard") => Self::VCard,
            Some("csv" | "tsv") => Self::Csv,
            _ if text.trim_start().to_uppercase().starts_with("BEGIN:VCARD") => Self::VCard,
            _ => Self::Csv,
        }
    }
}

/// A contacts file as read, before the user's choices: the vCards parsed, or the CSV
/// table whose columns the user may still map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    VCard(Parsed),
    Csv(CsvTable),
}

impl Source {
    /// The contacts, a CSV table read through `mapping`.
    pub fn contacts(&self, mapping: &ColumnMapping) -> Result<Parsed, ImportError> {
        match self {
            Self::VCard(parsed) => Ok(parsed.clone()),
            Self::Csv(table) => csv_contacts(table, mapping),
        }
    }

    /// The mapping the CSV's column names suggest (empty for vCards).
    pub fn detected_mapping(&self) -> ColumnMapping {
        match self {
            Self::VCard(_) => ColumnMapping {
                columns: Vec::new(),
            },
            Self::Csv(table) => ColumnMapping::detect(&table.headers),
        }
    }
}

/// Reads a contacts file: decoded, its format told, vCards parsed, CSV split into rows.
pub fn read_source(path: &Path) -> Result<Source, ImportError> {
    let bytes = read_limited(path)?;
    let text = decode(&bytes)?;
    match Format::detect(path, &text) {
        Format::VCard => parse_vcards(&text).map(Source::VCard),
        Format::Csv => read_csv(&text).map(Source::Csv),
    }
}

/// Reads and parses a contacts file, CSV with the automatic column mapping.
pub fn read_contacts(path: &Path) -> Result<Parsed, ImportError> {
    let source = read_source(path)?;
    source.contacts(&source.detected_mapping())
}

fn read_limited(path: &Path) -> Result<Vec<u8>, ImportError> {
    let read = |error: std::io::Error| ImportError::Read(StorageError::from(error));
    let length = std::fs::metadata(path).map_err(read)?.len();
    if length > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: length });
    }
    std::fs::read(path).map_err(read)
}
