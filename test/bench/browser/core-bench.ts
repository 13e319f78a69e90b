/**
 * Runs inside Chromium (bundled by esbuild in test/bench/browser.ts): what happens
 * on a visitor's device after the feed arrives — JSON.parse, schema check,
 * lookups, search index — and typing into the search.
 */
import { parseFeed } from '../../../src/core/parse.js';
import { createIndex } from '../../../src/core/feed-index.js';
import { createSearch } from '../../../src/core/search.js';
import { finderAnswer } from '../../../src/core/finder-answer.js';

const HOME = '08126046';
const DAY = '2026-12-01';

declare global {
  interface Window {
    runCoreBench(url: string, runs: number, queries: string[]): Promise<{ load: number[]; keystrokes: number[] }>;
  }
}

window.runCoreBench = async (url, runs, queries) => {
  const text = await (await fetch(url)).text();
  const load: number[] = [];
  let search: ReturnType<typeof createSearch> | undefined;
  let index: ReturnType<typeof createIndex> | undefined;
  for (let i = 0; i < runs + 2; i++) {
    const start = performance.now();
    const parsed = parseFeed(JSON.parse(text));
    if (!parsed.ok) throw new Error('invalid synthetic feed');
    index = createIndex(parsed.feed);
    search = createSearch(index);
    finderAnswer(index, search, { q: 'warmup', home: HOME, today: DAY });
    if (i >= 2) load.push(performance.now() - start);
  }
  // The finder path per keystroke, as in Node (test/bench/run.ts finderKeystrokes).
  const keystrokes: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const query of queries) {
      for (let n = 1; n <= query.length; n++) {
        const start = performance.now();
        search!.suggest(query.slice(0, n), { today: DAY });
        finderAnswer(index!, search!, { q: query.slice(0, n), home: HOME, today: DAY });
        keystrokes.push(performance.now() - start);
      }
    }
  }
  return { load, keystrokes };
};
