//! The subcommands piped into a reader that stops early (`netzwerk-canvas due FILE |
//! head -3`): the rest of the output is dropped quietly, exit code 0, nothing on stderr.
//! Before, `println!` panicked ("failed printing to stdout"), on Windows with "Pipe not
//! connected (os error 233)". Here the reader has gone before the first line, so every
//! write fails: on Linux with EPIPE, under Wine (issue 30) with Windows' codes.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/contacts.json")
}

/// Runs the binary with its standard output on a pipe whose reading end is closed.
fn run_into_closed_pipe(args: &[&str]) -> Output {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    Command::new(env!("CARGO_BIN_EXE_netzwerk-canvas"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("the binary runs")
}

fn assert_quiet(output: &Output) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("failed printing"),
        "a closed pipe made it panic: {stderr}"
    );
    assert!(stderr.is_empty(), "unexpected stderr: {stderr}");
    assert_eq!(output.status.code(), Some(0), "stderr: {stderr}");
}

#[test]
fn due_into_a_closed_pipe_ends_quietly() {
    let fixture = fixture();
    let file = fixture.to_str().unwrap();
    assert_quiet(&run_into_closed_pipe(&[
        "due",
        file,
        "--today",
        "2026-11-22",
    ]));
}

#[test]
fn export_summary_into_a_closed_pipe_ends_quietly_and_writes_the_pdf() {
    let folder = tempfile::tempdir().unwrap();
    let pdf = folder.path().join("kontakte.pdf");
    let fixture = fixture();
    let output = run_into_closed_pipe(&[
        "export",
        fixture.to_str().unwrap(),
        "--contacts",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_quiet(&output);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}

#[test]
fn import_report_into_a_closed_pipe_ends_quietly_and_imports() {
    let folder = tempfile::tempdir().unwrap();
    let workspace = folder.path().join("ws.json");
    std::fs::copy(fixture(), &workspace).unwrap();
    let vcard = folder.path().join("neu.vcf");
    std::fs::write(
        &vcard,
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Greta Neumann\r\nEMAIL:greta@neu.example\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let output = run_into_closed_pipe(&[
        "import",
        workspace.to_str().unwrap(),
        vcard.to_str().unwrap(),
    ]);
    assert_quiet(&output);
    let saved = std::fs::read_to_string(&workspace).unwrap();
    assert!(saved.contains("Greta Neumann"), "the import was not saved");
}
