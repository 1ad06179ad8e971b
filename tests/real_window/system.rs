//! What the app left on the system besides files: its child processes (a finished child
//! that nobody waited for stays a zombie) and the PDFs it wrote.

use std::path::Path;
use std::process::Command;

/// Children of `parent` that have ended but were never waited for, as "pid name".
/// Read from `/proc/*/stat`, as `/proc/PID/task/*/children` is not always available.
pub fn zombie_children(parent: u32) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(entry.path().join("stat")).ok()?;
            // "PID (NAME) STATE PPID …"; NAME may hold spaces and parentheses.
            let (head, tail) = stat.rsplit_once(')')?;
            let name = head.split_once('(')?.1;
            let mut fields = tail.split_whitespace();
            let state = fields.next()?;
            let ppid: u32 = fields.next()?.parse().ok()?;
            (ppid == parent && state == "Z").then(|| format!("{pid} {name}"))
        })
        .collect()
}

/// Checks a PDF the way a print shop would: it is a PDF, `qpdf --check` finds nothing
/// wrong, and its text holds every one of `words`.
pub fn check_pdf(path: &Path, words: &[&str]) -> Result<(), String> {
    let bytes =
        std::fs::read(path).map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    if !bytes.starts_with(b"%PDF") {
        return Err(format!("{} does not start with %PDF", path.display()));
    }
    let check = Command::new("qpdf")
        .arg("--check")
        .arg(path)
        .output()
        .map_err(|error| format!("cannot run qpdf: {error}"))?;
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
    if !check.status.success() || report.to_lowercase().contains("warning") {
        return Err(format!(
            "qpdf --check {}: {}",
            path.display(),
            report.trim()
        ));
    }
    let text = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .map_err(|error| format!("cannot run pdftotext: {error}"))?;
    let text = String::from_utf8_lossy(&text.stdout);
    let missing: Vec<&&str> = words.iter().filter(|word| !text.contains(**word)).collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("the PDF's text lacks {missing:?}"))
    }
}

/// PDF files in `folder`, by name, sorted.
pub fn pdfs_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
                .filter(|name| name.to_lowercase().ends_with(".pdf"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}
