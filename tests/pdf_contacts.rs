//! The Netzwerkbuch on paper: the contact list over several pages and the network map,
//! parsed back as a reader would see them.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::pdf_common;

use chrono::{Days, NaiveDate, TimeZone, Utc};
use netzwerk_canvas::export::{
    ExportError, ExportOptions, ExportRequest, ExportedPdf, Orientation, PageSetup, Paper, Printed,
    export,
};
use netzwerk_canvas::i18n::{Language, format_date};
use netzwerk_canvas::model::{Activity, ActivityKind, Contact, Relationship, Workspace};
use pdf_common::{ParsedPdf, squeeze};

const FIRST: [&str; 8] = [
    "Jana",
    "Özlem",
    "Jürgen",
    "Ärzte-Büro",
    "Björn",
    "Françoise",
    "Ute",
    "Malte",
];
const LAST: [&str; 5] = ["Berg", "Müller", "Größmann", "Schäfer", "Yıldız"];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn options(language: Language) -> ExportOptions {
    ExportOptions {
        page: PageSetup {
            paper: Paper::A4,
            orientation: Orientation::Landscape,
        },
        language,
        exported_at: Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap(),
        document_title: "Netzwerkbuch".into(),
    }
}

fn export_contacts(
    workspace: &Workspace,
    options: &ExportOptions,
    today: NaiveDate,
) -> Result<ExportedPdf, ExportError> {
    let contacts = workspace.contacts.clone();
    let request = ExportRequest {
        printed: Printed::Contacts { contacts, today },
        options: options.clone(),
    };
    export(&request, &|_, _| {})
}

fn export_network_map(
    workspace: &Workspace,
    options: &ExportOptions,
    today: NaiveDate,
) -> Result<ExportedPdf, ExportError> {
    let contacts = workspace.contacts.clone();
    let request = ExportRequest {
        printed: Printed::Map { contacts, today },
        options: options.clone(),
    };
    export(&request, &|_, _| {})
}

/// `count` contacts with umlauts, every seventh overdue, one with a very long name.
fn workspace(count: usize) -> Workspace {
    let contacts = (0..count)
        .map(|index| {
            let name = if index == 5 {
                "Maximiliane Friederike Gräfin von Hohenzollern-Sigmaringen-Überlingen zu Rheinfelden am Oberrhein".to_owned()
            } else {
                format!("{} {} {index}", FIRST[index % 8], LAST[index % 5])
            };
            let follow_up = if index % 7 == 0 {
                today() - Days::new(3 + index as u64)
            } else {
                today() + Days::new(index as u64)
            };
            let mut contact = Contact {
                name,
                organisation: format!("Verein für Kultur {index}"),
                role: "Vorständin".into(),
                email: format!("kontakt{index}@example.org"),
                relationship: Relationship::ALL[index % 4],
                importance: u8::try_from(index % 5).unwrap() + 1,
                next_follow_up: Some(follow_up),
                ..Contact::default()
            };
            if index % 3 == 0 {
                contact.activities.push(Activity {
                    date: today() - Days::new(10 * index as u64),
                    kind: ActivityKind::Call,
                    note: String::new(),
                    exchange: None,
                });
            }
            contact
        })
        .collect();
    Workspace {
        contacts,
        ..Workspace::default()
    }
}

/// `needle` in `text`, not followed by a digit: "Name1" is not found in "Name12".
fn contains_whole(text: &str, needle: &str) -> bool {
    text.match_indices(needle)
        .any(|(at, _)| !text[at + needle.len()..].starts_with(|c: char| c.is_ascii_digit()))
}

#[test]
fn the_contact_list_has_every_name_and_date_over_several_pages() {
    let workspace = workspace(40);
    let pdf = export_contacts(&workspace, &options(Language::German), today()).unwrap();
    let parsed = ParsedPdf::parse(&pdf.bytes);
    assert!(parsed.page_count() > 1, "40 contacts need several pages");
    assert_eq!(parsed.page_count(), pdf.page_count);
    let text = squeeze(&parsed.all_text());
    for contact in &workspace.contacts {
        assert!(
            contains_whole(&text, &squeeze(&contact.name)),
            "{} missing",
            contact.name
        );
        assert!(text.contains(&squeeze(&contact.organisation)));
        let date = format_date(contact.next_follow_up.unwrap(), Language::German);
        assert!(text.contains(&date), "follow-up {date} missing");
        if let Some(last) = contact.last_contact() {
            assert!(text.contains(&format_date(last, Language::German)));
        }
    }
    let count = parsed.page_count().to_string();
    for page in 1..=parsed.page_count() {
        let page_text = squeeze(&parsed.page_text(u32::try_from(page).unwrap()));
        assert!(
            page_text.contains("Netzwerkbuch–Kontakte"),
            "heading on {page}"
        );
        assert!(page_text.contains("Stand22.11.2026"));
        assert!(
            page_text.contains("NächstesNachfassen"),
            "column heads on {page}"
        );
        assert!(page_text.contains(&format!("Seite{page}von{count}")));
    }
    assert!(text.contains("●●●●●") && text.contains("●○○○○"));
    assert!(text.contains("InnererKreis") || text.contains("MittlererKreis"));
    assert!(text.contains("Peripherie"));
}

#[test]
fn the_list_is_sorted_by_name() {
    let workspace = workspace(12);
    let pdf = export_contacts(&workspace, &options(Language::German), today()).unwrap();
    let text = squeeze(&ParsedPdf::parse(&pdf.bytes).all_text());
    let mut names: Vec<&str> = workspace.contacts.iter().map(|c| c.name.as_str()).collect();
    names.sort_by_key(|name| name.to_lowercase().replace('ä', "a").replace('ö', "o"));
    let positions: Vec<usize> = names
        .iter()
        .map(|name| text.find(&squeeze(name)).unwrap())
        .collect();
    assert!(positions.is_sorted(), "{names:?} at {positions:?}");
}

#[test]
fn a_name_longer_than_a_page_continues_on_the_next_page() {
    let mut workspace = workspace(3);
    let long_name = (0..300)
        .map(|i| format!("Name{i}"))
        .collect::<Vec<_>>()
        .join(" ");
    workspace.contacts[1].name.clone_from(&long_name);
    let pdf = export_contacts(&workspace, &options(Language::German), today()).unwrap();
    let parsed = ParsedPdf::parse(&pdf.bytes);
    assert!(parsed.page_count() >= 2);
    // The row's other cells come between the name's two parts in the text order, and
    // lines are extracted without spaces between them.
    let text = squeeze(&parsed.all_text());
    for index in 0..300 {
        let word = format!("Name{index}");
        let whole_word = text
            .match_indices(&word)
            .any(|(at, _)| !text[at + word.len()..].starts_with(|c: char| c.is_ascii_digit()));
        assert!(whole_word, "{word} was cut off");
    }
    let page_of = |word: &str| {
        (1..=u32::try_from(parsed.page_count()).unwrap())
            .find(|&page| parsed.page_text(page).contains(word))
            .unwrap()
    };
    assert!(page_of("Name299") > page_of("Name0 "), "the row continues");
    let text = squeeze(&parsed.all_text());
    assert!(text.contains(&squeeze(&workspace.contacts[0].name)));
}

#[test]
fn the_english_list_speaks_english() {
    let pdf = export_contacts(&workspace(4), &options(Language::English), today()).unwrap();
    let text = squeeze(&ParsedPdf::parse(&pdf.bytes).all_text());
    assert!(text.contains("Networkbook–contacts"));
    assert!(text.contains("Nextfollow-up"));
    assert!(text.contains("2026-11-23"), "English dates are ISO");
}

#[test]
fn the_map_is_one_landscape_page_with_rings_sectors_and_names() {
    let workspace = workspace(40);
    let mut portrait = options(Language::German);
    portrait.page.orientation = Orientation::Portrait;
    let pdf = export_network_map(&workspace, &portrait, today()).unwrap();
    let parsed = ParsedPdf::parse(&pdf.bytes);
    assert_eq!(parsed.page_count(), 1);
    let (width, height) = parsed.page_size(1);
    assert!(width > height, "the map is always landscape");
    let text = squeeze(&parsed.page_text(1));
    for label in [
        "Ich",
        "InnererKreis",
        "MittlererKreis",
        "Peripherie",
        "Kooperation",
        "Gruppe",
        "Begegnung",
        "Kontakt",
        "Legende",
        "Seite1von1",
    ] {
        assert!(text.contains(label), "{label} missing");
    }
    for contact in workspace.contacts.iter().filter(|c| c.name.len() < 30) {
        assert!(
            contains_whole(&text, &squeeze(&contact.name)),
            "{} missing",
            contact.name
        );
    }
}

#[test]
fn a_crowded_map_names_only_important_contacts() {
    let workspace = workspace(130);
    let pdf = export_network_map(&workspace, &options(Language::German), today()).unwrap();
    let text = squeeze(&ParsedPdf::parse(&pdf.bytes).page_text(1));
    for contact in workspace.contacts.iter().filter(|c| c.name.len() < 30) {
        let shown = contains_whole(&text, &squeeze(&contact.name));
        assert_eq!(shown, contact.importance >= 4, "{}", contact.name);
    }
    assert!(text.contains("Bei130KontaktenstehennurNamenabWichtigkeit4"));
}

#[test]
fn nothing_to_export_without_contacts() {
    let empty = Workspace::default();
    let options = options(Language::German);
    assert!(matches!(
        export_contacts(&empty, &options, today()),
        Err(ExportError::NoContacts)
    ));
    assert!(matches!(
        export_network_map(&empty, &options, today()),
        Err(ExportError::NoContacts)
    ));
}
