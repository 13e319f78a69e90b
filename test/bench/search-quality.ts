/**
 * Search quality and latency, measured rather than assumed.
 *
 *   npx tsx test/bench/search-quality.ts demo/feed.source.json [test/bench/search-judgements.json] [--no-latency]
 *
 * prints recall@5, noisy and zero-result queries for the judged query set,
 * then index build time and per-keystroke latency on the demo feed and on
 * synthetic feeds of 1,000 / 10,000 / 50,000 services.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Feed } from '../../src/core/schema/index.js';
import { validateFeed } from '../../src/core/validate.js';
import { createIndex } from '../../src/core/feed-index.js';
import { createSearch, type FeedSearch } from '../../src/core/search.js';
import { syntheticFeed } from './synthetic-feed.js';
import { median, percentile, table } from './stats.js';

export interface Judgement {
  query: string;
  category?: string;
  /** "held-out": written after tuning, as a check against overfitting. */
  set?: string;
  /** Ids that belong in the top 5; an inner list is satisfied by any one of its ids. */
  must: Array<string | string[]>;
  /** Ids whose presence in the top 5 makes the query noisy. */
  mustNot?: string[];
  note?: string;
}

export interface Judgements {
  queries: Judgement[];
  /** Day the entries' validity is judged on; default: the feed's `generatedAt` day, so results do not age. */
  today?: string;
}

export interface QueryQuality {
  query: string;
  category: string;
  set: string;
  recall: number;
  top5: string[];
  /** Must-have ids (or groups, joined with "|") not in the top 5. */
  missing: string[];
  /** Must-not ids found in the top 5. */
  noise: string[];
  zeroResults: boolean;
}

export interface QualityFigures {
  queries: number;
  recallAt5: number;
  noisy: number;
  zeroResults: number;
}

export interface SearchQuality extends QualityFigures {
  /** The same figures per judged set ("tuned", "held-out"). */
  sets: Record<string, QualityFigures>;
  details: QueryQuality[];
}

function figures(details: QueryQuality[]): QualityFigures {
  return {
    queries: details.length,
    recallAt5: details.reduce((sum, d) => sum + d.recall, 0) / Math.max(1, details.length),
    noisy: details.filter((d) => d.noise.length > 0).length,
    zeroResults: details.filter((d) => d.zeroResults).length,
  };
}

const TOP = 5;

export function evaluateSearch(feed: Feed, judgements: Judgements | Judgement[], search?: FeedSearch): SearchQuality {
  const list = Array.isArray(judgements) ? judgements : judgements.queries;
  const today = (Array.isArray(judgements) ? undefined : judgements.today) ?? feed.generatedAt.slice(0, 10);
  const engine = search ?? createSearch(createIndex(feed));
  const details = list.map((j): QueryQuality => {
    const hits = engine.search(j.query, { limit: TOP, today });
    const top5 = hits.map((h) => h.id);
    const groups = j.must.map((m) => (Array.isArray(m) ? m : [m]));
    // Each group is one slot: two identical groups ask for two different ids from the same set.
    const used = new Set<string>();
    const missing: string[] = [];
    for (const group of groups) {
      const id = group.find((g) => top5.includes(g) && !used.has(g));
      if (id) used.add(id);
      else missing.push(group.length > 3 ? `${group.slice(0, 3).join('|')}|…` : group.join('|'));
    }
    const slots = Math.min(groups.length, TOP);
    return {
      query: j.query,
      category: j.category ?? '',
      set: j.set ?? 'tuned',
      recall: slots ? Math.min(slots, groups.length - missing.length) / slots : 1,
      top5,
      missing,
      noise: (j.mustNot ?? []).filter((id) => top5.includes(id)),
      zeroResults: hits.length === 0,
    };
  });
  const sets: Record<string, QualityFigures> = {};
  for (const set of new Set(details.map((d) => d.set))) sets[set] = figures(details.filter((d) => d.set === set));
  return { ...figures(details), sets, details };
}

export interface KeystrokeLatency {
  keystrokes: number;
  p50: number;
  p95: number;
  max: number;
}

/**
 * Types each query character by character, as a combobox would: every
 * keystroke runs `suggest` and `search` on the prefix typed so far.
 */
export function measureKeystrokes(feed: Feed | FeedSearch, queries: string[], repeats = 3): KeystrokeLatency {
  const search = 'search' in feed ? feed : createSearch(createIndex(feed));
  search.search('warm up');
  const times: number[] = [];
  for (let round = 0; round < repeats; round++) {
    for (const query of queries) {
      for (let k = 1; k <= query.length; k++) {
        const typed = query.slice(0, k);
        const start = performance.now();
        search.suggest(typed);
        search.search(typed);
        times.push(performance.now() - start);
      }
    }
  }
  return { keystrokes: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
}

/** Median time to build the search (including the full-text part a first search needs). */
export function measureBuild(feed: Feed, runs = 5): number {
  const index = createIndex(feed);
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    createSearch(index).search('warm up');
    if (i > 0) times.push(performance.now() - start); // the first run warms up the JIT
  }
  return median(times);
}

function validated(json: unknown, what: string): Feed {
  const result = validateFeed(json);
  if (!result.ok) throw new Error(`${what} is not a valid feed: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.feed;
}

const fmt = (value: number) => value.toFixed(2);

function main(feedPath: string, judgementsPath: string, latency: boolean): void {
  const feed = validated(JSON.parse(readFileSync(feedPath, 'utf8')), feedPath);
  const judgements = JSON.parse(readFileSync(judgementsPath, 'utf8')) as Judgements;
  const quality = evaluateSearch(feed, judgements);
  console.log(table(`Judged queries (${judgementsPath} on ${feedPath})`, ['query', 'kind', 'recall@5', 'missing', 'noise', 'top 5'], quality.details.map((d) => [
    d.query, d.category, d.recall.toFixed(2), d.missing.join(', '), d.noise.join(', '), d.top5.join(' '),
  ])));
  const row = (name: string, f: QualityFigures) => [name, f.queries, f.recallAt5.toFixed(3), f.noisy, f.zeroResults];
  console.log(table('Search quality', ['set', 'queries', 'recall@5', 'noisy queries', 'zero-result queries'], [
    ...Object.entries(quality.sets).map(([name, f]) => row(name, f)),
    row('all (target: recall ≥ 0.9, 0 noisy)', quality),
  ]));
  if (!latency) return;
  const typed = judgements.queries.map((j) => j.query);
  const rows: Array<Array<string | number>> = [];
  const demo = measureKeystrokes(feed, typed);
  rows.push([`demo (${feed.services.length})`, fmt(measureBuild(feed)), demo.keystrokes, fmt(demo.p50), fmt(demo.p95), fmt(demo.max)]);
  for (const n of [1000, 10000, 50000]) {
    const synthetic = validated(JSON.parse(JSON.stringify(syntheticFeed(n))), `synthetic ${n}`);
    const latency = measureKeystrokes(synthetic, typed, n >= 50000 ? 1 : 3);
    rows.push([n.toLocaleString('en'), fmt(measureBuild(synthetic, n >= 50000 ? 3 : 5)), latency.keystrokes, fmt(latency.p50), fmt(latency.p95), fmt(latency.max)]);
  }
  console.log(table('Search build and keystrokes (suggest + search per typed prefix of every judged query)', ['services', 'build ms (median)', 'keystrokes', 'p50 ms', 'p95 ms', 'max ms'], rows));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  main(paths[0] ?? 'demo/feed.source.json', paths[1] ?? 'test/bench/search-judgements.json', !process.argv.includes('--no-latency'));
}
