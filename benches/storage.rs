//! Budget: loading and saving a workspace with 300 filled collaborations (about 2 MB
//! of JSON) takes under 50 ms each. See docs/benchmarks.md.
//!
//! Run with `cargo bench --bench storage`.

mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use netzwerk_canvas::storage;

fn storage_benches(c: &mut Criterion) {
    let folder = common::disk_tempdir();
    let path = common::write_sample_file(folder.path());
    let workspace = common::sample_workspace();
    let bytes = common::sample_json(&workspace);

    // The benchmarks below only mean something if the file round-trips.
    let loaded = storage::load_workspace(&path)
        .unwrap_or_else(|error| panic!("the sample file does not load: {error:?}"));
    assert_eq!(loaded.collaborations.len(), common::COLLABORATIONS);
    assert_eq!(loaded, workspace, "the sample file does not round-trip");

    let mut group = c.benchmark_group("storage");
    group.bench_function("parse_workspace (bytes, no disk)", |b| {
        b.iter(|| storage::parse_workspace(black_box(&bytes)))
    });
    group.bench_function("workspace_to_json (no disk)", |b| {
        b.iter(|| storage::workspace_to_json(black_box(&workspace)))
    });
    group.bench_function("load_workspace (file)", |b| {
        b.iter(|| storage::load_workspace(black_box(&path)))
    });
    // Saving over the existing file: serialize, write a temporary file, fsync, copy the
    // old version to NAME.bak, rename, fsync the folder – what Ctrl+S does.
    let save_path = folder.path().join("saved.json");
    group.bench_function("save_workspace (atomic, fsync)", |b| {
        b.iter(|| {
            storage::save_workspace(black_box(&save_path), black_box(&workspace))
                .unwrap_or_else(|error| panic!("save failed: {error:?}"));
        })
    });
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(10))
}

criterion_group! {
    name = benches;
    config = config();
    targets = storage_benches
}
criterion_main!(benches);
