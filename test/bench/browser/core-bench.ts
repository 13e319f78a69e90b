/**
 * Runs inside Chromium (bundled by esbuild in test/bench/browser.ts): what happens
 * on a visitor's device after the feed arrives — JSON.parse, schema check,
 * lookups, search index — and typing into the search.
 */
import { parseFeed } from '../../../src/core/parse.js';
import { createIndex } from '../../../src/core/feed-index.js';
import { createSearch } from '../../../src/core/search.js';

declare global {
  interface Window {
    runCoreBench(url: string, runs: number, queries: string[]): Promise<{ load: number[]; keystrokes: number[] }>;
  }
}

window.runCoreBench = async (url, runs, queries) => {
  const text = await (await fetch(url)).text();
  const load: number[] = [];
  let search: ReturnType<typeof createSearch> | undefined;
  for (let i = 0; i < runs + 2; i++) {
    const start = performance.now();
    const parsed = parseFeed(JSON.parse(text));
    if (!parsed.ok) throw new Error('invalid synthetic feed');
    search = createSearch(createIndex(parsed.feed));
    search.search('warmup');
    if (i >= 2) load.push(performance.now() - start);
  }
  const keystrokes: number[] = [];
  for (const query of queries) {
    for (let n = 1; n <= query.length; n++) {
      const start = performance.now();
      search!.suggest(query.slice(0, n));
      search!.search(query.slice(0, n));
      keystrokes.push(performance.now() - start);
    }
  }
  return { load, keystrokes };
};
