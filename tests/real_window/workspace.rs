//! Workspace files in and out: the files a scenario starts from, and reading back what
//! the app saved (the only judge besides the clipboard and the PDF).

use std::path::Path;
use std::time::Duration;

use serde_json::{Value, json};

use super::wait::poll;

/// The smallest file the app opens: no canvases, no contacts.
pub fn empty() -> Value {
    json!({ "format": "netzwerk-canvas", "version": 1, "collaborations": [] })
}

/// A workspace with one canvas of the default template, some fields already filled.
pub fn with_one_canvas(title: &str) -> Value {
    json!({
        "format": "netzwerk-canvas",
        "version": 1,
        "collaborations": [{
            "id": "c0ffee00-0000-4000-8000-000000000001",
            "title": title,
            "partners": ["Gemeinde Rhade"],
            "relationship": "kooperation",
            "importance": 4,
            "fields": { "motivation": "Ein Laden im Dorf", "next_steps": "Termin im Rathaus" }
        }]
    })
}

pub fn write(path: &Path, workspace: &Value) -> Result<(), String> {
    let text = serde_json::to_string_pretty(workspace).map_err(|error| error.to_string())?;
    std::fs::write(path, text).map_err(|error| format!("cannot write {}: {error}", path.display()))
}

pub fn read(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    serde_json::from_str(&text).map_err(|error| format!("{} is not JSON: {error}", path.display()))
}

/// Waits until the file on disk satisfies `check` (the app saves on a worker thread,
/// and renames a temporary file over the old one); returns the workspace.
pub fn wait_for(
    path: &Path,
    what: &str,
    timeout: Duration,
    check: impl Fn(&Value) -> Result<(), String>,
) -> Result<Value, String> {
    poll(what, timeout, || {
        let workspace = read(path)?;
        check(&workspace)?;
        Ok(workspace)
    })
}

pub fn collaborations(workspace: &Value) -> Vec<&Value> {
    list(workspace, "collaborations")
}

pub fn contacts(workspace: &Value) -> Vec<&Value> {
    list(workspace, "contacts")
}

fn list<'a>(workspace: &'a Value, key: &str) -> Vec<&'a Value> {
    workspace[key]
        .as_array()
        .map(|items| items.iter().collect())
        .unwrap_or_default()
}

/// A string at a JSON pointer such as `/fields/motivation`; `""` when absent.
pub fn text<'a>(item: &'a Value, pointer: &str) -> &'a str {
    item.pointer(pointer).and_then(Value::as_str).unwrap_or("")
}

/// The first item of `items` whose `key` is `value`.
pub fn find_by<'a>(items: &[&'a Value], key: &str, value: &str) -> Option<&'a Value> {
    items.iter().copied().find(|item| item[key] == value)
}
