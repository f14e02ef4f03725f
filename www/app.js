// The demo page (ES module). Job: clean a bundled sample, an opened or
// dropped HTML file, or pasted HTML with the wasm engine (pkg/, the same
// build the extension uses); show the reader view with its summary panel
// next to the original (a sandboxed iframe, scripts off), the time the clean
// took, and downloads of the cleaned HTML and Markdown.
// Input: user choices. Output: the page; `window.declutterDemo` = {article, ms}.
import init, * as engine from './pkg/declutter.js';
import { markdownDocument, savedHtmlDocument, fileName } from './pkg/save.js';

const $ = (id) => document.getElementById(id);
const KIND_NAMES = { ad: 'Ads', promo: 'Promotions', teaser: 'Teasers', newsletter: 'Newsletter sign-ups',
  social: 'Social buttons', related: 'Related links', nav: 'Navigation', cta: 'Calls to action', modal: 'Pop-ups',
  comments: 'Comments', hidden: 'Hidden elements' };
let current = null;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null) continue;
    if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  node.append(...children.filter((c) => c != null));
  return node;
}

// content_html is sanitized by the core; parse it inertly and drop anything
// active anyway. If the core gave no HTML, show its text as paragraphs.
function articleFragment(article) {
  const doc = new DOMParser().parseFromString('<body></body>', 'text/html');
  if (article.content_html && article.content_html.trim()) {
    doc.body.innerHTML = article.content_html;
  } else {
    for (const block of (article.text || '').split(/\n\s*\n/)) {
      if (block.trim()) doc.body.append(Object.assign(doc.createElement('p'), { textContent: block.trim() }));
    }
  }
  for (const bad of doc.body.querySelectorAll('script, style, iframe, object, embed, form')) bad.remove();
  for (const n of doc.body.querySelectorAll('*')) {
    for (const a of [...n.attributes]) if (/^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)) n.removeAttribute(a.name);
  }
  const frag = document.createDocumentFragment();
  frag.append(...[...doc.body.childNodes].map((c) => document.importNode(c, true)));
  return frag;
}

function highlight(quote) {
  const root = $('article');
  for (const m of root.querySelectorAll('mark')) m.replaceWith(...m.childNodes);
  root.normalize();
  const want = quote.text.replace(/\s+/g, ' ').trim();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const i = node.data.replace(/\s+/g, ' ').indexOf(want.slice(0, 60));
    if (i >= 0 && node.data.replace(/\s+/g, ' ') === node.data) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, Math.min(node.data.length, i + want.length));
      const mark = document.createElement('mark');
      range.surroundContents(mark);
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return;
    }
  }
}

function show(article, ms, html) {
  current = article;
  window.declutterDemo = { article, ms };
  $('site').textContent = article.site_name || '';
  $('title').textContent = article.title || 'Untitled';
  const when = article.published ? new Date(article.published) : null;
  $('meta').textContent = [article.byline, when && !Number.isNaN(when.getTime()) ? when.toLocaleDateString() : article.published,
    article.reading_minutes ? `${article.reading_minutes} min read` : null].filter(Boolean).join(' · ');
  $('article').replaceChildren(articleFragment(article));
  $('article').lang = article.lang || '';
  $('article').dir = article.dir || '';
  const points = article.summary || [];
  $('points').replaceChildren(...(points.length ? points.map((p) => el('li', { 'data-declutter': 'point', text: p }))
    : [el('li', { class: 'empty', text: 'No key points found.' })]));
  const quotes = (article.quotes || []).filter((q) => !q.fragment);
  $('quotes').replaceChildren(...(quotes.length ? quotes.map((q) => el('li', {}, el('button', {
    type: 'button', 'data-declutter': 'quote', 'data-speaker': q.speaker || '', onclick: () => highlight(q),
  }, `“${q.text}”`, el('span', { class: 'speaker', text: q.speaker ? `— ${q.speaker}` : '— unattributed' }))))
    : [el('li', { class: 'empty', text: 'This article has no quotes.' })]));
  const groups = new Map();
  for (const r of article.removed || []) groups.set(r.kind, [...(groups.get(r.kind) || []), r.excerpt]);
  $('removed').replaceChildren(...(groups.size ? [...groups].map(([kind, list]) => el('details', {},
    el('summary', { text: `${KIND_NAMES[kind] || kind} (${list.length})` }),
    el('ul', {}, ...list.map((x) => el('li', { text: x || '(no text)' })))))
    : [el('p', { class: 'empty', text: 'Nothing was removed.' })]));
  $('original').srcdoc = html;
  $('timing').textContent = `Cleaned in ${ms.toFixed(1)} ms · ${article.word_count} words · ${(article.removed || []).length} pieces of clutter removed`;
  $('dl-html').disabled = false;
  $('dl-md').disabled = false;
}

function clean(html, url) {
  try {
    const t0 = performance.now();
    const article = engine.cleanHtml(html, url || undefined);
    const ms = performance.now() - t0;
    show(article, ms, html);
  } catch (e) {
    $('timing').textContent = `Could not clean this page: ${e.message || e}`;
  }
}

function download(text, type, name) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function loadSample(entry) {
  const res = await fetch(`samples/${entry.file}`);
  clean(await res.text(), entry.url);
}

async function main() {
  await init({ module_or_path: new URL('./pkg/declutter_bg.wasm', import.meta.url) });
  $('version').textContent = `engine ${engine.version()}`;
  const samples = await (await fetch('samples/index.json')).json();
  $('sample').replaceChildren(...samples.map((s, i) => el('option', { value: String(i), text: s.title })));
  $('sample').addEventListener('change', () => loadSample(samples[Number($('sample').value)]));
  $('file').addEventListener('change', async () => {
    const f = $('file').files[0];
    if (f) clean(await f.text(), null);
  });
  $('clean-paste').addEventListener('click', () => clean($('paste').value, $('url').value));
  $('dl-html').addEventListener('click', () => {
    const saved = new Date().toISOString();
    download(savedHtmlDocument(engine.renderStandalone(current), current, saved), 'text/html', fileName(current.title, 'html'));
  });
  $('dl-md').addEventListener('click', () => {
    const saved = new Date().toISOString();
    const md = engine.renderMarkdown ? engine.renderMarkdown(current, saved) : markdownDocument(current, saved);
    download(md, 'text/markdown', fileName(current.title, 'md'));
  });
  let depth = 0;
  addEventListener('dragenter', (e) => { e.preventDefault(); depth++; $('drop').hidden = false; });
  addEventListener('dragleave', () => { if (--depth <= 0) { depth = 0; $('drop').hidden = true; } });
  addEventListener('dragover', (e) => e.preventDefault());
  addEventListener('drop', async (e) => {
    e.preventDefault();
    depth = 0;
    $('drop').hidden = true;
    const f = e.dataTransfer.files[0];
    if (f) clean(await f.text(), null);
  });
  await loadSample(samples[0]);
}

main().catch((e) => { $('timing').textContent = `The engine did not load: ${e.message || e}`; });
