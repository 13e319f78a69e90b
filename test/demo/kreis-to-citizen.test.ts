/**
 * The whole way for a Kreis the kit was not tuned on: the Vulkaneifel
 * spreadsheets (test/fixtures/sheets/vulkaneifel) → `wegweiser import sheets`
 * → `wegweiser compile` → the built embed bundle on a page in Chromium, as a
 * citizen of Gerolstein sees it: the Bürgerbüro responsible for Gerolstein
 * first, in English where the sheets have English, courses in the same list,
 * and no raw id in any label.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { runCli } from '../cli/run-cli.js';
import { launchChromium } from '../helpers/chromium.js';

const GEROLSTEIN = '07233026';
const dir = mkdtempSync(join(tmpdir(), 'ww-kreis-to-citizen-'));
let server: Server;
let base = '';
let browser: Browser;
let feed: { audiences?: Array<{ id: string }>; topics: Array<{ id: string }>; serviceTypes?: Array<{ id: string }>; statuses?: Array<{ id: string }>; regions: { gemeinden: Array<{ ags: string; name?: string }> } };

const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Gerolstein</title>
<script type="module" src="/dist/wegweiser-kit.js" data-feed="/feed.json" data-gemeinde="${GEROLSTEIN}"></script></head>
<body><main><h1>Ankommen in Gerolstein</h1><h2>Wer hilft mir?</h2><ww-service-finder></ww-service-finder></main></body></html>`;

before(async () => {
  assert.ok(existsSync('dist/wegweiser-kit.js'), 'run `npm run build` first (npm test does)');
  const imported = await runCli(['import', 'sheets', 'test/fixtures/sheets/vulkaneifel', '-o', join(dir, 'source.json'), '--today', '2026-12-07', '--now', '2026-12-07T09:00:00+01:00']);
  assert.equal(imported.code, 0, imported.stdout + imported.stderr);
  const compiled = await runCli(['compile', join(dir, 'source.json'), '-o', join(dir, 'feed.json'), '--today', '2026-12-07', '--now', '2026-12-07T09:00:00+01:00']);
  assert.equal(compiled.code, 0, compiled.stdout + compiled.stderr);
  feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
  assert.ok(feed.regions.gemeinden.some((g) => g.ags === GEROLSTEIN), 'Gerolstein is a Gemeinde of the test Kreis');
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = path === '/' ? null : path === '/feed.json' ? join(dir, 'feed.json') : path.startsWith('/dist/') && !path.includes('..') ? `.${path}` : undefined;
    if (file === null) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (!file || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/json' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** The finder's visible cards after a search, as text. */
async function searchFor(query: string, lang = 'de') {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${base}/?ww-q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle0' });
  if (lang !== 'de') await page.evaluate((l) => document.querySelector('ww-service-finder')!.setAttribute('lang', l), lang);
  // The answer in the language asked for: its root says so once that language's words are in.
  await page.waitForFunction((words: string, language: string) => {
    const root = document.querySelector('ww-service-finder')?.shadowRoot;
    const summary = root?.querySelector(`.ww-root[lang="${language}"] .summary:not([aria-busy="true"])`);
    return summary?.textContent?.includes(words) && root!.querySelector('.results > .result');
  }, { timeout: 60_000 }, query, lang);
  // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
  const result = (await page.evaluate(`(() => {
    const root = document.querySelector('ww-service-finder').shadowRoot;
    const squash = (s) => (s || '').replace(/\\s+/g, ' ').trim();
    return {
      cards: [...root.querySelectorAll('.results > .result')].map((c) => ({
        title: squash(c.querySelector('.result__title')?.textContent),
        responsible: squash(c.querySelector('[part="responsible"]')?.textContent),
        kind: squash(c.querySelector('[part="kind"]')?.textContent),
      })),
      labels: [...root.querySelectorAll('option, .chip, .badge, dt, dd, label, legend, .result__title, .result__provider')].map((e) => squash(e.textContent)),
    };
  })()`)) as { cards: Array<{ title: string; responsible: string; kind: string }>; labels: string[] };
  await page.close();
  assert.deepEqual(errors, []);
  return result;
}

test('a Gerolstein citizen asking for the Meldeamt gets Gerolstein’s Bürgerbüro first, marked as responsible', async () => {
  const { cards } = await searchFor('Meldeamt');
  assert.equal(cards[0]!.title, 'Bürgerbüro Gerolstein');
  assert.match(cards[0]!.responsible, /Zuständig für Sie/);
});

test('courses from the Programme sheet are in the same list, marked with what they are', async () => {
  const { cards } = await searchFor('Deutschkurs');
  const course = cards.find((c) => c.kind.startsWith('Kurs'));
  assert.ok(course, cards.map((c) => `${c.kind} ${c.title}`).join(' | '));
});

test('no raw id of the sheets (topics, audiences, kinds of office, statuses) reaches the citizen', async () => {
  const ids = new Set([...feed.topics, ...(feed.audiences ?? []), ...(feed.serviceTypes ?? []), ...(feed.statuses ?? [])].map((t) => t.id));
  const { labels } = await searchFor('Beratung');
  const raw = labels.filter((label) => label.split(/[\s,·():;]+/).some((word) => ids.has(word)));
  assert.deepEqual(raw, []);
});

test('in English, the names the sheets give in English (Name-en) are shown', async () => {
  const { cards } = await searchFor('Ausländerbehörde', 'en');
  assert.equal(cards[0]!.title, 'Immigration office');
});
