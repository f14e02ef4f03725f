#!/usr/bin/env bash
# Runs every test of the project, from a fresh machine of this kind:
# formatting and lints, the Rust unit and integration tests (on the fixtures
# and on ../shared/corpus when present), then the wasm build with its Node
# tests and the extension's end-to-end tests in headless Chromium and Firefox.
set -euo pipefail
cd "$(dirname "$0")"

step() { printf '\n== %s\n' "$*"; }

step "toolchain"
rustup component add rustfmt clippy >/dev/null 2>&1 || true
if [ -x ./build.sh ]; then ./build.sh deps; fi

step "format and lints"
cargo fmt --all -- --check
cargo clippy --release --all-targets -- -D warnings

step "Rust tests"
cargo test --release

if [ -x ./build.sh ]; then
  step "wasm, extension and demo build"
  ./build.sh
fi
if [ -x tests/run_js_tests.sh ]; then
  step "Node and browser tests"
  tests/run_js_tests.sh
fi
