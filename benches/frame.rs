//! Budget: one UI frame of the whole app with a 300-collaboration workspace open takes
//! under 4 ms (median). See docs/benchmarks.md.
//!
//! Run with `cargo bench --bench frame`.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use netzwerk_canvas::app::{App, Startup};
use netzwerk_canvas::command::Command;
use netzwerk_canvas::command::FileCommand;
use netzwerk_canvas::preferences::Preferences;
use netzwerk_canvas::ui::file_dialog::FileDialogs;

fn app_harness() -> Harness<'static, App> {
    Harness::builder()
        .with_size(egui::vec2(1360.0, 860.0))
        .build_eframe(|cc| {
            App::new(
                &cc.egui_ctx,
                Preferences::default(),
                Startup::Example,
                FileDialogs::typed_path_only(),
            )
        })
}

/// Opens `path` the way the app does and checks that it is really what is showing.
fn open_workspace(harness: &mut Harness<'static, App>, path: &std::path::Path) {
    harness
        .state_mut()
        .queue(Command::File(FileCommand::OpenPath(path.to_path_buf())));
    harness.run();

    let app = harness.state();
    assert!(
        app.dialog().is_none(),
        "a dialog is open: {:?}",
        app.dialog()
    );
    assert_eq!(app.document().path(), Some(path));
    assert_eq!(
        app.document().workspace().collaborations.len(),
        common::COLLABORATIONS
    );
    let first = &app.document().workspace().collaborations[0];
    assert_eq!(app.selected(), Some(&first.id));
    let first_title = first.title.clone();
    // The status bar and the list really show the opened workspace.
    let count = format!("{} Kooperationen", common::COLLABORATIONS);
    assert!(
        harness.query_by_label_contains(&count).is_some(),
        "the status bar does not show {count:?}"
    );
    assert!(
        harness.query_by_label_contains(&first_title).is_some(),
        "the first collaboration {first_title:?} is not shown"
    );
}

fn frame_benches(c: &mut Criterion) {
    let folder = common::disk_tempdir();
    let path = common::write_sample_file(folder.path());
    let mut harness = app_harness();
    open_workspace(&mut harness, &path);

    let mut group = c.benchmark_group("frame");
    common::frames::bench_app_frames(&mut group, "app with 300 collaborations", &mut harness);
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::frames::frame_config();
    targets = frame_benches
}
criterion_main!(benches);
