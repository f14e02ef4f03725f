// Shared e2e helpers (Node). Job: a tiny test harness that prints
// `N passed, N failed`; the test build of the extension (a temporary copy
// with host access to 127.0.0.1, the relay content script and test.flag);
// the wasm engine in Node for expected results.
// Output: suite(), makeTestExtension(), engine(), ROOT, ARTIFACTS.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const ARTIFACTS = path.join(here, 'artifacts');

export function suite(name) {
  const tests = [];
  return {
    test: (title, fn) => tests.push([title, fn]),
    async run() {
      let passed = 0;
      let failed = 0;
      console.log(`# ${name}`);
      for (const [title, fn] of tests) {
        const t0 = Date.now();
        try {
          await fn();
          passed++;
          console.log(`ok - ${title} (${Date.now() - t0} ms)`);
        } catch (e) {
          failed++;
          console.log(`not ok - ${title}\n  ${String(e?.stack || e).split('\n').slice(0, 6).join('\n  ')}`);
        }
      }
      console.log(`${passed} passed, ${failed} failed`);
      return failed;
    },
  };
}

export function assert(cond, msg) {
  if (!cond) throw new Error(`assertion failed: ${msg}`);
}

export function assertEq(a, b, msg) {
  if (a !== b) {
    const show = (v) => (typeof v === 'string' && v.length > 300 ? `${v.slice(0, 300)}… (${v.length} chars)` : JSON.stringify(v));
    throw new Error(`${msg}: expected ${show(b)}, got ${show(a)}`);
  }
}

export function copyDir(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const s = path.join(from, e.name);
    const d = path.join(to, e.name);
    if (e.isDirectory()) copyDir(s, d);
    else fs.copyFileSync(s, d);
  }
}

/** A copy of extension/ for tests: host access to 127.0.0.1, the relay, test.flag. */
export function makeTestExtension() {
  const src = path.join(ROOT, 'extension');
  if (!fs.existsSync(path.join(src, 'pkg', 'declutter_bg.wasm'))) throw new Error('run ./build.sh first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'declutter-ext-'));
  copyDir(src, dir);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['*://127.0.0.1/*'];
  manifest.content_scripts = [{ matches: ['http://127.0.0.1/*'], js: ['test-relay.js'], run_at: 'document_start' }];
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  fs.copyFileSync(path.join(here, 'test-relay.js'), path.join(dir, 'test-relay.js'));
  fs.writeFileSync(path.join(dir, 'test.flag'), 'test build\n');
  return dir;
}

let mod = null;
/** The wasm engine (www/pkg) in Node. */
export async function engine() {
  if (!mod) {
    const pkg = path.join(ROOT, 'www', 'pkg');
    mod = await import(path.join(pkg, 'declutter.js'));
    await mod.default({ module_or_path: fs.readFileSync(path.join(pkg, 'declutter_bg.wasm')) });
  }
  return mod;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function until(fn, { timeout = 10000, every = 100, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(every);
  }
}
