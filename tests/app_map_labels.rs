//! The Netzwerkkarte on a 1366 × 768 laptop (issue 31, issue 35 point 7): with 100, 400
//! and 1,000 contacts the names are drawn, none covers another name or a dot, and the
//! rings' names are not covered by dots. Measured from the shapes the app paints.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;
use crate::map_common;

use egui::epaint::{ClippedShape, Shape};
use egui::{Pos2, Rect};
use egui_kittest::Harness;
use netzwerk_canvas::app::{App, Startup};
use netzwerk_canvas::command::{Command, View, ViewCommand};
use netzwerk_canvas::model::Workspace;
use netzwerk_canvas::preferences::Preferences;
use netzwerk_canvas::storage;
use netzwerk_canvas::ui::file_dialog::FileDialogs;

struct Painted {
    texts: Vec<(String, Rect)>,
    dots: Vec<(Pos2, f32)>,
}

fn collect(shape: &Shape, painted: &mut Painted) {
    match shape {
        Shape::Vec(shapes) => {
            for shape in shapes {
                collect(shape, painted);
            }
        }
        Shape::Text(text) => painted.texts.push((
            text.galley.text().to_owned(),
            text.galley.rect.translate(text.pos.to_vec2()),
        )),
        Shape::Circle(circle) if circle.fill.a() > 0 => {
            painted.dots.push((circle.center, circle.radius));
        }
        _ => {}
    }
}

fn circle_overlaps(rect: &Rect, (center, radius): (Pos2, f32)) -> bool {
    let nearest = rect.clamp(center);
    nearest.distance(center) < radius - 0.01
}

fn rects_overlap(a: &Rect, b: &Rect) -> bool {
    a.intersect(*b).width() > 0.01 && a.intersect(*b).height() > 0.01
}

/// The shapes the app paints for the Netzwerkkarte of `contacts` at 1366 × 768.
fn painted_map(contacts: &[netzwerk_canvas::model::Contact]) -> Painted {
    let count = contacts.len();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("netzwerkbuch.json");
    let workspace = Workspace {
        contacts: contacts.to_vec(),
        ..Workspace::default()
    };
    storage::save_workspace(&path, &workspace).unwrap();
    // For a look in the real window: NC_KEEP_MAP_WORKSPACES=folder keeps a copy there.
    if let Ok(keep) = std::env::var("NC_KEEP_MAP_WORKSPACES") {
        let copy = std::path::Path::new(&keep).join(format!("contacts-{count}.json"));
        std::fs::copy(&path, copy).unwrap();
    }
    let startup = Startup::File(path);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_eframe(move |cc| {
            App::new(
                &cc.egui_ctx,
                Preferences::default(),
                startup,
                FileDialogs::typed_path_only(),
            )
            .with_today(map_common::today())
        });
    harness.step();
    common::wait_until_opened(&mut harness);
    harness
        .state_mut()
        .queue(Command::View(ViewCommand::ShowView(View::Map)));
    harness.run();
    assert_eq!(harness.state().view(), View::Map);
    let mut painted = Painted {
        texts: Vec::new(),
        dots: Vec::new(),
    };
    for ClippedShape { shape, .. } in &harness.output().shapes {
        collect(shape, &mut painted);
    }
    painted
}

/// `percent_shown`: how many of the names at least are drawn beside their dots (the
/// others on hover): what fits at 10 px and more, measured when this was written.
fn map_at_laptop_size(count: usize, percent_shown: usize) {
    let contacts = map_common::contacts(count);
    let painted = painted_map(&contacts);
    let named: Vec<&str> = contacts
        .iter()
        .filter(|c| count <= 120 || c.importance >= 4)
        .map(|c| c.name.as_str())
        .collect();
    let rings = ["Innerer Kreis", "Mittlerer Kreis", "Peripherie"];
    let labels: Vec<&(String, Rect)> = painted
        .texts
        .iter()
        .filter(|(text, _)| {
            named.contains(&text.as_str())
                || rings.contains(&text.as_str())
                || text.contains("keinen Platz")
        })
        .collect();
    for ring in rings {
        assert!(
            labels.iter().any(|(text, _)| text == ring),
            "{count}: {ring} is not drawn"
        );
    }
    let notes = labels
        .iter()
        .filter(|(text, _)| text.contains("keinen Platz"))
        .count();
    let shown = labels.len() - rings.len() - notes;
    for (at, (text, rect)) in labels.iter().enumerate() {
        for (other, other_rect) in &labels[at + 1..] {
            assert!(
                !rects_overlap(rect, other_rect),
                "{count}: {text} {rect:?} overlaps {other} {other_rect:?}"
            );
        }
        for dot in &painted.dots {
            assert!(
                !circle_overlaps(rect, *dot),
                "{count}: {text} {rect:?} covers the dot at {dot:?}"
            );
        }
    }
    // Every name is drawn once; those without room are counted in the note.
    let mut names: Vec<&str> = labels.iter().map(|(text, _)| text.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), labels.len(), "{count}: a name is drawn twice");
    let unplaced = named.len() - shown;
    if unplaced > 0 {
        let note = format!("{unplaced} Namen haben hier keinen Platz");
        assert!(
            painted
                .texts
                .iter()
                .any(|(text, _)| text.starts_with(&note)),
            "{count}: no note on the {unplaced} names without room"
        );
    }
    eprintln!("{count} contacts: {shown} of {} names drawn", named.len());
    assert!(
        shown * 100 >= named.len() * percent_shown,
        "{count}: only {shown} of {} names drawn",
        named.len()
    );
}

#[test]
fn at_1366_by_768_a_map_of_100_contacts_shows_the_names_without_overlaps() {
    map_at_laptop_size(100, 95);
}

#[test]
fn at_1366_by_768_a_map_of_400_contacts_shows_the_names_without_overlaps() {
    map_at_laptop_size(400, 55);
}

#[test]
fn at_1366_by_768_a_map_of_1000_contacts_shows_the_names_without_overlaps() {
    map_at_laptop_size(1000, 20);
}
