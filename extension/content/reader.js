// The reader overlay (classic content script).
// Job: show an Article over the page in a shadow root, with a header, a
// summary panel (key points, quotes, what was removed) and reader settings;
// close it leaving the page exactly as it was.
// Input: `__declutter.reader.open(article, settings, onSettings)`, where
// `article` is the core's Article object and `settings` is
// {theme: auto|light|sepia|dark, font: serif|sans, size: px, width: narrow|medium|wide}.
// Output: a `<declutter-reader id="declutter-root">` element appended to
// <html> while open (the only change to the page, with <html>'s overflow,
// restored exactly on close); `close()`, `isOpen()`.
(() => {
  const ns = (globalThis.__declutter ??= {});
  if (ns.reader) return;

  const SIZES = [14, 16, 18, 20, 22, 24, 27, 30];
  const WIDTHS = { narrow: '32em', medium: '38em', wide: '46em' };
  const KIND_NAMES = {
    ad: 'Ads', promo: 'Promotions', teaser: 'Teasers', newsletter: 'Newsletter sign-ups',
    social: 'Social buttons', related: 'Related links', nav: 'Navigation', cta: 'Calls to action',
    modal: 'Pop-ups', comments: 'Comments', hidden: 'Hidden elements',
  };

  const CSS = `
:host { all: initial; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important;
  display: block !important; contain: strict; }
* { box-sizing: border-box; }
.dc-shell { --bg: #fdfdfb; --fg: #1f2328; --muted: #57606a; --line: #d8dee4; --accent: #0a58ca;
  --panel: #f3f4f1; --mark: #ffe58a; --focus: #0a58ca;
  position: absolute; inset: 0; overflow: auto; background: var(--bg); color: var(--fg);
  font: var(--dc-size, 20px)/1.6 var(--dc-font); -webkit-text-size-adjust: 100%; }
.dc-shell.font-serif { --dc-font: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "DejaVu Serif", serif; }
.dc-shell.font-sans { --dc-font: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
.dc-shell.theme-sepia { --bg: #f5ecd9; --fg: #3b2f1e; --muted: #6a5a43; --line: #dccdb0; --accent: #8a4b08;
  --panel: #ede1c8; --mark: #f3c969; --focus: #8a4b08; }
.dc-shell.theme-dark { --bg: #16181d; --fg: #e6e6e3; --muted: #a8adb4; --line: #343943; --accent: #8cb8ff;
  --panel: #1e2128; --mark: #6b5a12; --focus: #8cb8ff; }
@media (prefers-color-scheme: dark) {
  .dc-shell.theme-auto { --bg: #16181d; --fg: #e6e6e3; --muted: #a8adb4; --line: #343943; --accent: #8cb8ff;
    --panel: #1e2128; --mark: #6b5a12; --focus: #8cb8ff; }
}
.dc-toolbar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: .4rem; align-items: center;
  padding: .5rem 1rem; background: var(--bg); border-bottom: 1px solid var(--line);
  font: 14px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.dc-toolbar .dc-brand { font-weight: 600; margin-right: auto; color: var(--muted); }
.dc-group { display: inline-flex; gap: 2px; border: 1px solid var(--line); border-radius: 6px; padding: 2px; }
button { font: inherit; color: var(--fg); background: transparent; border: 0; border-radius: 4px;
  padding: .35rem .6rem; cursor: pointer; min-height: 2rem; }
button:hover { background: var(--panel); }
button[aria-pressed="true"] { background: var(--fg); color: var(--bg); }
button:focus-visible, a:focus-visible, summary:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px; }
.dc-close { font-size: 1.25rem; line-height: 1; border: 1px solid var(--line); }
.dc-layout { display: grid; grid-template-columns: minmax(0, var(--dc-width, 38em)) minmax(14rem, 20rem);
  gap: 3rem; justify-content: center; padding: 2rem 1.5rem 4rem; }
@media (max-width: 62rem) { .dc-layout { grid-template-columns: minmax(0, var(--dc-width, 38em)); gap: 2rem; } }
.dc-header { margin-bottom: 1.5rem; border-bottom: 1px solid var(--line); padding-bottom: 1rem; }
.dc-site { margin: 0; color: var(--muted); font-size: .8em; text-transform: uppercase; letter-spacing: .06em; }
.dc-header h1 { font-size: 1.9em; line-height: 1.2; margin: .3rem 0 .6rem; }
.dc-meta { margin: 0; color: var(--muted); font-size: .85em; }
article { overflow-wrap: break-word; }
article img, article video, article svg { max-width: 100%; height: auto; }
article figure { margin: 1.5em 0; }
article figcaption { color: var(--muted); font-size: .85em; }
article a { color: var(--accent); }
article pre { overflow: auto; background: var(--panel); padding: .8em; font-size: .85em; }
article blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid var(--line); color: var(--muted); }
article table { border-collapse: collapse; max-width: 100%; display: block; overflow: auto; }
article td, article th { border: 1px solid var(--line); padding: .3em .5em; }
mark, [data-declutter="highlight"] { background: var(--mark); color: inherit; border-radius: 2px; }
.dc-panel { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; align-self: start;
  position: sticky; top: 4rem; max-height: calc(100vh - 5rem); overflow: auto; }
@media (max-width: 62rem) { .dc-panel { position: static; max-height: none; } }
.dc-panel section { background: var(--panel); border-radius: 8px; padding: .8rem 1rem; margin-bottom: 1rem; }
.dc-panel h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; margin: 0 0 .5rem; color: var(--muted); }
.dc-panel ul { margin: 0; padding-left: 1.1rem; }
.dc-panel li { margin: .35rem 0; }
.dc-quotes { list-style: none; padding: 0 !important; }
.dc-quotes button { text-align: left; display: block; width: 100%; padding: .4rem .5rem; }
.dc-quotes .dc-speaker { display: block; color: var(--muted); font-size: .85em; margin-top: .15rem; }
.dc-empty { color: var(--muted); margin: 0; }
details { margin: .3rem 0; }
summary { cursor: pointer; }
.dc-removed li { color: var(--muted); font-size: .9em; }
`;

  let state = null; // {host, saved: {style, scrollX, scrollY, focus}, keydown}

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v == null || v === false) continue;
      if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) if (c != null) node.append(c);
    return node;
  }

  // content_html is sanitized by the core; this drops anything active again,
  // in case, before it enters the page.
  function safeFragment(html) {
    const doc = new DOMParser().parseFromString(`<body>${html || ''}</body>`, 'text/html');
    for (const bad of doc.body.querySelectorAll('script, style, iframe, object, embed, link, meta, base, form')) bad.remove();
    for (const node of doc.body.querySelectorAll('*')) {
      for (const a of [...node.attributes]) {
        const name = a.name.toLowerCase();
        if (name.startsWith('on') || name === 'style' ||
            (/^(href|src|action|formaction|xlink:href)$/.test(name) && /^\s*javascript:/i.test(a.value))) {
          node.removeAttribute(a.name);
        }
      }
    }
    const frag = document.createDocumentFragment();
    for (const child of [...doc.body.childNodes]) frag.append(document.importNode(child, true));
    return frag;
  }

  // The article's HTML; if the core gave none, its text as paragraphs.
  function articleHtml(article) {
    if (article.content_html && article.content_html.trim()) return article.content_html;
    const esc = (t) => t.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' }[c]));
    return (article.text || '').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean)
      .map((b) => `<p>${esc(b)}</p>`).join('\n');
  }

  function formatDate(iso) {
    if (!iso) return null;
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return iso;
    return d.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  }

  function header(article) {
    const meta = [article.byline, formatDate(article.published),
      article.reading_minutes ? `${article.reading_minutes} min read` : null].filter(Boolean);
    return el('header', { class: 'dc-header' },
      article.site_name ? el('p', { class: 'dc-site', text: article.site_name }) : null,
      el('h1', { id: 'dc-title', text: article.title || 'Untitled' }),
      meta.length ? el('p', { class: 'dc-meta', text: meta.join(' · ') }) : null);
  }

  // Maps whitespace-collapsed text of `root` back to (text node, offset).
  function findText(root, needle) {
    const want = needle.replace(/\s+/g, ' ').trim();
    if (!want) return null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    const at = [];
    let node;
    while ((node = walker.nextNode())) {
      const data = node.data;
      for (let i = 0; i < data.length; i++) {
        // Soft hyphens are not in the article's text (the engine drops them).
        if (data[i] === '\u00ad') continue;
        const ch = /\s/.test(data[i]) ? ' ' : data[i];
        if (ch === ' ' && text.endsWith(' ')) continue;
        text += ch;
        at.push([node, i]);
      }
    }
    let idx = text.indexOf(want);
    let len = want.length;
    if (idx < 0) {
      const head = want.slice(0, 40);
      idx = text.indexOf(head);
      len = head.length;
    }
    if (idx < 0) return null;
    const [sNode, sOff] = at[idx];
    const [eNode, eOff] = at[idx + len - 1];
    const range = document.createRange();
    range.setStart(sNode, sOff);
    range.setEnd(eNode, eOff + 1);
    return range;
  }

  function clearHighlight(root) {
    for (const m of root.querySelectorAll('mark[data-declutter="highlight"]')) m.replaceWith(...m.childNodes);
    for (const m of root.querySelectorAll('[data-declutter="highlight"]')) m.removeAttribute('data-declutter');
    root.normalize();
  }

  function showQuote(articleEl, quote) {
    clearHighlight(articleEl);
    const range = findText(articleEl, quote.text);
    if (!range) return false;
    let target;
    if (range.startContainer === range.endContainer) {
      target = el('mark', { 'data-declutter': 'highlight' });
      range.surroundContents(target);
    } else {
      target = range.commonAncestorContainer;
      if (target.nodeType !== Node.ELEMENT_NODE) target = target.parentElement;
      target.setAttribute('data-declutter', 'highlight');
    }
    target.setAttribute('tabindex', '-1');
    const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'center', behavior: calm ? 'auto' : 'smooth' });
    target.focus({ preventScroll: true });
    return true;
  }

  function panel(article, articleEl) {
    const points = article.summary || [];
    const quotes = (article.quotes || []).filter((q) => !q.fragment);
    const removed = article.removed || [];
    const byKind = new Map();
    for (const r of removed) {
      if (!byKind.has(r.kind)) byKind.set(r.kind, []);
      byKind.get(r.kind).push(r.excerpt);
    }
    return el('aside', { class: 'dc-panel', 'aria-label': 'Summary' },
      el('section', { 'data-declutter': 'points' },
        el('h2', { text: 'Key points' }),
        points.length
          ? el('ul', {}, ...points.map((p) => el('li', { 'data-declutter': 'point', text: p })))
          : el('p', { class: 'dc-empty', text: 'No key points found.' })),
      el('section', { 'data-declutter': 'quotes' },
        el('h2', { text: 'Quotes' }),
        quotes.length
          ? el('ul', { class: 'dc-quotes' }, ...quotes.map((q) => el('li', {},
            el('button', {
              type: 'button', 'data-declutter': 'quote', 'data-speaker': q.speaker || '',
              title: 'Show in the article', onclick: () => showQuote(articleEl, q),
            }, `“${q.text}”`, el('span', { class: 'dc-speaker', text: q.speaker ? `— ${q.speaker}` : '— unattributed' })))))
          : el('p', { class: 'dc-empty', 'data-declutter': 'no-quotes', text: 'This article has no quotes.' })),
      el('section', { 'data-declutter': 'removed' },
        el('h2', { text: `What was removed (${removed.length})` }),
        removed.length
          ? el('div', { class: 'dc-removed' }, ...[...byKind].map(([kind, excerpts]) => el('details', { 'data-kind': kind },
            el('summary', { text: `${KIND_NAMES[kind] || kind} (${excerpts.length})` }),
            el('ul', {}, ...excerpts.map((x) => el('li', { text: x || '(no text)' }))))))
          : el('p', { class: 'dc-empty', text: 'Nothing was removed.' })));
  }

  function toolbar(shell, settings, onSettings, close) {
    const apply = () => {
      shell.className = `dc-shell theme-${settings.theme} font-${settings.font}`;
      shell.style.setProperty('--dc-size', `${settings.size}px`);
      shell.style.setProperty('--dc-width', WIDTHS[settings.width] || WIDTHS.medium);
      for (const b of shell.querySelectorAll('[data-setting]')) {
        b.setAttribute('aria-pressed', String(settings[b.dataset.setting] === b.dataset.value));
      }
    };
    const change = (patch) => {
      Object.assign(settings, patch);
      apply();
      onSettings?.({ ...settings });
    };
    const choice = (label, setting, options) => el('div', { class: 'dc-group', role: 'group', 'aria-label': label },
      ...options.map(([value, text, name]) => el('button', {
        type: 'button', 'data-setting': setting, 'data-value': value, 'aria-label': name || text,
        onclick: () => change({ [setting]: value }),
      }, text)));
    const step = (dir) => {
      const i = SIZES.findIndex((s) => s >= settings.size);
      const next = SIZES[Math.min(SIZES.length - 1, Math.max(0, (i < 0 ? SIZES.length - 1 : i) + dir))];
      change({ size: next });
    };
    const bar = el('div', { class: 'dc-toolbar', role: 'toolbar', 'aria-label': 'Reader settings' },
      el('span', { class: 'dc-brand', text: 'Declutter' }),
      choice('Theme', 'theme', [['auto', 'Auto', 'Theme: follow the system'], ['light', 'Light', 'Theme: light'],
        ['sepia', 'Sepia', 'Theme: sepia'], ['dark', 'Dark', 'Theme: dark']]),
      choice('Font', 'font', [['serif', 'Serif'], ['sans', 'Sans']]),
      el('div', { class: 'dc-group', role: 'group', 'aria-label': 'Text size' },
        el('button', { type: 'button', 'aria-label': 'Smaller text', onclick: () => step(-1) }, 'A−'),
        el('button', { type: 'button', 'aria-label': 'Larger text', onclick: () => step(1) }, 'A+')),
      choice('Line width', 'width', [['narrow', 'Narrow'], ['medium', 'Medium'], ['wide', 'Wide']]),
      el('button', { type: 'button', class: 'dc-close', 'data-declutter': 'close', 'aria-label': 'Close reader (Escape)', onclick: close }, '×'));
    shell.append(bar);
    apply();
    return bar;
  }

  function focusables(root) {
    return [...root.querySelectorAll('button, a[href], summary, [tabindex]:not([tabindex="-1"])')]
      .filter((n) => !n.disabled && n.getClientRects().length > 0);
  }

  function open(article, settings, onSettings) {
    if (state) close();
    const html = document.documentElement;
    const saved = {
      style: html.getAttribute('style'),
      scrollX: window.scrollX,
      scrollY: window.scrollY,
      focus: document.activeElement,
    };
    const host = document.createElement('declutter-reader');
    host.id = 'declutter-root';
    const root = host.attachShadow({ mode: 'open' });
    root.append(el('style', { text: CSS }));
    const shell = el('div', {
      class: 'dc-shell', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'dc-title',
      lang: article.lang || null, dir: article.dir || null,
    });
    root.append(shell);
    const s = { theme: 'auto', font: 'serif', size: 20, width: 'medium', ...(settings || {}) };
    toolbar(shell, s, onSettings, close);
    const articleEl = el('article', { 'data-declutter': 'article' });
    articleEl.append(safeFragment(articleHtml(article)));
    shell.append(el('div', { class: 'dc-layout' },
      el('main', { class: 'dc-main' }, header(article), articleEl),
      panel(article, articleEl)));
    const keydown = (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        close();
      } else if (e.key === 'Tab') {
        const list = focusables(shell);
        if (!list.length) return;
        const i = list.indexOf(root.activeElement);
        const next = e.shiftKey ? (i <= 0 ? list.length - 1 : i - 1) : (i === list.length - 1 ? 0 : i + 1);
        e.preventDefault();
        list[next].focus();
      }
    };
    root.addEventListener('keydown', keydown);
    // A click or key on the page behind cannot happen (the host covers it);
    // focus that escapes to the page is brought back.
    const focusin = (e) => { if (state && e.target !== host) root.querySelector('.dc-close')?.focus(); };
    document.addEventListener('focusin', focusin, true);
    // Through the attribute, not el.style: Chromium re-serialises a
    // CSSOM-touched inline style lazily, which can bring back `style=""`.
    html.setAttribute('style', `${saved.style ? `${saved.style.replace(/;?\s*$/, '')}; ` : ''}overflow: hidden !important;`);
    html.append(host);
    root.querySelector('.dc-close').focus({ preventScroll: true });
    state = { host, saved, focusin };
    return { host, root };
  }

  function close() {
    if (!state) return false;
    const { host, saved, focusin } = state;
    state = null;
    document.removeEventListener('focusin', focusin, true);
    host.remove();
    const html = document.documentElement;
    if (saved.style == null) html.removeAttribute('style');
    else html.setAttribute('style', saved.style);
    if (window.scrollX !== saved.scrollX || window.scrollY !== saved.scrollY) window.scrollTo(saved.scrollX, saved.scrollY);
    if (saved.focus && saved.focus.isConnected && saved.focus.focus) saved.focus.focus({ preventScroll: true });
    return true;
  }

  ns.reader = { open, close, isOpen: () => state != null, findText, articleHtml };
})();
