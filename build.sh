#!/usr/bin/env bash
# Builds the wasm engine, the extension and the demo page, from a fresh machine.
#
#   ./build.sh          the native CLI (target/release/declutter), wasm32 target, wasm-bindgen-cli
#                       (Cargo.lock's version), npm ci, wasm build,
#                       wasm-bindgen --target web, wasm-opt -Oz twice, a compile check in Node, copies to
#                       extension/pkg/ and www/pkg/, web-ext lint, dist/declutter-{chrome,firefox}.zip,
#                       and the wasm size raw and gzip -9.
#   ./build.sh serve    serves www/ on http://localhost:${PORT:-8000}/ (builds first if www/pkg/ is missing)
#   ./build.sh deps     installs Chromium, chromedriver and Firefox ESR from Debian if missing (CI)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
CRATE=declutter
OUT=target/wasm-pkg

say() { printf '\033[1m== %s\033[0m\n' "$*"; }

deps() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  if [ ${#missing[@]} -gt 0 ]; then
    say "apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}"
  else
    echo "chromium, chromedriver and firefox-esr are installed"
  fi
  command -v zip >/dev/null || { apt-get update -qq && apt-get install -y -qq zip; }
}

build() {
  say "toolchain"
  rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown \
    || rustup target add wasm32-unknown-unknown
  local v
  v=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
  [ -n "$v" ] || { echo "wasm-bindgen not found in Cargo.lock" >&2; exit 1; }
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $v$"; then
    say "cargo install wasm-bindgen-cli --version =$v (takes 5-10 minutes)"
    cargo install wasm-bindgen-cli --version "=$v"
  fi
  command -v zip >/dev/null || deps

  say "npm ci"
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi

  say "cargo build --release --bin declutter (the native CLI)"
  cargo build --release --bin declutter

  say "cargo build --profile wasm --target wasm32-unknown-unknown --lib --no-default-features"
  cargo build --profile wasm --target wasm32-unknown-unknown --lib --no-default-features

  say "wasm-bindgen --target web"
  rm -rf "$OUT"
  wasm-bindgen --target web --no-typescript --out-dir "$OUT" \
    "target/wasm32-unknown-unknown/wasm/$CRATE.wasm"

  # (`--converge` repeats the passes until nothing more folds, 0.3 KB gzip over one pass.
  # `--low-memory-unused` folds `p + 16` into a load's offset, which differs only where the
  # addition would wrap past 4 GiB, never for Rust's valid pointers: 2.2 KB gzip.
  # `--strip-producers --strip-target-features` drop two custom sections that name the
  # toolchain and the features it assumed, which browsers never read: 0.2 KB gzip.)
  say "wasm-opt -Oz --converge --low-memory-unused (npm binaryen)"
  npx --no-install wasm-opt -Oz --converge --low-memory-unused --strip-producers --strip-target-features \
    --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$OUT/${CRATE}_bg.wasm" -o "$OUT/${CRATE}_bg.wasm"

  say "check: the module compiles and runs in Node"
  node --input-type=module -e "
    import fs from 'node:fs';
    const init = (await import('$ROOT/$OUT/$CRATE.js')).default;
    const m = await import('$ROOT/$OUT/$CRATE.js');
    await init({ module_or_path: fs.readFileSync('$ROOT/$OUT/${CRATE}_bg.wasm') });
    const a = m.cleanHtml('<title>t</title><p>Hello, world.</p>');
    if (typeof a.content_html !== 'string' || a.title !== 't') throw new Error('bad article ' + JSON.stringify(a));
    console.log('wasm ok: version', m.version());
  "

  say "copy to extension/pkg and www/pkg"
  for dir in extension/pkg www/pkg; do
    rm -rf "$dir"
    mkdir -p "$dir"
    cp "$OUT/$CRATE.js" "$OUT/${CRATE}_bg.wasm" "$dir/"
  done
  cp extension/save.js www/pkg/save.js   # the demo's downloads use the extension's file builders
  # The demo's samples include the test fixtures themselves (copied, not kept twice in git).
  cp tests/fixtures/seed.html www/samples/seed.html
  cp tests/e2e/pages/news.html www/samples/news.html

  say "web-ext lint"
  npx --no-install web-ext lint --source-dir extension --self-hosted --output json > target/web-ext-lint.json || true
  node -e '
    const r = JSON.parse(require("fs").readFileSync("target/web-ext-lint.json", "utf8"));
    for (const k of ["errors", "warnings", "notices"]) {
      console.log(`${k}: ${r[k].length}`);
      for (const m of r[k]) console.log(`  ${m.code} ${m.file || ""}${m.line ? ":" + m.line : ""} ${m.message}`);
    }
    if (r.errors.length) { console.error("web-ext lint found errors"); process.exit(1); }
  '

  say "dist/"
  mkdir -p dist
  rm -f dist/declutter-chrome.zip dist/declutter-firefox.zip
  (cd extension && zip -qr -X "$ROOT/dist/declutter-chrome.zip" . -x '.*' -x 'test.flag')
  (cd extension && zip -qr -X "$ROOT/dist/declutter-firefox.zip" . -x '.*' -x 'test.flag')
  ls -l dist/

  local raw gz
  raw=$(stat -c %s "$OUT/${CRATE}_bg.wasm")
  gz=$(gzip -9 -c "$OUT/${CRATE}_bg.wasm" | wc -c)
  say "wasm size: $raw bytes raw, $gz bytes gzip -9 ($((gz / 1024)) KB; budget 400 KB)"
  if [ "$gz" -ge $((400 * 1024)) ]; then
    echo "warning: over the 400 KB gzip budget" >&2
  fi
}

case "${1:-build}" in
  build) build ;;
  deps) deps ;;
  serve)
    [ -f www/pkg/${CRATE}_bg.wasm ] || build
    say "serving www/ on http://localhost:${PORT:-8000}/"
    cd www && exec python3 -m http.server "${PORT:-8000}" --bind 127.0.0.1
    ;;
  *) echo "usage: ./build.sh [build|serve|deps]" >&2; exit 2 ;;
esac
