// The end-to-end scenarios, the same for Chromium and Firefox.
// Job: drive the extension through its test contract (toggleReader,
// cleanPage, undoClean, save) on fixture pages served by server.mjs, and
// check what the user would see. Input: a suite (lib.mjs), the server origin
// and a driver {name, newPage(), call(page, fn, ...args), strictUsesFallback}.
// Output: tests added to the suite.
import fs from 'node:fs';
import path from 'node:path';
import { assert, assertEq, engine, until, sleep, ROOT } from './lib.mjs';

const PAGES = ['fixture/seed.html', 'fixture/news.html', 'strict/seed.html', 'strict/news.html'];

const outer = (page) => page.evaluate(() => document.documentElement.outerHTML);

/** What the overlay shows, read from its shadow root. */
function readOverlay(page) {
  return page.evaluate(() => {
    const host = document.getElementById('declutter-root');
    const root = host?.shadowRoot;
    if (!root) return null;
    const article = root.querySelector('[data-declutter="article"]');
    return {
      tag: host.localName,
      attachedTo: host.parentElement?.localName,
      articleText: article?.textContent.trim() || '',
      articleHtml: article?.innerHTML || '',
      title: root.querySelector('#dc-title')?.textContent,
      meta: root.querySelector('.dc-meta')?.textContent || '',
      points: [...root.querySelectorAll('[data-declutter="point"]')].map((p) => p.textContent),
      quotes: [...root.querySelectorAll('[data-declutter="quote"]')].map((q) => ({
        text: q.textContent, speaker: q.getAttribute('data-speaker'), hasSpeakerAttr: q.hasAttribute('data-speaker'),
      })),
      noQuotes: !!root.querySelector('[data-declutter="no-quotes"]'),
      removedGroups: [...root.querySelectorAll('[data-declutter="removed"] details')].map((d) => d.dataset.kind),
      shellClass: root.querySelector('.dc-shell')?.className,
      focused: root.activeElement?.getAttribute('data-declutter') || root.activeElement?.localName || null,
    };
  });
}

/** The Article and removals the engine gives for the page's current HTML. */
async function expected(page) {
  const { html, url } = await page.evaluate(() => ({
    html: (document.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '') + document.documentElement.outerHTML,
    url: location.href,
  }));
  const m = await engine();
  return m.cleanHtmlWithRemovals(html, url);
}

export function addScenarios(s, origin, driver) {
  const open = async (p) => {
    const page = await driver.newPage();
    await page.goto(`${origin}/${p}`);
    await page.evaluate(() => document.readyState === 'complete' || new Promise((r) => addEventListener('load', r)));
    return page;
  };

  for (const p of PAGES) {
    const strict = p.startsWith('strict/');
    const via = strict && driver.strictUsesFallback ? 'background' : 'live';

    s.test(`${driver.name} ${p}: reader on and off leaves the page identical, scroll included`, async () => {
      const page = await open(p);
      try {
        await page.evaluate(() => window.scrollTo(0, 400));
        const before = await outer(page);
        const scrollBefore = await page.evaluate(() => window.scrollY);
        const want = await expected(page);
        const on = await driver.call(page, 'toggleReader');
        assert(on && on.open === true, `reader opened: ${JSON.stringify(on)}`);
        assertEq(on.via, via, 'engine path');
        const o = await readOverlay(page);
        assert(o, 'overlay host with an open shadow root');
        assertEq(o.tag, 'declutter-reader', 'host tag');
        assertEq(o.attachedTo, 'html', 'host parent');
        assert(o.articleText.length > 300, `article text in the overlay (${o.articleText.length} chars)`);
        assertEq(o.title, want.article.title || 'Untitled', 'title');
        assertEq(o.points.length, want.article.summary.length, 'key points');
        const quotes = want.article.quotes.filter((q) => !q.fragment);
        assertEq(o.quotes.length, quotes.length, 'quotes');
        assert(o.quotes.every((q) => q.hasSpeakerAttr), 'every quote has data-speaker');
        if (!quotes.length) assert(o.noQuotes, 'says there are no quotes');
        assertEq(o.focused, 'close', 'focus starts on the close button');
        const off = await driver.call(page, 'toggleReader');
        assertEq(off.open, false, 'reader closed');
        assertEq(await outer(page), before, 'outerHTML after closing');
        assertEq(await page.evaluate(() => window.scrollY), scrollBefore, 'scroll position');
      } finally {
        await page.close();
      }
    });

    s.test(`${driver.name} ${p}: clean in place removes the clutter, undo restores the very same nodes`, async () => {
      const page = await open(p);
      try {
        const before = await outer(page);
        const want = await expected(page);
        await page.evaluate(() => { window.__dcRefs = [...document.querySelectorAll('*')]; });
        const r = await driver.call(page, 'cleanPage');
        assertEq(r.via, via, 'engine path');
        assertEq(r.removed, want.removals.length, `removed count (${JSON.stringify(r)})`);
        assertEq(r.mismatched || 0, 0, 'tag mismatches');
        if (p.includes('seed')) assert(r.removed > 0, 'seed page has clutter to remove');
        const during = await page.evaluate(() => ({
          notice: document.querySelector('declutter-notice')?.shadowRoot?.textContent || '',
          gone: window.__dcRefs.filter((n) => !n.isConnected).length,
        }));
        assert(during.notice.includes(`Removed ${r.removed}`), `notice: ${during.notice}`);
        if (r.removed) assert(during.gone >= r.removed, 'removed nodes are out of the page');
        const u = await driver.call(page, 'undoClean');
        assertEq(u.restored, r.removed, 'restored count');
        assertEq(await outer(page), before, 'outerHTML after undo');
        const same = await page.evaluate(() => {
          const now = [...document.querySelectorAll('*')];
          return now.length === window.__dcRefs.length && now.every((n, i) => n === window.__dcRefs[i]);
        });
        assert(same, 'the very same element objects, in the same order');
      } finally {
        await page.close();
      }
    });
  }

  for (const p of ['fixture/seed.html', 'strict/quirks-table.html']) s.test(`${driver.name} ${p}: the background path (strict-CSP fallback) cleans and undoes by element positions`, async () => {
    const page = await open(p);
    try {
      const before = await outer(page);
      const want = await expected(page);
      const r = await driver.call(page, 'cleanPage', { engine: 'background' });
      assertEq(r.via, 'background', 'engine path');
      assertEq(r.mismatched, 0, 'tag mismatches');
      assertEq(r.removed, want.removals.length, 'removed count');
      assert(r.removed > 0, 'something removed');
      const u = await driver.call(page, 'undoClean');
      assertEq(u.restored, r.removed, 'restored');
      assertEq(await outer(page), before, 'outerHTML after undo');
      const on = await driver.call(page, 'toggleReader', { engine: 'background' });
      assertEq(on.via, 'background', 'reader engine path');
      const o = await readOverlay(page);
      assert(o.articleText.length > 250, 'article in the overlay');
      await driver.call(page, 'toggleReader');
      assertEq(await outer(page), before, 'outerHTML after the reader');
    } finally {
      await page.close();
    }
  });

  for (const p of ['fixture/seed.html', 'fixture/news.html']) {
    s.test(`${driver.name} ${p}: parity: the live DOM and the page HTML give the same article`, async () => {
      const page = await open(p);
      try {
        const live = await driver.call(page, 'toggleReader');
        assertEq(live.via, 'live', 'first path');
        const a = await readOverlay(page);
        await driver.call(page, 'toggleReader');
        const bg = await driver.call(page, 'toggleReader', { engine: 'background' });
        assertEq(bg.via, 'background', 'second path');
        const b = await readOverlay(page);
        await driver.call(page, 'toggleReader');
        for (const k of ['title', 'meta', 'articleHtml', 'removedGroups']) {
          assertEq(JSON.stringify(a[k]), JSON.stringify(b[k]), `live vs HTML: ${k}`);
        }
        assertEq(JSON.stringify(a.points), JSON.stringify(b.points), 'live vs HTML: points');
        assertEq(JSON.stringify(a.quotes), JSON.stringify(b.quotes), 'live vs HTML: quotes');
      } finally {
        await page.close();
      }
    });
  }

  s.test(`${driver.name}: the overlay shows a full Article: header, points, quotes with speakers, removed by kind`, async () => {
    // reader.js on its own in the page, given an Article with every field filled,
    // so the panel is checked whatever the core fills in today.
    const page = await open('fixture/news.html');
    try {
      const before = await outer(page);
      const code = fs.readFileSync(path.join(ROOT, 'extension/content/reader.js'), 'utf8');
      const article = {
        title: 'Harbour town votes', byline: 'Mara Lindqvist', site_name: 'The Coastal Courier',
        published: '2024-10-03T08:30:00Z', reading_minutes: 3, lang: 'en', dir: 'ltr',
        content_html: '<p>Residents voted.</p><p>“The ferry is not a luxury, it is how my mother gets to the hospital,” said Ingrid Holm.</p>'
          + '<p>“Now we have to\n find the money,” Berg said.</p><script>window.__bad = 1</script><p onclick="window.__bad = 2">x</p>',
        text: '', summary: ['Residents voted to keep the ferry.', 'The council must find the money.', 'Fees may rise.'],
        quotes: [
          { text: 'The ferry is not a luxury, it is how my mother gets to the hospital', speaker: 'Ingrid Holm', fragment: false },
          { text: 'Now we have to find the money', speaker: 'Jonas Berg', fragment: false },
          { text: 'luxury', speaker: null, fragment: true },
        ],
        removed: [{ kind: 'ad', excerpt: 'Advertisement' }, { kind: 'newsletter', excerpt: 'Subscribe now' }, { kind: 'ad', excerpt: 'Buy now' }],
      };
      const o = await page.evaluate(`(async () => {
        ${code}
        const r = globalThis.__declutter.reader;
        r.open(${JSON.stringify(article)}, { theme: 'dark', font: 'sans', size: 22, width: 'wide' });
        const root = document.getElementById('declutter-root').shadowRoot;
        const q = [...root.querySelectorAll('[data-declutter="quote"]')];
        q[1].click();
        const mark = root.querySelector('[data-declutter="article"] [data-declutter="highlight"]');
        const out = {
          title: root.querySelector('#dc-title').textContent,
          meta: root.querySelector('.dc-meta').textContent,
          site: root.querySelector('.dc-site').textContent,
          points: root.querySelectorAll('[data-declutter="point"]').length,
          speakers: q.map((b) => b.getAttribute('data-speaker')),
          highlighted: mark && mark.textContent,
          groups: [...root.querySelectorAll('[data-declutter="removed"] summary')].map((x) => x.textContent),
          scripts: root.querySelectorAll('script').length,
          handlers: root.querySelectorAll('[onclick]').length,
          shell: root.querySelector('.dc-shell').className,
          bad: window.__bad || 0,
        };
        r.close();
        delete globalThis.__declutter;
        return out;
      })()`);
      assertEq(o.title, 'Harbour town votes', 'title');
      assert(o.meta.startsWith('Mara Lindqvist · ') && o.meta.endsWith(' · 3 min read'), `meta line: ${o.meta}`);
      assertEq(o.site, 'The Coastal Courier', 'site');
      assertEq(o.points, 3, 'points');
      assertEq(JSON.stringify(o.speakers), JSON.stringify(['Ingrid Holm', 'Jonas Berg']), 'quotes (fragments left out)');
      assertEq(o.highlighted, 'Now we have to\n find the money', 'clicked quote highlighted in the article');
      assertEq(JSON.stringify(o.groups), JSON.stringify(['Ads (2)', 'Newsletter sign-ups (1)']), 'removed, grouped by kind');
      assertEq(o.scripts + o.handlers + o.bad, 0, 'nothing active gets into the overlay');
      assert(o.shell.includes('theme-dark') && o.shell.includes('font-sans'), `settings applied: ${o.shell}`);
      assertEq(await outer(page), before, 'outerHTML after close');
    } finally {
      await page.close();
    }
  });

  s.test(`${driver.name}: saved images are inlined as data: URIs; one that cannot be fetched is kept and listed`, async () => {
    const page = await open('fixture/news.html');
    try {
      // content/inline.js on its own, in the page, with a background fallback that fails.
      const code = fs.readFileSync(path.join(ROOT, 'extension/content/inline.js'), 'utf8');
      const r = await page.evaluate(`(async () => {
        ${code}
        const html = '<p>a<img src="/img/ferry.jpg" alt="f"></p><picture><source srcset="/img/x.webp"><img src="../img/hall.png" srcset="/img/h2.png 2x"></picture>'
          + '<img src="/img/missing-chart.png"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';
        const out = await globalThis.__declutter.inlineImages(html, location.href, async () => null);
        delete globalThis.__declutter;
        return out;
      })()`);
      const imgs = [...r.html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
      assertEq(imgs.length, 4, 'images kept');
      assertEq(imgs.filter((i) => i.includes('src="data:image/png;base64,')).length, 2, `fetched images inlined: ${r.html.replace(/base64,[^"]+/g, 'base64,…')}`);
      assert(!/srcset|<source/.test(r.html), 'no srcset or <source> left');
      assertEq(r.failed.length, 1, 'one image not saved');
      assert(r.failed[0] === `${origin}/img/missing-chart.png`, `absolute URL listed: ${r.failed[0]}`);
      assert(/src="http[^"]+missing-chart.png" data-declutter-offline/.test(r.html), 'kept with its absolute URL');
    } finally {
      await page.close();
    }
  });

  s.test(`${driver.name}: Escape closes the reader and the page is as before; Tab stays inside the reader`, async () => {
    const page = await open('fixture/news.html');
    try {
      const before = await outer(page);
      await driver.call(page, 'toggleReader');
      const seen = new Set();
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        const where = await page.evaluate(() => {
          const a = document.activeElement;
          const inner = a?.shadowRoot?.activeElement;
          return a?.id === 'declutter-root' && inner ? inner.textContent.trim().slice(0, 20) || inner.localName : `outside:${a?.localName}`;
        });
        assert(!where.startsWith('outside'), `focus left the reader: ${where}`);
        seen.add(where);
      }
      assert(seen.size >= 8, `Tab reaches the controls (${seen.size})`);
      await page.keyboard.press('Escape');
      await until(() => page.evaluate(() => !document.getElementById('declutter-root')), { what: 'overlay to close' });
      assertEq(await outer(page), before, 'outerHTML after Escape');
    } finally {
      await page.close();
    }
  });

  s.test(`${driver.name}: clicking a quote highlights its text in the article`, async () => {
    const page = await open('fixture/news.html');
    try {
      await driver.call(page, 'toggleReader');
      const n = await page.evaluate(() => document.getElementById('declutter-root').shadowRoot
        .querySelectorAll('[data-declutter="quote"]').length);
      if (n === 0) {
        console.log('  (the core found no quotes yet: nothing to click)');
      } else {
        const hit = await page.evaluate(() => {
          const root = document.getElementById('declutter-root').shadowRoot;
          const q = root.querySelector('[data-declutter="quote"]');
          q.click();
          const mark = root.querySelector('[data-declutter="article"] [data-declutter="highlight"]');
          return mark ? mark.textContent : null;
        });
        assert(hit && hit.length > 5, `highlighted text: ${hit}`);
      }
      await driver.call(page, 'toggleReader');
    } finally {
      await page.close();
    }
  });

  for (const p of ['fixture/news.html', 'strict/news.html']) {
    s.test(`${driver.name} ${p}: save writes self-contained HTML with inlined images and no script`, async () => {
      const page = await open(p);
      try {
        const r = await driver.call(page, 'save', 'html');
        assert(r.downloadId != null, 'a download was started');
        assert(/\.html$/.test(r.filename) && r.filename.startsWith('Harbour town votes'), `filename ${r.filename}`);
        const body = r.body;
        assert(!/<script/i.test(body), 'no <script> in the saved file');
        assert(body.includes('community hall'), 'the article text is in the file');
        const want = await expected(page);
        if (/<img\b/i.test(want.article.content_html)) {
          const imgs = [...body.matchAll(/<img\b[^>]*>/gi)].map((m) => m[0]);
          const inlined = imgs.filter((i) => /src="data:image\/png;base64,/.test(i));
          assert(inlined.length >= 2, `images inlined as data: URIs: ${inlined.length} of ${imgs.length}`);
          assert(r.failedImages.some((u) => u.includes('missing-chart')), 'the missing image is listed');
          assert(body.includes('could not be saved'), 'the file says which images are not inlined');
        } else {
          console.log('  (the core gives no content_html images yet: inlining not checked here; see the save-images test)');
        }
        assert(body.includes(`${origin}/${p}`), 'source URL in the file');
        if (driver.readDownload) {
          const file = await driver.readDownload(r.downloadId);
          assert(file && file.includes('community hall') && !/<script/i.test(file), 'the downloaded file on disk');
        }
        const md = await driver.call(page, 'save', 'markdown');
        assert(md.filename.endsWith('.md'), 'markdown filename');
        assert(/^---\ntitle: /.test(md.body) && /\nurl: "http/.test(md.body) && /\nsaved: "/.test(md.body), 'front matter');
      } finally {
        await page.close();
      }
    });
  }

  s.test(`${driver.name}: reader settings persist across a reload`, async () => {
    const page = await open('fixture/news.html');
    try {
      await driver.call(page, 'toggleReader');
      await page.evaluate(() => document.getElementById('declutter-root').shadowRoot
        .querySelector('[data-setting="theme"][data-value="sepia"]').click());
      await sleep(300);
      await driver.call(page, 'toggleReader');
      await page.reload();
      await driver.call(page, 'toggleReader');
      const o = await readOverlay(page);
      assert(o.shellClass.includes('theme-sepia'), `theme after reload: ${o.shellClass}`);
      await page.evaluate(() => document.getElementById('declutter-root').shadowRoot
        .querySelector('[data-setting="theme"][data-value="auto"]').click());
      await sleep(300);
      await driver.call(page, 'toggleReader');
    } finally {
      await page.close();
    }
  });
}
