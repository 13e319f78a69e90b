/**
 * Loading a Land: `loadFeed(index, { gemeinde })` in Node against a local
 * HTTP server holding the compiled test Land (three Kreise around Heilbronn).
 */
import '../../src/cli/berlin-time.js';
import { describe, test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFeed, clearFeedCache, feedCopiesWritten } from '../../src/core/load.js';
import { memoryStore } from '../../src/core/store.js';
import { createIndex } from '../../src/core/feed-index.js';
import { compileShardsCommand } from '../../src/cli/commands/compile-shards.js';
import type { LandIndex } from '../../src/core/land.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const GUNDELSHEIM = '08125039'; // border: 2 km from Haßmersheim, Neckar-Odenwald-Kreis
const EPPINGEN = '08125026'; // inner: no other Kreis's offer within 10 km
let dir: string;
let server: Server;
let base = '';
const requests: Array<{ path: string; inm?: string; status: number }> = [];
/** Paths answered with 404 as if the file were missing. */
const missing = new Set<string>();

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wegweiser-land-load-'));
  const code = await compileShardsCommand({
    sources: [join(ROOT, 'test/fixtures/land/heilbronn-land.source.json')], dir, now: new Date('2026-12-01T09:00:00+01:00'), today: '2026-12-01',
    pretty: false, lang: 'en', json: false, maxBytes: 1e8, color: false, limit: 200, out: () => undefined, err: () => undefined,
  });
  assert.equal(code, 0);
  server = createServer(async (req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    const inm = req.headers['if-none-match'] as string | undefined;
    let body: Buffer | undefined;
    try {
      body = missing.has(path) ? undefined : await readFile(join(dir, path.slice(1)));
    } catch {
      body = undefined;
    }
    if (!body) {
      requests.push({ path, status: 404 });
      return void res.writeHead(404).end('not found');
    }
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    const status = inm === etag ? 304 : 200;
    requests.push({ path, ...(inm ? { inm } : {}), status });
    if (status === 304) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/json', etag }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(async () => {
  server.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  clearFeedCache();
  requests.length = 0;
  missing.clear();
});

const index = async (): Promise<LandIndex> => JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));

describe('loadFeed with a Land index', () => {
  test('a border Gemeinde gets its neighbour\'s offers near it', async () => {
    const loaded = await loadFeed(`${base}/index.json`, { gemeinde: GUNDELSHEIM, store: null });
    assert.equal(loaded.source, 'network');
    assert.equal(loaded.land!.kreis, '08125');
    assert.equal(loaded.land!.files.length, 2, 'shard + the Neckar-Odenwald extract');
    const ids = loaded.feed.services.map((s) => s.id);
    assert.ok(ids.includes('mbe-gundelsheim'), 'own Kreis');
    assert.ok(ids.includes('08225:im-hassmersheim') && ids.includes('08225:abh-nok'), 'neighbour within 10 km');
    assert.ok(!ids.includes('08225:jmd-buchen'), 'not the neighbour\'s far offers');
    // The merged feed indexes like any feed: the neighbour's places and their Gemeinden are known.
    const idx = createIndex(loaded.feed);
    assert.ok(idx.locations.has('08225:hassmersheim-rh'));
    assert.ok(loaded.feed.regions.neighbours!.some((n) => n.ags === '08225033' && n.name === 'Haßmersheim'));
    assert.deepEqual(requests.map((r) => r.path.replace(/\.[0-9a-f]{10}\./, '.#.')), ['/index.json', '/08125.#.json', '/08125-near-08225.#.json']);
  });

  test('an inner Gemeinde loads only its Kreis\'s shard', async () => {
    const loaded = await loadFeed(`${base}/index.json`, { gemeinde: EPPINGEN, store: null });
    assert.deepEqual(loaded.land!.files, [`${base}/${(await index()).kreise[1]!.feed}`]);
    assert.ok(loaded.feed.services.every((s) => !s.id.includes(':')));
    assert.equal(requests.length, 2);
  });

  test('elements of one page share the requests and the merged feed', async () => {
    const [a, b] = await Promise.all([
      loadFeed(`${base}/index.json`, { gemeinde: GUNDELSHEIM, store: null }),
      loadFeed(`${base}/index.json`, { gemeinde: GUNDELSHEIM, store: null }),
    ]);
    assert.equal(a, b);
    assert.equal(requests.length, 3);
  });

  test('a cached shard is not downloaded again; the index is revalidated (304)', async () => {
    const store = memoryStore();
    const first = await loadFeed(`${base}/index.json`, { gemeinde: GUNDELSHEIM, store });
    await feedCopiesWritten();
    clearFeedCache(); // a new page view
    requests.length = 0;
    const again = await loadFeed(`${base}/index.json`, { gemeinde: GUNDELSHEIM, store });
    assert.deepEqual(requests.map((r) => [r.path, r.status]), [['/index.json', 304]]);
    assert.ok(requests[0]!.inm);
    assert.equal(again.source, 'not-modified');
    assert.deepEqual(again.feed.services.map((s) => s.id), first.feed.services.map((s) => s.id));
  });

  test('without a Gemeinde (or with one outside the Land) the error offers the Gemeinden to choose from', async () => {
    for (const gemeinde of [undefined, '08126046']) {
      await assert.rejects(loadFeed(`${base}/index.json`, { store: null, ...(gemeinde ? { gemeinde } : {}) }), (error: any) => {
        assert.equal(error.code, 'gemeinde');
        assert.equal(error.land.kreise.length, 3);
        return true;
      });
    }
  });

  test('a missing shard gives the same error as a missing feed, and the last good copy when there is one', async () => {
    const idx = await index();
    const shard = `/${idx.kreise[1]!.feed}`;
    missing.add(shard);
    const asFeed = await loadFeed(`${base}/no-such-feed.json`, { store: null }).catch((e) => e);
    const asShard = await loadFeed(`${base}/index.json`, { gemeinde: EPPINGEN, store: null }).catch((e) => e);
    assert.equal(asShard.name, 'FeedError');
    assert.deepEqual([asShard.code, asShard.status], [asFeed.code, asFeed.status]);
    assert.deepEqual([asShard.code, asShard.status], ['http', 404]);

    // With a last good copy: the index now names a new shard that is missing (or broken).
    missing.clear();
    const store = memoryStore();
    const good = await loadFeed(`${base}/index.json`, { gemeinde: EPPINGEN, store });
    await feedCopiesWritten();
    const original = await readFile(join(dir, 'index.json'), 'utf8');
    try {
      for (const broken of ['missing', 'not-json'] as const) {
        const next = structuredClone(idx);
        next.kreise[1]!.feed = `08125.${broken === 'missing' ? '0000000000' : '1111111111'}.json`;
        if (broken === 'not-json') await writeFile(join(dir, next.kreise[1]!.feed), '{"version":"1.0",');
        await writeFile(join(dir, 'index.json'), JSON.stringify(next));
        clearFeedCache();
        const loaded = await loadFeed(`${base}/index.json`, { gemeinde: EPPINGEN, store });
        assert.equal(loaded.source, 'stored');
        assert.equal(loaded.error!.code, broken === 'missing' ? 'http' : 'not-json');
        assert.deepEqual(loaded.feed.services.map((s) => s.id), good.feed.services.map((s) => s.id));
      }
    } finally {
      await writeFile(join(dir, 'index.json'), original);
    }
  });

  test('when the index cannot be reached the last good index and shard are used', async () => {
    const store = memoryStore();
    await loadFeed(`${base}/index.json`, { gemeinde: GUNDELSHEIM, store });
    await feedCopiesWritten();
    clearFeedCache();
    missing.add('/index.json');
    const loaded = await loadFeed(`${base}/index.json`, { gemeinde: GUNDELSHEIM, store });
    assert.equal(loaded.source, 'stored');
    assert.equal(loaded.error!.code, 'http');
    assert.ok(loaded.feed.services.some((s) => s.id === '08225:abh-nok'));
  });
});
