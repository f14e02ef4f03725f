// Element counting for the strict-CSP fallback (classic content script).
// Job: list the page's elements in the order the core numbers them
// (src/dom/positions.rs), so removal positions computed by the background on
// the page's HTML name the same live elements.
// Input: a Document. Output: `__declutter.countedElements(doc)` -> Element[]
// (index = position) and `__declutter.skipsElement(el)`.
// Rule: pre-order from the document; an element the pre-clean drops (scripts
// but JSON-LD, style, template, link, object, embed, canvas, noscript, 1x1
// images), a dc-noscript element or one of our own declutter-* hosts is
// skipped with its subtree; every other element is counted.
(() => {
  const ns = (globalThis.__declutter ??= {});
  if (ns.countedElements) return;

  const DROPPED = new Set(['script', 'style', 'template', 'link', 'object', 'embed', 'canvas']);

  // Rust: v.trim().trim_end_matches("px").parse::<u32>() then <= 1.
  function tiny(value) {
    if (value == null) return false;
    let v = value.trim();
    while (v.endsWith('px')) v = v.slice(0, -2);
    if (!/^\+?\d+$/.test(v)) return false;
    const n = Number(v.replace(/^\+/, ''));
    return n <= 4294967295 && n <= 1;
  }

  function skipsElement(el) {
    const tag = el.localName.toLowerCase();
    if (tag === 'dc-noscript' || tag.startsWith('declutter-')) return true;
    if (tag === 'script') {
      const type = el.getAttribute('type');
      return !(type != null && type.trim().toLowerCase() === 'application/ld+json');
    }
    if (tag === 'noscript') return true;
    if (tag === 'img') return tiny(el.getAttribute('width')) && tiny(el.getAttribute('height'));
    return DROPPED.has(tag);
  }

  function countedElements(doc) {
    const out = [];
    let el = doc.firstElementChild;
    while (el) {
      let next = null;
      if (!skipsElement(el)) {
        out.push(el);
        next = el.firstElementChild;
      }
      // Next sibling, or climb until an ancestor has one.
      let at = el;
      while (!next && at) {
        next = at.nextElementSibling;
        if (!next) {
          at = at.parentElement;
          if (!at) break;
        }
      }
      el = next;
    }
    return out;
  }

  ns.skipsElement = skipsElement;
  ns.countedElements = countedElements;
})();
