//! The layers as the compiler sees them: each crate's `Cargo.toml` against the table of
//! docs/architecture.md ("Layers: the crates"), which is the rule. A crate that names a
//! layer above or beside it, or the window's crates, fails here with the line to change.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Crates of the window: only the app crate may use them.
const WINDOW_CRATES: [&str; 5] = ["egui", "eframe", "rfd", "winit", "egui_kittest"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// The table's rows: each crate and the `nc-*` crates it may use.
fn rule() -> BTreeMap<String, Vec<String>> {
    let doc = read(&root().join("docs/architecture.md"));
    doc.lines()
        .filter(|line| line.starts_with("| `nc-"))
        .map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let name = cells[1].trim_matches('`').to_owned();
            let allowed = cells[2]
                .split(',')
                .map(|cell| cell.trim().trim_matches('`').to_owned())
                .filter(|cell| cell.starts_with("nc-"))
                .collect();
            (name, allowed)
        })
        .collect()
}

/// The names in the `[dependencies]` and `[target.….dependencies]` sections of a
/// manifest (dev-dependencies are the tests' and may use anything below).
fn dependencies(manifest: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut in_dependencies = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_dependencies = line == "[dependencies]"
                || (line.starts_with("[target.") && line.ends_with(".dependencies]"));
            continue;
        }
        if in_dependencies
            && !line.starts_with('#')
            && let Some((name, _)) = line.split_once('=')
        {
            names.push(name.trim().to_owned());
        }
    }
    names
}

/// The crates under crates/, by their folder's name (which is the package's name).
fn crates() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("crates"))
        .expect("crates/ exists")
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().join("Cargo.toml").is_file())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_table_of_layers_names_every_crate_and_only_those() {
    let rule = rule();
    assert!(
        rule.len() >= 6,
        "the table in docs/architecture.md lost rows: {rule:?}"
    );
    let crates = crates();
    let listed: Vec<String> = rule.keys().cloned().collect();
    assert_eq!(
        crates, listed,
        "crates/ and the table of docs/architecture.md (\"Layers: the crates\") differ"
    );
}

#[test]
fn each_crate_uses_only_the_layers_the_table_allows() {
    let rule = rule();
    let mut wrong = Vec::new();
    for (name, allowed) in &rule {
        let manifest = read(&root().join("crates").join(name).join("Cargo.toml"));
        for dependency in dependencies(&manifest) {
            if dependency.starts_with("nc-") && !allowed.contains(&dependency) {
                wrong.push(format!(
                    "{name} uses {dependency}, which the table does not allow"
                ));
            }
            if dependency == "netzwerk-canvas" {
                wrong.push(format!("{name} uses the app crate"));
            }
            if WINDOW_CRATES.contains(&dependency.as_str()) {
                wrong.push(format!(
                    "{name} uses {dependency}: only the app crate draws"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_lowest_layer_uses_no_io_or_window_crate() {
    let manifest = read(&root().join("crates/nc-model/Cargo.toml"));
    let used = dependencies(&manifest);
    let allowed = ["serde", "serde_json", "chrono", "uuid", "similar", "diffy"];
    let other: Vec<&String> = used
        .iter()
        .filter(|name| !allowed.contains(&name.as_str()))
        .collect();
    assert!(
        other.is_empty(),
        "nc-model is plain data and pure edits; it may not use {other:?}"
    );
}

/// The rule's reader itself: a manifest naming a layer it may not use is caught.
#[test]
fn a_forbidden_dependency_is_found() {
    let manifest = "[package]\nname = \"x\"\n\n[dependencies]\n# a comment\nnc-export = { path = \"../nc-export\" }\n\n[dev-dependencies]\nnc-storage = { path = \"../nc-storage\" }\n\n[target.'cfg(windows)'.dependencies]\negui = \"0.37\"\n";
    assert_eq!(dependencies(manifest), ["nc-export", "egui"]);
}
