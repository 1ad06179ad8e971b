//! Contacts in and out (issue 17) through the library: the fixtures in the shapes
//! Outlook, Thunderbird, Apple, Google and Excel write, broken and hostile files,
//! duplicates, and round trips through vCard and CSV.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, TimeZone, Utc};
use netzwerk_canvas::contacts_io::{
    Duplicates, ImportError, ImportOptions, ImportReport, Place, ProblemKind, SkipReason,
    VCardVersion, calendar_entries, contacts_csv, contacts_vcard, decode, follow_ups_ics,
    import_into, parse_vcards, read_contacts,
};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::model::{Collaboration, CollaborationId, Contact, ContactId, Workspace};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/contacts")
        .join(name)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn options(duplicates: Duplicates, skip_bad: bool) -> ImportOptions {
    ImportOptions {
        duplicates,
        skip_bad,
        today: today(),
        language: Language::German,
    }
}

/// Imports a fixture into `contacts` with merging and nothing broken allowed.
fn import_file(contacts: &mut Vec<Contact>, name: &str) -> ImportReport {
    let parsed = read_contacts(&fixture(name)).unwrap();
    import_into(contacts, parsed, &options(Duplicates::Merge, false)).unwrap()
}

fn imported(name: &str) -> Vec<Contact> {
    let mut contacts = Vec::new();
    import_file(&mut contacts, name);
    contacts
}

fn by_name<'a>(contacts: &'a [Contact], name: &str) -> &'a Contact {
    contacts.iter().find(|c| c.name == name).unwrap_or_else(|| {
        panic!(
            "{name} missing in {:?}",
            contacts.iter().map(|c| &c.name).collect::<Vec<_>>()
        )
    })
}

#[test]
fn outlook_vcard_21_with_quoted_printable_and_windows_1252() {
    let contacts = imported("outlook-2.1.vcf");
    assert_eq!(contacts.len(), 2);
    let jurgen = by_name(&contacts, "Dr. Jürgen Müller");
    assert_eq!(
        jurgen.organisation,
        "Stadtwerke Köln – Vertrieb Geschäftskunden"
    );
    assert_eq!(jurgen.role, "Bereichsleiter");
    assert_eq!(
        jurgen.email, "j.mueller@stadtwerke-koeln.example",
        "the PREF address"
    );
    assert_eq!(jurgen.phone, "+49 221 1234-0", "the WORK number");
    assert_eq!(jurgen.tags, ["Energie", "Kunden"]);
    assert_eq!(
        jurgen.notes,
        "Kennengelernt auf der Messe ähnlich wie Frau Groß.\nInteresse an einer Kooperation\n\
         Weitere E-Mail: juergen.privat@example.org\nWeiteres Telefon: +49 171 5551234"
    );
    assert_eq!(jurgen.added, Some(today()));
    assert_eq!(
        by_name(&contacts, "Anna Weber").organisation,
        "Verein für Kultur e.V."
    );
}

#[test]
fn apple_and_thunderbird_vcard_30_with_folding_escapes_and_a_photo() {
    let contacts = imported("apple-3.0.vcf");
    let claudia = by_name(&contacts, "Prof. Dr. Claudia Maria Schmidt");
    assert_eq!(
        claudia.organisation,
        "Hochschule Rhein-Waal, Kleve – Fakultät Gesellschaft"
    );
    assert_eq!(claudia.email, "claudia.schmidt@hochschule.example");
    assert_eq!(claudia.phone, "+49 160 1234567");
    assert_eq!(claudia.tags, ["Wissenschaft", "Netzwerk"]);
    assert!(
        claudia.notes.starts_with(
            "Erste Zeile\nZweite Zeile mit Semikolon; und Komma, und einem sehr langen Satz, der über mehrere gefaltete Zeilen geht, wie Apple es schreibt.\n"
        ),
        "{}",
        claudia.notes
    );
    assert!(
        claudia
            .notes
            .contains("Weitere E-Mail: c.schmidt@mail.example")
    );
    assert!(!claudia.notes.contains("iVBOR"), "the photo is not text");
    let omer = by_name(&contacts, "Ömer Yılmaz");
    assert_eq!(
        (omer.organisation.as_str(), omer.notes.as_str()),
        ("Yılmaz & Partner", "Über Claudia kennengelernt")
    );
}

#[test]
fn vcard_40_with_tel_uris_and_pref() {
    let contacts = imported("rfc6350-4.0.vcf");
    let lena = by_name(&contacts, "Lena Fischer");
    assert_eq!(lena.email, "lena.fischer@nachbarn.example");
    assert_eq!(lena.phone, "+49-30-1234567");
    assert_eq!(lena.role, "Koordinatorin");
    assert_eq!(lena.organisation, "Nachbarschaftshilfe Süd – Koordination");
}

#[test]
fn outlook_german_csv_in_windows_1252_with_semicolons() {
    let mut contacts = Vec::new();
    let report = import_file(&mut contacts, "outlook-de.csv");
    assert_eq!((report.added, report.merged), (2, 0));
    assert_eq!(report.skipped.len(), 1, "{report:?}");
    assert_eq!(report.skipped[0].reason, SkipReason::NoName);
    assert_eq!(
        report.skipped[0].place,
        Some(Place::Line(4)),
        "the empty row"
    );
    let jurgen = by_name(&contacts, "Jürgen Müller");
    assert_eq!(
        jurgen.organisation,
        "Stadtwerke Köln – Vertrieb Geschäftskunden"
    );
    assert_eq!(
        jurgen.phone, "+49 221 1234-0",
        "Telefon geschäftlich before Mobiltelefon"
    );
    assert_eq!(jurgen.tags, ["Energie", "Kunden"]);
    assert!(
        jurgen
            .notes
            .contains("Weitere E-Mail: juergen.privat@example.org")
    );
    let sabine = by_name(&contacts, "Sabine Groß");
    assert_eq!(sabine.organisation, "Büro Groß & Söhne");
}

#[test]
fn google_csv_with_multi_values_and_system_groups() {
    let contacts = imported("google.csv");
    let lena = by_name(&contacts, "Lena Fischer");
    assert_eq!(lena.tags, ["Ehrenamt"], "“* myContacts” is Google's group");
    assert_eq!(lena.role, "Koordinatorin");
    let tom = by_name(&contacts, "Tom O'Neil");
    assert_eq!(tom.email, "tom@oneil.example");
    assert_eq!(
        tom.notes,
        "Says \"hi\"\nWeitere E-Mail: tom.work@oneil.example"
    );
}

#[test]
fn excel_csv_with_bom_and_line_breaks_in_quotes() {
    let contacts = imported("excel-de.csv");
    assert_eq!(contacts.len(), 2);
    let karl = by_name(&contacts, "Karl Becker");
    assert_eq!(
        karl.notes,
        "Erste Zeile\nzweite Zeile mit \"Zitat\"\ndritte; mit Semikolon"
    );
    assert_eq!(karl.tags, ["Sport", "Verein"]);
    assert_eq!(karl.role, "Vorsitzender");
}

#[test]
fn importing_the_same_file_twice_adds_nothing() {
    let mut contacts = Vec::new();
    import_file(&mut contacts, "apple-3.0.vcf");
    let first = contacts.clone();
    let again = import_file(&mut contacts, "apple-3.0.vcf");
    assert_eq!((again.added, again.merged), (0, 0));
    assert!(
        matches!(&again.skipped[0].reason, SkipReason::Unchanged(name) if name == "Prof. Dr. Claudia Maria Schmidt")
    );
    assert_eq!(contacts, first);
}

#[test]
fn the_same_email_or_name_and_organisation_is_one_person() {
    let mut existing = Contact::new("Lena Fischer", today());
    existing.email = "LENA.FISCHER@nachbarn.example".to_owned();
    existing.notes = "Eigene Notiz".to_owned();
    let mut anna = Contact::new("Anna Weber", today());
    anna.organisation = "Verein für Kultur e.V.".to_owned();
    let mut contacts = vec![existing, anna];
    let report = import_file(&mut contacts, "rfc6350-4.0.vcf");
    assert_eq!((report.added, report.merged), (0, 1));
    assert_eq!(contacts.len(), 2);
    assert_eq!(contacts[0].email, "LENA.FISCHER@nachbarn.example", "kept");
    assert_eq!(contacts[0].role, "Koordinatorin", "filled");
    assert!(
        contacts[0]
            .notes
            .starts_with("Eigene Notiz\nTrifft sich montags"),
        "{}",
        contacts[0].notes
    );
    let report = import_file(&mut contacts, "outlook-2.1.vcf");
    assert_eq!(
        (report.added, report.merged),
        (1, 1),
        "Anna Weber by name and organisation"
    );
    assert_eq!(contacts[1].email, "anna.weber@kultur.example");
}

#[test]
fn duplicates_can_be_skipped_instead_of_merged() {
    let mut existing = Contact::new("Someone", today());
    existing.email = "lena.fischer@nachbarn.example".to_owned();
    let mut contacts = vec![existing.clone()];
    let parsed = read_contacts(&fixture("rfc6350-4.0.vcf")).unwrap();
    let report = import_into(&mut contacts, parsed, &options(Duplicates::Skip, false)).unwrap();
    assert_eq!(
        report.skipped[0].reason,
        SkipReason::Duplicate("Someone".to_owned())
    );
    assert_eq!(report.skipped[0].place, Some(Place::Card(1)));
    assert_eq!(contacts, [existing]);
}

const GOOD_CARD: &str =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Gut\r\nEMAIL:anna@gut.example\r\nEND:VCARD\r\n";

#[test]
fn a_truncated_file_is_refused_as_a_whole_unless_bad_cards_are_skipped() {
    let text = format!("{GOOD_CARD}BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Abgeschn");
    let mut contacts = Vec::new();
    let error = import_into(
        &mut contacts,
        parse_vcards(&text).unwrap(),
        &options(Duplicates::Merge, false),
    )
    .unwrap_err();
    let ImportError::Broken { problems } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(problems.len(), 1);
    assert_eq!(
        (problems[0].place, &problems[0].kind),
        (Place::Card(2), &ProblemKind::Unterminated)
    );
    assert!(
        error
            .message(Language::German)
            .contains("Karte 2: die Karte endet nicht mit END:VCARD"),
        "{}",
        error.message(Language::German)
    );
    assert!(contacts.is_empty());
    let report = import_into(
        &mut contacts,
        parse_vcards(&text).unwrap(),
        &options(Duplicates::Merge, true),
    )
    .unwrap();
    assert_eq!(report.added, 1);
    assert_eq!(
        report.skipped[0].reason,
        SkipReason::Broken(ProblemKind::Unterminated)
    );
    assert_eq!(
        report.lines(Language::English)[1],
        "Card 2: skipped, broken: the card does not end with END:VCARD (is the file truncated?)"
    );
}

#[test]
fn wrong_encodings_and_foreign_files_are_named() {
    assert!(matches!(
        decode(b"BEGIN:VCARD\r\n\0\0\x01"),
        Err(ImportError::NotText)
    ));
    assert!(matches!(
        parse_vcards("Name;Firma\nA;B\n"),
        Err(ImportError::NoCards)
    ));
    let folder = tempfile::tempdir().unwrap();
    let unknown = folder.path().join("liste.csv");
    std::fs::write(&unknown, "Straße;Ort\nHauptstr. 1;Köln\n").unwrap();
    let error = read_contacts(&unknown).unwrap_err();
    assert_eq!(
        error.message(Language::English),
        "No column for names, organisation or e-mail addresses recognised (columns: Straße, Ort)."
    );
    // UTF-16 with BOM, as some Windows programs save.
    let utf16 = folder.path().join("utf16.vcf");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(
        GOOD_CARD
            .replace("Gut", "Güt")
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    std::fs::write(&utf16, bytes).unwrap();
    assert_eq!(read_contacts(&utf16).unwrap().contacts[0].name, "Anna Güt");
}

#[test]
fn control_characters_are_removed() {
    let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:An\u{7}na\u{1b}[31m Rot\r\nORG:Firma\u{0c}\r\nNOTE:Zeile\\nzwei\u{8}\r\nEND:VCARD\r\n";
    let mut contacts = Vec::new();
    import_into(
        &mut contacts,
        parse_vcards(text).unwrap(),
        &options(Duplicates::Merge, false),
    )
    .unwrap();
    assert_eq!(contacts[0].name, "Anna[31m Rot");
    assert_eq!(contacts[0].organisation, "Firma");
    assert_eq!(contacts[0].notes, "Zeile\nzwei");
}

#[test]
fn a_card_with_10000_emails_keeps_one_and_counts_the_rest() {
    let mut text = String::from("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Viele Adressen\r\n");
    for n in 0..10_000 {
        text.push_str(&format!("EMAIL:a{n}@viele.example\r\n"));
    }
    text.push_str("END:VCARD\r\n");
    let mut contacts = Vec::new();
    import_into(
        &mut contacts,
        parse_vcards(&text).unwrap(),
        &options(Duplicates::Merge, false),
    )
    .unwrap();
    assert_eq!(contacts[0].email, "a0@viele.example");
    assert_eq!(contacts[0].notes.lines().count(), 21);
    assert!(
        contacts[0].notes.ends_with("… und 9979 weitere"),
        "{}",
        contacts[0].notes.lines().last().unwrap_or_default()
    );
}

#[test]
fn a_10_megabyte_file_is_imported_whole() {
    let note = "Notiz ".repeat(800);
    let mut text = String::new();
    let mut count = 0;
    while text.len() < 10_000_000 {
        text.push_str(&format!("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {count}\r\nEMAIL:p{count}@groß.example\r\nNOTE:{note}\r\nEND:VCARD\r\n"));
        count += 1;
    }
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("gross.vcf");
    std::fs::write(&path, &text).unwrap();
    let mut contacts = Vec::new();
    let report = import_into(
        &mut contacts,
        read_contacts(&path).unwrap(),
        &options(Duplicates::Merge, false),
    )
    .unwrap();
    assert_eq!((report.added, contacts.len()), (count, count));
    assert_eq!(contacts[count - 1].name, format!("Person {}", count - 1));
}

/// Contacts with everything that is hard to write: separators, quotes, line breaks,
/// umlauts, several tags, empty fields.
fn hard_contacts() -> Vec<Contact> {
    let mut contacts = Vec::new();
    for (name, organisation, email, notes) in [
        (
            "Jürgen Groß-Müller",
            "Verein; für, Kultur \"e.V.\"",
            "j@gross.example",
            "Zeile 1\nZeile; 2, mit \\ Backslash",
        ),
        ("Ömer", "", "", ""),
        (
            "Dr. Lena von der Heide",
            "Stadt – Amt 7",
            "lena@stadt.example",
            &"Lang ".repeat(60),
        ),
    ] {
        let mut contact = Contact::new(name, today());
        contact.organisation = organisation.to_owned();
        contact.email = email.to_owned();
        contact.notes = notes.trim().to_owned();
        contact.role = if email.is_empty() {
            String::new()
        } else {
            "Leitung, Vorstand".to_owned()
        };
        contact.phone = if email.is_empty() {
            String::new()
        } else {
            "+49 221 12-34".to_owned()
        };
        contact.tags = if email.is_empty() {
            Vec::new()
        } else {
            vec!["Kultur".to_owned(), "Sport und Spiel".to_owned()]
        };
        contacts.push(contact);
    }
    contacts
}

/// The fields a vCard or CSV file carries.
fn carried(contacts: &[Contact]) -> Vec<[String; 7]> {
    contacts
        .iter()
        .map(|c| {
            [
                c.name.clone(),
                c.organisation.clone(),
                c.role.clone(),
                c.email.clone(),
                c.phone.clone(),
                c.tags.join("|"),
                c.notes.clone(),
            ]
        })
        .collect()
}

fn reimport(path: &Path) -> Vec<Contact> {
    let mut contacts = Vec::new();
    import_into(
        &mut contacts,
        read_contacts(path).unwrap(),
        &options(Duplicates::Merge, false),
    )
    .unwrap();
    contacts
}

#[test]
fn vcard_and_csv_exports_import_to_the_same_contacts() {
    let original = hard_contacts();
    let folder = tempfile::tempdir().unwrap();
    for version in [VCardVersion::V4, VCardVersion::V3] {
        let path = folder.path().join("out.vcf");
        let text = contacts_vcard(&original, version);
        assert!(
            text.lines().all(|line| line.len() <= 75),
            "folded at 75 octets"
        );
        std::fs::write(&path, text).unwrap();
        assert_eq!(carried(&reimport(&path)), carried(&original), "{version:?}");
    }
    let path = folder.path().join("out.csv");
    let bytes = contacts_csv(&original, Language::German).unwrap();
    assert!(bytes.starts_with(
        b"\xEF\xBB\xBFName;Organisation;Funktion;E-Mail;Telefon;Schlagw\xC3\xB6rter;Notizen\r\n"
    ));
    std::fs::write(&path, bytes).unwrap();
    assert_eq!(carried(&reimport(&path)), carried(&original));
}

#[test]
fn the_calendar_has_one_all_day_event_with_a_reminder_per_follow_up() {
    let mut workspace = Workspace::default();
    let mut overdue = Contact::new("Jana Berg", today());
    overdue.id = ContactId("c-jana".to_owned());
    overdue.organisation = "Gemeinde Rhade".to_owned();
    overdue.notes = "PRIVAT: Scheidung".to_owned();
    overdue.next_follow_up = NaiveDate::from_ymd_opt(2026, 11, 1);
    let mut later = Contact::new(
        &format!("Karl-Heinz {}", "Müller-Lüdenscheidt ".repeat(5)),
        today(),
    );
    later.id = ContactId("c-karl".to_owned());
    later.next_follow_up = NaiveDate::from_ymd_opt(2027, 1, 15);
    let mut none = Contact::new("Ohne Termin", today());
    none.next_follow_up = None;
    workspace.contacts = vec![overdue, later, none];
    workspace.collaborations = vec![Collaboration {
        id: CollaborationId("k-1".to_owned()),
        title: "Dorfladen".to_owned(),
        meeting_date: NaiveDate::from_ymd_opt(2026, 12, 3),
        ..Collaboration::default()
    }];
    let entries = calendar_entries(&workspace, today(), Language::German);
    let ics = follow_ups_ics(
        &entries,
        Utc.with_ymd_and_hms(2026, 11, 22, 8, 0, 0).unwrap(),
    );
    assert!(
        ics.split("\r\n")
            .all(|line| line.len() <= 75 && !line.contains('\n')),
        "{ics}"
    );
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3);
    assert_eq!(ics.matches("BEGIN:VALARM").count(), 3);
    let unfolded = ics.replace("\r\n ", "");
    for expected in [
        "UID:follow-up-c-jana@netzwerk-canvas\r\n",
        "DTSTART;VALUE=DATE:20261122\r\n",
        "SUMMARY:Nachfassen: Jana Berg (Gemeinde Rhade)\r\n",
        "UID:follow-up-c-karl@netzwerk-canvas\r\n",
        "DTSTART;VALUE=DATE:20270115\r\n",
        "UID:meeting-k-1@netzwerk-canvas\r\n",
        "SUMMARY:Treffen: Dorfladen\r\n",
        "TRIGGER:PT9H\r\n",
        "DTSTAMP:20261122T080000Z\r\n",
    ] {
        assert!(unfolded.contains(expected), "{expected:?} in {unfolded}");
    }
    assert!(!unfolded.contains("PRIVAT"), "no private notes");
    assert!(!unfolded.contains("Ohne Termin"));
}
