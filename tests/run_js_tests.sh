#!/usr/bin/env bash
# Runs the JavaScript test suites one after another (2 cores: never in parallel):
#   1. node --test tests/node/   the wasm API against the native CLI, the file builders
#   2. tests/e2e/chromium.mjs    the extension in headless Chromium (+ screenshots)
#   3. tests/e2e/firefox.mjs     the extension in headless Firefox ESR
# Builds first when needed (browsers via `./build.sh deps`, the wasm via ./build.sh when
# the Rust sources are newer than it, the CLI via cargo). Each suite prints
# `N passed, N failed`; this script exits non-zero if any suite failed.
set -uo pipefail
cd "$(dirname "$0")/.."

./build.sh deps >/dev/null || { echo "could not install the browsers" >&2; exit 1; }
wasm=extension/pkg/declutter_bg.wasm
if [ ! -f "$wasm" ] || [ ! -f www/pkg/declutter_bg.wasm ] || [ ! -d node_modules ] \
   || [ -n "$(find src Cargo.toml Cargo.lock extension/save.js -newer "$wasm" 2>/dev/null | head -1)" ]; then
  ./build.sh || exit 1
fi
cargo build --release --bin declutter -q || exit 1

failed_suites=0
total_pass=0
total_fail=0

echo "== node --test tests/node/"
log=$(mktemp)
node --test --test-reporter=tap tests/node/ 2>&1 | tee "$log" | grep -E '^(not ok|# (pass|fail))' || true
pass=$(awk '/^# pass /{print $3}' "$log" | tail -1)
fail=$(awk '/^# fail /{print $3}' "$log" | tail -1)
pass=${pass:-0}; fail=${fail:-1}
echo "node: ${pass} passed, ${fail} failed"
[ "$fail" = 0 ] && [ "$pass" -gt 0 ] || failed_suites=$((failed_suites + 1))
total_pass=$((total_pass + pass)); total_fail=$((total_fail + fail))
rm -f "$log"

for suite in chromium firefox; do
  echo "== tests/e2e/$suite.mjs"
  log=$(mktemp)
  timeout 900 node "tests/e2e/$suite.mjs" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)
  pass=${line%% passed*}; fail=${line#*, }; fail=${fail%% failed*}
  if [ -z "$line" ]; then pass=0; fail=1; fi
  [ "$status" = 0 ] && [ "$fail" = 0 ] || failed_suites=$((failed_suites + 1))
  total_pass=$((total_pass + pass)); total_fail=$((total_fail + fail))
  rm -f "$log"
done

echo "js: ${total_pass} passed, ${total_fail} failed"
exit $((failed_suites > 0))
