//! Running the built binary as a script would, shared by the command-line tests.

#![allow(dead_code, clippy::expect_used)] // each test file uses part of it

use std::path::Path;
use std::process::{Command, Output};

pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_netzwerk-canvas"))
        .args(args)
        .output()
        .expect("the binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn arg(path: &Path) -> &str {
    path.to_str().expect("test paths are UTF-8")
}
