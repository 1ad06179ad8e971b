//! Notices when a file changed on disk since we read or wrote it (another instance, a
//! sync folder such as Nextcloud or Dropbox).

use std::path::Path;
use std::time::SystemTime;

/// Size and modification time of a file as we last saw it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DiskStamp {
    pub length: u64,
    pub modified: Option<SystemTime>,
}

impl DiskStamp {
    pub fn of(path: &Path) -> Option<Self> {
        let metadata = std::fs::metadata(path).ok()?;
        Some(Self {
            length: metadata.len(),
            modified: metadata.modified().ok(),
        })
    }

    /// Whether the file is no longer as we left it (changed, replaced or deleted).
    pub fn changed_since(expected: Option<Self>, path: &Path) -> bool {
        match expected {
            Some(expected) => Self::of(path) != Some(expected),
            None => path.exists(),
        }
    }
}
