//! Budget: with 1,000 contacts, one frame of the app showing the network map takes under
//! 4 ms (median). See docs/benchmarks.md.
//!
//! Run with `cargo bench --bench map`. It also writes `target/bench-data/contacts-30.json`
//! and `contacts-1000.json` for screenshots.

#[allow(dead_code)] // the map benchmark needs only the contacts and the JSON writer
mod common;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use netzwerk_canvas::app::{App, Startup};
use netzwerk_canvas::command::ViewCommand;
use netzwerk_canvas::command::{Command, View};
use netzwerk_canvas::model::Workspace;
use netzwerk_canvas::preferences::Preferences;
use netzwerk_canvas::ui::file_dialog::FileDialogs;

const CONTACTS: usize = 1000;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default()
}

/// Writes a workspace of `count` sample contacts next to the other benchmark data.
fn write_contacts_file(count: usize) -> PathBuf {
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../bench-data");
    std::fs::create_dir_all(&folder)
        .unwrap_or_else(|error| panic!("cannot create {}: {error}", folder.display()));
    let workspace = Workspace {
        contacts: common::contacts::sample_contacts(count, today()),
        ..Workspace::default()
    };
    let path = folder.join(format!("contacts-{count}.json"));
    std::fs::write(&path, common::sample_json(&workspace))
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
    path
}

fn map_harness(path: &Path) -> Harness<'static, App> {
    let startup = Startup::File(path.to_path_buf());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1360.0, 860.0))
        .build_eframe(move |cc| {
            App::new(
                &cc.egui_ctx,
                Preferences::default(),
                startup,
                FileDialogs::typed_path_only(),
            )
            .with_today(today())
        });
    harness
        .state_mut()
        .queue(Command::View(ViewCommand::ShowView(View::Map)));
    harness.run();
    let app = harness.state();
    assert!(
        app.dialog().is_none(),
        "a dialog is open: {:?}",
        app.dialog()
    );
    assert_eq!(app.view(), View::Map);
    assert_eq!(app.document().workspace.contacts.len(), CONTACTS);
    assert!(
        harness.query_by_label_contains("Ringe:").is_some(),
        "the map's legend is not shown"
    );
    harness
}

fn map_benches(c: &mut Criterion) {
    write_contacts_file(30);
    let path = write_contacts_file(CONTACTS);
    let mut harness = map_harness(&path);
    let shapes = harness.output().shapes.len();
    assert!(
        shapes > CONTACTS,
        "only {shapes} shapes for {CONTACTS} contacts"
    );

    let mut group = c.benchmark_group("map");
    let what = "app with 1000 contacts on the map";
    common::frames::bench_app_frames(&mut group, what, &mut harness);
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::frames::frame_config();
    targets = map_benches
}
criterion_main!(benches);
