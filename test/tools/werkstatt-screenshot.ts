/**
 * docs/werkstatt.png, the README's picture of the Werkstatt: the Vulkaneifel
 * sheets with one misspelt Gemeinde, the error opened at its row. Run after
 * `npm run build`: `npx tsx test/tools/werkstatt-screenshot.ts`.
 */
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import type { ElementHandle } from 'puppeteer-core';
import { startServer } from '../../demo/serve.mjs';
import { launchChromium } from '../helpers/chromium.js';

process.env.TZ = 'Europe/Berlin';
const FIXTURE = 'test/fixtures/sheets/vulkaneifel';
const dir = mkdtempSync(join(tmpdir(), 'ww-shot-'));
for (const name of readdirSync(FIXTURE)) {
  const text = readFileSync(join(FIXTURE, name), 'utf8');
  writeFileSync(join(dir, name), name === 'Orte.csv' ? text.replace(';Daun;;Mainzer Straße 25;', ';Daunn;;Mainzer Straße 25;') : text);
}
const server = (await startServer(0, '127.0.0.1')) as Server;
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/werkstatt/`, { waitUntil: 'networkidle0' });
  const shadow = (selector: string) => `document.querySelector('ww-werkstatt').shadowRoot.querySelector(${JSON.stringify(selector)})`;
  const input = (await page.evaluateHandle(shadow('#pick-files'))) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(...readdirSync(dir).map((f) => resolve(dir, f)));
  await page.waitForFunction(`!!${shadow('[data-summary]')}`, { timeout: 60_000 });
  await page.evaluate(`(() => {
    const root = document.querySelector('ww-werkstatt').shadowRoot;
    const item = [...root.querySelectorAll('ol.problems > li')].find((li) => li.textContent.includes('Daunn'));
    item.querySelector('details').open = true;
    root.querySelector('[data-summary]').scrollIntoView();
    window.scrollBy(0, -120);
  })()`);
  await page.screenshot({ path: 'docs/werkstatt.png' });
  console.log('wrote docs/werkstatt.png');
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
