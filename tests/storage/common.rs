//! What the themes of the storage tests share: fixtures, checks that a refused file
//! is left as it was, and the workspaces built in code that the round trip, the
//! contract and the atomic save all write.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::model::{
    Activity, ActivityKind, Collaboration, CollaborationId, Contact, Direction, EnergyShare,
    Exchange, ExchangeKind, FieldSpec, Investment, Relationship, Share, Template, TimePeriod,
    TimeShare, Workspace,
};
use netzwerk_canvas::storage::{self, StorageError};
use serde_json::{Value, json};

pub const TEXT_FIELDS: [&str; 7] = [
    "motivation",
    "expectations",
    "shared_goals",
    "collaboration",
    "added_value",
    "success",
    "next_steps",
];

const PLACEHOLDERS: [&str; 7] = [
    "{line}",
    "{column}",
    "{found}",
    "{supported}",
    "{size}",
    "{limit}",
    "{detail}",
];

pub fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
}

pub fn fixture_bytes(relative: &str) -> Vec<u8> {
    fs::read(fixture(relative)).expect("fixture is readable")
}

pub fn timestamp(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("valid RFC 3339 timestamp")
        .with_timezone(&Utc)
}

pub fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("valid date")
}

/// The names of all entries of a folder, sorted.
pub fn folder_entries(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .expect("folder is listable")
        .map(|entry| {
            entry
                .expect("entry is readable")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

pub fn assert_no_temp_files(folder: &Path) {
    let leftovers: Vec<String> = folder_entries(folder)
        .into_iter()
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temporary files left in {}: {leftovers:?}",
        folder.display()
    );
}

/// Both translations exist, differ, and have every placeholder filled in.
pub fn assert_messages_are_translated(error: &StorageError) {
    let german = error.message(Language::German);
    let english = error.message(Language::English);
    assert!(
        !german.trim().is_empty(),
        "empty German message for {error:?}"
    );
    assert!(
        !english.trim().is_empty(),
        "empty English message for {error:?}"
    );
    assert_ne!(german, english, "untranslated message for {error:?}");
    for placeholder in PLACEHOLDERS {
        assert!(
            !german.contains(placeholder),
            "unfilled {placeholder}: {german}"
        );
        assert!(
            !english.contains(placeholder),
            "unfilled {placeholder}: {english}"
        );
    }
    assert_eq!(error.to_string(), english, "Display is the English message");
}

/// Writes `bytes` as the only file of a fresh folder, loads it, and checks that the load
/// failed, the bytes are unchanged and nothing was added to the folder.
pub fn refuse(file_name: &str, bytes: &[u8]) -> StorageError {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join(file_name);
    fs::write(&path, bytes).expect("write input");
    let result = storage::load_workspace(&path);
    assert_eq!(
        fs::read(&path).expect("file still readable"),
        bytes,
        "loading changed {file_name}"
    );
    assert_eq!(folder_entries(folder.path()), [file_name.to_owned()]);
    let error = match result {
        Ok(workspace) => panic!("{file_name} was accepted: {workspace:?}"),
        Err(error) => error,
    };
    assert_messages_are_translated(&error);
    error
}

pub fn refuse_fixture(relative: &str) -> StorageError {
    let name = Path::new(relative)
        .file_name()
        .expect("fixture has a name")
        .to_string_lossy()
        .into_owned();
    refuse(&name, &fixture_bytes(relative))
}

pub fn load_bytes(bytes: &[u8]) -> Result<Workspace, StorageError> {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("input.json");
    fs::write(&path, bytes).expect("write input");
    storage::load_workspace(&path)
}

pub fn saved_json(workspace: &Workspace) -> (Vec<u8>, Value) {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("workspace.json");
    storage::save_workspace(&path, workspace).expect("save");
    let bytes = fs::read(&path).expect("read saved file");
    let value = serde_json::from_slice(&bytes).expect("saved file is JSON");
    (bytes, value)
}

// ---------------------------------------------------------------------------------
// Workspaces built in code
// ---------------------------------------------------------------------------------

/// About 100 kB of text with every kind of character the editor can produce.
pub fn hundred_kilobytes_of_text() -> String {
    let line = "Grüße aus Rhade – „Dorfladen“ 🌻\tSpalte\r\nZeile mit ß und \"Zitat\"\n";
    let mut text = String::with_capacity(101_000);
    while text.len() < 100_000 {
        text.push_str(line);
    }
    text
}

pub fn full_collaboration() -> Collaboration {
    let texts = [
        "Ärger über den Leerstand, Übermut und Öffnungszeiten – Straße, Maß, Fuß: ßẞ",
        "„Verbindliche Zusagen“ und 'einfache' sowie \"ASCII\"-Anführungszeichen, Backslash \\ und /",
        "Gemeinsam wachsen 🤝🌱👨‍👩‍👧 – mit Emoji, auch zusammengesetzten 🏳️‍🌈",
        "Zeile eins\r\nZeile zwei\r\n\tEingerückt mit Tab\r\n\t\tDoppelt\r\n",
        &hundred_kilobytes_of_text(),
        "Steuerzeichen \u{1} und \u{7f}, Zeilentrenner \u{2028} und \u{2029}, NUL \u{0} bleibt",
        "  – führende und folgende Leerzeichen bleiben  \n\n",
    ];
    let fields: BTreeMap<String, String> = TEXT_FIELDS
        .iter()
        .zip(texts)
        .map(|(id, text)| ((*id).to_owned(), text.to_owned()))
        .collect();
    Collaboration {
        id: CollaborationId("3f2a9c1e-7b4d-4e8a-9c21-5d6e8f0a1b34".to_owned()),
        title: "Dorfladen Rhade – „Unser Laden“ 🛒".to_owned(),
        partners: vec![
            "Gemeinde Rhade".to_owned(),
            "Dorfladen-Netzwerk".to_owned(),
            "Bäckerei Große-Weß".to_owned(),
        ],
        relationship: Relationship::Gruppe,
        importance: 5,
        meeting_date: Some(date(2026, 12, 3)),
        created: Some(timestamp("2026-10-12T09:30:00.123456789Z")),
        modified: Some(timestamp("2026-11-18T17:05:00Z")),
        fields,
        investment: Investment {
            time: TimeShare {
                mine: 6.25,
                partners: 0.1 + 0.2,
                note: "Stunden insgesamt, geschätzt „grob“".to_owned(),
                period: TimePeriod::Total,
            },
            money: Share {
                mine: 1_234_567.89,
                partners: 1500.0,
                note: "Förderung: 50 % aus LEADER\r\nRest über Anteile".to_owned(),
            },
            energy: EnergyShare {
                mine: 4,
                partners: 5,
                note: "Viel Schwung 💪".to_owned(),
            },
        },
        ..Collaboration::default()
    }
}

pub fn sparse_collaboration() -> Collaboration {
    let mut fields = BTreeMap::new();
    fields.insert("motivation".to_owned(), String::new());
    fields.insert(
        "x_custom_field".to_owned(),
        "Ein Feld einer anderen Vorlage".to_owned(),
    );
    Collaboration {
        id: CollaborationId("kontakt-ohne-datum".to_owned()),
        title: "Kontakt ohne Datum".to_owned(),
        relationship: Relationship::Kontakt,
        importance: 1,
        fields,
        ..Collaboration::default()
    }
}

/// A template made in the editor: its own grid, fields in both languages, a span.
pub fn custom_template() -> Template {
    let field = |id: &str, de: &str, column: u8, row: u8, column_span: u8| FieldSpec {
        id: id.to_owned(),
        label_de: de.to_owned(),
        label_en: format!("{de} (en)"),
        question_de: format!("Frage zu {de}?"),
        question_en: format!("Question about {de}?"),
        column,
        row,
        column_span,
        ..FieldSpec::default()
    };
    Template {
        id: "workshop-karte".to_owned(),
        name_de: "Workshop-Karte".to_owned(),
        name_en: "Workshop card".to_owned(),
        columns: 2,
        rows: 2,
        fields: vec![
            field("agenda", "Tagesordnung", 0, 0, 2),
            field("ideas", "Ideen", 0, 1, 1),
            field("owners", "Wer macht was", 1, 1, 1),
        ],
        ..Template::default()
    }
}

pub fn sample_workspace() -> Workspace {
    let mut extra = serde_json::Map::new();
    extra.insert("x_future".to_owned(), json!({ "a": 1 }));
    let begegnung = Collaboration {
        id: CollaborationId("begegnung-1".to_owned()),
        title: String::new(),
        relationship: Relationship::Begegnung,
        importance: 2,
        meeting_date: Some(date(2027, 2, 28)),
        unknown_keys: extra,
        ..Collaboration::default()
    };
    let kooperation = Collaboration {
        id: CollaborationId("kooperation-1".to_owned()),
        title: "Sportverein TuS Rhade\tJugendarbeit".to_owned(),
        partners: vec!["TuS Rhade e. V.".to_owned()],
        created: Some(timestamp("2026-09-28T14:15:00Z")),
        ..Collaboration::default()
    };
    let mut unknown_keys = serde_json::Map::new();
    unknown_keys.insert("x_netzwerk".to_owned(), json!([{ "name": "Frau Hüsing" }]));
    let mut contact = Contact::new("Frau Hüsing „Dorfladen“", date(2026, 11, 2));
    contact.set_tags_from_text("Dorf, Nahversorgung");
    contact.log(Activity {
        date: date(2026, 11, 20),
        kind: ActivityKind::Meeting,
        note: "Erstes Treffen\r\nim Laden".to_owned(),
        exchange: Some(Exchange {
            direction: Direction::Give,
            kind: ExchangeKind::Information,
        }),
    });
    let mut kooperation = kooperation;
    kooperation.template = "workshop-karte".to_owned();
    kooperation.fields.insert(
        "agenda".to_owned(),
        "1. Begrüßung\n2. „Markt der Ideen“".to_owned(),
    );
    kooperation.partner_contacts.push(contact.id.clone());
    Workspace {
        collaborations: vec![
            full_collaboration(),
            sparse_collaboration(),
            begegnung,
            kooperation,
        ],
        contacts: vec![contact],
        monthly_contact_goal: 5,
        templates: vec![custom_template()],
        unknown_keys,
    }
}
