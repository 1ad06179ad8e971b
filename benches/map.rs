//! Budget: with 1,000 contacts, one frame of the app showing the network map takes under
//! 4 ms (median); placing the names anew (another window size or other contacts) is
//! measured beside it. See docs/benchmarks.md.
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
use netzwerk_canvas::model::map_labels::{
    Bounds, Dot, LabelPlace, LabelRequest, LabelSpace, place_labels,
};
use netzwerk_canvas::model::network_map::{is_named, layout, node_scale};
use netzwerk_canvas::preferences::Preferences;
use netzwerk_canvas::ui::file_dialog::FileDialogs;
use std::hint::black_box;

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
    assert_eq!(app.document().workspace().contacts.len(), CONTACTS);
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
    // What a frame costs when the names must be placed anew (other contacts, another
    // window size): the placement alone, with the screen's sizes at 1366 × 768.
    let contacts = common::contacts::sample_contacts(CONTACTS, today());
    group.bench_function(
        "placing the names of 1000 contacts (model::map_labels)",
        |b| b.iter(|| black_box(place_screen_labels(&contacts))),
    );
    group.finish();
}

/// The names of `contacts` placed on a 1366 × 768 view as the Netzwerkkarte does
/// (12 px, else 10 px, dots as the view draws them); returns how many found room.
fn place_screen_labels(contacts: &[netzwerk_canvas::model::Contact]) -> usize {
    let (center, radius) = ((683.0, 400.0), 300.0);
    let nodes = layout(contacts, today());
    let largest = 11.0 * node_scale(contacts.len());
    let dots: Vec<Dot> = nodes
        .iter()
        .map(|node| Dot {
            x: center.0 + node.x * radius,
            y: center.1 + node.y * radius,
            radius: node.size * largest,
        })
        .collect();
    let requests: Vec<LabelRequest> = (0..nodes.len())
        .filter(|&at| is_named(&contacts[nodes[at].index], contacts.len()))
        .map(|at| LabelRequest {
            dot: at,
            width_per_size: 0.55 * contacts[nodes[at].index].name.chars().count() as f32,
        })
        .collect();
    let space = LabelSpace {
        area: Bounds {
            left: 0.0,
            top: 80.0,
            right: 1366.0,
            bottom: 740.0,
        },
        center,
        dots: &dots,
        obstacles: &[],
        sizes: &[12.0, 10.0],
        ascent: 1.2,
        descent: 0.0,
        gap: 1.5,
        reach_in_lines: 12.0,
        digit_width_per_size: None,
    };
    place_labels(&space, &requests)
        .iter()
        .filter(|place| matches!(place, LabelPlace::Placed(_)))
        .count()
}

criterion_group! {
    name = benches;
    config = common::frames::frame_config();
    targets = map_benches
}
criterion_main!(benches);
