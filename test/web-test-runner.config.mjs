// Browser tests: real Chromium (the Debian package, no browser download),
// TypeScript through esbuild with our tsconfig (so Lit's decorators behave),
// Lit in dev mode, and msw's service worker served from node_modules.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './helpers/chromium-flags.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// The kit's users are in Germany: opening hours, holidays and the Werkstatt's clock check run in German time.
process.env.TZ ??= 'Europe/Berlin';

/** npm 11 skips msw's install script, so `msw init` never ran: serve the worker ourselves. */
const mswWorker = {
  name: 'msw-worker',
  serve(context) {
    if (context.path === '/mockServiceWorker.js') {
      return { body: readFileSync(`${root}node_modules/msw/lib/mockServiceWorker.js`, 'utf8'), type: 'js' };
    }
    return undefined;
  },
};

export default {
  rootDir: root,
  files: ['test/components/**/*.test.ts', 'test/embed/**/*.test.ts', 'test/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: `${root}tsconfig.json`, target: 'es2021' }), mswWorker],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS } }),
  ],
  // One page at a time: msw's service worker and Cache Storage are shared by every page of the
  // test origin, and parallel pages saw each other's mocked failures.
  concurrency: 1,
  // A test fails on the state it waits for (test/helpers/wait.ts), not on the clock of a busy machine.
  testFramework: { config: { timeout: 120_000 } },
  testsFinishTimeout: 10 * 60 * 1000,
};
