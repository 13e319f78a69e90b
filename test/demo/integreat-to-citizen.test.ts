/**
 * From Integreat to a citizen's screen: the Integreat CMS test-suite answers
 * (Augsburg) → `wegweiser import integreat` → `wegweiser compile` → the
 * built embed bundle on a page in Chromium: the finder shows the place, the
 * directory the event series, in German and in Arabic (right to left), and
 * axe finds nothing in either.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { runCli } from '../cli/run-cli.js';
import { launchChromium } from '../helpers/chromium.js';

const AUGSBURG = '09761000';
const NOW = ['--today', '2026-12-07', '--now', '2026-12-07T09:00:00+01:00'];
const dir = mkdtempSync(join(tmpdir(), 'ww-integreat-to-citizen-'));
let server: Server;
let base = '';
let browser: Browser;

const page = (lang: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Augsburg</title>
<script type="module" src="/dist/wegweiser-kit.js" data-feed="/feed.json" data-gemeinde="${AUGSBURG}" data-lang="${lang}"></script></head>
<body><main><h1>Ankommen in Augsburg</h1><h2>Wer hilft mir?</h2><ww-service-finder></ww-service-finder>
<h2>Kurse und Veranstaltungen</h2><ww-programme-directory></ww-programme-directory></main></body></html>`;

before(async () => {
  assert.ok(existsSync('dist/wegweiser-kit.js'), 'run `npm run build` first (npm test does)');
  const imported = await runCli(['import', 'integreat', '../shared/data/integreat', '--region', 'augsburg', '-o', join(dir, 'source.json'), ...NOW]);
  assert.equal(imported.code, 0, imported.stdout + imported.stderr);
  const compiled = await runCli(['compile', join(dir, 'source.json'), '-o', join(dir, 'feed.json'), ...NOW]);
  assert.equal(compiled.code, 0, compiled.stdout + compiled.stderr);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(url.searchParams.get('lang') ?? 'de'));
    const file = url.pathname === '/feed.json' ? join(dir, 'feed.json') : url.pathname.startsWith('/dist/') && !url.pathname.includes('..') ? `.${url.pathname}` : undefined;
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

async function axe(p: Page, selector: string): Promise<string[]> {
  await p.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return (await p.evaluate(`axe.run(document.querySelector(${JSON.stringify(selector)})).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`)) as string[];
}

for (const [lang, place, event] of [['de', 'Test-Ort', 'Test-Veranstaltung'], ['ar', 'موقع الاختبار', 'Test-Veranstaltung']] as const) {
  test(`${lang}: the finder shows the Integreat place, the directory its event series; axe finds nothing`, async () => {
    const p = await browser.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    await p.goto(`${base}/?lang=${lang}&ww-q=${encodeURIComponent(lang === 'de' ? 'Test' : 'Test')}`, { waitUntil: 'networkidle0' });
    await p.waitForFunction(`(() => {
      const root = document.querySelector('ww-service-finder')?.shadowRoot;
      return root?.querySelector('.ww-root[lang="${lang}"]') && [...root.querySelectorAll('.results > .result')].some((c) => c.textContent.includes(${JSON.stringify(place)}));
    })()`, { timeout: 60_000 });
    await p.waitForFunction(`(() => {
      const root = document.querySelector('ww-programme-directory')?.shadowRoot;
      return root?.querySelector('.ww-root[lang="${lang}"]') && root.textContent.includes(${JSON.stringify(event)});
    })()`, { timeout: 60_000 });
    const dir = await p.evaluate(`document.querySelector('ww-service-finder').shadowRoot.querySelector('.ww-root').getAttribute('dir')`);
    assert.equal(dir, lang === 'ar' ? 'rtl' : 'ltr');
    assert.deepEqual(await axe(p, 'ww-service-finder'), []);
    assert.deepEqual(await axe(p, 'ww-programme-directory'), []);
    assert.deepEqual(errors, []);
    await p.close();
  });
}
