// End-to-end suite in headless Firefox ESR (puppeteer-core over WebDriver
// BiDi, the Debian browser at /usr/bin/firefox-esr). Job: install the test
// build of the extension and run the shared scenarios. Extension pages
// cannot be opened by automation here, so calls go from the test page
// through the test build's relay content script to the background's test
// contract. Output: `N passed, N failed`; exit 1 on failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from './server.mjs';
import { suite, makeTestExtension, ARTIFACTS, sleep, assert } from './lib.mjs';
import { addScenarios } from './scenarios.mjs';

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';

/** Calls the background's declutter[fn] for this page's tab through the relay. */
export function callRelay(page, fn, ...args) {
  return page.evaluate((fn, args) => new Promise((resolve, reject) => {
    const id = `${Date.now()}-${Math.random()}`;
    const timer = setTimeout(() => reject(new Error(`relay timeout calling ${fn}`)), 60000);
    const onMessage = (e) => {
      if (!e.data || e.data.declutterTestReply !== id) return;
      removeEventListener('message', onMessage);
      clearTimeout(timer);
      if (e.data.error) reject(new Error(e.data.error));
      else resolve(e.data.result);
    };
    addEventListener('message', onMessage);
    postMessage({ declutterTest: id, fn, args }, '*');
  }), fn, args);
}

export async function launchFirefox(extDir, downloads) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'extensions.originControls.grantByDefault': true,
      // Nothing leaves this machine: everything but 127.0.0.1 goes to a dead proxy.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1, localhost',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  await browser.installExtension(extDir);
  return browser;
}

async function main() {
  const server = await startServer();
  const extDir = makeTestExtension();
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'declutter-ff-downloads-'));
  const browser = await launchFirefox(extDir, downloads);
  const s = suite('e2e firefox');
  addScenarios(s, server.origin, {
    name: 'firefox',
    strictUsesFallback: false,
    newPage: () => browser.newPage(),
    call: callRelay,
  });
  s.test('firefox: screenshot of reader mode', async () => {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(`${server.origin}/strict/seed.html`);
      const r = await callRelay(page, 'toggleReader');
      assert(r.open, 'reader open');
      await sleep(300);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'firefox-reader-strict-seed.png') });
      await callRelay(page, 'toggleReader');
    } finally {
      await page.close();
    }
  });

  const failed = await s.run();
  await browser.close();
  await server.close();
  fs.rmSync(extDir, { recursive: true, force: true });
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) await main();
