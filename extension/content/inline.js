// Image inlining for saved pages (classic content script).
// Job: make an article's images part of the saved file: each <img> is
// fetched (from the page's origin here, else through `fallback`, the
// background) and its src replaced by a data: URI; <picture> sources and
// srcset/sizes go, since they point to the web. An image that cannot be
// fetched keeps its absolute URL and gets data-declutter-offline.
// Input: `__declutter.inlineImages(html, baseUrl, fallback(url) -> Promise<dataUri|null>)`.
// Output: Promise<{html, failed: [url]}>.
(() => {
  const ns = (globalThis.__declutter ??= {});
  if (ns.inlineImages) return;

  function blobToDataUrl(blob) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(blob);
    });
  }

  async function fetchAsDataUrl(url) {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), 15000);
    try {
      const res = await fetch(url, { signal: ctl.signal, credentials: 'same-origin' });
      if (!res.ok) return null;
      const blob = await res.blob();
      if (!blob.type.startsWith('image/')) return null;
      return await blobToDataUrl(blob);
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  async function inlineImages(html, base, fallback = async () => null) {
    const doc = new DOMParser().parseFromString(`<body>${html || ''}</body>`, 'text/html');
    const failed = [];
    for (const source of doc.body.querySelectorAll('picture source')) source.remove();
    const imgs = [...doc.body.querySelectorAll('img[src]')];
    await Promise.all(imgs.map(async (img) => {
      let url;
      try {
        url = new URL(img.getAttribute('src'), base).href;
      } catch {
        return;
      }
      img.removeAttribute('srcset');
      img.removeAttribute('sizes');
      if (url.startsWith('data:')) return;
      const data = (await fetchAsDataUrl(url)) || (await fallback(url).catch(() => null));
      if (data) {
        img.setAttribute('src', data);
      } else {
        img.setAttribute('src', url);
        img.setAttribute('data-declutter-offline', 'not saved');
        failed.push(url);
      }
    }));
    return { html: doc.body.innerHTML, failed };
  }

  ns.inlineImages = inlineImages;
})();
