// The options page (ES module). Job: edit the reader defaults (theme, font,
// size, width) and the list of auto-clean sites, each of which asks for its
// own optional host permission. Input: the form. Output: `settings` in
// storage.sync ({theme, font, size, width, autoSites}); the background
// registers the auto-clean script from it.
const api = globalThis.browser ?? globalThis.chrome;
const DEFAULTS = { theme: 'auto', font: 'serif', size: 20, width: 'medium', autoSites: [] };
const $ = (id) => document.getElementById(id);

async function load() {
  const { settings } = await api.storage.sync.get('settings');
  return { ...DEFAULTS, ...(settings || {}) };
}

async function store(patch) {
  const s = { ...(await load()), ...patch };
  await api.storage.sync.set({ settings: s });
  $('saved').textContent = 'Saved.';
  setTimeout(() => { $('saved').textContent = ''; }, 1500);
  return s;
}

function normalizeSite(input) {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  try {
    s = new URL(s.includes('://') ? s : `https://${s}`).hostname;
  } catch {
    return null;
  }
  return /^[a-z0-9.-]+$/.test(s) ? s : null;
}

function renderSites(sites) {
  const list = $('sites');
  list.replaceChildren();
  if (!sites.length) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = 'No sites yet.';
    list.append(li);
  }
  for (const site of sites) {
    const li = document.createElement('li');
    li.textContent = `${site} `;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = 'Remove';
    remove.setAttribute('aria-label', `Stop cleaning ${site}`);
    remove.addEventListener('click', async () => {
      const s = await load();
      const autoSites = s.autoSites.filter((x) => x !== site);
      await api.permissions.remove({ origins: [`*://${site}/*`] }).catch(() => {});
      renderSites((await store({ autoSites })).autoSites);
    });
    li.append(remove);
    list.append(li);
  }
}

async function main() {
  const s = await load();
  for (const key of ['theme', 'font', 'size', 'width']) {
    $(key).value = String(s[key]);
    $(key).addEventListener('change', () => {
      const value = key === 'size' ? Math.min(32, Math.max(12, Number($(key).value) || 20)) : $(key).value;
      store({ [key]: value });
    });
  }
  renderSites(s.autoSites);
  $('add-site').addEventListener('submit', (e) => {
    e.preventDefault();
    const site = normalizeSite($('site').value);
    if (!site) {
      $('saved').textContent = 'That is not a site name.';
      return;
    }
    // permissions.request must run in the click's own turn: no await before it.
    api.permissions.request({ origins: [`*://${site}/*`] }).then(async (granted) => {
      if (!granted) {
        $('saved').textContent = `Permission for ${site} was not given.`;
        return;
      }
      const cur = await load();
      const autoSites = [...new Set([...cur.autoSites, site])];
      $('site').value = '';
      renderSites((await store({ autoSites })).autoSites);
    });
  });
}

main();
