// The background (Chrome: module service worker; Firefox: module event page).
// Job: wire the toolbar button, shortcuts and context menu to the content
// script; run the engine on page HTML for the strict-CSP fallback; save
// cleaned pages (HTML or Markdown) to downloads and the local library; keep
// auto-clean content scripts registered for the sites the user chose.
// Input: browser events, and runtime messages from our content scripts
// ({type: clean-html | fetch-image}). Output: replies to those messages, and
// `globalThis.declutter` = {toggleReader, cleanPage, undoClean, save}: the
// functions the button, menu and shortcuts call (the test contract).
import init, * as engine from './pkg/declutter.js';
import { addPage } from './library/store.js';
import { markdownDocument, savedHtmlDocument, fileName } from './save.js';

const api = globalThis.browser ?? globalThis.chrome;
const CONTENT_FILES = ['content/positions.js', 'content/inline.js', 'content/reader.js', 'content/notice.js', 'content/content.js'];
const AUTO_ID = 'declutter-auto-clean';

// No top-level await in a service worker: initialise once, await on use.
let ready = null;
function engineReady() {
  ready ??= init({ module_or_path: api.runtime.getURL('pkg/declutter_bg.wasm') });
  return ready;
}

async function inject(tabId) {
  await api.scripting.executeScript({ target: { tabId }, files: CONTENT_FILES });
}

async function send(tabId, message) {
  await inject(tabId);
  const reply = await api.tabs.sendMessage(tabId, message);
  if (reply && reply.error) throw new Error(reply.error);
  return reply;
}

/**
 * Reader mode on or off in a tab. Resolves when the overlay has painted.
 * `options.engine = 'background'` skips the wasm in the page (the strict-CSP path).
 */
export function toggleReader(tabId, options = {}) {
  return send(tabId, { type: 'toggle-reader', engine: options.engine });
}

/** Removes the clutter from the live page; resolves to {removed, via}. Options as toggleReader. */
export function cleanPage(tabId, options = {}) {
  return send(tabId, { type: 'clean', engine: options.engine });
}

/** Puts back what cleanPage removed; resolves to {restored}. */
export function undoClean(tabId) {
  return send(tabId, { type: 'undo' });
}

/**
 * Saves the cleaned page as a self-contained HTML file (images inlined) or
 * as Markdown, to downloads and to the library. Resolves to
 * {filename, downloadId, libraryId, failedImages, bytes}.
 */
export async function save(tabId, format = 'html') {
  const { article, failedImages } = await send(tabId, { type: 'article-for-save' });
  await engineReady();
  const saved = new Date().toISOString();
  const body = format === 'markdown'
    ? (engine.renderMarkdown ? engine.renderMarkdown(article, saved) : markdownDocument(article, saved))
    : savedHtmlDocument(engine.renderStandalone(article), article, saved, failedImages);
  const type = format === 'markdown' ? 'text/markdown' : 'text/html';
  const filename = fileName(article.title, format === 'markdown' ? 'md' : 'html');
  const downloadId = await download(body, type, filename);
  const libraryId = await addPage({
    title: article.title || filename, site: article.site_name || hostOf(article.url),
    url: article.url, format, savedAt: saved, body,
  }).catch(() => null);
  return { filename, downloadId, libraryId, failedImages, bytes: body.length, body };
}

function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

function base64(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(out);
}

async function download(text, type, filename) {
  // A service worker has no object URLs: a data: URL there, a blob elsewhere.
  let url;
  if (typeof URL.createObjectURL === 'function') {
    url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } else {
    url = `data:${type};charset=utf-8;base64,${base64(new TextEncoder().encode(text))}`;
  }
  return api.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
}

async function fetchImage(url) {
  if (!/^https?:/i.test(url)) return null;
  try {
    const res = await fetch(url, { credentials: 'omit' });
    if (!res.ok) return null;
    const blob = await res.blob();
    if (!blob.type.startsWith('image/')) return null;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return `data:${blob.type};base64,${base64(bytes)}`;
  } catch {
    return null;
  }
}

const declutter = { toggleReader, cleanPage, undoClean, save };
globalThis.declutter = declutter;

// Test builds only: the e2e harness adds `test.flag` to a copy of the
// extension, and a relay content script on 127.0.0.1 pages forwards calls.
let testFlag = null;
function isTestBuild() {
  testFlag ??= fetch(api.runtime.getURL('test.flag')).then((r) => r.ok, () => false);
  return testFlag;
}

async function onMessage(msg, sender) {
  switch (msg?.type) {
    case 'clean-html': {
      await engineReady();
      return engine.cleanHtmlWithRemovals(msg.html, msg.url || undefined);
    }
    case 'fetch-image':
      return { data: await fetchImage(msg.url) };
    case 'test-call': {
      if (!(await isTestBuild()) || !sender.tab || !declutter[msg.fn]) return { error: 'not a test build' };
      const result = await declutter[msg.fn](sender.tab.id, ...(msg.args || []));
      return { result };
    }
    default:
      return undefined;
  }
}

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!['clean-html', 'fetch-image', 'test-call'].includes(msg?.type)) return false;
  onMessage(msg, sender).then(sendResponse, (e) => sendResponse({ error: String(e?.message || e) }));
  return true;
});

function report(promise) {
  promise.catch((e) => console.warn('Declutter:', e?.message || e));
}

api.action.onClicked.addListener((tab) => report(toggleReader(tab.id)));

api.commands.onCommand.addListener((command, tab) => {
  const run = async () => {
    const id = tab?.id ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id == null) return;
    if (command === 'toggle-reader') await toggleReader(id);
    if (command === 'clean-page') await cleanPage(id);
  };
  report(run());
});

const MENUS = [
  ['reader', 'Reader mode'],
  ['clean', 'Clean this page'],
  ['save-html', 'Save cleaned page'],
  ['save-markdown', 'Save as Markdown'],
];

async function createMenus() {
  await api.contextMenus.removeAll();
  for (const [id, title] of MENUS) api.contextMenus.create({ id, title, contexts: ['page', 'selection', 'image', 'link'] });
}

api.contextMenus.onClicked.addListener((info, tab) => {
  if (!tab?.id) return;
  const actions = {
    reader: () => toggleReader(tab.id),
    clean: () => cleanPage(tab.id),
    'save-html': () => save(tab.id, 'html'),
    'save-markdown': () => save(tab.id, 'markdown'),
  };
  if (actions[info.menuItemId]) report(actions[info.menuItemId]());
});

// Auto-clean: one registered content script for every site the user chose
// (each granted its own host permission from the options page).
async function syncAutoClean() {
  const { settings } = await api.storage.sync.get('settings');
  const sites = (settings?.autoSites || []).filter(Boolean);
  const origins = sites.map((s) => `*://${s}/*`);
  const granted = [];
  for (const o of origins) {
    if (await api.permissions.contains({ origins: [o] }).catch(() => false)) granted.push(o);
  }
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [AUTO_ID] }).catch(() => []);
  if (existing.length) await api.scripting.unregisterContentScripts({ ids: [AUTO_ID] });
  if (!granted.length) return;
  await api.scripting.registerContentScripts([{
    id: AUTO_ID, matches: granted, js: [...CONTENT_FILES, 'content/auto.js'], runAt: 'document_idle',
  }]);
}

api.runtime.onInstalled.addListener(() => {
  report(createMenus());
  report(syncAutoClean());
});
api.runtime.onStartup?.addListener(() => report(syncAutoClean()));
api.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && changes.settings) report(syncAutoClean());
});
api.permissions.onAdded?.addListener(() => report(syncAutoClean()));
api.permissions.onRemoved?.addListener(() => report(syncAutoClean()));
