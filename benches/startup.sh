#!/usr/bin/env bash
# Cold start to the first painted frame (issue 19), release binary under Xvfb.
#
#   bash benches/startup.sh            # builds the release binary first
#   RUNS=15 DISPLAY_NUM=58 BIN=path/to/netzwerk-canvas bash benches/startup.sh
#
# Each run starts the app with a fresh, empty data folder (the very first start: the
# example workspace is shown) and NETZWERK_CANVAS_FIRST_FRAME_LOG set (see
# src/app/first_frame.rs). The app writes how long after `main` began its first UI pass
# started (`ui`) and when the first frame had been painted (`painted`); the script adds
# the time from its own spawn of the process to the file appearing (`spawn`, polled
# every 5 ms, so it includes loading the binary). Prints each run and the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-11}
DISPLAY_NUM=${DISPLAY_NUM:-58}
if [ -z "${BIN:-}" ]; then
    cargo build --release --quiet
    BIN="${CARGO_TARGET_DIR:-target}/release/netzwerk-canvas"
fi
[ -x "$BIN" ] || { echo "no binary at $BIN" >&2; exit 1; }

WORK=$(mktemp -d)
Xvfb ":$DISPLAY_NUM" -screen 0 1600x1000x24 >/dev/null 2>&1 &
XVFB=$!
APP=""
cleanup() {
    if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; fi
    kill "$XVFB" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
sleep 1

export DISPLAY=":$DISPLAY_NUM" DBUS_SESSION_BUS_ADDRESS=disabled:
unset WAYLAND_DISPLAY
results="$WORK/results"
: >"$results"
for run in $(seq 1 "$RUNS"); do
    home="$WORK/home-$run"
    mkdir -p "$home"
    log="$WORK/first-frame-$run"
    start=$(date +%s.%N)
    HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
        NETZWERK_CANVAS_FIRST_FRAME_LOG="$log" "$BIN" >/dev/null 2>&1 &
    APP=$!
    for _ in $(seq 1 4000); do
        [ -s "$log" ] && break
        sleep 0.005
    done
    end=$(date +%s.%N)
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=""
    [ -s "$log" ] || { echo "run $run: no first frame within 20 s" >&2; exit 1; }
    spawn=$(echo "$end - $start" | bc -l)
    line="$(cat "$log") spawn=$(printf '%.4f' "$spawn")"
    echo "run $run: $line"
    echo "$line" >>"$results"
done

median() {
    tr ' ' '\n' <"$results" | sed -n "s/^$1=//p" | sort -g |
        awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
echo "medians of $RUNS runs (s): ui=$(median ui) painted=$(median painted) spawn=$(median spawn)"
