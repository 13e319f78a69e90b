/**
 * The feed loader in a real browser, against msw-mocked servers: shared
 * requests, typed errors, conditional requests and the last good copy in
 * Cache Storage.
 */
import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { loadFeed, clearFeedCache } from '../../src/core/load.js';
import { freshPage } from '../helpers/wait.js';
import { cacheStorageStore, memoryStore } from '../../src/core/store.js';
import { FeedError } from '../../src/core/errors.js';
import { minimalFeed } from '../helpers/minimal-feed.js';

const worker = setupWorker();
const FEED = 'https://kreis.example/feed.json';

before(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
});
after(() => worker.stop());
beforeEach(async () => {
  worker.resetHandlers();
  await freshPage(location.href);
});

async function rejection(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    return error as FeedError;
  }
  throw new Error('expected the promise to reject');
}

describe('loadFeed in the browser', () => {
  it('shares one request between every caller on the page and sends no credentials', async () => {
    let requests = 0;
    let credentials = '';
    worker.use(
      http.get(FEED, ({ request }) => {
        requests++;
        credentials = request.credentials;
        return HttpResponse.json(minimalFeed());
      }),
    );
    const [a, b, c] = await Promise.all([loadFeed(FEED, { store: null }), loadFeed(FEED, { store: null }), loadFeed(FEED, { store: null })]);
    expect(requests).to.equal(1);
    expect(a.feed).to.equal(b.feed);
    expect(c.source).to.equal('network');
    expect(credentials).to.equal('omit');
  });

  it('reports an HTTP error with its status', async () => {
    worker.use(http.get(FEED, () => new HttpResponse('gone', { status: 404 })));
    const error = await rejection(loadFeed(FEED, { store: null }));
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(404);
  });

  it('reports a feed that is not JSON', async () => {
    worker.use(http.get(FEED, () => new HttpResponse('<html>Wartungsarbeiten</html>', { headers: { 'content-type': 'text/html' } })));
    const error = await rejection(loadFeed(FEED, { store: null }));
    expect(error.code).to.equal('not-json');
  });

  it('refuses a major version it does not know', async () => {
    worker.use(http.get(FEED, () => HttpResponse.json({ ...minimalFeed(), version: '2.0' })));
    const error = await rejection(loadFeed(FEED, { store: null }));
    expect(error.code).to.equal('version');
    expect(error.issues[0]!.message!.de).to.contain('2.0');
  });

  it('refuses an invalid feed and says where the problem is', async () => {
    const broken = minimalFeed();
    (broken.services[0] as { topics: unknown }).topics = 'aufenthalt';
    worker.use(http.get(FEED, () => HttpResponse.json(broken)));
    const error = await rejection(loadFeed(FEED, { store: null }));
    expect(error.code).to.equal('invalid');
    expect(error.issues.map((i) => i.pointer)).to.include('/services/0/topics');
  });

  it('refuses a feed over the size limit without reading it all', async () => {
    worker.use(http.get(FEED, () => new HttpResponse('x'.repeat(2048), { headers: { 'content-length': '2048' } })));
    const error = await rejection(loadFeed(FEED, { store: null, maxBytes: 1024 }));
    expect(error.code).to.equal('too-large');
  });

  it('serves the last good copy from Cache Storage with its date when the network fails', async () => {
    const store = cacheStorageStore()!;
    worker.use(http.get(FEED, () => HttpResponse.json(minimalFeed())));
    const first = await loadFeed(FEED, { store, now: () => new Date('2026-11-28T09:00:00Z') });
    expect(first.source).to.equal('network');

    clearFeedCache(); // a later page view
    worker.use(http.get(FEED, () => HttpResponse.error()));
    const second = await loadFeed(FEED, { store });
    expect(second.source).to.equal('stored');
    expect(second.receivedAt).to.equal('2026-11-28T09:00:00.000Z');
    expect(second.error?.code).to.equal('network');
    expect(second.feed.services[0]!.id).to.equal('abh-lra');
  });

  it('keeps the last good copy when the server starts sending a broken feed', async () => {
    const store = memoryStore();
    worker.use(http.get(FEED, () => HttpResponse.json(minimalFeed())));
    await loadFeed(FEED, { store });
    clearFeedCache();
    worker.use(http.get(FEED, () => new HttpResponse('{"version": "1.0", "publisher": ', { headers: { 'content-type': 'application/json' } })));
    const loaded = await loadFeed(FEED, { store });
    expect(loaded.source).to.equal('stored');
    expect(loaded.error?.code).to.equal('not-json');
  });

  it('asks with If-None-Match and uses its copy on 304 Not Modified', async () => {
    const store = memoryStore();
    const seen: Array<string | null> = [];
    worker.use(
      http.get(FEED, ({ request }) => {
        seen.push(request.headers.get('if-none-match'));
        if (request.headers.get('if-none-match') === '"v1"') return new HttpResponse(null, { status: 304 });
        return HttpResponse.json(minimalFeed(), { headers: { etag: '"v1"' } });
      }),
    );
    await loadFeed(FEED, { store });
    const again = await loadFeed(FEED, { store, reload: true });
    expect(seen).to.deep.equal([null, '"v1"']);
    expect(again.source).to.equal('not-modified');
    expect(again.feed.publisher.ags).to.equal('08126');
  });

  it('tries again after a failure instead of remembering it', async () => {
    let fail = true;
    worker.use(http.get(FEED, () => (fail ? HttpResponse.error() : HttpResponse.json(minimalFeed()))));
    await rejection(loadFeed(FEED, { store: null }));
    fail = false;
    const loaded = await loadFeed(FEED, { store: null });
    expect(loaded.source).to.equal('network');
  });
});
