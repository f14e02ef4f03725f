// End-to-end suite in headless Chromium (playwright-core, the Debian
// browser at /usr/bin/chromium). Job: load the test build of the extension,
// run the shared scenarios, test the options page and library, and take the
// screenshots (tests/e2e/artifacts/). Output: `N passed, N failed`; exit 1 on failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { suite, assert, assertEq, makeTestExtension, ARTIFACTS, until, sleep } from './lib.mjs';
import { addScenarios } from './scenarios.mjs';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export async function launch(extDir) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'declutter-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      // Nothing leaves this machine: every host but the test server fails to resolve.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-default-browser-check',
    ],
  });
  const sw = ctx.serviceWorkers()[0] || await ctx.waitForEvent('serviceworker', { timeout: 20000 });
  const extId = new URL(sw.url()).host;
  return { ctx, sw, extId, profile };
}

/** Calls globalThis.declutter[fn] in the service worker for this page's tab. */
export async function callIn(sw, page, fn, ...args) {
  const url = page.url();
  return sw.evaluate(async ({ url, fn, args }) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === url);
    if (!tab) throw new Error(`no tab for ${url}`);
    return globalThis.declutter[fn](tab.id, ...args);
  }, { url, fn, args });
}

async function main() {
  const server = await startServer();
  const extDir = makeTestExtension();
  const { ctx, sw, extId } = await launch(extDir);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const s = suite('e2e chromium');
  const driver = {
    name: 'chromium',
    strictUsesFallback: true,
    newPage: () => ctx.newPage(),
    call: (page, fn, ...args) => callIn(sw, page, fn, ...args),
    readDownload: async (id) => {
      const item = await until(async () => {
        const [d] = await sw.evaluate((id) => chrome.downloads.search({ id }), id);
        return d && d.state === 'complete' ? d : null;
      }, { what: 'download to complete' });
      return fs.readFileSync(item.filename, 'utf8');
    },
  };
  addScenarios(s, server.origin, driver);

  s.test('chromium: options persist across a reload of the options page', async () => {
    const page = await ctx.newPage();
    try {
      await page.goto(`chrome-extension://${extId}/options/options.html`);
      await page.selectOption('#width', 'wide');
      await page.selectOption('#font', 'sans');
      await sleep(300);
      await page.reload();
      await page.waitForSelector('#width');
      await until(async () => (await page.inputValue('#width')) === 'wide', { what: 'width to load' });
      assertEq(await page.inputValue('#font'), 'sans', 'font after reload');
      await page.screenshot({ path: path.join(ARTIFACTS, 'options.png') });
      await page.selectOption('#width', 'medium');
      await page.selectOption('#font', 'serif');
      await sleep(300);
    } finally {
      await page.close();
    }
  });

  s.test('chromium: sites on the auto-clean list are cleaned on load', async () => {
    await sw.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings || {}), autoSites: ['127.0.0.1'] } });
    });
    await until(() => sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length > 0),
      { what: 'the auto-clean script to be registered' });
    const page = await ctx.newPage();
    try {
      await page.goto(`${server.origin}/fixture/news.html`);
      const notice = await until(() => page.evaluate(() => document.querySelector('declutter-notice')?.shadowRoot?.textContent),
        { what: 'the page to be cleaned' });
      assert(/Removed \d+ item/.test(notice), `notice: ${notice}`);
      assert(await page.evaluate(() => !document.querySelector('.newsletter-signup')), 'the newsletter box is gone');
    } finally {
      await page.close();
      await sw.evaluate(async () => {
        const { settings } = await chrome.storage.sync.get('settings');
        await chrome.storage.sync.set({ settings: { ...settings, autoSites: [] } });
      });
      await until(() => sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length === 0),
        { what: 'the auto-clean script to be unregistered' });
    }
  });

  s.test('chromium: saved pages are listed in the library and open', async () => {
    const page = await ctx.newPage();
    try {
      await page.goto(`chrome-extension://${extId}/library/library.html`);
      await page.waitForSelector('#pages tr');
      const rows = await page.$$eval('#pages tr', (trs) => trs.map((t) => t.textContent));
      assert(rows.length >= 2 && rows.some((r) => r.includes('Harbour town')), `library rows: ${rows.length}`);
      await page.screenshot({ path: path.join(ARTIFACTS, 'library.png') });
      await page.click('#pages tr a');
      await page.waitForSelector('iframe, pre');
    } finally {
      await page.close();
    }
  });

  s.test('chromium: screenshots of reader mode, light and dark, wide and narrow', async () => {
    for (const [name, width, scheme] of [['light-wide', 1280, 'light'], ['dark-wide', 1280, 'dark'],
      ['light-narrow', 480, 'light'], ['dark-narrow', 480, 'dark']]) {
      const page = await ctx.newPage();
      try {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${server.origin}/fixture/news.html`);
        await driver.call(page, 'toggleReader');
        await sleep(200);
        await page.screenshot({ path: path.join(ARTIFACTS, `reader-${name}.png`) });
        if (name === 'light-wide') {
          await page.goto(`${server.origin}/fixture/seed.html`);
          await driver.call(page, 'toggleReader');
          await sleep(200);
          await page.screenshot({ path: path.join(ARTIFACTS, 'reader-seed-light-wide.png') });
          await driver.call(page, 'toggleReader');
          await driver.call(page, 'cleanPage');
          await sleep(200);
          await page.screenshot({ path: path.join(ARTIFACTS, 'cleaned-seed.png'), fullPage: true });
        }
      } finally {
        await page.close();
      }
    }
  });

  s.test('chromium: demo page cleans a sample and shows the reader view', async () => {
    const page = await ctx.newPage();
    try {
      await page.setViewportSize({ width: 1400, height: 950 });
      await page.goto(`${server.origin}/www/index.html`);
      await page.waitForSelector('[data-declutter="article"] p', { timeout: 20000 });
      const info = await page.evaluate(() => ({
        time: document.getElementById('timing').textContent,
        sandbox: document.querySelector('iframe#original')?.getAttribute('sandbox'),
        points: document.querySelectorAll('[data-declutter="point"]').length,
      }));
      assert(/ms/.test(info.time), `timing shown: ${info.time}`);
      assertEq(info.sandbox, '', 'original in a sandboxed iframe with scripts off');
      for (const [button, ext] of [['#dl-html', '.html'], ['#dl-md', '.md']]) {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
        assert(download.suggestedFilename().endsWith(ext), `download name ${download.suggestedFilename()}`);
        const text = fs.readFileSync(await download.path(), 'utf8');
        assert(text.includes('South Korea') && !/<script/i.test(text), `${ext} download content`);
      }
      await page.screenshot({ path: path.join(ARTIFACTS, 'demo.png') });
    } finally {
      await page.close();
    }
  });

  const failed = await s.run();
  await ctx.close();
  await server.close();
  fs.rmSync(extDir, { recursive: true, force: true });
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) await main();
