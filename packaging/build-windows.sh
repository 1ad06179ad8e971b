#!/usr/bin/env bash
# Builds the Windows installer on Debian: target/windows/netzwerk-canvas-VERSION-setup.exe.
#
# 1. cross-builds the release .exe for x86_64-pc-windows-gnu (rustup's Windows standard
#    library, Debian's mingw-w64 for the C parts and for windres, which puts the icon
#    and the version resource into the .exe: build.rs);
# 2. packs it with Debian's NSIS (packaging/windows/netzwerk-canvas.nsi): a per-user
#    installer without administrator rights, see packaging/README.md.
#
# Needs: rustup target add x86_64-pc-windows-gnu
#        apt-get install gcc-mingw-w64-x86-64 nsis
# The cross build from an empty target folder takes about 6 minutes on 2 cores; later
# ones only relink. Extra arguments go to cargo build.
set -euo pipefail
cd "$(dirname "$0")/.."

target=x86_64-pc-windows-gnu
missing=()
command -v cargo >/dev/null || missing+=("Rust 1.95 (https://rustup.rs)")
if command -v rustup >/dev/null && ! rustup target list --installed | grep -x "${target}" >/dev/null; then
    missing+=("the Windows standard library: rustup target add ${target}")
fi
command -v x86_64-w64-mingw32-gcc >/dev/null ||
    missing+=("mingw-w64: apt-get install gcc-mingw-w64-x86-64")
command -v makensis >/dev/null || missing+=("NSIS: apt-get install nsis")
if ((${#missing[@]})); then
    printf 'build-windows.sh: missing %s\n' "${missing[@]}" >&2
    exit 1
fi

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
cargo build --release --locked --target "${target}" "$@"
out="${CARGO_TARGET_DIR:-target}"
exe="${out}/${target}/release/netzwerk-canvas.exe"

mkdir -p "${out}/windows"
setup="${out}/windows/netzwerk-canvas-${version}-setup.exe"
# makensis runs in the script's folder; the paths it gets are absolute.
makensis -V2 -DVERSION="${version}" -DEXE="$(realpath "${exe}")" -DOUTFILE="$(realpath "${setup%/*}")/${setup##*/}" \
    packaging/windows/netzwerk-canvas.nsi
ls -l "${exe}" "${setup}"
