//! Property tests: random workspaces survive the file format, and random Unicode canvases
//! print without a panic and without losing a word.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::pdf_common;

use chrono::{NaiveDate, TimeZone, Utc};
use netzwerk_canvas::export::{ExportOptions, ExportRequest, PageSetup, Printed, export};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::model::{
    Collaboration, CollaborationId, Relationship, Template, TimePeriod, Workspace,
};
use netzwerk_canvas::storage;
use proptest::prelude::*;

fn any_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..max).prop_map(String::from_iter)
}

fn amount() -> impl Strategy<Value = f64> {
    (0u32..1_000_000).prop_map(|cents| f64::from(cents) / 100.0)
}

prop_compose! {
    fn collaboration()(
        id in "[a-f0-9]{8}",
        title in any_text(40),
        partners in prop::collection::vec(any_text(20), 0..4),
        relationship in prop::sample::select(Relationship::ALL.to_vec()),
        importance in 1u8..=5,
        day in prop::option::of(0u32..3000),
        fields in prop::collection::btree_map("[a-z_]{1,12}", any_text(200), 0..8),
        time in (amount(), amount(), any_text(20), any::<bool>()),
        money in (amount(), amount(), any_text(20)),
        energy in (0u8..=5, 0u8..=5, any_text(20)),
    ) -> Collaboration {
        let mut collaboration = Collaboration {
            id: CollaborationId(id),
            title,
            partners,
            relationship,
            importance,
            meeting_date: day.and_then(|day| NaiveDate::from_ymd_opt(2020, 1, 1).map(|start| start + chrono::Days::new(u64::from(day)))),
            fields,
            ..Collaboration::default()
        };
        let investment = &mut collaboration.investment;
        (investment.time.mine, investment.time.partners, investment.time.note) = (time.0, time.1, time.2);
        investment.time.period = if time.3 { TimePeriod::Total } else { TimePeriod::Month };
        (investment.money.mine, investment.money.partners, investment.money.note) = money;
        (investment.energy.mine, investment.energy.partners, investment.energy.note) = energy;
        collaboration
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_workspace_survives_save_and_load(collaborations in prop::collection::vec(collaboration(), 0..5)) {
        let mut workspace = Workspace { collaborations, ..Workspace::default() };
        workspace.normalize();
        let bytes = storage::workspace_to_json(&workspace).unwrap();
        let loaded = storage::parse_workspace(&bytes).unwrap();
        prop_assert_eq!(loaded, workspace);
    }
}

/// Words of letters the bundled font has, joined by every kind of white space, with
/// characters from anywhere in Unicode mixed in.
fn printable_text() -> impl Strategy<Value = (String, Vec<String>)> {
    let word = "[a-zA-ZäöüÄÖÜß0-9„“–…!?.,;:()]{1,30}";
    let separator = prop::sample::select(vec![" ", "  ", "\n", "\r\n", "\t", "\n\n"]);
    let extra = any::<char>().prop_filter("no control characters", |c| !c.is_control());
    prop::collection::vec((word, separator, prop::option::of(extra)), 0..80).prop_map(|parts| {
        let mut text = String::new();
        let mut words = Vec::new();
        for (word, separator, extra) in parts {
            text.push_str(&word);
            words.push(word);
            text.push_str(separator);
            if let Some(extra) = extra {
                text.push(extra);
                text.push(' ');
            }
        }
        (text, words)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_canvas_prints_without_panic_and_keeps_every_word(
        (text, words) in printable_text(),
        title in any_text(30),
    ) {
        let mut collaboration = Collaboration::new(&title, Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap());
        collaboration.fields.insert("motivation".into(), text.clone());
        collaboration.fields.insert("next_steps".into(), text);
        let options = ExportOptions {
            page: PageSetup::default(),
            language: Language::German,
            exported_at: Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap(),
            document_title: "Eigenschaften".into(),
        };
        let request = ExportRequest {
            printed: Printed::Canvases {
                collaborations: vec![collaboration],
                templates: vec![Template::kooperations_canvas()],
            },
            options,
        };
        let pdf = export(&request, &|_, _| {}).unwrap();
        let printed = pdf_common::squeeze(&pdf_common::ParsedPdf::parse(&pdf.bytes).all_text());
        for word in &words {
            prop_assert!(printed.contains(word.as_str()), "{:?} is missing", word);
        }
    }
}
