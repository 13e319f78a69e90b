/**
 * The name index replaced MiniSearch for speed; it must score exactly as
 * MiniSearch 7 did, or the judged search quality would move. MiniSearch stays
 * a dev dependency for this comparison only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import MiniSearch, { type Query } from 'minisearch';
import { NameIndex, editDistance, type NameQuery } from '../../src/core/search-names.js';
import { indexTerms, rawWords } from '../../src/core/search-normalize.js';
import { parseQuery } from '../../src/core/search-query.js';
import { allTexts } from '../../src/core/text.js';
import type { Feed, Text } from '../../src/core/schema/index.js';
import { vogelsbergFeed } from '../fixtures/vogelsberg/feed.js';
import { syntheticFeed } from '../bench/synthetic-feed.js';

const BOOST = { name: 3, keywords: 2, steps: 1 };
const joined = (text: Text | undefined) => allTexts(text).join(' ');
const keywordText = (map: Record<string, string[]> | undefined) => (map ? Object.values(map).flat().join(' ') : '');

interface Doc { key: number; name: string; keywords?: string; steps?: string }

/** The name documents of a feed, as createSearch() makes them. */
function documents(feed: Feed): Doc[] {
  const docs: Doc[] = [];
  const add = (name: string, keywords?: string, steps?: string) => docs.push({ key: docs.length, name, ...(keywords !== undefined ? { keywords } : {}), ...(steps ? { steps } : {}) });
  for (const s of feed.services) add(joined(s.name), keywordText(s.keywords));
  for (const p of feed.programmes ?? []) add(joined(p.title), `${p.kind} ${(p.levels ?? []).join(' ')}`);
  for (const p of feed.pathways ?? []) add(joined(p.title), undefined, p.steps.map((s) => joined(s.title)).join(' '));
  for (const t of feed.topics) add(joined(t.label), keywordText(t.synonyms));
  for (const g of feed.regions.gemeinden) if (g.name) add(g.name, (g.ortsteile ?? []).map((o) => o.name).join(' '));
  for (const o of feed.organisations) add(joined(o.name));
  return docs;
}

function toMiniSearch(q: NameQuery): Query {
  if ('term' in q) return { queries: [q.term], prefix: q.prefix, fuzzy: q.typos, boostTerm: () => q.weight };
  return { combineWith: q.combineWith, queries: q.queries.map(toMiniSearch) };
}

function compare(feed: Feed, queries: string[]): number {
  const docs = documents(feed);
  const mini = new MiniSearch<Doc>({
    idField: 'key', fields: ['name', 'keywords', 'steps'], tokenize: rawWords, processTerm: indexTerms,
    searchOptions: { tokenize: (q: string) => [q], processTerm: (t: string) => t, boost: BOOST },
  });
  mini.addAll(docs);
  const ours = new NameIndex([BOOST.name, BOOST.keywords, BOOST.steps], rawWords, indexTerms);
  for (const d of docs) ours.add(d.key, [d.name, d.keywords, d.steps]);
  let compared = 0;
  for (const typed of queries) {
    for (const group of parseQuery(typed, { typing: true }).groups) {
      for (const query of [group.query, group.typos].filter((q): q is NameQuery => !!q)) {
        const expected = new Map(mini.search(toMiniSearch(query)).map((r) => [r.id as number, r]));
        const got = ours.search(query);
        assert.equal(got.length, expected.size, `"${typed}": as many hits as MiniSearch`);
        for (const hit of got) {
          const theirs = expected.get(hit.id);
          assert.ok(theirs, `"${typed}": entry ${hit.id} is a MiniSearch hit too`);
          // MiniSearch multiplies by the query words matched; the finder divided that out again.
          assert.ok(Math.abs(hit.score - theirs.score / theirs.queryTerms.length) < 1e-9 * Math.max(1, hit.score), `"${typed}": score of ${hit.id}`);
          assert.deepEqual([...hit.terms].sort(), [...theirs.terms].sort(), `"${typed}": matched terms of ${hit.id}`);
        }
        compared++;
      }
    }
  }
  return compared;
}

/** Every prefix of a query, as typed letter by letter. */
const prefixes = (queries: string[]) => queries.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));

test('the name index scores every prefix of the judged queries exactly as MiniSearch did (demo feed)', () => {
  const judged = JSON.parse(readFileSync('test/bench/search-judgements.json', 'utf8'));
  const feed = JSON.parse(readFileSync('demo/feed.json', 'utf8')) as Feed;
  const compared = compare(feed, prefixes(judged.queries.map((q: { query: string }) => q.query)));
  assert.ok(compared > 500, `${compared} queries compared`);
});

test('… and on a Kreis it was not tuned on (Vogelsberg) and on a large synthetic feed, typos included', () => {
  const judged = JSON.parse(readFileSync('test/fixtures/vogelsberg/judgements.json', 'utf8'));
  assert.ok(compare(vogelsbergFeed(), prefixes(judged.queries.map((q: { query: string }) => q.query))) > 300);
  const typos = ['Auslanderbehorde', 'Jobcentr', 'Migratoinsberatung', 'Kindergarden', 'Schuldnerbertung', 'Intgrationskurs', 'Sprachkurz'];
  assert.ok(compare(syntheticFeed(2000, 3), [...typos, ...prefixes(['Deutschkurs', 'Familienzentrum', 'german course'])]) > 40);
});

test('edit distance: insertions, deletions and replacements; gives up beyond the limit', () => {
  assert.equal(editDistance('kurs', 'kurs', 2), 0);
  assert.equal(editDistance('kurs', 'kuers', 2), 1);
  assert.equal(editDistance('kurs', 'kur', 2), 1);
  assert.equal(editDistance('kurs', 'kurz', 2), 1);
  assert.equal(editDistance('jobcenter', 'jobcentre', 2), 2);
  assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
});
