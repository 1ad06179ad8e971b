#!/usr/bin/env bash
# Runs a Windows test binary under Wine: cargo's runner for the Windows target,
#
#   CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=tests/wine_scenario/wine-runner.sh \
#       cargo test --target x86_64-pc-windows-gnu --lib --test integration -- storage:: …
#
# in a Wine prefix of its own (target/wine-test-prefix, or NC_WINE_PREFIX), created on
# first use with the test shim for bcryptprimitives.dll (bcryptprimitives_shim.c: Wine 8
# lacks the DLL, so no Rust program starts without it). Needs wine and mingw-w64.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export WINEPREFIX="${NC_WINE_PREFIX:-${here}/../../target/wine-test-prefix}"
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
shim="${WINEPREFIX}/drive_c/windows/system32/bcryptprimitives.dll"
if [[ ! -f "${shim}" ]]; then
    wineboot -i >/dev/null 2>&1
    wineserver -w
    x86_64-w64-mingw32-gcc -shared -O2 -o "${shim}" "${here}/bcryptprimitives_shim.c" -ladvapi32
fi
exec wine "$@"
