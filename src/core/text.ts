/**
 * Resolving the feed's per-language texts. German is always present; when the
 * requested language is missing the caller is told, so the UI can say
 * "nur auf Deutsch verfügbar" instead of silently switching language.
 */
import type { Text } from './schema/index.js';

/** Private-use BCP 47 tag for Leichte Sprache (easy-to-read German). */
export const LEICHTE_SPRACHE = 'de-x-ls';

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv', 'sd', 'ug']);

export type Direction = 'ltr' | 'rtl';

export interface ResolvedText {
  text: string;
  /** The language the text is actually in. */
  lang: string;
  dir: Direction;
  /** True when the text is not in the requested language (fell back to German). */
  fallback: boolean;
}

export function primaryLanguage(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase();
}

export function isLeichteSprache(tag: string): boolean {
  return tag.toLowerCase() === LEICHTE_SPRACHE;
}

export function directionOf(tag: string): Direction {
  const lower = tag.toLowerCase();
  if (/-arab\b/.test(lower)) return 'rtl';
  if (/-(latn|cyrl)\b/.test(lower)) return 'ltr';
  return RTL.has(primaryLanguage(lower)) ? 'rtl' : 'ltr';
}

/**
 * The order in which a text's languages are tried for `requested`:
 * exact tag, then its primary language, then German.
 * Leichte Sprache falls back to standard German (and says so).
 */
export function languageChain(requested: string): string[] {
  const chain: string[] = [];
  const lower = requested.toLowerCase();
  if (lower) chain.push(lower);
  const primary = primaryLanguage(lower);
  if (primary && !isLeichteSprache(lower) && !chain.includes(primary)) chain.push(primary);
  if (!chain.includes('de')) chain.push('de');
  return chain;
}

function lookup(map: Record<string, string | undefined>, tag: string): string | undefined {
  const direct = map[tag];
  if (direct !== undefined) return direct;
  // Feeds may write `de-X-LS` or `pt-br`: compare case-insensitively.
  for (const key of Object.keys(map)) if (key.toLowerCase() === tag) return map[key];
  return undefined;
}

/** Resolve a feed text for `lang`. Returns undefined only when `text` is undefined. */
export function resolveText(text: Text | undefined, lang: string): ResolvedText | undefined {
  if (text === undefined) return undefined;
  const wanted = lang.toLowerCase() || 'de';
  if (typeof text === 'string') {
    const fallback = primaryLanguage(wanted) !== 'de' || isLeichteSprache(wanted);
    return { text, lang: 'de', dir: 'ltr', fallback };
  }
  const map = text as Record<string, string | undefined>;
  for (const tag of languageChain(wanted)) {
    const value = lookup(map, tag);
    if (value !== undefined && value.trim() !== '') {
      const fallback = isLeichteSprache(wanted) ? !isLeichteSprache(tag) : primaryLanguage(tag) !== primaryLanguage(wanted);
      return { text: value, lang: tag, dir: directionOf(tag), fallback };
    }
  }
  return { text: map.de ?? '', lang: 'de', dir: 'ltr', fallback: wanted !== 'de' };
}

/** Plain string for contexts that cannot show a fallback note (search, sorting, titles). */
export function textOf(text: Text | undefined, lang = 'de'): string {
  return resolveText(text, lang)?.text ?? '';
}

/** Every language variant of a text, for indexing. */
export function allTexts(text: Text | undefined): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return [text];
  return Object.values(text).filter((t): t is string => typeof t === 'string');
}
