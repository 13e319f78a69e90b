/**
 * The Werkstatt as `npm start` serves it (/werkstatt/), in Chromium behind a
 * recording proxy: a full run (drop, check, preview, report, publish) asks
 * nothing but the page's own host — the worker's requests included. Opened
 * from a folder (file://), the page says what to do.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request, type Server } from 'node:http';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type ElementHandle } from 'puppeteer-core';
import { startServer } from '../../demo/serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium-flags.mjs';

let server: Server;
let proxy: Server;
let origin = '';
let browser: Browser;
const seen: string[] = [];

before(async () => {
  assert.ok(existsSync('dist/werkstatt/index.html'), 'run `npm run build` first (npm test does)');
  server = (await startServer(0, '127.0.0.1')) as Server;
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  // Every request of the browser comes here: our host's are passed on, any other is recorded and refused.
  proxy = createServer((req, res) => {
    seen.push(req.url ?? '');
    const target = new URL(req.url ?? '/');
    if (target.origin !== origin) {
      res.writeHead(502).end();
      return;
    }
    req.pipe(request(target, { method: req.method, headers: req.headers }, (upstream) => {
      res.writeHead(upstream.statusCode ?? 502, upstream.headers);
      upstream.pipe(res);
    }));
  });
  proxy.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', () => r()));
  const proxyPort = (proxy.address() as { port: number }).port;
  browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH, headless: true,
    // Chromium's own calls home (sign-in, autofill, safe browsing) are switched off: what is left comes from the page.
    args: [...CHROMIUM_ARGS, `--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>',
      '--disable-client-side-phishing-detection', '--disable-domain-reliability', '--no-pings', '--disable-default-apps', '--disable-extensions',
      '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate,SafeBrowsing,InterestFeedContentSuggestions,SignInProfileCreation,CertificateTransparencyComponentUpdater',
      '--safebrowsing-disable-auto-update', '--google-base-url=http://127.0.0.1:9', '--gaia-url=http://127.0.0.1:9', '--lso-url=http://127.0.0.1:9'],
    env: { ...process.env, TZ: 'Europe/Berlin' },
  });
});
after(async () => {
  await browser?.close();
  server?.close();
  proxy?.close();
});

const inShadow = (selector: string) => `document.querySelector('ww-werkstatt')?.shadowRoot?.querySelector(${JSON.stringify(selector)})`;

test('a full run at /werkstatt/ asks only the page’s own host, with nothing but the files it ships', async () => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  seen.length = 0;
  await page.goto(`${origin}/werkstatt`, { waitUntil: 'networkidle0' });
  assert.equal(new URL(page.url()).pathname, '/werkstatt/');
  assert.equal(await page.$eval('#loading-note', (n) => (n as HTMLElement).hidden), true, 'the loading note is gone once the page runs');

  const input = (await page.evaluateHandle(inShadow('#pick-files'))) as ElementHandle<HTMLInputElement>;
  const dir = 'test/fixtures/sheets/vulkaneifel';
  await input.uploadFile(...readdirSync(dir).map((f) => resolve(dir, f)));
  await page.waitForFunction(`!!${inShadow('[data-summary="ok"]')}`, { timeout: 60_000 });
  for (const tab of ['preview', 'report', 'compare', 'publish']) {
    await page.evaluate(`${inShadow(`#tab-${tab}`)}.click()`);
    await page.waitForFunction(`${inShadow(`#tab-${tab}`)}.getAttribute('aria-selected') === 'true'`);
    if (tab === 'preview') {
      await page.waitForFunction(`!!${inShadow('ww-service-finder')}?.shadowRoot?.querySelector('form')`, { timeout: 60_000 });
    }
  }
  await page.waitForFunction(`!!${inShadow('[data-download="feed"]')}`);
  const feed = await page.evaluate(`fetch(${inShadow('[data-download="feed"]')}.href).then((r) => r.text())`) as string;
  assert.equal(JSON.parse(feed).version, '1.0');
  await page.waitForNetworkIdle();

  // Chromium itself still connects to a few Google service hosts (connectivity check, push messaging) whatever
  // the flags; those come from the browser, not the page. Anything else that is not our host would be the page's.
  const browserOwn = /^CONNECT ([a-z0-9-]+\.)*(google\.com|googleapis\.com|gstatic\.com):443$/;
  const foreign = seen.filter((url) => !url.startsWith(`${origin}/`) && !browserOwn.test(url));
  assert.deepEqual(foreign, [], 'no request leaves the page’s host');
  const paths = seen.filter((url) => url.startsWith(`${origin}/`)).map((url) => new URL(url).pathname);
  assert.ok(paths.includes('/werkstatt/worker.js'), 'the worker came through the recorder');
  assert.ok(paths.includes('/werkstatt/gemeinden.json'), 'the worker’s request came through the recorder');
  assert.ok(paths.every((p) => p.startsWith('/werkstatt')), `only the Werkstatt's own files: ${paths.filter((p) => !p.startsWith('/werkstatt/')).join(', ')}`);
  assert.deepEqual(await page.cookies(), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the template and the column guide download from the page itself', async () => {
  const xlsx = await fetch(`${origin}/werkstatt/wegweiser-vorlage.xlsx`);
  assert.equal(xlsx.status, 200);
  assert.match(xlsx.headers.get('content-type')!, /spreadsheetml/);
  assert.equal((await fetch(`${origin}/werkstatt/vorlage-README.md`)).status, 200);
});

test('opened from a folder (file://), where Chromium blocks modules, the page says what to do', async () => {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(resolve('dist/werkstatt/index.html')).href, { waitUntil: 'load' });
  await page.waitForFunction(() => !(document.getElementById('file-note') as HTMLElement).hidden);
  const note = await page.$eval('#file-note', (n) => n.textContent ?? '');
  assert.match(note, /file:\/\//);
  assert.match(note, /Webserver/);
  assert.match(note, /npm start/);
  await page.close();
});
