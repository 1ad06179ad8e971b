//! Budget (issue 16): one UI frame of the whole app with 500 cards on the shown canvas
//! takes under 4 ms (median). See docs/benchmarks.md.
//!
//! Run with `cargo bench --bench card_frame`.

#[allow(dead_code)] // needs only the frame measurement and a folder on disk
mod common;

use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use netzwerk_canvas::app::{App, Startup};
use netzwerk_canvas::command::{Command, FileCommand};
use netzwerk_canvas::model::{Card, CardColour, Collaboration};
use netzwerk_canvas::preferences::Preferences;
use netzwerk_canvas::storage;
use netzwerk_canvas::ui::file_dialog::FileDialogs;

pub const CARDS: usize = 500;

/// 500 cards over the seven text fields of the default template, in clusters of ten,
/// every colour, some with dots: a long workshop's wall.
fn wall(collaboration: &mut Collaboration) {
    let fields = [
        "motivation",
        "expectations",
        "shared_goals",
        "collaboration",
        "added_value",
        "success",
        "next_steps",
    ];
    let now = Utc::now();
    for index in 0..CARDS {
        let field = fields[index % fields.len()];
        let text = format!("Karte {index}: ein Gedanke aus dem Raum, kurz und klar");
        let mut card = Card::new(field, &text, now);
        card.colour = CardColour::ALL[index % CardColour::ALL.len()];
        card.cluster = Some(format!("Cluster {}", index / 70));
        card.dots = (index % 4) as u32;
        collaboration.add_card(card);
    }
}

fn frame_benches(c: &mut Criterion) {
    let folder = common::disk_tempdir();
    let path = folder.path().join("karten-500.json");
    let mut workspace = storage::example_workspace()
        .unwrap_or_else(|error| panic!("the example does not load: {error:?}"));
    wall(&mut workspace.collaborations[0]);
    storage::save_workspace(&path, &workspace)
        .unwrap_or_else(|error| panic!("cannot write the benchmark file: {error:?}"));

    let mut harness = Harness::builder()
        .with_size(egui::vec2(1360.0, 860.0))
        .build_eframe(|cc| {
            App::new(
                &cc.egui_ctx,
                Preferences::default(),
                Startup::Example,
                FileDialogs::typed_path_only(),
            )
        });
    harness
        .state_mut()
        .queue(Command::File(FileCommand::OpenPath(path.clone())));
    harness.run();
    let app = harness.state();
    let shown = app
        .selected()
        .and_then(|id| app.document().workspace().get(id));
    assert_eq!(shown.map(|c| c.cards.len()), Some(CARDS));
    // The notes are really drawn: the first one is in the accessibility tree.
    assert!(
        harness.query_by_label_contains("Karte: Karte 0:").is_some(),
        "the cards are not on the canvas"
    );

    let mut group = c.benchmark_group("card_frame");
    common::frames::bench_app_frames(&mut group, "app with 500 cards on the canvas", &mut harness);
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::frames::frame_config();
    targets = frame_benches
}
criterion_main!(benches);
