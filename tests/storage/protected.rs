//! Protected files: the first protected save over a readable file leaves no readable
//! copy (its backup is encrypted too); later saves keep the encrypted previous version;
//! a protected file gives a clear error to a reader without the passphrase.

use netzwerk_canvas::storage::{self, Passphrase, StorageError};

use super::common::sample_workspace;

#[test]
fn protecting_a_readable_file_encrypts_its_backup_too() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("netz.json");
    let mut first = sample_workspace();
    first.collaborations.truncate(1);
    first.collaborations[0].title = "Erste Fassung".into();
    storage::save_workspace(&path, &first).expect("save");
    let mut second = first.clone();
    second.collaborations[0].title = "Zweite Fassung".into();
    // A readable backup exists already, from a plain save.
    storage::save_workspace(&path, &second).expect("save");
    assert!(!storage::is_sealed(
        &std::fs::read(storage::backup_path(&path)).unwrap()
    ));

    let passphrase = Passphrase::new("Lindenblatt".into());
    let mut third = second.clone();
    third.collaborations[0].title = "Dritte Fassung".into();
    storage::save_workspace_protected(&path, &third, Some(&passphrase)).expect("save");
    for file in [path.clone(), storage::backup_path(&path)] {
        let bytes = std::fs::read(&file).unwrap();
        assert!(storage::is_sealed(&bytes), "{} is readable", file.display());
        assert!(!bytes.windows(7).any(|w| w == b"Fassung"));
    }
    let backup = storage::open_workspace(&storage::backup_path(&path), Some(&passphrase));
    assert_eq!(backup.unwrap().collaborations[0].title, "Zweite Fassung");
    assert_eq!(
        storage::open_workspace(&path, Some(&passphrase)).unwrap(),
        third
    );
    // The next protected save keeps the encrypted previous version as it was.
    storage::save_workspace_protected(&path, &first, Some(&passphrase)).expect("save");
    let backup = storage::open_workspace(&storage::backup_path(&path), Some(&passphrase));
    assert_eq!(backup.unwrap().collaborations[0].title, "Dritte Fassung");
    assert!(matches!(
        storage::load_workspace(&path),
        Err(StorageError::NeedsPassphrase)
    ));
}
