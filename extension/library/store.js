// The local library of saved pages (ES module, used by the background and the
// library pages). Job: keep what the user saved in IndexedDB, on this device
// only. Input/output: addPage({title, site, url, format, savedAt, body}) -> id;
// listPages() -> entries without their body, newest first; getPage(id);
// deletePage(id).
const DB = 'declutter-library';
const STORE = 'pages';

function open() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run(mode, fn) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const result = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(result.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export function addPage(page) {
  return run('readwrite', (store) => store.add({ ...page, size: page.body.length }));
}

export async function listPages() {
  const all = await run('readonly', (store) => store.getAll());
  return all
    .map(({ body, ...entry }) => entry)
    .sort((a, b) => String(b.savedAt).localeCompare(String(a.savedAt)));
}

export function getPage(id) {
  return run('readonly', (store) => store.get(Number(id)));
}

export function deletePage(id) {
  return run('readwrite', (store) => store.delete(Number(id)));
}
