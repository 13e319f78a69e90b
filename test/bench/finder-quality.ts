/**
 * Search quality of the finder path — what the citizen sees in
 * <ww-service-finder>'s list (services, courses, funding programmes and
 * Wegweiser paths together, responsible offices first), not what `search()`
 * returns on its own.
 *
 *   npx tsx test/bench/finder-quality.ts            the Vogelsberg test Kreis
 *   npx tsx test/bench/finder-quality.ts --details  with every query's top 5
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Feed } from '../../src/core/schema/index.js';
import { validateFeed } from '../../src/core/validate.js';
import { createIndex } from '../../src/core/feed-index.js';
import { createSearch } from '../../src/core/search.js';
import { entryId, finderAnswer } from '../../src/core/finder-answer.js';
import { table } from './stats.js';

export interface FinderJudgement {
  query: string;
  /** The Gemeinde the visitor chose (AGS). */
  gemeinde?: string;
  category?: string;
  must: Array<string | string[]>;
  mustNot?: string[];
  /** The office responsible for the chosen Gemeinde: must be the first entry. */
  first?: string;
  note?: string;
}

export interface FinderQueryQuality {
  query: string;
  gemeinde?: string;
  category: string;
  /** Every must-have in the top 5 and no must-not. */
  right: boolean;
  recall: number;
  top5: string[];
  missing: string[];
  noise: string[];
  zeroResults: boolean;
}

export interface FinderQuality {
  queries: number;
  fullyRight: number;
  recallAt5: number;
  noisy: number;
  zeroResults: number;
  details: FinderQueryQuality[];
}

const TOP = 5;

export function evaluateFinder(feed: Feed, judgements: FinderJudgement[], today: string): FinderQuality {
  const index = createIndex(feed);
  const search = createSearch(index);
  const details = judgements.map((j): FinderQueryQuality => {
    const { entries } = finderAnswer(index, search, { q: j.query, today, ...(j.gemeinde ? { home: j.gemeinde } : {}) });
    const top5 = entries.slice(0, TOP).map(entryId);
    const used = new Set<string>();
    const missing: string[] = [];
    for (const group of j.must.map((m) => (Array.isArray(m) ? m : [m]))) {
      const id = group.find((g) => top5.includes(g) && !used.has(g));
      if (id) used.add(id);
      else missing.push(group.length > 3 ? `${group.slice(0, 3).join('|')}|…` : group.join('|'));
    }
    const slots = Math.min(j.must.length, TOP);
    const noise = (j.mustNot ?? []).filter((id) => top5.includes(id));
    if (j.first && top5[0] !== j.first) missing.unshift(`${j.first} first`);
    const recall = slots ? Math.min(slots, j.must.length - missing.filter((m) => !m.endsWith(' first')).length) / slots : 1;
    const quality: FinderQueryQuality = { query: j.query, category: j.category ?? '', right: missing.length === 0 && noise.length === 0, recall, top5, missing, noise, zeroResults: entries.length === 0 };
    if (j.gemeinde) quality.gemeinde = j.gemeinde;
    return quality;
  });
  return {
    queries: details.length,
    fullyRight: details.filter((d) => d.right).length,
    recallAt5: details.reduce((sum, d) => sum + d.recall, 0) / Math.max(1, details.length),
    noisy: details.filter((d) => d.noise.length > 0).length,
    zeroResults: details.filter((d) => d.zeroResults).length,
    details,
  };
}

export async function vogelsbergQuality(): Promise<FinderQuality> {
  const { vogelsbergFeed } = await import('../fixtures/vogelsberg/feed.js');
  const result = validateFeed(vogelsbergFeed());
  if (!result.ok) throw new Error(`the Vogelsberg test feed is invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  const judged = JSON.parse(readFileSync(new URL('../fixtures/vogelsberg/judgements.json', import.meta.url), 'utf8')) as { today: string; queries: FinderJudgement[] };
  return evaluateFinder(result.feed, judged.queries, judged.today);
}

export function qualityTable(title: string, quality: FinderQuality): string {
  return table(title, ['queries', 'all relevant in top 5', 'recall@5', 'noisy queries', 'zero-result queries', 'target'], [[
    quality.queries,
    `${quality.fullyRight} (${Math.round((quality.fullyRight / Math.max(1, quality.queries)) * 100)} %)`,
    quality.recallAt5.toFixed(3),
    quality.noisy,
    quality.zeroResults,
    '≥ 90 % right, 0 noisy, ≤ 1 zero',
  ]]);
}

export function detailsTable(quality: FinderQuality): string {
  return table('Finder path, query by query', ['', 'query', 'Gemeinde', 'kind', 'missing', 'noise', 'top 5'], quality.details.map((d) => [
    d.right ? 'ok' : '✗', d.query, d.gemeinde ?? '', d.category, d.missing.join(', '), d.noise.join(', '), d.top5.join(' '),
  ]));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void vogelsbergQuality().then((quality) => {
    if (process.argv.includes('--details')) console.log(detailsTable(quality));
    console.log(qualityTable('Finder path on the Vogelsberg test Kreis (what the citizen sees)', quality));
  });
}
