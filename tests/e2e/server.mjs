// The e2e test server (Node, localhost only).
// Job: serve fixture pages the way sites do, with nothing pointing off this
// machine. Routes: /fixture/NAME (tests/fixtures, then tests/e2e/pages),
// /strict/NAME (the same with `Content-Security-Policy: script-src 'self'`),
// /corpus/NAME (the ScrapingHub pages, for the benchmark), /www/... (the demo
// page), /static/page.js (a same-origin page script), and any *.png, *.jpg,
// *.jpeg, *.gif, *.svg, *.webp path: a small generated PNG (404 if the path
// says "missing"). Absolute http(s) URLs in served pages are rewritten to
// /ext/HOST/PATH on this server. Input: startServer({port}). Output:
// {origin, close(), hits} where hits counts requests by path.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
export const CORPUS = process.env.DECLUTTER_CORPUS
  || path.resolve(root, '../shared/corpus/scrapinghub/pages');
const CORPUS_FALLBACKS = [CORPUS, '/work/shared/corpus/scrapinghub/pages'];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function png(w, h, rgb) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; ihdr[9] = 2;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = y * (w * 3 + 1) + 1 + x * 3;
      const shade = ((x >> 3) + (y >> 3)) % 2 ? 0.85 : 1;
      raw[o] = rgb[0] * shade; raw[o + 1] = rgb[1] * shade; raw[o + 2] = rgb[2] * shade;
    }
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const IMAGE = png(64, 40, [70, 120, 180]);

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** Rewrites absolute URLs so the page references nothing off this machine. */
export function localize(html) {
  return html.replace(/(\s(?:src|href|srcset|data-src|data-runner-src|data-srcset|data-lazy-src|data-original|poster|action)\s*=\s*["']?)(https?:)?\/\/([^/"'\s>]+)/gi,
    (_m, pre, _scheme, host) => `${pre}/ext/${host}`);
}

function findPage(name) {
  for (const dir of [path.join(root, 'tests/fixtures'), path.join(here, 'pages')]) {
    const p = path.join(dir, name);
    if (p.startsWith(dir) && fs.existsSync(p)) return p;
  }
  return null;
}

export function startServer({ port = 0 } = {}) {
  const hits = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const p = decodeURIComponent(url.pathname);
    hits.set(p, (hits.get(p) || 0) + 1);
    const send = (status, type, body, extra = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
      res.end(body);
    };
    let m;
    if ((m = p.match(/^\/(fixture|strict)\/([\w.-]+)$/))) {
      const file = findPage(m[2]);
      if (!file) return send(404, 'text/plain', 'no such fixture');
      const headers = m[1] === 'strict' ? { 'Content-Security-Policy': "script-src 'self'" } : {};
      return send(200, TYPES['.html'], localize(fs.readFileSync(file, 'utf8')), headers);
    }
    if ((m = p.match(/^\/corpus\/([\w.-]+)$/))) {
      for (const dir of CORPUS_FALLBACKS) {
        const file = path.join(dir, m[1]);
        if (fs.existsSync(file)) return send(200, TYPES['.html'], localize(fs.readFileSync(file, 'utf8')));
      }
      return send(404, 'text/plain', 'no such page');
    }
    if (p === '/static/page.js') return send(200, TYPES['.js'], 'window.__pageScriptRan = true;\n');
    if (/\.(png|jpe?g|gif|svg|webp)$/i.test(p)) {
      if (/missing/.test(p)) return send(404, 'text/plain', 'missing');
      return send(200, 'image/png', IMAGE);
    }
    if (p.startsWith('/www/')) {
      const base = path.join(root, 'www');
      let file = path.normalize(path.join(base, p.slice(5) || 'index.html'));
      if (!file.startsWith(base)) return send(403, 'text/plain', 'no');
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (!fs.existsSync(file)) return send(404, 'text/plain', 'not found');
      return send(200, TYPES[path.extname(file)] || 'application/octet-stream', fs.readFileSync(file));
    }
    if (p.startsWith('/ext/')) return send(404, 'text/plain', 'external resource not served');
    return send(404, 'text/plain', 'not found');
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ origin: `http://127.0.0.1:${actual}`, hits, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const s = await startServer({ port: Number(process.env.PORT || 8765) });
  console.log(`serving on ${s.origin}`);
}
