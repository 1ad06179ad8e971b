#!/usr/bin/env bash
# Compares `netzwerk-canvas export` with Typst compiling the same canvases from a
# generated document, on the 300-collaboration benchmark workspace: whole-process wall
# time, CPU time, peak memory (/usr/bin/time -v) and PDF size, medians of RUNS (5) runs,
# the two programs taking turns in one run of this script.
#
#   benches/typst/compare.sh [WORKSPACE.json]
#
# Needs: the `typst` package from PyPI in the Python that TYPST_PYTHON names (default:
# python3; e.g. python3 -m venv /work/venv-typst && /work/venv-typst/bin/pip install
# typst, then TYPST_PYTHON=/work/venv-typst/bin/python), GNU time (/usr/bin/time) and
# poppler-utils. Without typst it says so and stops (exit 0): CI does not run benches.
# BIN names the release binary (default: target/release/netzwerk-canvas, or under
# $CARGO_TARGET_DIR). The workspace: the argument, else the one `cargo bench --bench pdf`
# writes to target/bench-data/workspace-300.json. Results go to benches/typst/results/.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RESULTS="${RESULTS:-$HERE/results}"
BIN="${BIN:-${CARGO_TARGET_DIR:-$ROOT/target}/release/netzwerk-canvas}"
PY="${TYPST_PYTHON:-python3}"
RUNS="${RUNS:-5}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/nc-typst-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

if ! "$PY" -c 'import typst' 2>/dev/null; then
    echo "typst is not installed for $PY: skipping the Typst comparison" \
        "(pip install typst, then TYPST_PYTHON=/path/to/that/python)" >&2
    exit 0
fi
for tool in /usr/bin/time pdfinfo pdftotext python3; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y time poppler-utils python3)" >&2; exit 1; }
done
[[ -x "$BIN" ]] || { echo "no release binary at $BIN (cargo build --release)" >&2; exit 1; }
WORKSPACE="${1:-$ROOT/target/bench-data/workspace-300.json}"
[[ -f "$WORKSPACE" ]] || { echo "no workspace $WORKSPACE (cargo bench --bench pdf writes it)" >&2; exit 1; }
mkdir -p "$RESULTS"

OURS_PDF="$WORK/ours.pdf"
TYP="$WORK/canvases.typ"
TYPST_PDF="$WORK/typst.pdf"
FONTS="$ROOT/assets/fonts"
EXPORTED="$(date +%d.%m.%Y)"

# The document is generated once (timed on its own); then each run is one whole process.
/usr/bin/time -f "%e %U %S %M" -o "$WORK/generate.time" \
    python3 "$HERE/canvas_typ.py" "$WORKSPACE" "$TYP" --date "$EXPORTED"
COMPILE="import sys, typst; typst.compile(sys.argv[1], output=sys.argv[2], font_paths=[sys.argv[3]], ignore_system_fonts=True)"

measure() { # NAME COMMAND...: one run, "wall user sys maxrss_kb" appended to NAME.times
    local name="$1"
    shift
    /usr/bin/time -v -o "$WORK/time.txt" "$@" >/dev/null
    python3 - "$WORK/time.txt" >>"$WORK/$name.times" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
def field(label):
    return re.search(re.escape(label) + r": (.*)", t).group(1).strip()
wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
seconds = sum(float(part) * 60 ** i for i, part in enumerate(reversed(wall)))
print(seconds, field("User time (seconds)"), field("System time (seconds)"),
      field("Maximum resident set size (kbytes)"))
PY
}

# One warm-up each (page cache, Python's imports), then the runs, taking turns.
"$BIN" export "$WORKSPACE" -o "$OURS_PDF" >/dev/null
"$PY" -c "$COMPILE" "$TYP" "$TYPST_PDF" "$FONTS"
for run in $(seq "$RUNS"); do
    echo "run $run of $RUNS…" >&2
    measure ours "$BIN" export "$WORKSPACE" -o "$OURS_PDF"
    measure typst "$PY" -c "$COMPILE" "$TYP" "$TYPST_PDF" "$FONTS"
done

pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
{
    echo "date:                 $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores"
    echo "versions:             $("$BIN" --version 2>/dev/null || echo netzwerk-canvas) / typst $("$PY" -c 'import importlib.metadata as m; print(m.version("typst"))') (Python package)"
    echo "binary:               $BIN (built $(date -u -r "$BIN" +%Y-%m-%dT%H:%M:%SZ))"
    echo "workspace:            $WORKSPACE ($(stat -c %s "$WORKSPACE") bytes)"
    python3 - "$WORK" "$RUNS" "$(stat -c %s "$OURS_PDF")" "$(stat -c %s "$TYPST_PDF")" "$(stat -c %s "$TYP")" <<'PY'
import statistics, sys
work, runs, ours_b, typst_b, typ_b = sys.argv[1], int(sys.argv[2]), *map(int, sys.argv[3:])
def load(name):
    rows = [list(map(float, line.split())) for line in open(f"{work}/{name}.times")]
    return [statistics.median(col) for col in zip(*rows)], [r[0] for r in rows]
(ow, ou, os_, om), owalls = load("ours")
(tw, tu, ts, tm), twalls = load("typst")
g = list(map(float, open(f"{work}/generate.time").read().split()))
print(f"runs:                 {runs} each, taking turns; medians")
print(f"ours wall:            {ow:.3f} s  (cpu {ou + os_:.2f} s; runs {', '.join(f'{w:.2f}' for w in owalls)})")
print(f"typst wall:           {tw:.3f} s  (cpu {tu + ts:.2f} s; runs {', '.join(f'{w:.2f}' for w in twalls)})")
print(f"speed ratio:          {tw / ow:.1f}x (typst / ours, wall)")
print(f"peak memory:          ours {om / 1024:.0f} MB, typst {tm / 1024:.0f} MB")
print(f"size:                 ours {ours_b} bytes ({ours_b / 1e6:.2f} MB), typst {typst_b} bytes ({typst_b / 1e6:.2f} MB); ratio {ours_b / typst_b:.3f}")
print(f"typst source:         {typ_b} bytes, generated by canvas_typ.py in {g[0]:.2f} s (not in the typst time)")
PY
    echo "pages:                ours $(pages "$OURS_PDF"), typst $(pages "$TYPST_PDF")"
    python3 "$HERE/check_text.py" "$WORKSPACE" "$OURS_PDF" "$TYPST_PDF" || true
} | tee "$RESULTS/summary.txt"
pdftoppm -png -r 50 -f 1 -l 1 "$OURS_PDF" "$RESULTS/page1-ours" 2>/dev/null
pdftoppm -png -r 50 -f 1 -l 1 "$TYPST_PDF" "$RESULTS/page1-typst" 2>/dev/null
