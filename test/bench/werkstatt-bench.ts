/**
 * Bench of the Werkstatt (dist/werkstatt/, served by demo/serve.mjs) in
 * Chromium: 10,000 CSV rows (import-bench.ts's writeRows) picked into the
 * page until the finder's preview shows result cards. Median of 5 runs, each
 * in a fresh incognito context (the work persists in IndexedDB), after one
 * unrecorded warm-up. Also the longest main-thread task in that time (long
 * tasks ≥ 50 ms, PerformanceObserver 'longtask') and when the page showed
 * each progress stage. Target: ≤ 3 s, the page responsive throughout.
 * Plus the Werkstatt's bundle sizes. Needs `npm run build`.
 * Run alone with `node --expose-gc --import tsx test/bench/werkstatt-bench.ts`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { startServer } from '../../demo/serve.mjs';
import { launchChromium } from '../helpers/chromium.js';
import { writeRows } from './import-bench.js';
import { median, ms, kb, table } from './stats.js';

const DIST = 'dist/werkstatt';
const RUNS = 5;
const TIMEOUT = 120_000;
/** Stages as the page shows them, in order (the progress bar's value tells which one). */
const STAGES = ['start', 'read', 'import', 'compile', 'report', 'result', 'preview'] as const;
type Stamps = Partial<Record<(typeof STAGES)[number], number>>;

interface Run {
  /** Milliseconds from uploadFile to result cards in the finder's preview (Node clock). */
  total: number;
  longest: number;
  longTasks: number;
  /** Page clock, milliseconds after the upload, when each stage first showed. */
  stamps: Stamps;
}

declare global {
  interface Window {
    __wsBench: { longtasks: Array<{ start: number; duration: number }>; ready: boolean; stamps: Stamps };
    /** The Werkstatt's shadow root. */
    __ws: () => ShadowRoot;
  }
}

/** Installed before the page's scripts: long tasks (buffered) and the Werkstatt's ready event. */
function recorder() {
  window.__wsBench = { longtasks: [], ready: false, stamps: {} };
  window.__ws = () => document.querySelector('ww-werkstatt')!.shadowRoot!;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__wsBench.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('ww-werkstatt-ready', () => {
    window.__wsBench.ready = true;
  });
}

async function oneRun(browser: Browser, url: string, files: string[]): Promise<Run> {
  const context = await browser.createBrowserContext();
  try {
    const page: Page = await context.newPage();
    page.on('pageerror', (error) => console.error('werkstatt page error:', error));
    page.on('console', (message) => message.type() === 'error' && console.error('werkstatt page:', message.text()));
    await page.evaluateOnNewDocument(recorder);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__wsBench.ready, { timeout: TIMEOUT });
    if (await page.evaluate(() => !!window.__ws().querySelector('.note.warn'))) {
      console.error('werkstatt page shows a warning:', await page.evaluate(() => window.__ws().querySelector('.note.warn')!.textContent));
    }
    const input = (await page.evaluateHandle(() => window.__ws().querySelector('#pick-files'))) as ElementHandle<HTMLInputElement>;
    // The stages as the page shows them: the progress bar, then the summary.
    const t0 = await page.evaluate(() => {
      const root = window.__ws();
      const stamps = window.__wsBench.stamps;
      // (No named functions in here: tsx would wrap them in a helper the page does not have.)
      new MutationObserver(() => {
        const progress = root.querySelector<HTMLProgressElement>('[data-progress] progress');
        if (progress) {
          const v = progress.value;
          const stage = root.querySelector('[data-progress] [role=status]')?.textContent === '…' ? 'start' : v <= 0.4 ? 'read' : v <= 0.5 ? 'import' : v <= 0.8 ? 'compile' : 'report';
          stamps[stage] ??= performance.now();
        }
        if (root.querySelector('[data-summary]')) stamps.result ??= performance.now();
      }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      return performance.now();
    });
    const start = performance.now();
    await input.uploadFile(...files);
    await page.waitForFunction(() => window.__ws().querySelector('[data-summary]'), { timeout: TIMEOUT, polling: 'raf' });
    if (await page.evaluate(() => !window.__ws().querySelector('[data-summary="ok"]'))) {
      const problems = await page.evaluate(() => [window.__ws().querySelector('[data-summary]')!.textContent!.trim(),
        ...[...window.__ws().querySelectorAll('.file-problems')].slice(0, 5).flatMap((s) => [
          `— ${s.querySelector('h3')?.textContent}`,
          ...[...s.querySelectorAll('ol.problems > li')].slice(0, 5).map((li) => [...li.childNodes].filter((n) => n.nodeName !== 'DETAILS').map((n) => n.textContent).join(' ').replace(/\s+/g, ' ').trim()),
        ])]);
      throw new Error(`the Werkstatt found errors in the bench rows:\n${problems.join('\n')}`);
    }
    await page.evaluate(() => window.__ws().querySelector<HTMLButtonElement>('#tab-preview')!.click());
    const shown = await page.waitForFunction(() => {
      const finder = window.__ws().querySelector('ww-service-finder')?.shadowRoot;
      if (finder?.querySelector('.status--error')) return -1;
      return finder?.querySelector('ol.results > li') ? performance.now() : 0;
    }, { timeout: TIMEOUT, polling: 'raf' });
    const total = performance.now() - start;
    const tEnd = (await shown.jsonValue()) as number;
    if (tEnd < 0) throw new Error(`the finder preview shows an error: ${await page.evaluate(() => window.__ws().querySelector('ww-service-finder')!.shadowRoot!.querySelector('.status--error')!.textContent)}`);
    // Long-task entries arrive after their task: give the observer a moment.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    const { tasks, stamps } = await page.evaluate(() => ({ tasks: window.__wsBench.longtasks, stamps: window.__wsBench.stamps }));
    const during = tasks.filter((t) => t.start + t.duration >= t0 && t.start <= tEnd).map((t) => t.duration);
    const relative: Stamps = {};
    for (const [k, v] of Object.entries(stamps)) relative[k as keyof Stamps] = v - t0;
    relative.preview = tEnd - t0;
    return { total, longest: during.length ? Math.max(...during) : 0, longTasks: during.length, stamps: relative };
  } finally {
    await context.close();
  }
}

/** 10,000 rows into the Werkstatt until the preview is ready: a warm-up, then RUNS fresh contexts. */
export async function werkstattDropBench(runs = RUNS): Promise<{ rows: number; runs: Run[] }> {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`${DIST}/ missing — run \`npm run build\` first`);
  const dir = mkdtempSync(join(tmpdir(), 'ww-werkstatt-bench-'));
  const server = (await startServer(0, '127.0.0.1')) as Server;
  let browser: Browser | undefined;
  try {
    // The page warns unless the computer's time zone is German time; the variable is for the browser only.
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    try {
      browser = await launchChromium();
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const rows = writeRows(dir);
    const files = readdirSync(dir).map((f) => join(dir, f));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/werkstatt/`;
    await oneRun(browser, url, files);
    const out: Run[] = [];
    for (let i = 0; i < runs; i++) out.push(await oneRun(browser, url, files));
    return { rows, runs: out };
  } finally {
    await browser?.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The files a module loads with it: its static imports, recursively (dynamic import() not followed). */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.\.?\/[^"']+)["']/g)) {
    staticClosure(resolve(dirname(file), spec!), seen);
  }
  return seen;
}

const dynamicImports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/import\(\s*["'](\.\.?\/[^"']+)["']\s*\)/g)].map(([, spec]) => resolve(dirname(file), spec!));

function allJs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allJs(join(dir, e.name)) : e.name.endsWith('.js') ? [resolve(dir, e.name)] : []));
}

const sizeCache = new Map<string, { raw: number; gzip: number; brotli: number }>();
function size(file: string) {
  let s = sizeCache.get(file);
  if (!s) {
    const data = readFileSync(file);
    s = { raw: data.length, gzip: gzipSync(data, { level: 9 }).length, brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
    sizeCache.set(file, s);
  }
  return s;
}
const sum = (files: Iterable<string>) => [...files].reduce((t, f) => {
  const s = size(f);
  return { raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli };
}, { raw: 0, gzip: 0, brotli: 0 });

/** Rows: what, files, minified, gzip, brotli. */
export function werkstattSizes(): Array<Array<string | number>> {
  const page = staticClosure(resolve(DIST, 'werkstatt.js'));
  const worker = staticClosure(resolve(DIST, 'worker.js'));
  const previewEntry = allJs(resolve(DIST, 'chunks')).find((f) => /\/preview-elements-[\w-]+\.js$/.test(f));
  const preview = new Set<string>();
  if (previewEntry) {
    for (const f of [previewEntry, ...dynamicImports(previewEntry)]) for (const g of staticClosure(f)) if (!page.has(g)) preview.add(g);
  }
  // Everything the page and the worker can load, lazy chunks included; files left over from an earlier build are listed apart.
  const all = new Set<string>();
  const walk = (file: string) => {
    if (all.has(file)) return;
    for (const f of staticClosure(file)) all.add(f);
    for (const f of [...staticClosure(file)].flatMap(dynamicImports)) walk(f);
  };
  for (const entry of ['werkstatt.js', 'worker.js', 'file-note.js']) if (existsSync(resolve(DIST, entry))) walk(resolve(DIST, entry));
  const stale = allJs(resolve(DIST)).filter((f) => !all.has(f));
  const names = (files: Set<string>) => [...files].map((f) => relative(resolve(DIST), f).replace(/-[\w-]{8}\.js$/, '')).join(', ');
  const row = (label: string, files: Set<string> | string[]) => {
    const s = sum(files);
    return [label, [...files].length, kb(s.raw), kb(s.gzip), kb(s.brotli)];
  };
  const rows = [
    row(`the page before any drop: werkstatt.js + static imports (${names(page)})`, page),
    row(`the worker: worker.js + static imports (${names(worker)})`, worker),
  ];
  if (previewEntry) rows.push(row('the preview tab adds: the four elements (preview-elements + define chunks + their imports not yet loaded)', preview));
  rows.push(row('all JS of the Werkstatt in dist/werkstatt/ (incl. lazy chunks: language packs, map, search)', all));
  if (stale.length) rows.push(row('JS files in dist/werkstatt/ nothing imports (left from an earlier build without a clean dist/)', stale));
  const gemeinden = size(resolve(DIST, 'gemeinden.json'));
  rows.push(['gemeinden.json (the worker fetches it on the first run)', 1, kb(gemeinden.raw), kb(gemeinden.gzip), kb(gemeinden.brotli)]);
  return rows;
}

const seconds = (v: number) => (v / 1000).toFixed(2);

/** The section's tables, for run.ts's `say` or the console. */
export async function werkstattTables(): Promise<string[]> {
  const { rows, runs } = await werkstattDropBench();
  const total = runs.map((r) => r.total);
  const longest = runs.map((r) => r.longest);
  const out = [table(`Werkstatt in Chromium: ${rows.toLocaleString('en')} CSV rows picked → finder preview shows results (median of ${runs.length}, fresh context each, after a warm-up)`,
    ['rows', 'seconds (median)', 'each run', 'longest main-thread task (median / max)', 'long tasks ≥ 50 ms (median)', 'target'],
    [[rows.toLocaleString('en'), seconds(median(total)), total.map(seconds).join(' · '), `${ms(median(longest), 0)} / ${ms(Math.max(...longest), 0)}`, median(runs.map((r) => r.longTasks)), '≤ 3 s, the page responsive'],
    ])];
  const stage = (name: (typeof STAGES)[number]) => median(runs.map((r) => r.stamps[name] ?? NaN).filter(Number.isFinite));
  const stageRows: Array<Array<string | number>> = [];
  let previous = 0;
  const label: Record<(typeof STAGES)[number], string> = {
    start: 'upload → run started (the page reads the files, saves them in IndexedDB)',
    read: 'worker starts (pipeline chunk), fetches gemeinden.json',
    import: 'reading the sheets',
    compile: 'import (rows → source)',
    report: 'compile (source → feed)',
    result: 'report, problem list; result to the page, shown ([data-summary="ok"])',
    preview: 'preview tab: the four elements load, the finder reads the draft feed and shows cards',
  };
  for (const name of STAGES) {
    const at = stage(name);
    if (!Number.isFinite(at)) continue;
    stageRows.push([label[name], seconds(at), ms(at - previous, 0)]);
    previous = at;
  }
  out.push(table('… where the time goes: when the page first showed each stage (median, page clock from the upload)', ['step (ends when the page shows the next stage)', 'done at s', 'took'], stageRows));
  out.push(table('Werkstatt bundle sizes (dist/werkstatt/)', ['what loads', 'files', 'minified', 'gzip', 'brotli'], werkstattSizes()));
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const text of await werkstattTables()) console.log(text);
}
