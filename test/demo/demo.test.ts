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
