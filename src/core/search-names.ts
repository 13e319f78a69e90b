/**
 * Names and keywords: the index that decides what a citizen finds while
 * typing — whole words, prefixes of the word being typed, and typos.
 *
 * Why not MiniSearch (which this replaces, with the same scoring): its radix
 * tree took two thirds of the time 10,000 entries needed before the first
 * search. Prefixes and typos only ever ask "which words of the vocabulary?",
 * and a feed's vocabulary is small next to its words, so a sorted list of the
 * distinct terms answers them: a binary search for a prefix, a bounded edit
 * distance for typos (only when the words as typed find nothing). Postings
 * are plain arrays per term and field, filled in entry order.
 *
 * Scores are MiniSearch 7's, so ranking and the judged search quality stay as
 * they were: BM25 (k 1.2, b 0.7, d 0.5) per field × field boost × term
 * weight; a prefix match weighs 0.375 · len / (len + 0.3 · extra letters), a
 * typo match 0.45 · len / (len + distance); AND adds the scores of entries in
 * every part, OR those in any. test/core/search-names.test.ts compares both.
 */

const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const TYPO_WEIGHT = 0.45;

/** One word of a query, or parts combined. */
export type NameQuery =
  | { term: string; prefix: boolean; typos: number; weight: number }
  | { combineWith: 'AND' | 'OR'; queries: NameQuery[] };

export interface NameHit {
  /** The entry's key. */
  id: number;
  score: number;
  /** Index terms matched (after prefix and typo expansion), for highlighting. */
  terms: string[];
  /** Query words that matched. */
  queryTerms: string[];
}

interface Match {
  score: number;
  queryTerms: string[];
  /** Matched index term → fields; only its keys are used. */
  match: Record<string, true>;
}

interface Field {
  boost: number;
  /** term → [key, term frequency, key, term frequency, …], keys ascending. */
  postings: Map<string, number[]>;
  /** key → distinct raw words in the field (as MiniSearch counts them). */
  length: number[];
  /** MiniSearch's running average (over every entry added so far, not only those with the field). */
  average: number;
}

export class NameIndex {
  private readonly fields: Field[];
  private documents = 0;
  private sortedTerms: string[] | undefined;

  /**
   * `boosts`: one per field, in field order. `tokenize` splits a text into raw
   * words; `termsOf` turns a raw word into its index terms (stem and compound parts).
   */
  constructor(boosts: number[], private readonly tokenize: (text: string) => string[], private readonly termsOf: (raw: string) => string[]) {
    this.fields = boosts.map((boost) => ({ boost, postings: new Map(), length: [], average: 0 }));
  }

  /** Adds the next entry (keys 0, 1, 2, … in order); `undefined` for a field it does not have. */
  add(key: number, texts: Array<string | undefined>): void {
    const count = this.documents++;
    this.sortedTerms = undefined;
    for (let f = 0; f < this.fields.length; f++) {
      const text = texts[f];
      const field = this.fields[f]!;
      if (text === undefined) continue;
      const tokens = this.tokenize(text);
      const length = new Set(tokens).size;
      field.length[key] = length;
      field.average = (field.average * count + length) / (count + 1);
      for (const token of tokens) {
        for (const term of this.termsOf(token)) {
          const list = field.postings.get(term);
          if (!list) field.postings.set(term, [key, 1]);
          else if (list[list.length - 2] === key) list[list.length - 1]!++;
          else list.push(key, 1);
        }
      }
    }
  }

  /** Hits, best first (ties in entry order). */
  search(query: NameQuery): NameHit[] {
    const found = this.run(query);
    const hits: NameHit[] = [];
    for (const [id, m] of found) hits.push({ id, score: m.score, terms: Object.keys(m.match), queryTerms: m.queryTerms });
    return hits.sort((a, b) => b.score - a.score);
  }

  private run(query: NameQuery): Map<number, Match> {
    if ('term' in query) return this.word(query.term, query.prefix, query.typos, query.weight);
    const results = query.queries.map((q) => this.run(q));
    if (!results.length) return new Map();
    return results.reduce(query.combineWith === 'AND' ? and : or);
  }

  private word(term: string, prefix: boolean, typos: number, weight: number): Map<number, Match> {
    const results = new Map<number, Match>();
    this.score(term, term, weight, results);
    const prefixed = prefix ? this.withPrefix(term) : [];
    for (const longer of prefixed) {
      const extra = longer.length - term.length;
      this.score(term, longer, (weight * PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * extra), results);
    }
    if (typos > 0) {
      const asPrefix = new Set(prefixed);
      for (const [near, distance] of this.near(term, typos)) {
        if (!asPrefix.has(near)) this.score(term, near, (weight * TYPO_WEIGHT * near.length) / (near.length + distance), results);
      }
    }
    return results;
  }

  /** BM25 of one index term in every field, added to `results`. */
  private score(queryTerm: string, term: string, weight: number, results: Map<number, Match>): void {
    for (const field of this.fields) {
      const list = field.postings.get(term);
      if (!list) continue;
      const matching = list.length / 2;
      const idf = Math.log(1 + (this.documents - matching + 0.5) / (matching + 0.5));
      for (let i = 0; i < list.length; i += 2) {
        const key = list[i]!;
        const tf = list[i + 1]!;
        const norm = 1 - B + (B * field.length[key]!) / field.average;
        const score = weight * field.boost * idf * (D + (tf * (K + 1)) / (tf + K * norm));
        const hit = results.get(key);
        if (!hit) results.set(key, { score, queryTerms: [queryTerm], match: { [term]: true } });
        else {
          hit.score += score;
          if (!hit.queryTerms.includes(queryTerm)) hit.queryTerms.push(queryTerm);
          hit.match[term] = true;
        }
      }
    }
  }

  /** Every distinct term, sorted: built on the first prefix or typo lookup after entries were added. */
  private vocabulary(): string[] {
    if (!this.sortedTerms) {
      const all = new Set<string>();
      for (const field of this.fields) for (const term of field.postings.keys()) all.add(term);
      this.sortedTerms = [...all].sort();
    }
    return this.sortedTerms;
  }

  /** Terms longer than `prefix` that start with it. */
  private withPrefix(prefix: string): string[] {
    const terms = this.vocabulary();
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (terms[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    const out: string[] = [];
    for (let i = low; i < terms.length && terms[i]!.startsWith(prefix); i++) if (terms[i] !== prefix) out.push(terms[i]!);
    return out;
  }

  /** Terms within `max` edits (insert, delete, replace) of `term`, other than itself. */
  private near(term: string, max: number): Array<[string, number]> {
    const out: Array<[string, number]> = [];
    for (const candidate of this.vocabulary()) {
      if (Math.abs(candidate.length - term.length) > max || candidate === term) continue;
      const distance = editDistance(term, candidate, max);
      if (distance <= max) out.push([candidate, distance]);
    }
    return out;
  }
}

function or(a: Map<number, Match>, b: Map<number, Match>): Map<number, Match> {
  for (const [key, hit] of b) {
    const seen = a.get(key);
    if (!seen) a.set(key, hit);
    else {
      seen.score += hit.score;
      Object.assign(seen.match, hit.match);
      for (const t of hit.queryTerms) if (!seen.queryTerms.includes(t)) seen.queryTerms.push(t);
    }
  }
  return a;
}

function and(a: Map<number, Match>, b: Map<number, Match>): Map<number, Match> {
  const out = new Map<number, Match>();
  for (const [key, hit] of b) {
    const seen = a.get(key);
    if (!seen) continue;
    for (const t of hit.queryTerms) if (!seen.queryTerms.includes(t)) seen.queryTerms.push(t);
    out.set(key, { score: seen.score + hit.score, queryTerms: seen.queryTerms, match: Object.assign(seen.match, hit.match) });
  }
  return out;
}

/** Levenshtein distance, giving up (returning max + 1) once every path exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}
