/**
 * From what the user typed to name-index queries (search-names.ts): place names recognised,
 * stop words and words of intent dropped, thesaurus phrases found, and each
 * word turned into its alternatives (as typed, through its compound parts,
 * as the office words the thesaurus knows), with prefix and typo variants.
 */
import type { NameQuery as Query } from './search-names.js';
import { analyseWord, isCompoundPart, isIntentWord, isStopword, thesaurusMap, words, type AnalysedWord, type Expansions } from './search-normalize.js';
import type { WeightedTerm } from './search-text.js';

/** A compound matched through its parts ("Deutsch Kurs") counts less than the word itself. */
const PART_WEIGHT = 0.5;
const THESAURUS_WEIGHT = 0.7;
/** Shorter prefixes match half the vocabulary: they are only searched as whole words. */
const MIN_PREFIX = 3;

/** One typo for words of 5+ letters, two from 10: short words stay exact. */
const typoDistance = (term: string) => (term.length >= 10 ? 2 : term.length >= 5 ? 1 : 0);

interface Mode {
  /** The last word may be incomplete. */
  typing: boolean;
  typos: boolean;
}

function leaf(term: string, weight: number, prefix: boolean, typos: boolean): Query {
  return { term, prefix: prefix && term.length >= MIN_PREFIX, typos: typos ? typoDistance(term) : 0, weight };
}

/** A word matches as a whole or, for a compound, through all of its parts ("Deutsch Kurs" ↔ "Deutschkurs"). */
function wordQuery(word: AnalysedWord, weight: number, prefix: boolean, typos: boolean): Query {
  const whole = leaf(word.stem, weight, prefix, typos);
  // A word still being typed is matched by its prefix alone: a half-typed last part ("Migrationsbera…"
  // → "bera…") would match half the index on every keystroke. The rare retry with typos does use the parts.
  if (word.parts.length < 2 || (prefix && !typos)) return whole;
  const parts = word.parts.map((p) => leaf(p, weight * PART_WEIGHT, false, typos));
  // Parts must meet in a name or keyword: scattered over a summary they prove little, and common parts are costly.
  return { combineWith: 'OR', queries: [whole, { combineWith: 'AND', queries: parts }] };
}

const all = (queries: Query[]): Query => (queries.length === 1 ? (queries[0] as Query) : { combineWith: 'AND', queries });

/**
 * Two words that are one compound typed apart ("Sprach Kurs", "Schuldner
 * Beratung", "Kinder Garten"): both are known compound parts, or together
 * they are a word the thesaurus knows. Returns the joined word.
 */
function joinedCompound(a: AnalysedWord, b: AnalysedWord, synonyms: Map<string, Expansions>): AnalysedWord | undefined {
  const joined = analyseWord(a.folded + b.folded);
  if (synonyms.has(joined.stem)) return joined;
  return isCompoundPart(a.folded) && (isCompoundPart(b.folded) || isCompoundPart(b.stem)) ? joined : undefined;
}

/** One query word (or thesaurus phrase) with its alternatives: what the user typed, or what offices call it. */
function groupQuery(span: AnalysedWord[], expansions: Expansions | undefined, lastTyped: boolean, mode: Mode, joined?: AnalysedWord): Query {
  // Typed apart, meant together: the compound counts as if it had been typed ("Sprach Kurs" = "Sprachkurs").
  const own: Query[] = joined ? [wordQuery(joined, 1, false, mode.typos)] : span.map((w, j) => wordQuery(w, 1, mode.typing && lastTyped && j === span.length - 1, mode.typos));
  const alternatives: Query[] = [all(own)];
  // Office words match as whole words, or through all their parts in one name ("Deutschkurs" ↔ "Kursberatung Deutsch").
  for (const phrase of expansions ?? []) alternatives.push(all(phrase.map((w) => wordQuery(w, THESAURUS_WEIGHT, false, false))));
  return alternatives.length === 1 ? (alternatives[0] as Query) : { combineWith: 'OR', queries: alternatives };
}

export interface Group {
  /** Same key, same results: "Jobcenter Öh…" reuses the results for "Jobcenter" while the user types on. */
  key: string;
  /** As typed (prefix on the last word), without typo tolerance. */
  query: Query;
  /** The same with typo tolerance: used only when `query` finds nothing. */
  typos?: Query;
  /** Whole words only, for summaries and descriptions: alternatives of words that must all occur. */
  text: WeightedTerm[][];
}

export interface ParsedQuery {
  /** One per word or phrase, combined with AND. */
  groups: Group[];
  words: string[];
  gemeinde?: string;
}

/** The lookup key of a place name: "Künzelsau, Stadt" → "kunzelsau", "Bad Mergentheim" → "bad mergentheim". */
export function placeKey(name: string): string {
  return words(name.split(',')[0]!).join(' ');
}

/**
 * Splits a query into word groups. `typing`: the last word may be incomplete
 * (unless the query ends with a space). `places`: place keys → Gemeinde id,
 * to recognise "Deutschkurs Öhringen".
 */
export function parseQuery(query: string, options: { typing: boolean; places?: Map<string, string>; synonyms?: Map<string, Expansions> }): ParsedQuery {
  let tokens = words(query);
  const lastToken = tokens[tokens.length - 1];
  let gemeinde: string | undefined;
  if (options.places) {
    // Longest name first; a query that is only a place name stays a text search as well.
    search: for (let n = Math.min(3, tokens.length); n >= 1; n--) {
      for (let i = 0; i + n <= tokens.length; i++) {
        const id = options.places.get(tokens.slice(i, i + n).join(' '));
        if (id === undefined) continue;
        gemeinde = id;
        if (n < tokens.length) tokens = [...tokens.slice(0, i), ...tokens.slice(i + n)];
        break search;
      }
    }
  }
  const meaningful = tokens.filter((t) => !isStopword(t) && !isIntentWord(t));
  if (meaningful.length) tokens = meaningful;
  const analysed = tokens.map(analyseWord);
  // The last word is still being typed unless a space follows it or it was dropped (a place, a stop word).
  const typing = options.typing && !/\s$/.test(query) && tokens[tokens.length - 1] === lastToken;
  const synonyms = options.synonyms ?? thesaurusMap();
  const groups: Group[] = [];
  for (let i = 0; i < analysed.length; ) {
    // Longest thesaurus phrase starting here ("job center", "Hartz IV"), else the single word.
    let span = 1;
    let expansions: Expansions | undefined;
    let joined: AnalysedWord | undefined;
    for (let n = Math.min(3, analysed.length - i); n >= 1 && !expansions; n--) {
      expansions = synonyms.get(analysed.slice(i, i + n).map((w) => w.stem).join(' '));
      if (expansions) span = n;
    }
    const next = analysed[i + 1];
    // A compound typed apart; not while its second half is still being typed ("Sprach K…").
    if (span === 1 && next && !(typing && i + 2 === analysed.length && next.folded.length < 4)) {
      joined = joinedCompound(analysed[i]!, next, synonyms);
      if (joined) {
        span = 2;
        expansions = [...(synonyms.get(`${analysed[i]!.stem} ${next.stem}`) ?? []), ...(synonyms.get(joined.stem) ?? [])];
        if (!expansions.length) expansions = undefined;
      }
    }
    const phrase = analysed.slice(i, i + span);
    const lastTyped = i + span === analysed.length;
    const mayHaveTypos = phrase.some((w) => typoDistance(w.stem) > 0);
    const prefix = typing && lastTyped;
    groups.push({
      key: `${phrase.map((w) => w.stem).join(' ')}${prefix ? '…' : ''}`,
      query: groupQuery(phrase, expansions, lastTyped, { typing, typos: false }, joined),
      text: [
        phrase.map((w) => ({ term: w.stem, weight: 1 })),
        ...(joined ? [[{ term: joined.stem, weight: 1 }]] : []),
        ...(expansions ?? []).map((e) => e.map((w) => ({ term: w.stem, weight: THESAURUS_WEIGHT }))),
      ],
      ...(mayHaveTypos ? { typos: groupQuery(phrase, expansions, lastTyped, { typing, typos: true }, joined) } : {}),
    });
    i += span;
  }
  return gemeinde ? { groups, words: analysed.map((w) => w.stem), gemeinde } : { groups, words: analysed.map((w) => w.stem) };
}
