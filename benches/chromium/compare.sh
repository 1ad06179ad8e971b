#!/usr/bin/env bash
# Compares `netzwerk-canvas export` with printing the same canvases from headless
# Chromium, on a 300-collaboration workspace (~2 MB): whole-process wall time (hyperfine
# medians), PDF size and page count.
#
#   benches/chromium/compare.sh [WORKSPACE.json]
#
# Needs: chromium, hyperfine, poppler-utils, python3 (apt-get install -y chromium
# hyperfine poppler-utils). Run it on an otherwise idle machine.
# Results (hyperfine markdown/JSON, summary.txt, page-1 PNGs) go to
# benches/chromium/results/ (RESULTS=DIR to change).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RESULTS="${RESULTS:-$HERE/results}"
BIN="$ROOT/target/release/netzwerk-canvas"
WORK="${TMPDIR:-/tmp}/nc-chromium-bench"
OURS_PDF=/tmp/nc.pdf
HTML=/tmp/canvases.html
CHROMIUM_PDF=/tmp/chromium.pdf
OURS_RUNS="${OURS_RUNS:-10}"
CHROMIUM_RUNS="${CHROMIUM_RUNS:-3}"
mkdir -p "$RESULTS" "$WORK"

for tool in chromium pdfinfo python3; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y chromium poppler-utils python3)" >&2; exit 1; }
done
if ! command -v hyperfine >/dev/null; then
    apt-get install -y hyperfine
fi

# Other agents build and benchmark on this machine: wait (up to 25 minutes) until no
# cargo, rustc, criterion bench or hyperfine is running. NO_WAIT=1 skips this.
busy() {
    pgrep -x cargo >/dev/null || pgrep -x rustc >/dev/null || pgrep -x hyperfine >/dev/null ||
        pgrep -f 'criterion|target/(release|debug)/deps/' >/dev/null
}
if [[ -z "${NO_WAIT:-}" ]]; then
    for _ in $(seq 50); do
        busy || break
        echo "machine busy (cargo/rustc/criterion/hyperfine running), waiting 30 s…" >&2
        sleep 30
    done
    if busy; then echo "still busy after 25 minutes; numbers may be noisy" >&2; fi
fi

# (a) the release binary
if [[ ! -x "$BIN" ]]; then
    echo "building the release binary (cargo build --release)…"
    (cd "$ROOT" && cargo build --release)
fi

# (b) the workspace: the argument, else the criterion sample (cargo bench --bench pdf
# writes it) if present, else the built-in example's 4 collaborations replicated to 300
# with ~6 kB of text each, sized so that every canvas fits one page.
WORKSPACE="${1:-}"
if [[ -z "$WORKSPACE" ]]; then
    if [[ -f "$ROOT/target/bench-data/workspace-300.json" ]]; then
        WORKSPACE="$ROOT/target/bench-data/workspace-300.json"
    else
        WORKSPACE="$WORK/workspace-300.json"
        python3 - "$ROOT/assets/example.json" "$WORKSPACE" <<'PY'
import json, sys, uuid
source, target = sys.argv[1:]
example = json.load(open(source, encoding="utf-8"))
base = example["collaborations"]
# UTF-8 bytes per field: ≈ 6 kB of text per collaboration with the investment notes,
# as much as still fits one A4 page at 7 pt (no continuation pages).
FIELD_BYTES = {"next_steps": 1150}
DEFAULT_BYTES = 750

def grow(text, limit):
    """Repeats `text` and cuts at a word boundary at about `limit` UTF-8 bytes."""
    if not text:
        return text
    out = text
    sep = "\n" if "\n" in text else " "
    while len(out.encode()) < limit:
        out = out + sep + text
    while len(out.encode()) > limit and " " in out:
        out = out.rsplit(" ", 1)[0]
    return out

collabs = []
for i in range(300):
    c = json.loads(json.dumps(base[i % len(base)]))
    c["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"netzwerk-canvas-bench/{i}"))
    c["title"] = f'{c["title"]} {i + 1}'
    c["fields"] = {k: grow(v, FIELD_BYTES.get(k, DEFAULT_BYTES)) for k, v in c["fields"].items()}
    collabs.append(c)
example["collaborations"] = collabs
with open(target, "w", encoding="utf-8") as f:
    json.dump(example, f, ensure_ascii=False, indent=2)
PY
    fi
fi
echo "workspace: $WORKSPACE ($(stat -c %s "$WORKSPACE") bytes," \
    "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["collaborations"]))' "$WORKSPACE") collaborations)"

# (c) timing. Chromium gets a fresh profile per run, as a batch print job would.
CHROMIUM_FLAGS="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
--disable-background-networking --disable-component-update --disable-sync \
--no-pdf-header-footer"
OURS_CMD="'$BIN' export '$WORKSPACE' -o $OURS_PDF"
HTML_CMD="python3 '$HERE/canvas_html.py' '$WORKSPACE' $HTML"
PRINT_CMD="profile=\$(mktemp -d) && chromium $CHROMIUM_FLAGS --user-data-dir=\$profile \
--print-to-pdf=$CHROMIUM_PDF file://$HTML 2>/dev/null; status=\$?; rm -rf \$profile; \
test \$status -eq 0 && test -s $CHROMIUM_PDF"

hyperfine --warmup 2 --runs "$OURS_RUNS" \
    --command-name "netzwerk-canvas export" "$OURS_CMD" \
    --export-markdown "$RESULTS/ours.md" --export-json "$RESULTS/ours.json"

hyperfine --warmup 1 --runs "$CHROMIUM_RUNS" \
    --prepare "rm -f $CHROMIUM_PDF $HTML" \
    --command-name "canvas_html.py + chromium --print-to-pdf" "$HTML_CMD && $PRINT_CMD" \
    --export-markdown "$RESULTS/chromium.md" --export-json "$RESULTS/chromium.json"

# The two halves of the Chromium pipeline on their own, for the caveats.
eval "$HTML_CMD"
hyperfine --warmup 1 --runs "$CHROMIUM_RUNS" \
    --command-name "canvas_html.py only" "$HTML_CMD" \
    --command-name "chromium --print-to-pdf only (HTML ready)" "$PRINT_CMD" \
    --export-markdown "$RESULTS/chromium-parts.md" --export-json "$RESULTS/chromium-parts.json"

# (d) summary
median() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["median"])' "$@"; }
pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }
OURS_S=$(median "$RESULTS/ours.json" 0)
CHROMIUM_S=$(median "$RESULTS/chromium.json" 0)
HTML_S=$(median "$RESULTS/chromium-parts.json" 0)
PRINT_S=$(median "$RESULTS/chromium-parts.json" 1)
OURS_B=$(stat -c %s "$OURS_PDF")
CHROMIUM_B=$(stat -c %s "$CHROMIUM_PDF")
{
    echo "date:                 $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores"
    echo "versions:             $("$BIN" --version 2>/dev/null || echo netzwerk-canvas) / $(chromium --version 2>/dev/null) / $(hyperfine --version)"
    echo "binary:               $BIN (built $(date -u -r "$BIN" +%Y-%m-%dT%H:%M:%SZ))"
    echo "workspace:            $WORKSPACE ($(stat -c %s "$WORKSPACE") bytes)"
    python3 - "$OURS_S" "$CHROMIUM_S" "$HTML_S" "$PRINT_S" "$OURS_B" "$CHROMIUM_B" <<'PY'
import sys
ours, chromium, html_s, print_s = map(float, sys.argv[1:5])
ours_b, chromium_b = map(int, sys.argv[5:7])
print(f"median ours:          {ours:.3f} s")
print(f"median chromium:      {chromium:.3f} s  (canvas_html.py {html_s:.3f} s + chromium print {print_s:.3f} s, measured separately)")
print(f"speed ratio:          {chromium / ours:.1f}x  (chromium print alone: {print_s / ours:.1f}x)")
print(f"size ours:            {ours_b} bytes ({ours_b / 1e6:.2f} MB)")
print(f"size chromium:        {chromium_b} bytes ({chromium_b / 1e6:.2f} MB)")
print(f"size ratio:           {ours_b / chromium_b:.3f} (ours / chromium)")
PY
    echo "pages ours:           $(pages "$OURS_PDF")"
    echo "pages chromium:       $(pages "$CHROMIUM_PDF")"
} | tee "$RESULTS/summary.txt"

# Page 1 of both, to look at; and the same words in both. (Page by page they differ
# since the export hyphenates German and Chromium's HTML does not: 1,028 pages to 1,121.)
pdftoppm -png -r 50 -f 1 -l 1 "$OURS_PDF" "$RESULTS/page1-ours"
pdftoppm -png -r 50 -f 1 -l 1 "$CHROMIUM_PDF" "$RESULTS/page1-chromium"
python3 "$HERE/../typst/check_text.py" "$WORKSPACE" "$OURS_PDF" "$CHROMIUM_PDF" chromium \
    | tee -a "$RESULTS/summary.txt"
