// The wasm API in Node (node --test). Job: check that the wasm build gives
// the very Article the native CLI gives (`declutter clean --format json`) on
// the fixtures, and renders it back to the CLI's very HTML and Markdown files, that removal positions are sane, that bad input throws a JS
// Error instead of killing the module, and the extension's file builders.
// Input: www/pkg (./build.sh) and target/release/declutter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'target/release/declutter');
const READABILITY = [path.resolve(ROOT, '../shared/corpus/readability'), '/work/shared/corpus/readability']
  .find((d) => fs.existsSync(d));

const pkg = path.join(ROOT, 'www/pkg');
const engine = await import(path.join(pkg, 'declutter.js'));
await engine.default({ module_or_path: fs.readFileSync(path.join(pkg, 'declutter_bg.wasm')) });
const save = await import(path.join(ROOT, 'extension/save.js'));

function fixtures() {
  const list = [];
  for (const dir of ['tests/fixtures', 'tests/e2e/pages']) {
    const d = path.join(ROOT, dir);
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d)) if (f.endsWith('.html')) list.push(path.join(d, f));
  }
  if (READABILITY) {
    for (const name of ['aclu', 'bbc-1', 'wikipedia', 'nytimes-1', '001']) {
      const f = path.join(READABILITY, name, 'source.html');
      if (fs.existsSync(f)) list.push(f);
    }
  }
  return list;
}

for (const file of fixtures()) {
  const rel = path.relative(path.resolve(ROOT, '..'), file);
  test(`wasm cleanHtml equals the CLI's JSON: ${rel}`, () => {
    const url = 'https://example.com/news/article.html';
    const cli = JSON.parse(execFileSync(CLI, ['clean', '--format', 'json', '--url', url, file], { maxBuffer: 64 << 20 }));
    const html = fs.readFileSync(file, 'utf8');
    const wasm = engine.cleanHtml(html, url);
    assert.deepEqual(JSON.parse(JSON.stringify(wasm)), cli);
    assert.deepEqual(JSON.parse(JSON.stringify(engine.cleanHtml(html, url))), cli, 'the same on a second call');
    // The Article read back from JS renders as the CLI renders it natively.
    const cliHtml = execFileSync(CLI, ['clean', '--format', 'html', '--url', url, file], { maxBuffer: 64 << 20 });
    assert.equal(engine.renderStandalone(wasm), cliHtml.toString(), 'renderStandalone equals `--format html`');
    const cliMd = execFileSync(CLI, ['clean', '--format', 'markdown', '--url', url, file], { maxBuffer: 64 << 20 }).toString();
    const saved = cliMd.match(/^saved: "([^"]+)"$/m)[1];
    assert.equal(engine.renderMarkdown(wasm, saved), cliMd, 'renderMarkdown equals `--format markdown`');
    const both = engine.cleanHtmlWithRemovals(html, url);
    assert.deepEqual(JSON.parse(JSON.stringify(both.article)), cli);
    let last = -1;
    for (const r of both.removals) {
      assert.ok(Number.isInteger(r.position) && r.position >= 0, 'position');
      assert.match(r.tag, /^[a-z][a-z0-9-]*$/, 'tag');
      assert.ok(typeof r.kind === 'string' && r.kind.length > 0, 'kind');
      assert.notEqual(r.position, last, 'distinct positions');
      last = r.position;
    }
  });
}

test('removal positions count elements in document order with the shared skip rule', () => {
  const html = '<html><head><script>x</script><script type="application/ld+json">{}</script></head>'
    + '<body><noscript><div>n</div></noscript><img src=p.gif width=1 height=1>'
    + '<div class="newsletter-signup"><h3>Get our newsletter</h3><p>Subscribe now to our free newsletter.</p>'
    + '<form><input type=email><button>Subscribe</button></form></div>'
    + `<article><h1>T</h1>${'<p>Some long paragraph of article text, with commas, and more words here. </p>'.repeat(12)}</article></body></html>`;
  const { removals } = engine.cleanHtmlWithRemovals(html);
  // html 0, head 1, ld+json script 2, body 3, newsletter div 4
  for (const r of removals) assert.ok(r.position >= 4, JSON.stringify(r));
  const newsletter = removals.find((r) => r.kind === 'newsletter');
  if (newsletter) assert.deepEqual([newsletter.position, newsletter.tag], [4, 'div']);
});

test('bad input throws a JS Error with a message, and the module keeps working', () => {
  assert.throws(() => engine.cleanHtml('   '), (e) => e instanceof Error && /empty/.test(e.message));
  assert.throws(() => engine.cleanHtml('<p>x</p>', undefined, { charset: 42 }), (e) => e instanceof Error && /options/.test(e.message));
  assert.throws(() => engine.renderStandalone({ nope: true }), (e) => e instanceof Error && /article/.test(e.message));
  assert.equal(engine.cleanHtml('<title>ok</title><p>still alive</p>').title, 'ok');
  assert.match(engine.version(), /^\d+\.\d+\.\d+/);
});

test('renderStandalone takes the Article object back', () => {
  const a = engine.cleanHtml(fs.readFileSync(path.join(ROOT, 'tests/e2e/pages/news.html'), 'utf8'), 'https://x.example/a');
  const doc = engine.renderStandalone(a);
  assert.match(doc, /<!DOCTYPE html>/i);
  assert.ok(!/<script/i.test(doc));
});

test('saved files: markdown front matter, safe file names, no script, source and missing images noted', () => {
  const article = { title: 'A "quoted": title/with\\slashes', url: 'https://x.example/a', byline: 'Ann Lee', site_name: 'X',
    published: '2024-01-02', markdown: 'Body text.', text: 'Body text.', quotes: [{ text: 'Hello there', speaker: 'Ann Lee', fragment: false }] };
  const md = save.markdownDocument(article, '2026-01-01T00:00:00Z');
  assert.match(md, /^---\ntitle: "A \\"quoted\\": title\/with\\\\slashes"\nurl: "https:\/\/x.example\/a"\nauthor: "Ann Lee"\nsite: "X"\npublished: "2024-01-02"\nsaved: "2026-01-01T00:00:00Z"\n---\n/);
  assert.match(md, /Body text\./);
  assert.match(md, /## Quotes\n\n> Hello there\n>\n> — Ann Lee/);
  assert.equal(save.fileName(article.title, 'md'), 'A quoted title with slashes.md');
  assert.equal(save.fileName('', 'html'), 'article.html');
  const html = save.savedHtmlDocument('<html><head></head><body><script>x()</script><p>a</p></body></html>', article,
    '2026-01-01T00:00:00Z', ['https://x.example/missing.png']);
  assert.ok(!/<script/i.test(html));
  assert.match(html, /Saved from <a href="https:\/\/x.example\/a">/);
  assert.match(html, /1 image could not be saved/);
  assert.match(html, /<meta name="declutter:saved" content="2026-01-01T00:00:00Z">/);
});
