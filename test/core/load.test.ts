/** The loader in Node (the SDK is not browser-only), against a real local HTTP server. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { loadFeed, clearFeedCache } from '../../src/core/load.js';
import { memoryStore } from '../../src/core/store.js';
import { minimalFeed } from '../helpers/minimal-feed.js';

let server: Server;
let base = '';
let mode: 'ok' | 'down' | 'html' = 'ok';
const requests: Array<Record<string, string | undefined>> = [];

before(async () => {
  server = createServer((req, res) => {
    requests.push({ inm: req.headers['if-none-match'] as string | undefined, cookie: req.headers.cookie });
    if (mode === 'down') return void res.writeHead(502).end();
    if (mode === 'html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Wartung</h1>');
    if (req.headers['if-none-match'] === '"abc"') return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/json', etag: '"abc"' }).end(JSON.stringify(minimalFeed()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  base = `http://127.0.0.1:${address.port}`;
});
after(() => server.close());

test('loads, validates and revalidates a feed in Node', async () => {
  clearFeedCache();
  const store = memoryStore();
  const first = await loadFeed(`${base}/feed.json`, { store });
  assert.equal(first.source, 'network');
  assert.equal(first.etag, '"abc"');
  const second = await loadFeed(`${base}/feed.json`, { store, reload: true });
  assert.equal(second.source, 'not-modified');
  assert.equal(requests.at(-1)!.inm, '"abc"');
  assert.equal(requests.at(-1)!.cookie, undefined);
});

test('falls back to the last good copy on a 502 and on an HTML error page', async () => {
  clearFeedCache();
  const store = memoryStore();
  mode = 'ok';
  await loadFeed(`${base}/f2.json`, { store });
  for (const failure of ['down', 'html'] as const) {
    mode = failure;
    const loaded = await loadFeed(`${base}/f2.json`, { store, reload: true });
    assert.equal(loaded.source, 'stored');
    assert.equal(loaded.error!.code, failure === 'down' ? 'http' : 'not-json');
  }
  mode = 'ok';
});

test('without a last good copy a failure rejects with a typed error', async () => {
  clearFeedCache();
  mode = 'down';
  await assert.rejects(loadFeed(`${base}/f3.json`, { store: null }), (error: any) => error.name === 'FeedError' && error.code === 'http' && error.status === 502);
  await assert.rejects(loadFeed('http://127.0.0.1:1/unreachable.json', { store: null }), (error: any) => error.code === 'network');
  mode = 'ok';
});
