//! Writes the files the packages install beside the binary, generated from the command
//! line's own definition: the man pages and the shell completions for bash, zsh and fish.
//!
//! `cargo run --example packaging_files -- OUT_DIR` (packaging/build-deb.sh and .ci/run
//! call it). An example rather than a subcommand, so that `clap_mangen` and
//! `clap_complete` are dev-dependencies that the app's binary never links.

mod generate;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: cargo run --example packaging_files -- OUT_DIR");
        return ExitCode::from(2);
    };
    match generate::write_all(&out) {
        Ok(written) => {
            for path in written {
                println!("{}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("cannot write into {}: {error}", out.display());
            ExitCode::FAILURE
        }
    }
}
