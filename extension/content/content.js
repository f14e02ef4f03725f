// The content script's controller (classic script, injected on demand by the
// background after positions.js, inline.js, reader.js and notice.js).
// Job: run the engine on this page and act on it: reader overlay on/off,
// clean in place and undo, the article (images inlined) for saving.
// Two ways to the engine: the wasm loaded here (`cleanLive`, which sees the
// live DOM and removes/restores the very nodes), or, where the page's CSP
// forbids wasm in content scripts (Chromium, `script-src 'self'`), the
// background: it gets `document.documentElement.outerHTML`, returns the
// Article and removal positions+tags, and this script finds those elements
// with the same counting rule (positions.js), checks the tags, removes them.
// Input: runtime messages {type: toggle-reader | open-reader | close-reader |
// clean | undo | article-for-save | state}. Output: their replies (plain
// objects; `{error}` on failure).
(() => {
  const ns = (globalThis.__declutter ??= {});
  if (ns.contentReady) return;
  ns.contentReady = true;
  const api = globalThis.browser ?? globalThis.chrome;

  const DEFAULTS = { theme: 'auto', font: 'serif', size: 20, width: 'medium' };
  let engine = null; // Promise<module | null>
  let cleaned = null; // {count, via, undo()}

  function loadEngine() {
    engine ??= (async () => {
      const t0 = performance.now();
      try {
        const mod = await import(api.runtime.getURL('pkg/declutter.js'));
        await mod.default({ module_or_path: api.runtime.getURL('pkg/declutter_bg.wasm') });
        ns.engineLoadMs = performance.now() - t0;
        return mod;
      } catch (e) {
        ns.engineError = String(e?.message || e);
        return null;
      }
    })();
    return engine;
  }

  // The page's HTML as the background parses it. The doctype matters: without
  // it the parser would build the tree in quirks mode (where, e.g., a <table>
  // does not close an open <p>), and element positions would not match.
  function pageHtml() {
    const doctype = document.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '';
    return doctype + document.documentElement.outerHTML;
  }

  // The Article, and how to remove the clutter: {article, via, live?, removals?}.
  async function analyse(engineChoice) {
    const mod = engineChoice === 'background' ? null : await loadEngine();
    if (mod) {
      try {
        const t0 = performance.now();
        const live = mod.cleanLive(location.href);
        const t1 = performance.now();
        const article = live.article();
        ns.cleanMs = performance.now() - t0;
        ns.articleMs = performance.now() - t1;
        return { article, live, via: 'live' };
      } catch (e) {
        ns.engineError = String(e?.message || e);
      }
    }
    const t0 = performance.now();
    const reply = await api.runtime.sendMessage({ type: 'clean-html', html: pageHtml(), url: location.href });
    if (!reply || reply.error) throw new Error(reply?.error || 'the background did not answer');
    ns.cleanMs = performance.now() - t0;
    return { article: reply.article, removals: reply.removals, via: 'background' };
  }

  async function settings() {
    try {
      const got = await api.storage.sync.get('settings');
      return { ...DEFAULTS, ...(got.settings || {}) };
    } catch {
      return { ...DEFAULTS };
    }
  }

  function saveSettings(s) {
    api.storage.sync.get('settings')
      .then((got) => api.storage.sync.set({ settings: { ...(got.settings || {}), ...s } }))
      .catch(() => {});
  }

  const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  async function openReader(msg = {}) {
    const t0 = performance.now();
    ns.notice.hide();
    const [{ article, via, live }, s] = await Promise.all([analyse(msg.engine), settings()]);
    live?.free(); // the reader needs only the Article
    const t1 = performance.now();
    ns.reader.open(article, s, saveSettings);
    const tBuilt = performance.now();
    await painted();
    const t2 = performance.now();
    return {
      open: true, via, analyseMs: t1 - t0, buildMs: tBuilt - t1, paintMs: t2 - t0, cleanMs: ns.cleanMs ?? null, articleMs: ns.articleMs ?? null,
      engineLoadMs: ns.engineLoadMs ?? null, engineError: ns.engineError || null,
    };
  }

  async function toggleReader(msg = {}) {
    if (ns.reader.isOpen()) {
      ns.reader.close();
      return { open: false };
    }
    return openReader(msg);
  }

  // Removes the elements named by position+tag; returns an undo record.
  function removeByPosition(removals) {
    const elements = ns.countedElements(document);
    const targets = [];
    let mismatched = 0;
    for (const r of removals) {
      const node = elements[r.position];
      if (node && node.localName.toLowerCase() === r.tag) targets.push(node);
      else mismatched++;
    }
    const placed = [];
    for (const node of targets) {
      const parent = node.parentNode;
      if (!parent) continue;
      placed.push({ node, parent, next: node.nextSibling });
      node.remove();
    }
    const undo = () => {
      let restored = 0;
      for (const p of placed.reverse()) {
        const next = p.next && p.next.parentNode === p.parent ? p.next : null;
        p.parent.insertBefore(p.node, next);
        restored++;
      }
      return restored;
    };
    return { count: placed.length, mismatched, undo };
  }

  async function clean(msg = {}) {
    if (cleaned) return { removed: cleaned.count, via: cleaned.via, already: true };
    ns.reader.close();
    ns.notice.hide();
    const a = await analyse(msg.engine);
    let record;
    if (a.live) {
      const count = a.live.apply();
      record = { count, mismatched: 0, undo: () => a.live.undo() };
    } else {
      record = removeByPosition(a.removals || []);
    }
    cleaned = { ...record, via: a.via };
    ns.notice.show(record.count, () => undo());
    return { removed: record.count, mismatched: record.mismatched, via: a.via, engineError: ns.engineError || null };
  }

  function undo() {
    ns.notice.hide();
    if (!cleaned) return { restored: 0 };
    const restored = cleaned.undo();
    cleaned = null;
    return { restored };
  }

  async function articleForSave() {
    const { article, via, live } = await analyse();
    live?.free();
    const viaBackground = (url) => api.runtime.sendMessage({ type: 'fetch-image', url })
      .then((reply) => reply?.data || null, () => null);
    const inlined = await ns.inlineImages(ns.reader.articleHtml(article), article.url || location.href, viaBackground);
    article.content_html = inlined.html;
    if (!article.url) article.url = location.href;
    return { article, failedImages: inlined.failed, via };
  }

  const handlers = {
    'toggle-reader': toggleReader,
    'open-reader': (msg) => (ns.reader.isOpen() ? { open: true } : openReader(msg)),
    'close-reader': async () => {
      ns.reader.close();
      return { open: false };
    },
    clean,
    undo: async () => undo(),
    'article-for-save': articleForSave,
    state: async () => ({ reader: ns.reader.isOpen(), cleaned: cleaned ? cleaned.count : null }),
  };

  api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    const handler = msg && handlers[msg.type];
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(msg))
      .then(sendResponse, (e) => sendResponse({ error: String(e?.message || e) }));
    return true;
  });

  ns.clean = clean;
  ns.undo = undo;
  ns.toggleReader = toggleReader;
})();
