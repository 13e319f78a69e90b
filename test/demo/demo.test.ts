/**
 * The demo as a visitor gets it: `demo/serve.mjs` on a real port, the built
 * embed bundle included by one script tag under a strict CSP, the sample
 * feed served with validators for conditional requests.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser } from 'puppeteer-core';
import { startServer } from '../../demo/serve.mjs';
import { launchChromium } from '../helpers/chromium.js';
import { validateFeed } from '../../src/core/validate.js';

let server: Server;
let base = '';
let browser: Browser;

before(async () => {
  assert.ok(existsSync('dist/wegweiser-kit.js'), 'run `npm run build` first (npm test does)');
  server = (await startServer(0, '127.0.0.1')) as Server;
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('serves the page, the kit and a valid sample feed, with ETag revalidation', async () => {
  const page = await fetch(`${base}/`);
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /<script type="module" src="\/dist\/wegweiser-kit.js" data-feed="\/feed.json"/);
  assert.match(html, /Beispieldaten/);

  const kit = await fetch(`${base}/dist/wegweiser-kit.js`);
  assert.equal(kit.status, 200);
  assert.match(kit.headers.get('content-type')!, /javascript/);
  assert.equal(kit.headers.get('access-control-allow-origin'), '*');

  const feed = await fetch(`${base}/feed.json`);
  assert.equal(feed.status, 200);
  const result = validateFeed(await feed.json());
  assert.equal(result.ok, true, JSON.stringify(result.issues?.slice(0, 5)));
  const again = await fetch(`${base}/feed.json`, { headers: { 'if-none-match': feed.headers.get('etag')! } });
  assert.equal(again.status, 304);

  assert.equal((await fetch(`${base}/../package.json`)).status, 404);
  assert.equal((await fetch(`${base}/%2e%2e/package.json`)).status, 404);
});

test('the page loads in Chromium without errors or CSP violations, and the kit fetches only from its own host', async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  const hosts = new Set<string>();
  page.on('console', (message) => {
    // Failed loads are reported with their URL by the response handler below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${String(error)}`));
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${base}/`, { waitUntil: 'networkidle0' });
  assert.deepEqual(problems, []);
  assert.deepEqual([...hosts], [new URL(base).host]);
  const cookies = await page.cookies();
  assert.deepEqual(cookies, []);
  await page.close();
});

test('the finder on the demo pages shows results for the page’s Gemeinde, adds no globals, and opens the map without leaving the host', async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  const hosts = new Set<string>();
  page.on('pageerror', (error) => problems.push(`page: ${String(error)}`));
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  await page.evaluateOnNewDocument(() => {
    (window as unknown as { __before: string[] }).__before = Object.getOwnPropertyNames(window);
  });
  await page.goto(`${base}/oehringen.html?ww-topic=aufenthalt`, { waitUntil: 'networkidle0' });
  const first = await page.waitForFunction(() => {
    const root = document.querySelector('ww-service-finder')?.shadowRoot;
    const card = root?.querySelector('.results > .result');
    return card?.textContent?.replace(/\s+/g, ' ');
  }, { timeout: 60_000 });
  const text = String(await first.jsonValue());
  assert.match(text, /Zuständig für Sie/);
  assert.match(text, /Öhringen/);
  // Only Lit's shared decorator metadata may appear on window (and the test's own marker).
  const added = await page.evaluate(() => Object.getOwnPropertyNames(window).filter((name) => !(window as unknown as { __before: string[] }).__before.includes(name)));
  // (puppeteer adds its own __ariaQuerySelector helpers.)
  assert.deepEqual(added.filter((name) => name !== '__before' && name !== 'litPropertyMetadata' && !name.includes('ariaQuerySelector')), []);

  await page.evaluate(() => (document.querySelector('ww-service-finder')!.shadowRoot!.querySelector('button[part~="map-toggle"]') as HTMLButtonElement).click());
  await page.waitForFunction(() => document.querySelector('ww-service-finder')!.shadowRoot!.querySelector('.leaflet-marker-icon'), { timeout: 60_000 });
  assert.deepEqual([...hosts], [new URL(base).host]);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the built bundle shows every element’s words, never a raw string key', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/`, { waitUntil: 'networkidle0' });
  const tags = ['ww-service-finder', 'ww-programme-directory', 'ww-route-time', 'ww-wegweiser'];
  await page.waitForFunction((all: string[]) => all.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.summary, .line, .title')), { timeout: 60_000 }, tags);
  // Open a pathway too: its steps use the most strings.
  await page.evaluate(() => (document.querySelector('ww-wegweiser')!.shadowRoot!.querySelector('.path-button') as HTMLButtonElement).click());
  await page.waitForFunction(() => document.querySelector('ww-wegweiser')!.shadowRoot!.querySelector('.step'), { timeout: 60_000 });
  const texts = await page.evaluate((all: string[]) => all.map((tag) => document.querySelector(tag)!.shadowRoot!.textContent!.replace(/\s+/g, ' ')), tags);
  for (const text of texts) assert.doesNotMatch(text, /\b(search|filter|results|empty|programme|schedule|route|kind|fact|hours|weg)\.[a-zA-Z]+\b/, text.slice(0, 300));
  assert.match(texts[1]!, /Kurs oder Angebot suchen/);
  assert.match(texts[2]!, /Min\./);
  assert.match(texts[3]!, /Schritt 1/);
  await page.close();
});

test('the Land page: the visitor picks a Gemeinde, gets only its Kreis shard and border extract, brotli-compressed, and the hashed files are cacheable for good', async () => {
  // What `npm start` does before serving (npm run demo:land).
  const { compileShardsCommand } = await import('../../src/cli/commands/compile-shards.js');
  const code = await compileShardsCommand({
    sources: ['test/fixtures/land/heilbronn-land.source.json'], dir: 'demo/land', now: new Date('2026-12-01T09:00:00+01:00'), today: '2026-12-01', from: '2026-12-01',
    pretty: false, lang: 'en', json: false, maxBytes: 1e8, color: false, limit: 200, out: () => undefined, err: () => undefined,
  });
  assert.equal(code, 0);
  const page = await browser.newPage();
  const problems: string[] = [];
  const answers: Array<{ path: string; encoding: string; cache: string }> = [];
  page.on('pageerror', (error) => problems.push(`page: ${String(error)}`));
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.host !== new URL(base).host) problems.push(`other host: ${url.href}`);
    if (url.pathname.startsWith('/land/')) answers.push({ path: url.pathname.replace(/\.[0-9a-f]{10}\.json$/, '.#.json'), encoding: response.headers()['content-encoding'] ?? '', cache: response.headers()['cache-control'] ?? '' });
  });
  await page.goto(`${base}/land.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('ww-service-finder')?.shadowRoot?.querySelector('#ww-choose'), { timeout: 60_000 });
  assert.deepEqual(answers.map((a) => a.path), ['/land/index.json'], 'no shard before the choice');
  await page.evaluate(() => {
    const select = document.querySelector('ww-service-finder')!.shadowRoot!.querySelector<HTMLSelectElement>('#ww-choose')!;
    select.value = '08125039'; // Gundelsheim, 2 km from Haßmersheim in the Neckar-Odenwald-Kreis
    select.dispatchEvent(new Event('change'));
  });
  const list = await page.waitForFunction(() => {
    const root = document.querySelector('ww-service-finder')!.shadowRoot!;
    const text = [...root.querySelectorAll('.results > .result')].map((r) => r.textContent!.replace(/\s+/g, ' ')).join(' | ');
    return text.includes('Haßmersheim') ? text : undefined;
  }, { timeout: 60_000 });
  assert.match(String(await list.jsonValue()), /Gundelsheim/);
  assert.deepEqual(answers.map((a) => a.path).sort(), ['/land/08125-near-08225.#.json', '/land/08125.#.json', '/land/index.json']);
  for (const a of answers) assert.equal(a.encoding, 'br', `${a.path} served from its .br sibling`);
  assert.equal(answers.find((a) => a.path === '/land/index.json')!.cache, 'no-cache');
  assert.match(answers.find((a) => a.path === '/land/08125.#.json')!.cache, /immutable/);
  assert.deepEqual(problems, []);
  await page.close();
});
