#!/usr/bin/env node
// A small static server for the demo: serves demo/ at /, dist/ at /dist/ and the Werkstatt at /werkstatt/,
// with ETag / Last-Modified (so the kit's conditional feed requests can be
// seen working) and CORS headers (as a webmaster's CDN for the kit needs).
// Pre-compressed siblings (`feed.json.br`, `feed.json.gz`, as `wegweiser
// compile --shards` writes them) are sent with Content-Encoding when the
// request's Accept-Encoding allows — what nginx `brotli_static`/`gzip_static` do.
// No dependencies; `PORT` overrides 8000.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const mounts = [
  ['/dist/', join(root, 'dist')],
  // The Kreis admin's Werkstatt (built into dist/werkstatt/).
  ['/werkstatt/', join(root, 'dist', 'werkstatt')],
  ['/', join(root, 'demo')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
};

function resolvePath(urlPath) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const rel = normalize(decodeURIComponent(urlPath.slice(prefix.length)));
    const file = join(dir, rel);
    if (file !== dir && !file.startsWith(dir + sep)) return undefined; // no ../ escapes
    return file;
  }
  return undefined;
}

/** `If-None-Match` may list several tags, or `*`; weak tags (W/) compare equal here. */
function matches(header, etag) {
  if (!header) return false;
  return header.split(',').map((t) => t.trim().replace(/^W\//, '')).some((t) => t === '*' || t === etag);
}

/** The `.br` (preferred) or `.gz` next to `file`, when the client accepts it and it exists. */
function precompressed(file, acceptEncoding = '') {
  const accepted = new Map();
  for (const part of String(acceptEncoding).toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!ok(encoding)) continue;
    try {
      const stat = statSync(file + ext);
      if (stat.isFile()) return { file: file + ext, stat, encoding };
    } catch {
      // no sibling
    }
  }
  return undefined;
}

export function startServer(port = Number(process.env.PORT ?? 8000), host = process.env.HOST ?? 'localhost') {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/werkstatt') {
      res.writeHead(301, { location: '/werkstatt/' });
      res.end();
      return;
    }
    let file = resolvePath(url.pathname);
    let stat;
    try {
      stat = file && statSync(file);
      if (stat && stat.isDirectory()) {
        file = join(file, 'index.html');
        stat = statSync(file);
      }
    } catch {
      stat = undefined;
    }
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (!stat || !file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Nicht gefunden / Not found\n');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const sibling = precompressed(file, req.headers['accept-encoding']);
    const sent = sibling ?? { file, stat, encoding: undefined };
    // One ETag per representation (as nginx does): the compressed bytes differ from the plain ones.
    const etag = `"${sent.stat.size.toString(16)}-${Math.floor(sent.stat.mtimeMs).toString(16)}${sent.encoding ? `-${sent.encoding}` : ''}"`;
    const lastModified = stat.mtime.toUTCString();
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', lastModified);
    // A content-hashed shard (`08125.e39357bd11.json`) never changes: kept a year without asking.
    // Everything else (index.json, the feed, the pages) is asked again each time, answered 304 when unchanged.
    res.setHeader('Cache-Control', /\.[0-9a-f]{10}\.json$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    if (matches(req.headers['if-none-match'], etag)) {
      res.writeHead(304);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': type, 'content-length': sent.stat.size, ...(sent.encoding ? { 'content-encoding': sent.encoding } : {}) });
    if (req.method === 'HEAD') res.end();
    else createReadStream(sent.file).pipe(res);
  });
  return new Promise((resolveListen) => server.listen(port, host, () => resolveListen(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startServer();
  const { port } = server.address();
  console.log(`Demo: http://localhost:${port}/  (Strg+C beendet / Ctrl+C stops)`);
}
