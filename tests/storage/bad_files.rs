//! Section 6: bad files are refused with the right error and left untouched.

use std::fs;

use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::storage::{self, StorageError};

use super::common::{
    assert_messages_are_translated, fixture, fixture_bytes, folder_entries, refuse, refuse_fixture,
};

#[test]
fn text_that_is_not_json_is_refused_as_not_json() {
    let error = refuse_fixture("bad/not_json.json");
    assert!(
        matches!(error, StorageError::NotJson { line: 1, .. }),
        "{error:?}"
    );
}

#[test]
fn a_file_cut_in_half_is_refused_as_truncated() {
    let valid = fixture_bytes("product_md_example.json");
    let error = refuse("abgeschnitten.json", &valid[..valid.len() / 2]);
    assert!(
        matches!(error, StorageError::Truncated { line } if line > 1),
        "{error:?}"
    );
}

#[test]
fn a_foreign_format_is_refused_and_named_in_the_message() {
    let error = refuse_fixture("bad/wrong_format.json");
    assert!(
        matches!(&error, StorageError::WrongFormat { found } if found == "something-else"),
        "{error:?}"
    );
    assert!(error.message(Language::German).contains("something-else"));
    assert!(error.message(Language::English).contains("something-else"));
}

#[test]
fn a_format_that_is_not_a_string_is_refused_as_wrong_format() {
    let error = refuse_fixture("bad/format_is_a_number.json");
    assert!(
        matches!(&error, StorageError::WrongFormat { found } if found == "42"),
        "{error:?}"
    );
}

#[test]
fn a_file_without_format_is_refused_as_missing_format() {
    let error = refuse_fixture("bad/missing_format.json");
    assert!(matches!(error, StorageError::MissingFormat), "{error:?}");
}

#[test]
fn a_newer_version_is_refused_and_the_file_is_untouched() {
    let error = refuse_fixture("bad/newer_version.json");
    assert!(
        matches!(error, StorageError::NewerVersion { found: 2 }),
        "{error:?}"
    );
    assert!(error.message(Language::German).contains('2'));
    assert!(error.message(Language::English).contains('2'));
}

#[test]
fn importance_written_as_a_word_is_refused_as_invalid_content() {
    let error = refuse_fixture("bad/importance_is_text.json");
    assert!(
        matches!(&error, StorageError::InvalidContent { line: 1, detail, .. } if detail.contains("hoch")),
        "{error:?}"
    );
}

#[test]
fn collaborations_written_as_an_object_are_refused_as_invalid_content() {
    let error = refuse_fixture("bad/collaborations_is_object.json");
    assert!(
        matches!(error, StorageError::InvalidContent { .. }),
        "{error:?}"
    );
}

#[test]
fn valid_json_that_is_not_an_object_is_refused() {
    for (name, bytes) in [
        ("zahl.json", &b"42"[..]),
        ("null.json", b"null"),
        ("liste.json", b"[1, 2]"),
        ("text.json", br#""netzwerk-canvas""#),
        ("envelope-als-liste.json", br#"["netzwerk-canvas", 1]"#),
    ] {
        let error = refuse(name, bytes);
        assert!(
            matches!(
                error,
                StorageError::InvalidContent { .. }
                    | StorageError::MissingFormat
                    | StorageError::WrongFormat { .. }
            ),
            "{name}: {error:?}"
        );
    }
}

#[test]
fn a_json_array_with_many_items_is_not_reported_as_invalid_json() {
    let error = refuse("liste.json", b"[1, 2, 3]");
    assert!(
        !matches!(
            error,
            StorageError::NotJson { .. } | StorageError::Truncated { .. }
        ),
        "valid JSON called invalid: {error:?}"
    );
}

#[test]
fn a_hundred_thousand_open_brackets_are_refused_as_too_deep_without_overflowing_the_stack() {
    let error = refuse("tief.json", "[".repeat(100_000).as_bytes());
    assert!(matches!(error, StorageError::TooDeep), "{error:?}");
}

#[test]
fn deep_nesting_inside_a_valid_envelope_is_refused_as_too_deep() {
    let depth = 100_000;
    let top_level = format!(
        r#"{{"format":"netzwerk-canvas","version":1,"x":{}{}}}"#,
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let error = refuse("tief-oben.json", top_level.as_bytes());
    assert!(matches!(error, StorageError::TooDeep), "{error:?}");

    let in_collaboration = format!(
        r#"{{"format":"netzwerk-canvas","version":1,"collaborations":[{{"x":{}0{}}}]}}"#,
        "{\"a\":".repeat(depth),
        "}".repeat(depth)
    );
    let error = refuse("tief-innen.json", in_collaboration.as_bytes());
    assert!(matches!(error, StorageError::TooDeep), "{error:?}");
}

#[test]
fn an_empty_file_is_refused_as_empty() {
    let error = refuse_fixture("bad/empty.json");
    assert!(matches!(error, StorageError::Empty), "{error:?}");
}

#[test]
fn a_file_of_only_whitespace_is_refused_as_empty() {
    let error = refuse_fixture("bad/whitespace_only.json");
    assert!(matches!(error, StorageError::Empty), "{error:?}");
    let error = refuse("bom-und-leer.json", b"\xEF\xBB\xBF \n");
    assert!(matches!(error, StorageError::Empty), "{error:?}");
}

#[test]
fn invalid_utf8_is_refused_as_not_json() {
    let error = refuse_fixture("bad/invalid_utf8.json");
    assert!(
        matches!(error, StorageError::NotJson { line: 1, .. }),
        "{error:?}"
    );
}

#[test]
fn a_utf8_byte_order_mark_before_valid_json_is_accepted() {
    let bytes = fixture_bytes("bom_before_json.json");
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "fixture starts with a BOM"
    );
    let workspace = storage::load_workspace(&fixture("bom_before_json.json")).expect("loads");
    assert_eq!(workspace.collaborations.len(), 1);
    assert_eq!(workspace.collaborations[0].title, "Mit BOM gespeichert");
    assert_eq!(workspace.collaborations[0].id.0, "bom-1");
}

#[test]
fn a_folder_instead_of_a_file_is_refused_as_an_io_error() {
    let folder = tempfile::tempdir().expect("temp dir");
    let target = folder.path().join("ordner.json");
    fs::create_dir(&target).unwrap();
    fs::write(target.join("inhalt.txt"), "bleibt").unwrap();
    let error = storage::load_workspace(&target).expect_err("a folder is refused");
    assert!(
        matches!(
            error,
            StorageError::Io {
                kind: std::io::ErrorKind::IsADirectory,
                ..
            }
        ),
        "{error:?}"
    );
    assert_messages_are_translated(&error);
    assert!(target.is_dir());
    assert_eq!(fs::read(target.join("inhalt.txt")).unwrap(), b"bleibt");
}

#[test]
fn a_missing_file_is_reported_as_not_found_and_not_created() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("gibt-es-nicht.json");
    let error = storage::load_workspace(&path).expect_err("missing file");
    assert!(
        matches!(
            error,
            StorageError::Io {
                kind: std::io::ErrorKind::NotFound,
                ..
            }
        ),
        "{error:?}"
    );
    assert_messages_are_translated(&error);
    assert!(!path.exists());
    assert!(folder_entries(folder.path()).is_empty());
}

#[test]
fn every_error_kind_has_distinct_german_and_english_messages() {
    let errors = [
        StorageError::Io {
            kind: std::io::ErrorKind::PermissionDenied,
            detail: "Permission denied (os error 13)".to_owned(),
        },
        StorageError::Io {
            kind: std::io::ErrorKind::StorageFull,
            detail: "No space left on device (os error 28)".to_owned(),
        },
        StorageError::Io {
            kind: std::io::ErrorKind::Other,
            detail: "strange".to_owned(),
        },
        StorageError::TooDeep,
        StorageError::TooLarge { bytes: 123_000_000 },
    ];
    for error in &errors {
        assert_messages_are_translated(error);
    }
}
