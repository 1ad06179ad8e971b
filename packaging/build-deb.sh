#!/usr/bin/env bash
# Builds the Debian/Ubuntu package: target/debian/netzwerk-canvas_VERSION_ARCH.deb.
#
# What goes in it is [package.metadata.deb] in Cargo.toml. The man pages and shell
# completions are generated first from the command line's definition (an example, so
# that the app's binary does not carry clap_mangen and clap_complete); cargo-deb then
# builds the release binary and packs everything. cargo-deb is installed from the crate
# registry when missing. Extra arguments go to `cargo deb` (e.g. --fast).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null; then
    echo "cargo not found: install Rust 1.95 with rustup (https://rustup.rs)" >&2
    exit 1
fi
if ! cargo deb --version >/dev/null 2>&1; then
    echo "installing cargo-deb (once) ..."
    cargo install cargo-deb --locked
fi

generated=target/packaging-files
rm -rf "${generated}"
cargo run --quiet --example packaging_files -- "${generated}" >/dev/null

cargo deb --output target/debian/ "$@"
ls -l target/debian/netzwerk-canvas_*.deb
