/**
 * A browser harness for benchmarks: bundles a bench entry with esbuild,
 * serves it and the test data from a local server, and runs it in the system
 * Chromium. Figures are what a visitor's browser does, not Node.
 */
import { createServer, type Server } from 'node:http';
import { build } from 'esbuild';
import { launchChromium } from '../helpers/chromium.js';

export interface BrowserBench {
  /** Calls `window[fn](...args)` in the bench page and returns its result. */
  run<T>(fn: string, ...args: unknown[]): Promise<T>;
  close(): Promise<void>;
}

export async function openBrowserBench(entry: string, files: Record<string, string>): Promise<BrowserBench> {
  const bundle = await build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, minify: true, target: 'es2021', tsconfig: 'tsconfig.json', conditions: ['production'] });
  const routes: Record<string, [string, string]> = {
    '/': ['text/html', '<!doctype html><html lang="de"><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title><script type="module" src="/bench.js"></script>'],
    '/bench.js': ['text/javascript', bundle.outputFiles[0]!.text],
  };
  for (const [path, body] of Object.entries(files)) routes[path] = ['application/json', body];
  const server: Server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (!route) return void res.writeHead(404).end();
    // no-store: every run asks again, as a first visit would (the finder's own copy is cleared per run).
    res.writeHead(200, { 'content-type': route[0], 'cache-control': 'no-store' }).end(route[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await launchChromium();
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('bench page error:', error));
  page.on('console', (message) => message.type() === 'error' && console.error('bench page:', message.text()));
  await page.goto(`${base}/`, { waitUntil: 'load' });
  return {
    async run<T>(fn: string, ...args: unknown[]) {
      await page.waitForFunction((name) => typeof (window as any)[name] === 'function', {}, fn);
      return page.evaluate((name, params) => (window as any)[name](...params), fn, args) as Promise<T>;
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}
