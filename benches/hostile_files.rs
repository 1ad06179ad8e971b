//! Budget (issue 13): any file under the 100 MB limit loads in at most 1 GB and 10 s,
//! or is refused quickly. Measured here: the crafted file of the issue (ten million
//! empty collaborations, 30 MB), refused before anything is built, and the worst file
//! under the limits (100,000 collaborations, 690,000 unknown objects, 2.5 million
//! numbers), which loads. Peak memory is measured on the binary, see
//! docs/benchmarks.md.
//!
//! Run with `cargo bench --bench hostile_files`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use netzwerk_canvas::storage::{self, StorageError};

fn list(items: &[(&str, &str, usize)]) -> Vec<u8> {
    let mut bytes = b"{\"format\":\"netzwerk-canvas\"".to_vec();
    for (key, item, count) in items {
        bytes.extend_from_slice(format!(",\"{key}\":[").as_bytes());
        for index in 0..*count {
            if index > 0 {
                bytes.push(b',');
            }
            bytes.extend_from_slice(item.as_bytes());
        }
        bytes.push(b']');
    }
    bytes.push(b'}');
    bytes
}

fn hostile_benches(c: &mut Criterion) {
    let crafted = list(&[("collaborations", "{}", 10_000_000)]);
    let worst = list(&[
        ("collaborations", "{}", 100_000),
        ("y", "{\"a\":1}", 690_000),
        ("z", "1", 2_500_000),
    ]);
    // Both only mean something if they do what the budget says.
    assert!(matches!(
        storage::parse_workspace(&crafted),
        Err(StorageError::TooManyValues { .. })
    ));
    let loaded = storage::parse_workspace(&worst)
        .unwrap_or_else(|error| panic!("the worst file under the limits does not load: {error:?}"));
    assert_eq!(loaded.collaborations.len(), 100_000);

    let mut group = c.benchmark_group("hostile_files");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("10 million empty collaborations (30 MB), refused", |b| {
        b.iter(|| storage::parse_workspace(black_box(&crafted)))
    });
    group.bench_function("worst file under the limits (11 MB), loaded", |b| {
        b.iter(|| storage::parse_workspace(black_box(&worst)))
    });
    group.finish();
}

criterion_group!(benches, hostile_benches);
criterion_main!(benches);
