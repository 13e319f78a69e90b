/**
 * German-aware text analysis, used for indexing and querying alike so both
 * sides always agree: fold case, umlauts and diacritics; split on
 * punctuation; strip the common plural and inflection endings; split
 * compounds into the parts known from the domain lexicon.
 */
import { COMPOUND_PARTS, INTENT_WORDS, NOT_COMPOUNDS, STOPWORDS, THESAURUS } from './search-lexicon.js';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/**
 * "ae", "oe", "ue" are how umlauts are typed without a German keyboard, so
 * they fold like ä, ö, ü. Not after a vowel or q: "Frauen", "neue", "Quelle".
 */
const TYPED_UMLAUT = /(^|[^aeiouq])([aou])e/g; // no lookbehind: Safari before 16.4 cannot parse it
const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;
const LATIN_WORD = /^[a-z]+$/;

/** Lower-case, ß → ss, diacritics removed, typed umlauts ("ae") folded: "Ausländer" = "Auslaender" = "Auslander". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(TYPED_UMLAUT, '$1$2');
}

/** Folded words of a text; single letters are dropped, single digits kept ("Hartz 4"). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const word of fold(text).split(WORD_SEPARATOR)) {
    if (word.length > 1 || (word.length === 1 && word >= '0' && word <= '9')) out.push(word);
  }
  return out;
}

const STOP = new Set(words(STOPWORDS));
export function isStopword(folded: string): boolean {
  return STOP.has(folded);
}

/** Consonants after which a final "s" is a plural or a linking "s" ("Jobs", "Arbeits-"), not part of the word ("Kurs"). */
const S_ENDING = /[bdfgklmnpt]s$/;
const ENDINGS = ['innen', 'ern', 'en', 'er', 'es', 'e'];

/**
 * Light stemming: one plural/inflection ending is removed so that
 * "Kurse"/"Kurs", "Behörden"/"Behörde", "Kindern"/"Kinder", "Büros"/"Büro"
 * meet. Consistency matters more than linguistics; stems stay ≥ 3 letters.
 */
export function stem(folded: string): string {
  if (folded.length < 4 || !LATIN_WORD.test(folded)) return folded;
  // British "-tre" is American and German "-ter": "Jobcentre" = "Jobcenter".
  if (folded.endsWith('tre') && folded.length >= 5) folded = `${folded.slice(0, -3)}ter`;
  for (const ending of ENDINGS) {
    if (folded.endsWith(ending) && folded.length - ending.length >= 3) {
      const rest = folded.slice(0, -ending.length);
      // "-innen" (Beraterinnen) leaves "berater": strip its "-er" as well.
      return ending === 'innen' && rest.endsWith('er') && rest.length >= 5 ? rest.slice(0, -2) : rest;
    }
  }
  if (S_ENDING.test(folded) || /[aoy]s$/.test(folded)) return folded.slice(0, -1);
  return folded;
}

const PARTS = new Set(COMPOUND_PARTS.map(fold));
/** Longest parts first, so "beratungsstelle" ends in "stelle", not in "elle". */
const PARTS_BY_LENGTH = [...PARTS].sort((a, b) => b.length - a.length);
const NOT_SPLIT = new Set(NOT_COMPOUNDS.map(fold));

/** Is the folded word a known compound part ("sprach", "kurs", "schuldner")? */
export function isCompoundPart(folded: string): boolean {
  return PARTS.has(folded);
}
const MIN_COMPOUND = 6;

/** A linking "s" between parts ("Integration-s-kurs", "Beratung-s-stelle"). */
function withoutLinkingS(modifier: string): string {
  return /(ion|ung|heit|keit|schaft|tat|ling|eit|ts)s$/.test(modifier) ? modifier.slice(0, -1) : modifier;
}

/**
 * Split a folded word into known parts, longest known head first, then
 * known modifiers: "migrationsberatungsstelle" → migration, beratung, stelle.
 * An unknown remainder is kept as a part when it is long enough to be a word
 * ("schwimmkurs" → schwimm, kurs). Returns undefined for a simple word.
 */
export function splitCompound(folded: string): string[] | undefined {
  if (folded.length < MIN_COMPOUND || !LATIN_WORD.test(folded) || NOT_SPLIT.has(folded)) return undefined;
  for (const head of PARTS_BY_LENGTH) {
    if (head.length >= folded.length || !folded.endsWith(head)) continue;
    const modifier = withoutLinkingS(folded.slice(0, -head.length));
    if (modifier.length < 4 && !PARTS.has(modifier)) continue;
    const inner = splitCompound(modifier);
    // A known part that is itself a compound ("Wohngeld|stelle") is kept whole as well as split.
    return [...(inner && PARTS.has(modifier) ? [modifier, ...inner] : inner ?? [modifier]), head];
  }
  for (const modifier of PARTS_BY_LENGTH) {
    if (modifier.length >= folded.length || !folded.startsWith(modifier)) continue;
    const rest = folded.slice(modifier.length);
    if (rest.length < 4) continue;
    return [modifier, ...(splitCompound(rest) ?? [rest])];
  }
  return undefined;
}

export interface AnalysedWord {
  /** The folded word as typed. */
  folded: string;
  /** The whole word, stemmed. */
  stem: string;
  /** Stemmed compound parts; empty for a simple word. */
  parts: string[];
}

/** Vocabularies are small next to the number of words indexed: analyse each word once. */
const cache = new Map<string, AnalysedWord>();
const CACHE_LIMIT = 50_000;

export function analyseWord(folded: string): AnalysedWord {
  let result = cache.get(folded);
  if (result) return result;
  const split = splitCompound(folded);
  const parts: string[] = [];
  const whole = stem(folded);
  for (const part of split ?? []) {
    const s = stem(part);
    if (s !== whole && !parts.includes(s)) parts.push(s);
  }
  result = { folded, stem: whole, parts };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(folded, result);
  return result;
}

/** Splits text into words as written, for indexing; `indexTerms` folds each one (cached). */
const RAW_SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u;
export function rawWords(text: string): string[] {
  return text.split(RAW_SEPARATOR);
}

const NO_TERMS: string[] = [];
const termCache = new Map<string, string[]>();

/**
 * The index terms of one word as written: the whole stem and its compound
 * parts. Cached by the raw word, since feeds repeat the same words thousands
 * of times and folding is the costly step.
 */
export function indexTerms(raw: string): string[] {
  let terms = termCache.get(raw);
  if (terms) return terms;
  terms = NO_TERMS;
  const [folded] = words(raw);
  if (folded && !STOP.has(folded)) {
    const { stem: whole, parts } = analyseWord(folded);
    terms = parts.length ? [whole, ...parts] : [whole];
  }
  if (termCache.size >= CACHE_LIMIT) termCache.clear();
  termCache.set(raw, terms);
  return terms;
}

let intents: Set<string> | undefined;
/** "suche", "suchen", "beantragen": words of intent, compared by stem. */
export function isIntentWord(folded: string): boolean {
  intents ??= new Set(words(INTENT_WORDS).map(stem));
  return intents.has(stem(folded));
}

/** The meaningful words of a phrase, analysed. */
export function analysePhrase(text: string): AnalysedWord[] {
  return words(text).filter((w) => !STOP.has(w)).map(analyseWord);
}

/** Office phrases a citizen phrase stands for, each a list of words. */
export type Expansions = AnalysedWord[][];

let thesaurus: Map<string, Expansions> | undefined;

/** Adds "citizen words → office words" to a thesaurus map, keyed by the stems of each citizen phrase. */
function addEntry(map: Map<string, Expansions>, from: readonly string[], to: readonly string[]): void {
  const targets = to.map(analysePhrase).filter((p) => p.length);
  for (const phrase of from) {
    const key = analysePhrase(phrase).map((w) => w.stem).join(' ');
    if (key) map.set(key, [...(map.get(key) ?? []), ...targets]);
  }
}

/** The built-in thesaurus, keyed by the stems of the citizen phrase ("auslanderamt", "job cent"). */
export function thesaurusMap(): Map<string, Expansions> {
  if (thesaurus) return thesaurus;
  thesaurus = new Map();
  for (const line of THESAURUS) {
    const [from = '', to = ''] = line.split('>');
    addEntry(thesaurus, from.split('|'), to.split('|'));
  }
  return thesaurus;
}

/** The built-in thesaurus plus a feed's own everyday words (`lexicon`); the built-in map is not changed. */
export function thesaurusWith(entries: ReadonlyArray<{ words: readonly string[]; means: readonly string[] }> | undefined): Map<string, Expansions> {
  const builtIn = thesaurusMap();
  if (!entries?.length) return builtIn;
  const map = new Map(builtIn);
  for (const entry of entries) addEntry(map, entry.words, entry.means);
  return map;
}
