//! Conflict copies a sync engine leaves next to a file both sides changed before they
//! synced: Syncthing's `NAME.sync-conflict-DATE-TIME-DEVICE.json`, Nextcloud's
//! `NAME (conflicted copy DATE TIME).json` and ownCloud's `NAME_conflict-DATE-TIME.json`,
//! Dropbox's `NAME (WHO's conflicted copy DATE).json`, OneDrive's `NAME-COMPUTER.json`
//! (`NAME-DESKTOP-4K2J9QF.json`, the name of the computer whose change could not be
//! merged, as Windows gives it: upper case). Found by name only, so that the app can
//! offer to merge them.

use std::path::{Path, PathBuf};

/// Whether `candidate` (a file name) is a sync engine's conflict copy of `original`.
pub fn is_conflict_copy(original: &str, candidate: &str) -> bool {
    if candidate == original {
        return false;
    }
    let (stem, extension) = match original.rsplit_once('.') {
        Some((stem, extension)) if !stem.is_empty() => (stem, format!(".{extension}")),
        _ => (original, String::new()),
    };
    let Some(middle) = candidate
        .strip_prefix(stem)
        .and_then(|rest| rest.strip_suffix(extension.as_str()))
    else {
        return false;
    };
    let syncthing = middle.starts_with(".sync-conflict-");
    let owncloud = middle.starts_with("_conflict-");
    let in_brackets = middle
        .strip_prefix(" (")
        .and_then(|rest| rest.strip_suffix(')'))
        .is_some_and(|inside| inside.contains("conflicted copy"));
    syncthing || owncloud || in_brackets || is_onedrive_suffix(middle)
}

/// OneDrive's `-COMPUTER` (sometimes with `-2` for a second copy): a Windows computer
/// name as `GetComputerName` gives it, 1 to 15 upper-case letters, digits and hyphens
/// with at least one letter (OneDrive appends a number itself when the name is taken,
/// so up to 18 characters). Lower case is left alone, so that `NAME-alt.json` or
/// `NAME-Entwurf.json` saved by a person are no copies; so are numbers (`NAME-2026`).
fn is_onedrive_suffix(middle: &str) -> bool {
    let Some(computer) = middle.strip_prefix('-') else {
        return false;
    };
    (1..=18).contains(&computer.len())
        && !computer.ends_with('-')
        && computer.bytes().any(|b| b.is_ascii_uppercase())
        && computer
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
}

/// The conflict copies of `path` in its folder, sorted by name; none when the folder
/// cannot be read.
pub fn find_conflict_copies(path: &Path) -> Vec<PathBuf> {
    let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
        return Vec::new();
    };
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let name = name.to_string_lossy();
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut copies: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_file()))
        .filter(|entry| is_conflict_copy(&name, &entry.file_name().to_string_lossy()))
        .map(|entry| entry.path())
        .collect();
    copies.sort();
    copies
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_copies_of_each_sync_engine_are_recognised() {
        let original = "netzwerkbuch.json";
        for copy in [
            "netzwerkbuch.sync-conflict-20261129-101500-ABCDEFG.json",
            "netzwerkbuch (conflicted copy 2026-11-29 101500).json",
            "netzwerkbuch (conflicted copy jana 2026-11-29-10-15-00).json",
            "netzwerkbuch_conflict-20261129-101500.json",
            "netzwerkbuch (Jana Berg's conflicted copy 2026-11-29).json",
            "netzwerkbuch-DESKTOP-4K2J9QF.json",
            "netzwerkbuch-LAPTOP-JANA-2.json",
            "netzwerkbuch-BUERO1.json",
        ] {
            assert!(is_conflict_copy(original, copy), "{copy}");
        }
    }

    #[test]
    fn other_files_are_not_copies() {
        let original = "netzwerkbuch.json";
        for other in [
            "netzwerkbuch.json",
            "netzwerkbuch.json.bak",
            "netzwerkbuch (2).json",
            "netzwerkbuch-alt.json",
            "anderes.sync-conflict-20261129-101500-ABCDEFG.json",
            "netzwerkbuch.sync-conflict-20261129-101500-ABCDEFG.pdf",
            ".netzwerkbuch.json.lock",
            "netzwerkbuch-2026.json",
            "netzwerkbuch-Entwurf.json",
            "netzwerkbuch-.json",
            "netzwerkbuch-DESKTOP-.json",
            "anderes-DESKTOP-4K2J9QF.json",
            "netzwerkbuch-DESKTOP-4K2J9QF.pdf",
        ] {
            assert!(!is_conflict_copy(original, other), "{other}");
        }
    }

    #[test]
    fn copies_are_found_next_to_the_file() -> std::io::Result<()> {
        let folder = tempfile::tempdir()?;
        let path = folder.path().join("team.json");
        for name in [
            "team.json",
            "team.sync-conflict-20261129-101500-ABCDEFG.json",
            "team (conflicted copy 2026-11-29 101500).json",
            "team-DESKTOP-4K2J9QF.json",
            "team.json.bak",
            "team-alt.json",
        ] {
            std::fs::write(folder.path().join(name), "{}")?;
        }
        let names: Vec<String> = find_conflict_copies(&path)
            .iter()
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .collect();
        assert_eq!(
            names,
            [
                "team (conflicted copy 2026-11-29 101500).json",
                "team-DESKTOP-4K2J9QF.json",
                "team.sync-conflict-20261129-101500-ABCDEFG.json"
            ]
        );
        Ok(())
    }
}
