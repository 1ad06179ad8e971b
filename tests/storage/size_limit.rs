//! Section 8, size limit: a file over the limit is refused before it is read.

use std::fs;

use netzwerk_canvas::storage::{self, StorageError};

use super::common::{assert_messages_are_translated, folder_entries};

#[test]
fn a_file_over_the_size_limit_is_refused_as_too_large_without_reading_it() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("riesig.json");
    let file = fs::File::create(&path).unwrap();
    file.set_len(storage::MAX_FILE_BYTES + 1).unwrap();
    drop(file);

    let error = storage::load_workspace(&path).expect_err("too large");
    assert!(
        matches!(error, StorageError::TooLarge { bytes } if bytes == storage::MAX_FILE_BYTES + 1),
        "{error:?}"
    );
    assert_messages_are_translated(&error);
    assert_eq!(
        fs::metadata(&path).unwrap().len(),
        storage::MAX_FILE_BYTES + 1
    );
    assert_eq!(folder_entries(folder.path()), ["riesig.json"]);
}
