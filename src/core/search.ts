/**
 * Full-text search over a feed: services, programmes, topics and places,
 * German-aware (see search-normalize.ts), ranked by relevance (BM25, see
 * search-names.ts) and cut off below a share of the best hit, so that no entry
 * turns up for every query.
 *
 * Built once per feed and kept cheap: topics, organisations, locations and
 * Gemeinden are indexed once each and pass their score on to the entries that
 * refer to them instead of copying their words into every entry (see
 * search-links.ts); summaries and descriptions get a plain index of their own
 * (search-text.ts), built on the first search. Query parsing lives in
 * search-query.ts, word analysis in search-normalize.ts.
 */
import type { FeedIndex } from './feed-index.js';
import type { Text } from './schema/index.js';
import { allTexts, textOf } from './text.js';
import { hasEnded } from './queries.js';
import { berlinDate, isCurrent } from './dates.js';
import { PROGRAMME_KIND_WORDS } from './search-lexicon.js';
import { indexTerms, rawWords, thesaurusWith } from './search-normalize.js';
import { parseQuery, placeKey, type Group } from './search-query.js';
import { FullTextIndex } from './search-text.js';
import { NameIndex, type NameHit } from './search-names.js';
import { linkEntries, type DocKind } from './search-links.js';

export type SearchKind = 'service' | 'programme' | 'pathway' | 'topic' | 'servicetype' | 'place';

export interface SearchHit {
  kind: SearchKind;
  id: string;
  score: number;
  /** Index terms that matched (folded and stemmed), e.g. for highlighting. */
  terms: string[];
}

export interface Suggestion extends SearchHit {
  /** Name in the search's language (German fallback). */
  label: string;
}

export interface SearchOptions {
  /** Kinds to return; default: services and programmes. */
  kinds?: SearchKind[];
  /** At most this many hits; default 20. */
  limit?: number;
  /** 8-digit AGS of the user's Gemeinde: entries there or responsible for it rank higher. */
  gemeinde?: string;
  /** Entries expired or ended before this day (`YYYY-MM-DD`, default today in Berlin) are left out. */
  today?: string;
  includeExpired?: boolean;
}

export interface QueryInterpretation {
  /** The words searched for (folded, stemmed), without stop words and place names. */
  words: string[];
  /** AGS (or neighbour id) of a Gemeinde named in the query. */
  gemeinde?: string;
}

export interface FeedSearch {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Completions while typing, from names and keywords only: topics, services and places by default. */
  suggest(prefix: string, options?: Omit<SearchOptions, 'gemeinde'>): Suggestion[];
  interpret(query: string): QueryInterpretation;
}

interface TextSource {
  key: number;
  summary: Text | undefined;
  description: Text | undefined;
}

/** Field weights: names and keywords decide, summaries and descriptions support them. */
const NAME_BOOST = { name: 3, keywords: 2, steps: 1 };
const TEXT_BOOST = { summary: 1, description: 0.3 };
/** Hits below this share of the best hit are noise. */
const TAIL_CUT = 0.3;
/** …but a kind's hits below this share of the best hit of any kind are noise too. */
const KIND_FLOOR = 0.15;
const PLACE_BOOST = { named: 2, context: 1.3, elsewhere: 0.5 };
/** Word groups whose results are kept while the user types on. */
const RECENT_GROUPS = 4;
const SEARCH_KINDS: SearchKind[] = ['service', 'programme'];
const SUGGEST_KINDS: SearchKind[] = ['topic', 'service', 'place'];

/** Every language of a text, as one string to index. */
const joined = (text: Text | undefined) => allTexts(text).join(' ');
const keywordText = (map: Record<string, string[]> | undefined) => (map ? Object.values(map).flat().join(' ') : '');
interface Scored {
  score: number;
  /** Matched terms per source, flattened only for the hits returned. */
  terms: string[][];
}

/** Adds a match to an entry's score; the matched terms are kept by reference (hits are many, results few). */
function addScore(map: Map<number, Scored>, key: number, score: number, terms: string[]): void {
  const hit = map.get(key);
  if (!hit) map.set(key, { score, terms: [terms] });
  else {
    hit.score += score;
    hit.terms.push(terms);
  }
}

function addScored(map: Map<number, Scored>, key: number, other: Scored): void {
  const hit = map.get(key);
  if (!hit) map.set(key, { score: other.score, terms: [...other.terms] });
  else {
    hit.score += other.score;
    hit.terms.push(...other.terms);
  }
}

/** A name hit's score as it is: not multiplied by the query words matched, which with synonyms would favour wordy entries. */
const scoreOf = (r: NameHit) => r.score;

export function createSearch(index: FeedIndex, options: { lang?: string } = {}): FeedSearch {
  const lang = options.lang ?? 'de';
  const feed = index.feed;

  // Documents: kind and id per numeric key; texts only until indexed.
  const kinds: DocKind[] = [];
  const ids: string[] = [];
  const labels: Array<Text | undefined> = [];
  const keyOf: Record<DocKind, Map<string, number>> = {
    service: new Map(), programme: new Map(), pathway: new Map(), topic: new Map(), servicetype: new Map(), place: new Map(), organisation: new Map(), location: new Map(),
  };
  // Names, keywords and a path's step titles (what it covers, weaker than its title).
  const nameIndex = new NameIndex([NAME_BOOST.name, NAME_BOOST.keywords, NAME_BOOST.steps], rawWords, indexTerms);
  let texts: TextSource[] = [];
  function add(kind: DocKind, id: string, label: Text | undefined, name: string, keywords?: string, summary?: Text, description?: Text, steps?: string): number {
    const key = kinds.length;
    kinds.push(kind);
    ids.push(id);
    labels.push(label);
    keyOf[kind].set(id, key);
    nameIndex.add(key, [name, keywords, steps || undefined]);
    if (summary !== undefined || description !== undefined) texts.push({ key, summary, description });
    return key;
  }
  for (const s of index.services.values()) add('service', s.id, s.name, joined(s.name), keywordText(s.keywords), s.summary, s.description);
  for (const p of index.programmes.values()) {
    const keywords = `${PROGRAMME_KIND_WORDS[p.kind] ?? ''} ${(p.levels ?? []).join(' ')}`;
    add('programme', p.id, p.title, joined(p.title), keywords, p.summary, p.description);
  }
  // A Wegweiser path is found by its title and summary; its steps only support them (description weight).
  for (const p of index.pathways.values()) add('pathway', p.id, p.title, joined(p.title), undefined, p.summary, undefined, p.steps.map((s) => joined(s.title)).join(' '));
  for (const t of index.topics.values()) add('topic', t.id, t.label, joined(t.label), keywordText(t.synonyms));
  for (const t of index.serviceTypes.values()) add('servicetype', t.id, t.label, joined(t.label), keywordText(t.synonyms));
  for (const g of index.gemeinden.values()) {
    if (g.name) add('place', g.ags, g.name, g.name, (g.ortsteile ?? []).map((o) => o.name).join(' '));
  }
  for (const n of feed.regions.neighbours ?? []) {
    const id = n.ags ?? n.id;
    if (!keyOf.place.has(id)) add('place', id, n.name, n.name);
  }
  for (const o of index.organisations.values()) add('organisation', o.id, undefined, joined(o.name));
  for (const l of index.locations.values()) add('location', l.id, undefined, joined(l.name));

  let textIndex: FullTextIndex | undefined;
  /** Summaries and descriptions are most of the words but only support the names: indexed on the first search. */
  function fullTextIndex(): FullTextIndex {
    if (!textIndex) {
      // Whole words only: compound parts are matched in names and keywords.
      textIndex = new FullTextIndex([TEXT_BOOST.summary, TEXT_BOOST.description], (raw) => indexTerms(raw)[0]);
      for (const t of texts) textIndex.add(t.key, [allTexts(t.summary), allTexts(t.description)]);
      texts = [];
    }
    return textIndex;
  }

  const { links, placesOf, responsible } = linkEntries(index, keyOf);
  // The kit's everyday words plus the Kreis's own (`lexicon` in the feed).
  const synonyms = thesaurusWith(feed.lexicon);

  // Place names in queries ("Deutschkurs Öhringen") are recognised, up to three words long.
  const placeNames = new Map<string, string>();
  const addPlaceName = (name: string, id: string) => {
    const key = placeKey(name);
    if (key && !placeNames.has(key)) placeNames.set(key, id);
  };
  for (const g of index.gemeinden.values()) {
    if (g.name) addPlaceName(g.name, g.ags);
    for (const o of g.ortsteile ?? []) addPlaceName(o.name, g.ags);
  }
  for (const n of feed.regions.neighbours ?? []) addPlaceName(n.name, n.ags ?? n.id);

  // The last word groups' results, kept while the user types on ("Jobcenter Öh…" reuses "Jobcenter").
  // Never changed by the callers: combine() copies.
  const recentNames = new Map<string, NameHit[]>();
  const recentEntries = new Map<string, Map<number, Scored>>();
  const recentScoring = new Map<string, Scoring>();
  function remember<T>(cache: Map<string, T>, key: string, compute: () => T): T {
    const cached = cache.get(key);
    if (cached) return cached;
    const value = compute();
    if (cache.size >= RECENT_GROUPS) cache.delete(cache.keys().next().value!);
    cache.set(key, value);
    return value;
  }

  /** Name and keyword hits of a word group, shared by suggest() and search(). */
  function nameHits(group: Group): NameHit[] {
    return remember(recentNames, group.key, () => {
      const results = nameIndex.search(group.query);
      // Typo tolerance only where the words as typed find nothing: "Schulden" is not a typo of "Schule".
      return !results.length && group.typos ? nameIndex.search(group.typos) : results;
    });
  }

  function suggestionHits(group: Group): Map<number, Scored> {
    const found = new Map<number, Scored>();
    for (const r of nameHits(group)) addScore(found, r.id, scoreOf(r), r.terms);
    return found;
  }

  /** All hits of a word group: names, then linked topics, organisations, locations and Gemeinden pass their score on, then texts. */
  function entryHits(group: Group): Map<number, Scored> {
    return remember(recentEntries, group.key, () => {
      const found = new Map<number, Scored>();
      const passedScore = new Map<number, number>();
      const passedTerms = new Map<number, string[]>();
      for (const r of nameHits(group)) {
        const score = scoreOf(r);
        addScore(found, r.id, score, r.terms);
        const targets = links[r.id];
        if (!targets) continue;
        for (let i = 0; i < targets.to.length; i++) {
          // The strongest link counts, not their sum: three matching topics are not three times as relevant.
          const target = targets.to[i]!;
          const passedOn = score * targets.weight[i]!;
          if ((passedScore.get(target) ?? 0) < passedOn) {
            passedScore.set(target, passedOn);
            passedTerms.set(target, r.terms);
          }
        }
      }
      fullTextIndex().search(group.text, (key, score, terms) => addScore(found, key, score, terms));
      for (const [key, score] of passedScore) addScore(found, key, score, passedTerms.get(key)!);
      return found;
    });
  }

  /**
   * AND over the groups; when nothing has every word, OR ranked by the share of
   * words matched. The group maps are cached: they are read, never changed.
   */
  function combine(groups: Array<Map<number, Scored>>): Map<number, Scored> {
    if (groups.length === 1) return groups[0]!;
    const [first, ...rest] = [...groups].sort((a, b) => a.size - b.size);
    const out = new Map<number, Scored>();
    for (const [key, hit] of first ?? []) {
      if (rest.every((g) => g.has(key))) {
        addScored(out, key, hit);
        for (const g of rest) addScored(out, key, g.get(key)!);
      }
    }
    if (out.size) return out;
    const nonEmpty = groups.filter((g) => g.size > 0);
    // Only one word found anything ("kita pla…"): its hits, as they are, rank the same.
    if (nonEmpty.length <= 1) return nonEmpty[0] ?? out;
    const matched = new Map<number, number>();
    for (const g of groups) {
      for (const [key, hit] of g) {
        addScored(out, key, hit);
        matched.set(key, (matched.get(key) ?? 0) + 1);
      }
    }
    for (const [key, hit] of out) hit.score *= (matched.get(key)! / groups.length) ** 2;
    return out;
  }

  /** Services whose `area` leaves out the Gemeinde: they do not serve its people. */
  function excludes(key: number, ags: string): boolean {
    const area = kinds[key] === 'service' ? index.services.get(ids[key]!)?.area : undefined;
    return !!area?.length && !area.includes(ags);
  }

  /**
   * Multiplier for an entry when a Gemeinde is named in the query (`named`) or
   * known from the page. A named Gemeinde drops the offices that do not serve
   * it (factor 0), unless `keepExcluded` because nothing else would be left.
   */
  function placeFactor(key: number, ags: string, named: boolean, keepExcluded: boolean): number {
    const kind = kinds[key];
    if (kind !== 'service' && kind !== 'programme') return 1;
    // Not serving the Gemeinde outweighs having an office there (the Landratsamt's branch in Öhringen).
    if (excludes(key, ags)) return named && !keepExcluded ? 0 : PLACE_BOOST.elsewhere;
    const places = placesOf[key];
    if (places?.includes(ags) || responsible.get(ags)?.has(key)) return named ? PLACE_BOOST.named : PLACE_BOOST.context;
    // Held somewhere else: still shown, below the local offers.
    return named && places?.length ? PLACE_BOOST.elsewhere : 1;
  }

  function placeScoring(found: Map<number, Scored>, ags: string | undefined, named: boolean): ((key: number) => number) | undefined {
    if (!ags) return undefined;
    let keepExcluded = false;
    if (named) {
      keepExcluded = true;
      for (const key of found.keys()) {
        if ((kinds[key] === 'service' || kinds[key] === 'programme') && !excludes(key, ags)) {
          keepExcluded = false;
          break;
        }
      }
    }
    return (key) => placeFactor(key, ags, named, keepExcluded);
  }

  let todayCache = { until: 0, value: '' };
  /** Today in Berlin, looked up once a minute rather than on every keystroke. */
  function today(): string {
    const now = Date.now();
    if (now > todayCache.until) todayCache = { until: now + 60_000, value: berlinDate(new Date(now)) };
    return todayCache.value;
  }

  // By day: a page may ask for two (the finder's chosen day and today).
  const expired = new Map<string, Set<number>>();
  /** Entries past their `validUntil`, and programmes that have ended: they disappear by themselves. */
  function expiredOn(day: string): Set<number> {
    return remember(expired, day, () => {
      const keys = new Set<number>();
      for (const s of index.services.values()) if (!isCurrent(s, day)) keys.add(keyOf.service.get(s.id)!);
      for (const p of index.programmes.values()) if (hasEnded(p, day)) keys.add(keyOf.programme.get(p.id)!);
      for (const p of index.pathways.values()) if (!isCurrent(p, day)) keys.add(keyOf.pathway.get(p.id)!);
      return keys;
    });
  }

  interface RankDefaults {
    kinds: SearchKind[];
    limit: number;
    cut: number;
  }

  /** Found entries with their final scores (place factor applied, expired ones left out), by kind. */
  type Scoring = Map<DocKind, Array<{ key: number; score: number; hit: Scored }>>;
  function scoring(found: Map<number, Scored>, gone: Set<number> | undefined, factor: ((key: number) => number) | undefined): Scoring {
    const byKind: Scoring = new Map();
    for (const [key, hit] of found) {
      if (gone?.has(key)) continue;
      const score = hit.score * (factor?.(key) ?? 1);
      if (!(score > 0)) continue;
      const kind = kinds[key]!;
      const list = byKind.get(kind);
      if (list) list.push({ key, score, hit });
      else byKind.set(kind, [{ key, score, hit }]);
    }
    return byKind;
  }

  function rank(scored: Scoring, opts: SearchOptions, defaults: RankDefaults): SearchHit[] {
    const wanted = (opts.kinds ?? defaults.kinds).filter((k, i, all) => all.indexOf(k) === i);
    let top = 0;
    const topOfKind = new Map<DocKind, number>();
    for (const kind of wanted) {
      let best = 0;
      for (const { score } of scored.get(kind) ?? []) if (score > best) best = score;
      topOfKind.set(kind, best);
      top = Math.max(top, best);
    }
    // Each kind is cut below a share of its own best hit, so that the best office is not lost behind
    // strong course titles (or the reverse), but never below a share of the best hit overall.
    const floorOf = (kind: DocKind) => Math.max((topOfKind.get(kind) ?? top) * defaults.cut, top * KIND_FLOOR * (defaults.cut > 0 ? 1 : 0), Number.MIN_VALUE);
    const kept: Array<{ key: number; score: number; hit: Scored }> = [];
    for (const kind of wanted) {
      const floor = floorOf(kind);
      for (const entry of scored.get(kind) ?? []) if (entry.score >= floor) kept.push(entry);
    }
    // Ties by id in code-point order: deterministic, and without a collator on thousands of hits per keystroke.
    kept.sort((a, b) => b.score - a.score || (ids[a.key]! < ids[b.key]! ? -1 : ids[a.key]! > ids[b.key]! ? 1 : 0));
    // Matched terms are flattened for the few hits returned only.
    return kept.slice(0, opts.limit ?? defaults.limit).map(({ key, score, hit }) => ({
      kind: kinds[key] as SearchKind, id: ids[key]!, score, terms: [...new Set(hit.terms.flat())],
    }));
  }

  return {
    search(query, opts = {}) {
      const parsed = parseQuery(query, { typing: true, places: placeNames, synonyms });
      if (!parsed.groups.length) return [];
      const ags = parsed.gemeinde ?? opts.gemeinde;
      const day = opts.includeExpired ? '' : opts.today ?? today();
      // The finder asks the same question for several kinds in a row: score once, rank per kind.
      const scored = remember(recentScoring, JSON.stringify([query, ags, day]), () => {
        const found = combine(parsed.groups.map(entryHits));
        return scoring(found, day ? expiredOn(day) : undefined, placeScoring(found, ags, parsed.gemeinde !== undefined));
      });
      return rank(scored, opts, { kinds: SEARCH_KINDS, limit: 20, cut: TAIL_CUT });
    },
    suggest(prefix, opts = {}) {
      const parsed = parseQuery(prefix, { typing: true, synonyms });
      if (!parsed.groups.length) return [];
      const found = combine(parsed.groups.map(suggestionHits));
      const scored = scoring(found, opts.includeExpired ? undefined : expiredOn(opts.today ?? today()), undefined);
      return rank(scored, opts, { kinds: SUGGEST_KINDS, limit: 8, cut: 0 }).map((hit) => ({
        ...hit,
        label: textOf(labels[keyOf[hit.kind].get(hit.id)!] ?? hit.id, lang),
      }));
    },
    interpret(query) {
      const { words: searched, gemeinde } = parseQuery(query, { typing: false, places: placeNames, synonyms });
      return gemeinde ? { words: searched, gemeinde } : { words: searched };
    },
  };
}
