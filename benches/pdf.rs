//! Budgets: one filled canvas exports in under 20 ms in-process; the 300-canvas
//! workspace is measured here in-process too (the whole `export` process is timed with
//! hyperfine, see benches/chromium/compare.sh). See docs/benchmarks.md.
//!
//! Run with `cargo bench --bench pdf`. It also writes the 300-collaboration sample to
//! `target/bench-data/workspace-300.json` for the process-level comparison.

#[allow(dead_code)] // the PDF benchmark writes its sample to target/bench-data instead
mod common;

use std::hint::black_box;
use std::time::Duration;

use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use netzwerk_canvas::export::{ExportOptions, ExportRequest, PageSetup, Printed, export};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::model::Template;

fn options() -> ExportOptions {
    ExportOptions {
        page: PageSetup::default(),
        language: Language::German,
        exported_at: Utc::now(),
        document_title: "Benchmark".to_owned(),
    }
}

fn pdf_benches(c: &mut Criterion) {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    std::fs::create_dir_all(&data)
        .unwrap_or_else(|error| panic!("cannot create {}: {error}", data.display()));
    let sample = common::write_sample_file(&data);
    std::fs::rename(&sample, data.join("workspace-300.json"))
        .unwrap_or_else(|error| panic!("cannot rename the sample: {error}"));

    let workspace = common::sample_workspace();
    let request = |collaborations: &[netzwerk_canvas::model::Collaboration]| ExportRequest {
        printed: Printed::Canvases {
            collaborations: collaborations.to_vec(),
            templates: vec![Template::kooperations_canvas()],
        },
        options: options(),
    };
    let one = request(&workspace.collaborations[..1]);
    let all = request(&workspace.collaborations);
    let single = export(&one, &|_, _| {}).unwrap_or_else(|error| panic!("export failed: {error}"));
    println!(
        "one canvas: {} page(s), {} bytes",
        single.page_count,
        single.bytes.len()
    );
    let every = export(&all, &|_, _| {}).unwrap_or_else(|error| panic!("export failed: {error}"));
    println!(
        "300 canvases: {} pages, {} bytes",
        every.page_count,
        every.bytes.len()
    );

    // The names stay as they were, so that results compare with earlier runs.
    let mut group = c.benchmark_group("pdf");
    group.bench_function("one filled canvas (export_pdf)", |b| {
        b.iter(|| export(black_box(&one), &|_, _| {}))
    });
    group.sample_size(10);
    group.bench_function("300 canvases (export_pdf)", |b| {
        b.iter(|| export(black_box(&all), &|_, _| {}))
    });
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(10))
}

criterion_group! {
    name = benches;
    config = config();
    targets = pdf_benches
}
criterion_main!(benches);
