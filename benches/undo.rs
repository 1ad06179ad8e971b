//! Budget: undo or redo of a step on a 300-collaboration workspace takes under 1 ms.
//! See docs/benchmarks.md.
//!
//! Run with `cargo bench --bench undo`.

#[allow(dead_code)] // the undo benchmark needs only the workspace, not the files
mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use netzwerk_canvas::model::History;

fn undo_benches(c: &mut Criterion) {
    let mut workspace = common::sample_workspace();
    let mut history = History::default();
    // A realistic step: a paragraph typed into a field in the middle of the list.
    let before = workspace.collaborations[150].clone();
    workspace.collaborations[150]
        .field_text_mut("motivation")
        .push_str(" Neu hinzugefügt im Workshop.");
    history.record_edit(&before, &workspace.collaborations[150], 0.0);
    history.close_group();
    assert!(history.can_undo());

    let mut group = c.benchmark_group("undo");
    group.bench_function("undo then redo of a text step (300 collaborations)", |b| {
        b.iter(|| {
            black_box(history.undo(&mut workspace));
            black_box(history.redo(&mut workspace));
        })
    });
    group.finish();
    assert!(
        workspace.collaborations[150]
            .field_text("motivation")
            .ends_with("Workshop.")
    );
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
}

criterion_group! {
    name = benches;
    config = config();
    targets = undo_benches
}
criterion_main!(benches);
