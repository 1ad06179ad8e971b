//! Budget: importing 10,000 vCards (read, decode, parse, map, check for duplicates and
//! add to the Netzwerkbuch) takes under 1 s. See docs/benchmarks.md.
//!
//! Run with `cargo bench --bench contacts_import`.

use std::hint::black_box;
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use netzwerk_canvas::contacts_io::{Duplicates, ImportOptions, import_into, read_contacts};
use netzwerk_canvas::i18n::Language;

/// 10,000 cards as Thunderbird writes them, each with two e-mails, two phones, an
/// organisation with unit, categories and a folded note.
fn ten_thousand_vcards() -> String {
    let mut text = String::new();
    for n in 0..10_000 {
        text.push_str(&format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller-{n};Jürgen;;Dr.;\r\nFN:Dr. Jürgen Müller-{n}\r\n\
             ORG:Stadtwerke Köln {n};Vertrieb\r\nTITLE:Bereichsleiter\r\n\
             EMAIL;type=INTERNET;type=WORK;type=pref:j{n}@stadtwerke.example\r\n\
             EMAIL;type=INTERNET;type=HOME:j{n}@privat.example\r\n\
             TEL;type=WORK:+49 221 {n}\r\nTEL;type=CELL:+49 171 {n}\r\n\
             CATEGORIES:Energie,Kunden\r\nNOTE:Kennengelernt auf der Messe\\, Interesse an ein\r\n er Kooperation\\nzweite Zeile\r\n\
             END:VCARD\r\n"
        ));
    }
    text
}

fn import_benches(c: &mut Criterion) {
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("no temporary folder: {error}"));
    let path = folder.path().join("kontakte.vcf");
    std::fs::write(&path, ten_thousand_vcards())
        .unwrap_or_else(|error| panic!("cannot write the sample: {error}"));
    let options = ImportOptions {
        duplicates: Duplicates::Merge,
        skip_bad: false,
        today: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default(),
        language: Language::German,
    };
    let mut group = c.benchmark_group("contacts_import");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("10,000 vCards into an empty Netzwerkbuch", |b| {
        b.iter(|| {
            let mut contacts = Vec::new();
            let parsed = read_contacts(&path).map_err(|e| e.to_string());
            let report = parsed.and_then(|parsed| {
                import_into(&mut contacts, parsed, &options).map_err(|e| e.to_string())
            });
            assert_eq!(report.map(|report| report.added), Ok(10_000));
            black_box(contacts)
        });
    });
    group.finish();
}

criterion_group!(benches, import_benches);
criterion_main!(benches);
