// Saved-file builders (ES module, used by the background).
// Job: turn an Article into the files the user downloads when the core's
// renderer is missing a piece: the save metadata (source URL, save date, images
// that could not be inlined) added to the core's standalone HTML, and a
// Markdown document with YAML front matter. Input: the Article (images
// already inlined by the content script), the save time (ISO 8601). Output:
// strings; `fileName(title, ext)` gives a safe download name.

const escapeHtml = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => (
  { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

/** The core's standalone document with no script, plus source, date and missing images. */
export function savedHtmlDocument(standalone, article, saved, failedImages = []) {
  let html = String(standalone).replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
  const url = article.url || '';
  const head = `<meta name="declutter:source" content="${escapeHtml(url)}">`
    + `<meta name="declutter:saved" content="${escapeHtml(saved)}">`;
  html = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + head) : head + html;
  const notes = [];
  if (!url || !html.includes(`href="${escapeHtml(url)}"`)) {
    notes.push(`<p>Saved from <a href="${escapeHtml(url)}">${escapeHtml(url)}</a> on ${escapeHtml(saved)} with Declutter.</p>`);
  } else {
    notes.push(`<p>Saved on ${escapeHtml(saved)} with Declutter.</p>`);
  }
  if (failedImages.length) {
    notes.push(`<p>${failedImages.length} image${failedImages.length === 1 ? '' : 's'} could not be saved into this file`
      + ' and still load from the web:</p><ul>'
      + failedImages.map((u) => `<li>${escapeHtml(u)}</li>`).join('') + '</ul>');
  }
  const footer = `<footer class="declutter-saved" style="margin:3em auto 1em;max-width:40em;font:14px/1.5 sans-serif;color:#666">${notes.join('')}</footer>`;
  return /<\/body>/i.test(html) ? html.replace(/<\/body>/i, `${footer}</body>`) : html + footer;
}

const yaml = (v) => (v == null || v === '' ? '' : JSON.stringify(String(v)));

/** Markdown with YAML front matter, the body, then the quotes. */
export function markdownDocument(article, saved) {
  const front = [
    '---',
    `title: ${yaml(article.title)}`,
    `url: ${yaml(article.url)}`,
    `author: ${yaml(article.byline)}`,
    `site: ${yaml(article.site_name)}`,
    `published: ${yaml(article.published)}`,
    `saved: ${yaml(saved)}`,
    '---',
    '',
  ];
  const body = (article.markdown || article.text || '').trim();
  const parts = [front.join('\n')];
  if (article.title && !body.startsWith('# ')) parts.push(`# ${article.title}\n`);
  parts.push(body, '');
  const quotes = (article.quotes || []).filter((q) => !q.fragment);
  if (quotes.length) {
    parts.push('## Quotes', '');
    for (const q of quotes) parts.push(`> ${q.text.replace(/\n+/g, ' ')}${q.speaker ? `\n>\n> — ${q.speaker}` : ''}`, '');
  }
  return parts.join('\n');
}

/** A download name from the title: no path or reserved characters, at most 80 characters. */
export function fileName(title, ext) {
  const base = String(title || '')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return `${base || 'article'}.${ext}`;
}
