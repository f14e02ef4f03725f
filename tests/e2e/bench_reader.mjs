// Click-to-reader benchmark in headless Chromium. Job: over N pages of the
// ScrapingHub corpus served locally (default 25), time from calling the
// background's toggleReader to the overlay painted (the content script
// answers after a requestAnimationFrame + task following insertion), and the
// in-page parts (engine: live DOM -> Article; open -> painted); next to
// Readability.js (npm @mozilla/readability) injected into the same page:
// clone the document + parse. Prints per-page times and the medians; writes
// tests/e2e/artifacts/bench_reader.json.
// Usage: node tests/e2e/bench_reader.mjs [N]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startServer, CORPUS } from './server.mjs';
import { makeTestExtension, ARTIFACTS, ROOT } from './lib.mjs';
import { launch, callIn } from './chromium.mjs';

const N = Number(process.argv[2] || 25);
const require = createRequire(path.join(ROOT, 'package.json'));
const READABILITY = fs.readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

const dir = [CORPUS, '/work/shared/corpus/scrapinghub/pages'].find((d) => fs.existsSync(d));
const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort().slice(0, N);
const server = await startServer();
const extDir = makeTestExtension();
const { ctx, sw } = await launch(extDir);
const rows = [];
for (const name of pages) {
  const page = await ctx.newPage();
  try {
    await page.goto(`${server.origin}/corpus/${name}`, { waitUntil: 'load', timeout: 30000 });
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const t0 = Date.now();
    const r = await callIn(sw, page, 'toggleReader');
    const click = Date.now() - t0;
    const words = await page.evaluate(() => document.getElementById('declutter-root')?.shadowRoot
      .querySelector('[data-declutter="article"]').textContent.split(/\s+/).filter(Boolean).length || 0);
    await callIn(sw, page, 'toggleReader');
    const rd = await page.evaluate(`(() => {
      ${READABILITY}
      const t0 = performance.now();
      const doc = document.cloneNode(true);
      const article = new Readability(doc).parse();
      return { ms: performance.now() - t0, words: article ? article.textContent.split(/\\s+/).filter(Boolean).length : 0 };
    })()`);
    rows.push({ page: name, elements, clickToPaintMs: click, inPagePaintMs: r.paintMs, engineMs: r.analyseMs, engineLoadMs: r.engineLoadMs, cleanMs: r.cleanMs, buildMs: r.buildMs, via: r.via,
      words, readabilityMs: rd.ms, readabilityWords: rd.words });
    console.log(`${name.slice(0, 12)}  ${String(elements).padStart(5)} el  click->painted ${String(click).padStart(5)} ms`
      + `  (wasm load ${r.engineLoadMs?.toFixed(1)} ms, clean ${r.cleanMs?.toFixed(1)} ms, overlay ${r.buildMs?.toFixed(1)} ms, in-page ${r.paintMs.toFixed(1)} ms, ${r.via})`
      + `  readability ${rd.ms.toFixed(1)} ms`);
  } catch (e) {
    console.log(`${name.slice(0, 12)}  failed: ${e.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
}
await ctx.close();
await server.close();
fs.rmSync(extDir, { recursive: true, force: true });
const summary = {
  pages: rows.length,
  medianClickToPaintMs: median(rows.map((r) => r.clickToPaintMs)),
  medianInPagePaintMs: median(rows.map((r) => r.inPagePaintMs)),
  medianEngineMs: median(rows.map((r) => r.engineMs)),
  medianEngineLoadMs: median(rows.map((r) => r.engineLoadMs)),
  medianCleanMs: median(rows.map((r) => r.cleanMs)),
  medianBuildMs: median(rows.map((r) => r.buildMs)),
  medianReadabilityMs: median(rows.map((r) => r.readabilityMs)),
  medianElements: median(rows.map((r) => r.elements)),
};
fs.mkdirSync(ARTIFACTS, { recursive: true });
fs.writeFileSync(path.join(ARTIFACTS, 'bench_reader.json'), JSON.stringify({ summary, rows }, null, 2));
console.log(`\npages ${summary.pages}, median elements ${summary.medianElements}`);
console.log(`median click -> overlay painted: ${summary.medianClickToPaintMs} ms`);
console.log(`  of which in the page (engine + overlay + paint): ${summary.medianInPagePaintMs.toFixed(1)} ms; engine ${summary.medianEngineMs.toFixed(1)} ms = wasm load ${summary.medianEngineLoadMs.toFixed(1)} ms + live DOM -> Article ${summary.medianCleanMs.toFixed(1)} ms`);
console.log(`  overlay built in ${summary.medianBuildMs.toFixed(1)} ms, the rest is layout and paint`);
console.log(`median Readability.js (clone + parse): ${summary.medianReadabilityMs.toFixed(1)} ms`);
