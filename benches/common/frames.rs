//! The two frame measurements of the UI budgets, shared by the frame and map benchmarks:
//! one full app pass, and the same plus tessellation as eframe does before painting.

// Only the frame benchmarks use this; the others include the module too.
#![allow(dead_code)]

use std::hint::black_box;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion};
use egui_kittest::Harness;
use netzwerk_canvas::app::App;

/// Benchmarks "`what` (harness.step)" and "`what` (step + tessellate)".
pub fn bench_app_frames(
    group: &mut BenchmarkGroup<'_, WallTime>,
    what: &str,
    harness: &mut Harness<'static, App>,
) {
    // No input, so nothing is re-laid out from scratch; kittest's AccessKit update is
    // included.
    group.bench_function(format!("{what} (harness.step)"), |b| {
        b.iter(|| {
            harness.step();
            black_box(harness.output().shapes.len())
        })
    });
    // The GPU upload and drawing are not included.
    group.bench_function(format!("{what} (step + tessellate)"), |b| {
        b.iter(|| {
            harness.step();
            let output = harness.output();
            let primitives = harness
                .ctx
                .tessellate(output.shapes.clone(), output.pixels_per_point);
            black_box(primitives.len())
        })
    });
}

/// Frames take well under a millisecond: 40 samples over 15 s give a steady median.
pub fn frame_config() -> Criterion {
    Criterion::default()
        .sample_size(40)
        .warm_up_time(std::time::Duration::from_secs(3))
        .measurement_time(std::time::Duration::from_secs(15))
}
