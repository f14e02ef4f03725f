// Shows one saved page (ES module). Job: render a saved HTML file in a
// sandboxed iframe (no scripts, no same-origin), or a Markdown file as text.
// Input: ?id=N. Output: the page body.
import { getPage } from './store.js';

const id = new URLSearchParams(location.search).get('id');
const page = id ? await getPage(id) : null;
if (!page) {
  const p = document.createElement('p');
  p.textContent = 'This saved page no longer exists.';
  document.body.append(p);
} else {
  document.title = page.title || 'Saved page';
  const source = document.getElementById('source');
  source.textContent = page.url ? ` · from ${page.url}` : '';
  if (page.format === 'markdown') {
    const pre = document.createElement('pre');
    pre.textContent = page.body;
    document.body.append(pre);
  } else {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', '');
    frame.title = page.title || 'Saved page';
    frame.srcdoc = page.body;
    document.body.append(frame);
  }
}
