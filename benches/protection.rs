//! Budget (issue 33): opening and saving a 2 MB workspace protected by a passphrase takes
//! under 1.5× the plaintext time plus scrypt's cost; scrypt's work factor is chosen so
//! that its cost is about 0.5–1 s on the 2-core build machine. See docs/benchmarks.md.
//!
//! Run with `cargo bench --bench protection`.

mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use netzwerk_canvas::storage::{self, Passphrase};

fn protection_benches(c: &mut Criterion) {
    let folder = common::disk_tempdir();
    let workspace = common::sample_workspace();
    let passphrase = Passphrase::new("Lindenblatt am Fluss".to_owned());
    let plain_path = common::write_sample_file(folder.path());
    let sealed_path = folder.path().join("sealed.json");
    storage::save_workspace_protected(&sealed_path, &workspace, Some(&passphrase))
        .unwrap_or_else(|e| panic!("{e:?}"));
    // The benchmarks below only mean something if the protected file round-trips.
    let opened = storage::open_workspace(&sealed_path, Some(&passphrase))
        .unwrap_or_else(|e| panic!("the protected file does not open: {e:?}"));
    assert_eq!(opened, workspace);

    // scrypt alone: sealing one byte is all key derivation.
    let mut group = c.benchmark_group("scrypt");
    for work_factor in [16u8, 17, 18] {
        group.bench_function(format!("work factor {work_factor}"), |b| {
            b.iter(|| storage::seal_with_work_factor(b"x", &passphrase, work_factor))
        });
    }
    group.finish();

    // The cipher alone: 2 MB sealed and opened with the smallest work factor.
    let json = storage::workspace_to_json(&workspace).unwrap_or_else(|e| panic!("{e:?}"));
    let cheap =
        storage::seal_with_work_factor(&json, &passphrase, 1).unwrap_or_else(|e| panic!("{e:?}"));
    let mut group = c.benchmark_group("cipher 2 MB");
    group.bench_function("seal (work factor 1)", |b| {
        b.iter(|| storage::seal_with_work_factor(black_box(&json), &passphrase, 1))
    });
    group.bench_function("unseal (work factor 1)", |b| {
        b.iter(|| storage::unseal(black_box(&cheap), &passphrase))
    });
    group.finish();

    let mut group = c.benchmark_group("protected 2 MB");
    group.bench_function("open plaintext", |b| {
        b.iter(|| storage::open_workspace(black_box(&plain_path), None))
    });
    group.bench_function("open protected", |b| {
        b.iter(|| storage::open_workspace(black_box(&sealed_path), Some(&passphrase)))
    });
    group.bench_function("save plaintext", |b| {
        b.iter(|| storage::save_workspace_protected(&plain_path, black_box(&workspace), None))
    });
    group.bench_function("save protected", |b| {
        b.iter(|| {
            storage::save_workspace_protected(
                &sealed_path,
                black_box(&workspace),
                Some(&passphrase),
            )
        })
    });
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8))
}

criterion_group! {
    name = benches;
    config = config();
    targets = protection_benches
}
criterion_main!(benches);
