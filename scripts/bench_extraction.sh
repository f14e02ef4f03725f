#!/usr/bin/env bash
# Extraction quality and speed against the peers, in one run, on one corpus:
#   scripts/bench_extraction.sh [corpus] [runs_dir]
# corpus defaults to ../shared/corpus/scrapinghub; results go to runs_dir
# (default /tmp/declutter-runs/<corpus name>) and the table to stdout.
# Sets up the peers once (../shared/bench/README.md) in /tmp/bench.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${DECLUTTER_SHARED:-../shared}"
CORPUS="${1:-$SHARED/corpus/scrapinghub}"
RUNS="${2:-/tmp/declutter-runs/$(basename "$CORPUS")}"
BENCH=/tmp/bench

if [ ! -x "$BENCH/peers/rs_trafilatura_runner/target/release/rs_trafilatura_runner" ]; then
  rm -rf "$BENCH" && cp -r "$SHARED/bench" "$BENCH" && chmod -R u+w "$BENCH"
  (cd "$BENCH/peers" && npm ci --silent && python3 -m venv venv && venv/bin/pip install -q -r requirements.txt \
    && (cd dom_smoothie_runner && cargo build --release -q) && (cd rs_trafilatura_runner && cargo build --release -q))
fi
cargo build --release -q --bin declutter
mkdir -p "$RUNS"
"$BENCH/run_project.sh" "$CORPUS" "$RUNS/declutter" \
  "$PWD/target/release/declutter clean --format text --timing {in}" declutter >&2
"$BENCH/run_peers.sh" "$CORPUS" "$RUNS" dom_smoothie rs_trafilatura trafilatura readability_linkedom defuddle_linkedom >&2
python3 "$BENCH/make_table.py" "$RUNS"
