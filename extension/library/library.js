// The library page (ES module). Job: list the saved pages (title, site, date)
// with Open and Delete. Input: the IndexedDB store (store.js). Output: the
// table; Open goes to view.html?id=N.
import { listPages, deletePage } from './store.js';

async function render() {
  const pages = await listPages();
  const body = document.getElementById('pages');
  body.replaceChildren();
  document.getElementById('empty').hidden = pages.length > 0;
  for (const p of pages) {
    const tr = document.createElement('tr');
    const title = document.createElement('td');
    title.textContent = `${p.title || 'Untitled'}${p.format === 'markdown' ? ' (Markdown)' : ''}`;
    const site = document.createElement('td');
    site.textContent = p.site || '';
    const date = document.createElement('td');
    date.textContent = new Date(p.savedAt).toLocaleString();
    const actions = document.createElement('td');
    actions.className = 'actions';
    const open = document.createElement('a');
    open.href = `view.html?id=${encodeURIComponent(p.id)}`;
    open.textContent = 'Open';
    const del = document.createElement('button');
    del.type = 'button';
    del.textContent = 'Delete';
    del.setAttribute('aria-label', `Delete ${p.title || 'page'}`);
    del.addEventListener('click', async () => {
      await deletePage(p.id);
      render();
    });
    actions.append(open, del);
    tr.append(title, site, date, actions);
    body.append(tr);
  }
}

render();
