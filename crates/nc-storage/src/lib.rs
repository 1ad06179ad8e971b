//! The workspace file: JSON in the shape docs/file-format.md describes, versioned, saved
//! atomically.
//!
//! Loading checks the envelope (`format`, `version`) before the content, so that a
//! foreign or newer file gets a message that says so instead of a type error.

/// The built-in example workspace a new user sees at the first start.
pub const EXAMPLE_WORKSPACE: &str = include_str!("../../../assets/example.json");

mod atomic;
mod conflict_copies;
mod disk_stamp;
mod error;
mod in_use;
pub mod lock;
mod protection;
pub mod recovery;
mod template_file;

use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};

pub use atomic::{Backup, backup_path, create_private, resolve_link, write_atomically};
pub use conflict_copies::{find_conflict_copies, is_conflict_copy};
pub use disk_stamp::DiskStamp;
pub use error::StorageError;
pub use protection::{
    MAX_WORK_FACTOR, Passphrase, RecordKey, WORK_FACTOR, is_sealed, parse_sealed_text, seal,
    seal_to_text, seal_with_work_factor, unseal, unseal_within,
};
pub use template_file::{load_template, parse_template, save_template, template_to_json};

use nc_model::{Collaboration, Contact, Envelope, EnvelopeError, Template, Workspace, limits};

/// The value of the `format` key that marks our files.
pub const FORMAT_NAME: &str = "netzwerk-canvas";
/// The newest file version this app reads and the one it writes.
pub const FORMAT_VERSION: u64 = 1;
/// Larger files are refused rather than half-loaded.
pub const MAX_FILE_BYTES: u64 = 100_000_000;

/// The file's top level, read key by key. (A `#[serde(flatten)]` for the unknown keys
/// would first copy the whole file into an untyped tree, doubling the memory a load
/// takes.) `format` and `version` were checked from the [`Envelope`] already.
struct WorkspaceFile {
    collaborations: Vec<Collaboration>,
    contacts: Vec<Contact>,
    monthly_contact_goal: u32,
    templates: Vec<Template>,
    /// Top-level keys from a newer app, kept so that saving does not drop them.
    unknown_keys: serde_json::Map<String, serde_json::Value>,
}

impl<'de> Deserialize<'de> for WorkspaceFile {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(WorkspaceFileVisitor)
    }
}

struct WorkspaceFileVisitor;

impl<'de> serde::de::Visitor<'de> for WorkspaceFileVisitor {
    type Value = WorkspaceFile;

    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("a Netzwerk-Canvas workspace")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(
        self,
        mut map: A,
    ) -> Result<WorkspaceFile, A::Error> {
        let mut file = WorkspaceFile {
            collaborations: Vec::new(),
            contacts: Vec::new(),
            monthly_contact_goal: Workspace::DEFAULT_MONTHLY_CONTACT_GOAL,
            templates: Vec::new(),
            unknown_keys: serde_json::Map::new(),
        };
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" | "version" => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
                "collaborations" => {
                    file.collaborations = map.next_value::<limits::Canvases<_>>()?.0;
                }
                "contacts" => file.contacts = map.next_value::<limits::Contacts<_>>()?.0,
                "templates" => file.templates = map.next_value::<limits::Templates<_>>()?.0,
                "monthly_contact_goal" => file.monthly_contact_goal = map.next_value()?,
                _ => {
                    let value = map.next_value()?;
                    file.unknown_keys.insert(key, value);
                }
            }
        }
        Ok(file)
    }
}

fn is_default_goal(goal: &u32) -> bool {
    *goal == Workspace::DEFAULT_MONTHLY_CONTACT_GOAL
}

/// Reads and validates a workspace file. The file is only read, never written. A file
/// protected by a passphrase gives [`StorageError::NeedsPassphrase`].
pub fn load_workspace(path: &Path) -> Result<Workspace, StorageError> {
    open_workspace(path, None)
}

/// Reads a workspace file, protected or not; `passphrase` opens a protected one.
pub fn open_workspace(
    path: &Path,
    passphrase: Option<&Passphrase>,
) -> Result<Workspace, StorageError> {
    parse_workspace_with(&read_limited(path)?, passphrase)
}

/// Whether the file at `path` is protected by a passphrase (an age file), whatever its
/// name; false when it cannot be read (opening it then says why).
pub fn file_is_sealed(path: &Path) -> bool {
    let mut start = [0u8; 64];
    std::fs::File::open(path)
        .and_then(|mut file| file.read(&mut start))
        .is_ok_and(|count| is_sealed(&start[..count]))
}

/// The file's bytes, refused beyond [`MAX_FILE_BYTES`].
fn read_limited(path: &Path) -> Result<Vec<u8>, StorageError> {
    let file = std::fs::File::open(path).map_err(|error| folder_refused(error, path))?;
    let size = file.metadata()?.len();
    if size > MAX_FILE_BYTES {
        return Err(StorageError::TooLarge { bytes: size });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // The limit also holds for files that grow while we read them.
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(StorageError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// [`parse_workspace`] for bytes that may be protected: `passphrase` opens them.
pub fn parse_workspace_with(
    bytes: &[u8],
    passphrase: Option<&Passphrase>,
) -> Result<Workspace, StorageError> {
    if !is_sealed(bytes) {
        return parse_workspace(bytes);
    }
    let passphrase = passphrase.ok_or(StorageError::NeedsPassphrase)?;
    parse_workspace(&unseal(bytes, passphrase)?)
}

/// Windows refuses to open a folder as a file with "access denied"; say what it is, as
/// Linux does (found under Wine, issue 30).
fn folder_refused(error: std::io::Error, path: &Path) -> std::io::Error {
    if path.is_dir() {
        std::io::Error::new(std::io::ErrorKind::IsADirectory, error.to_string())
    } else {
        error
    }
}

pub fn parse_workspace(bytes: &[u8]) -> Result<Workspace, StorageError> {
    if is_sealed(bytes) {
        return Err(StorageError::NeedsPassphrase);
    }
    let bytes = json_object(bytes)?;
    let envelope: Envelope = serde_json::from_slice(bytes)?;
    check_envelope(&envelope, FORMAT_NAME, FORMAT_VERSION)?;
    check_value_count(bytes)?;
    let file: WorkspaceFile =
        limits::counting(|| serde_json::from_slice(bytes)).map_err(|kind| {
            StorageError::TooMany {
                what: kind,
                limit: kind.limit(),
            }
        })??;
    let mut workspace = Workspace {
        collaborations: file.collaborations,
        contacts: file.contacts,
        monthly_contact_goal: file.monthly_contact_goal,
        templates: file.templates,
        unknown_keys: file.unknown_keys,
    };
    workspace.normalize();
    Ok(workspace)
}

/// A file may hold at most this many JSON values (objects, lists, strings, numbers…):
/// each becomes at least one allocation, and the parser holds them all at once. A
/// workspace of 10,000 canvases and 5,000 contacts has about one million.
pub const MAX_JSON_VALUES: usize = 5_000_000;
/// …and at most this many objects (`{…}`), which cost the most: an unknown key's
/// object takes more than half a kilobyte in memory. That workspace has about 200,000.
pub const MAX_JSON_OBJECTS: usize = 800_000;

/// Counts the values in one fast pass, without building them, and refuses a file with
/// too many before any memory is spent on them. Empty lists count as one value, so the
/// count is an upper bound.
fn check_value_count(bytes: &[u8]) -> Result<(), StorageError> {
    let (mut count, mut objects, mut in_string, mut escaped) = (1usize, 0usize, false, false);
    for &byte in bytes {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            // Every value but the first follows one of these.
            b',' | b'[' | b':' => count += 1,
            b'{' => objects += 1,
            _ => {}
        }
    }
    if count > MAX_JSON_VALUES {
        return Err(StorageError::TooManyValues {
            count,
            limit: MAX_JSON_VALUES,
        });
    }
    if objects > MAX_JSON_OBJECTS {
        let limit = MAX_JSON_OBJECTS;
        return Err(StorageError::TooManyObjects {
            count: objects,
            limit,
        });
    }
    Ok(())
}

/// The bytes without a BOM, once they look like a JSON object; other valid JSON (a
/// list, a number) is a foreign file, not broken JSON.
fn json_object(bytes: &[u8]) -> Result<&[u8], StorageError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(StorageError::Empty);
    }
    let starts_as_object = bytes
        .iter()
        .find(|byte| !byte.is_ascii_whitespace())
        .is_some_and(|&byte| byte == b'{');
    if !starts_as_object {
        serde_json::from_slice::<serde_json::Value>(bytes)?;
        return Err(StorageError::MissingFormat);
    }
    Ok(bytes)
}

/// `format` must be `expected`, `version` one from 1 to `newest`: the model's check,
/// the one the bundled templates pass too, with its answer as a storage error.
fn check_envelope(envelope: &Envelope, expected: &str, newest: u64) -> Result<(), StorageError> {
    envelope
        .check(expected, newest)
        .map_err(|error| envelope_error(error, expected))
}

/// The storage error, and so the message, for a refused envelope. A wrong format
/// reads differently where a template was expected (importing one).
fn envelope_error(error: EnvelopeError, expected: &str) -> StorageError {
    match error {
        EnvelopeError::MissingFormat => StorageError::MissingFormat,
        EnvelopeError::WrongFormat { found } if expected == FORMAT_NAME => {
            StorageError::WrongFormat { found }
        }
        EnvelopeError::WrongFormat { found } => StorageError::NotATemplate { found },
        EnvelopeError::NewerVersion { found } => StorageError::NewerVersion { found },
        EnvelopeError::UnknownVersion { found } => StorageError::InvalidContent {
            line: 1,
            column: 1,
            detail: format!("unknown version {found}"),
        },
    }
}

/// The file's bytes: pretty-printed UTF-8 JSON with a trailing newline.
pub fn workspace_to_json(workspace: &Workspace) -> Result<Vec<u8>, StorageError> {
    #[derive(Serialize)]
    struct WorkspaceFileRef<'a> {
        format: &'a str,
        version: u64,
        collaborations: &'a [Collaboration],
        // Absent from files without a Netzwerkbuch, so that they stay as they were.
        #[serde(skip_serializing_if = "<[Contact]>::is_empty")]
        contacts: &'a [Contact],
        #[serde(skip_serializing_if = "is_default_goal")]
        monthly_contact_goal: u32,
        #[serde(skip_serializing_if = "<[Template]>::is_empty")]
        templates: &'a [Template],
        #[serde(flatten)]
        unknown_keys: &'a serde_json::Map<String, serde_json::Value>,
    }
    let file = WorkspaceFileRef {
        format: FORMAT_NAME,
        version: FORMAT_VERSION,
        collaborations: &workspace.collaborations,
        contacts: &workspace.contacts,
        monthly_contact_goal: workspace.monthly_contact_goal,
        templates: &workspace.templates,
        unknown_keys: &workspace.unknown_keys,
    };
    let mut bytes = serde_json::to_vec_pretty(&file)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Saves atomically and keeps the previous version as `NAME.bak`.
pub fn save_workspace(path: &Path, workspace: &Workspace) -> Result<(), StorageError> {
    save_workspace_protected(path, workspace, None)
}

/// The file's bytes: JSON, or with a passphrase an age file of that JSON.
pub fn workspace_file_bytes(
    workspace: &Workspace,
    passphrase: Option<&Passphrase>,
) -> Result<Vec<u8>, StorageError> {
    let json = zeroize::Zeroizing::new(workspace_to_json(workspace)?);
    match passphrase {
        Some(passphrase) => seal(&json, passphrase),
        None => Ok(json.to_vec()),
    }
}

/// [`save_workspace`], encrypted with `passphrase` when there is one. The previous
/// version is kept as `NAME.bak` as it was on disk, except that a protected workspace
/// never leaves a readable copy behind: a readable previous version is encrypted too.
pub fn save_workspace_protected(
    path: &Path,
    workspace: &Workspace,
    passphrase: Option<&Passphrase>,
) -> Result<(), StorageError> {
    let bytes = workspace_file_bytes(workspace, passphrase)?;
    let Some(passphrase) = passphrase else {
        return Ok(write_atomically(path, &bytes, Backup::Keep)?);
    };
    let target = resolve_link(path);
    if !target.exists() || file_is_sealed(&target) {
        return Ok(write_atomically(path, &bytes, Backup::Keep)?);
    }
    // The first protected save over a readable file: its backup is encrypted too.
    match std::fs::read(&target) {
        Ok(previous) => {
            let previous = zeroize::Zeroizing::new(previous);
            let sealed_previous = seal(&previous, passphrase)?;
            write_atomically(&backup_path(&target), &sealed_previous, Backup::Skip)?;
            Ok(write_atomically(path, &bytes, Backup::Skip)?)
        }
        Err(_) => Ok(write_atomically(path, &bytes, Backup::Skip)?),
    }
}

/// The built-in example that a new user sees at the first start.
pub fn example_workspace() -> Result<Workspace, StorageError> {
    parse_workspace(crate::EXAMPLE_WORKSPACE.as_bytes())
}
