/**
 * Summaries and descriptions: most of a feed's words, in every language, but
 * searched by whole words only (prefixes and typos belong to names). For
 * exact words a plain inverted index is enough, and it builds in a third of
 * the time MiniSearch's radix tree needs — which decides whether 10,000
 * services load in time. Scored with the same BM25 as MiniSearch's (k 1.2,
 * b 0.7, d 0.5), so the two indexes' scores add up.
 */
import { rawWords } from './search-normalize.js';

const K = 1.2;
const B = 0.7;
const D = 0.5;

/** A word of the query as the index knows it, with its weight (thesaurus words count less). */
export interface WeightedTerm {
  term: string;
  weight: number;
}

interface Field {
  weight: number;
  /** term → [key, term frequency, key, term frequency, …] */
  postings: Map<string, number[]>;
  /** key → number of distinct terms */
  length: Map<number, number>;
  totalLength: number;
}

export class FullTextIndex {
  private readonly fields: Field[];
  private documents = 0;

  /** `weights`: one per field, e.g. summary 1, description 0.3. */
  constructor(weights: number[], private readonly termOf: (raw: string) => string | undefined) {
    this.fields = weights.map((weight) => ({ weight, postings: new Map(), length: new Map(), totalLength: 0 }));
  }

  /** Reused for every text: tens of thousands of short-lived maps would only feed the garbage collector. */
  private readonly counts = new Map<string, number>();

  /** Adds one entry's texts, one list per field (its languages; empty for none). */
  add(key: number, texts: ReadonlyArray<readonly string[]>): void {
    this.documents++;
    const counts = this.counts;
    for (let i = 0; i < texts.length; i++) {
      const field = this.fields[i];
      if (!field) continue;
      counts.clear();
      for (const text of texts[i] ?? []) {
        // Each language on its own: joining them first would copy every text of the feed once more.
        for (const raw of rawWords(text)) {
          const term = this.termOf(raw);
          if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
        }
      }
      if (!counts.size) continue;
      field.length.set(key, counts.size);
      field.totalLength += counts.size;
      for (const [term, tf] of counts) {
        const list = field.postings.get(term);
        if (list) list.push(key, tf);
        else field.postings.set(term, [key, tf]);
      }
    }
  }

  /** BM25 of one term in each field that has it: `each(key, score)`, once per field. */
  private scoreTerm(term: string, weight: number, each: (key: number, score: number) => void): void {
    for (const field of this.fields) {
      const list = field.postings.get(term);
      if (!list) continue;
      const matching = list.length / 2;
      const idf = Math.log(1 + (this.documents - matching + 0.5) / (matching + 0.5));
      const average = field.totalLength / Math.max(1, field.length.size);
      for (let i = 0; i < list.length; i += 2) {
        const key = list[i]!;
        const tf = list[i + 1]!;
        const norm = 1 - B + (B * (field.length.get(key) ?? 0)) / average;
        each(key, weight * field.weight * idf * (D + (tf * (K + 1)) / (tf + K * norm)));
      }
    }
  }

  private termScores(term: string, weight: number): Map<number, number> {
    const out = new Map<number, number>();
    this.scoreTerm(term, weight, (key, score) => out.set(key, (out.get(key) ?? 0) + score));
    return out;
  }

  /**
   * Entries matching any of the alternatives, each alternative a list of
   * words that must all occur; `found` is called once per entry and
   * alternative with the score and the words matched.
   */
  search(alternatives: WeightedTerm[][], found: (key: number, score: number, terms: string[]) => void): void {
    for (const words of alternatives) {
      const terms = words.map((w) => w.term);
      if (words.length === 1) {
        // One word (the usual case): straight from the postings, no intermediate map.
        this.scoreTerm(words[0]!.term, words[0]!.weight, (key, score) => found(key, score, terms));
        continue;
      }
      const perWord = words.map((w) => this.termScores(w.term, w.weight)).sort((a, b) => a.size - b.size);
      const [rarest, ...others] = perWord;
      for (const [key, score] of rarest ?? []) {
        if (others.every((m) => m.has(key))) found(key, others.reduce((sum, m) => sum + m.get(key)!, score), terms);
      }
    }
  }
}
