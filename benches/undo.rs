//! Budget: undo or redo of a step on a 300-collaboration workspace takes under 1 ms.
//! Also measured: what a keystroke in a contact card costs for its undo step with
//! 1,000 contacts (a whole copy of the Netzwerkbuch), and undoing a contact's deletion.
//! See docs/benchmarks.md.
//!
//! Run with `cargo bench --bench undo`.

#[allow(dead_code)] // the undo benchmark needs only the workspace, not the files
mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use netzwerk_canvas::model::{Book, BookChange, BookStep, EditTarget, History, StepLabel};

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
    assert!(
        workspace.collaborations[150]
            .field_text("motivation")
            .ends_with("Workshop.")
    );
    book_benches(&mut group, &mut workspace);
    group.finish();
}

fn book_benches(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    workspace: &mut netzwerk_canvas::model::Workspace,
) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
    workspace.contacts = common::contacts::sample_contacts(1000, today);
    let mut history = History::default();
    let mut shadow = workspace.contacts[500].clone();
    let mut now = 0.0;
    // As `App::record_contact_edit` does on a frame with a change: copy, compare, keep.
    group.bench_function(
        "keystroke in a contact card: copy + record (1,000 contacts)",
        |b| {
            b.iter(|| {
                workspace.contacts[500].notes.push('x');
                now += 0.1;
                let after = workspace.contacts[500].clone();
                let change = BookChange::Contact {
                    before: Box::new(std::mem::replace(&mut shadow, after.clone())),
                    after: Box::new(after),
                };
                history.record_book_edit(StepLabel::Edit(EditTarget::Contacts), change, now);
            })
        },
    );
    assert!(history.can_undo());

    let before = Book::of(workspace);
    let id = workspace.contacts[500].id.clone();
    workspace.remove_contact(&id);
    let label = StepLabel::Book(BookStep::DeleteContact);
    history.record_book_step(label, before.change_to(Book::of(workspace)));
    group.bench_function(
        "undo then redo of a contact deletion (1,000 contacts)",
        |b| {
            b.iter(|| {
                black_box(history.undo(workspace));
                black_box(history.redo(workspace));
            })
        },
    );
    assert_eq!(workspace.contacts.len(), 999);
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
