// The "Removed N items · Undo" notice (classic content script).
// Job: tell the user what clean-in-place did and offer undo, in its own shadow
// root so neither the page's CSS nor ours leaks.
// Input: `__declutter.notice.show(count, onUndo)`. Output: a
// `<declutter-notice>` element on <html> until `hide()` (or undo / close).
(() => {
  const ns = (globalThis.__declutter ??= {});
  if (ns.notice) return;

  const CSS = `
:host { all: initial; position: fixed !important; right: 16px !important; bottom: 16px !important;
  z-index: 2147483647 !important; display: block !important; }
.box { display: flex; align-items: center; gap: .6rem; padding: .6rem .8rem; border-radius: 8px;
  background: #1f2328; color: #fff; font: 14px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); }
button { font: inherit; color: #9cc3ff; background: none; border: 0; padding: .2rem .4rem; border-radius: 4px;
  cursor: pointer; text-decoration: underline; }
button.x { color: #ddd; text-decoration: none; font-size: 16px; }
button:focus-visible { outline: 2px solid #9cc3ff; outline-offset: 1px; }
`;
  let host = null;

  function hide() {
    host?.remove();
    host = null;
  }

  function show(count, onUndo) {
    hide();
    host = document.createElement('declutter-notice');
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CSS;
    const box = document.createElement('div');
    box.className = 'box';
    box.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent = count === 1 ? 'Removed 1 item' : `Removed ${count} items`;
    const undo = document.createElement('button');
    undo.type = 'button';
    undo.textContent = 'Undo';
    undo.dataset.declutter = 'undo';
    undo.addEventListener('click', () => onUndo?.());
    const x = document.createElement('button');
    x.type = 'button';
    x.className = 'x';
    x.textContent = '×';
    x.setAttribute('aria-label', 'Dismiss');
    x.addEventListener('click', hide);
    const dot = document.createElement('span');
    dot.textContent = '·';
    dot.setAttribute('aria-hidden', 'true');
    box.append(text, dot, undo, x);
    root.append(style, box);
    document.documentElement.append(host);
    return host;
  }

  ns.notice = { show, hide };
})();
