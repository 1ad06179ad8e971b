//! What can go wrong when reading or writing a workspace file, told in the user's language.

use std::io;

use nc_i18n::{Language, Msg};

/// Why a workspace could not be loaded or saved. Each variant maps to one message
/// in the translation table; `Display` gives the English one for the command line.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    Io {
        kind: io::ErrorKind,
        detail: String,
    },
    Empty,
    TooLarge {
        bytes: u64,
    },
    NotJson {
        line: usize,
        column: usize,
    },
    Truncated {
        line: usize,
    },
    MissingFormat,
    WrongFormat {
        found: String,
    },
    /// A template was expected (importing one), and this file is something else.
    NotATemplate {
        found: String,
    },
    NewerVersion {
        found: u64,
    },
    TooDeep,
    /// More records of one kind than any real workspace has (see [`nc_model::limits`]).
    TooMany {
        what: nc_model::limits::Limited,
        limit: usize,
    },
    /// More JSON values than [`super::MAX_JSON_VALUES`].
    TooManyValues {
        count: usize,
        limit: usize,
    },
    /// More JSON objects than [`super::MAX_JSON_OBJECTS`].
    TooManyObjects {
        count: usize,
        limit: usize,
    },
    InvalidContent {
        line: usize,
        column: usize,
        detail: String,
    },
    /// The file is protected (an age file) and no passphrase was given.
    NeedsPassphrase,
    WrongPassphrase,
    /// An age file that is cut short, changed or not one at all after its first line.
    SealDamaged,
    /// An age file whose scrypt header asks for more work than [`super::MAX_WORK_FACTOR`].
    SealTooCostly {
        work_factor: u8,
    },
    /// An age file encrypted for keys (recipients), not for a passphrase.
    NotForPassphrase,
}

impl StorageError {
    pub fn message(&self, language: Language) -> String {
        let fill = |msg: Msg, values: &[(&str, &str)]| msg.fill(language, values);
        match self {
            Self::Io { kind, detail } => io_message(*kind, detail, language),
            Self::Empty => fill(Msg::ErrEmpty, &[]),
            Self::TooLarge { bytes } => fill(
                Msg::ErrTooLarge,
                &[
                    ("size", &megabytes(*bytes)),
                    ("limit", &megabytes(super::MAX_FILE_BYTES)),
                ],
            ),
            Self::NotJson { line, column } => fill(
                Msg::ErrNotJson,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            Self::Truncated { line } => fill(Msg::ErrTruncated, &[("line", &line.to_string())]),
            Self::MissingFormat => fill(Msg::ErrMissingFormat, &[]),
            Self::WrongFormat { found } => fill(Msg::ErrWrongFormat, &[("found", found)]),
            Self::NotATemplate { found } => fill(Msg::ErrNotATemplate, &[("found", found)]),
            Self::NewerVersion { found } => fill(
                Msg::ErrNewerVersion,
                &[
                    ("found", &found.to_string()),
                    ("supported", &super::FORMAT_VERSION.to_string()),
                ],
            ),
            Self::TooDeep => fill(Msg::ErrTooDeep, &[]),
            Self::TooMany { what, limit } => {
                use nc_model::limits::Limited;
                let what = match what {
                    Limited::Canvases => Msg::LimitCanvases,
                    Limited::Contacts => Msg::LimitContacts,
                    Limited::LogEntries => Msg::LimitLogEntries,
                    Limited::Templates => Msg::LimitTemplates,
                    Limited::TemplateFields => Msg::LimitTemplateFields,
                    Limited::Cards => Msg::LimitCards,
                };
                fill(
                    Msg::ErrTooMany,
                    &[("what", what.text(language)), ("limit", &limit.to_string())],
                )
            }
            Self::TooManyValues { count, limit } => fill(
                Msg::ErrTooManyValues,
                &[("count", &count.to_string()), ("limit", &limit.to_string())],
            ),
            Self::TooManyObjects { count, limit } => fill(
                Msg::ErrTooManyObjects,
                &[("count", &count.to_string()), ("limit", &limit.to_string())],
            ),
            Self::InvalidContent {
                line,
                column,
                detail,
            } => fill(
                Msg::ErrInvalidContent,
                &[
                    ("line", &line.to_string()),
                    ("column", &column.to_string()),
                    ("detail", detail),
                ],
            ),
            Self::NeedsPassphrase => fill(Msg::ErrNeedsPassphrase, &[]),
            Self::WrongPassphrase => fill(Msg::ErrWrongPassphrase, &[]),
            Self::SealDamaged => fill(Msg::ErrSealDamaged, &[]),
            Self::SealTooCostly { work_factor } => fill(
                Msg::ErrSealTooCostly,
                &[
                    ("found", &work_factor.to_string()),
                    ("limit", &super::MAX_WORK_FACTOR.to_string()),
                ],
            ),
            Self::NotForPassphrase => fill(Msg::ErrNotForPassphrase, &[]),
        }
    }
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::English))
    }
}

impl From<io::Error> for StorageError {
    fn from(error: io::Error) -> Self {
        Self::Io {
            kind: error.kind(),
            detail: error.to_string(),
        }
    }
}

impl From<serde_json::Error> for StorageError {
    fn from(error: serde_json::Error) -> Self {
        use serde_json::error::Category;
        let (line, column) = (error.line(), error.column());
        match error.classify() {
            Category::Eof => Self::Truncated { line },
            Category::Syntax if error.to_string().starts_with("recursion limit exceeded") => {
                Self::TooDeep
            }
            Category::Syntax => Self::NotJson { line, column },
            Category::Io => Self::Io {
                kind: io::ErrorKind::Other,
                detail: error.to_string(),
            },
            Category::Data => Self::InvalidContent {
                line,
                column,
                detail: strip_position(&error.to_string()),
            },
        }
    }
}

/// serde_json appends " at line L column C"; we show the position ourselves.
fn strip_position(text: &str) -> String {
    match text.rfind(" at line ") {
        Some(index) => text[..index].to_owned(),
        None => text.to_owned(),
    }
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / 1_000_000.0)
}

fn io_message(kind: io::ErrorKind, detail: &str, language: Language) -> String {
    let msg = match kind {
        io::ErrorKind::NotFound => Msg::ErrNotFound,
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => Msg::ErrPermission,
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => Msg::ErrDiskFull,
        io::ErrorKind::IsADirectory => Msg::ErrIsDirectory,
        io::ErrorKind::ResourceBusy => Msg::ErrInUse,
        _ => Msg::ErrIo,
    };
    msg.fill(language, &[("detail", detail)])
}
