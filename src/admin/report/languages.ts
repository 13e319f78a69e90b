/**
 * Languages: which languages staff speak where (services' `languages` per
 * Gemeinde of their places), and for each UI language of the kit the share
 * of the feed's texts that exist in it. Pure: no I/O.
 */
import type { Feed } from '../../core/schema/index.js';
import { FeedSchema } from '../../core/schema/index.js';
import { Text as TextSchema } from '../../core/schema/primitives.js';
import { type FeedIndex } from '../../core/feed-index.js';
import { isCurrent } from '../../core/dates.js';
import { isLeichteSprache, LEICHTE_SPRACHE, primaryLanguage } from '../../core/text.js';

/** The languages the components' interface speaks. */
export const UI_LANGUAGES = ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'ro', 'bg', 'pl', LEICHTE_SPRACHE] as const;

export interface SpokenLanguage {
  /** Lower-case tag as the feed writes it (`uk`, `ar`, `de`). */
  lang: string;
  /** Current services whose staff speak it. */
  services: number;
  /** Gemeinden of those services' places (and consultation days), with the number of services; most first. */
  gemeinden: Array<{ ags: string; name: string; services: number }>;
  /** Services without any place (phone, online). */
  withoutPlace: number;
}

export interface TranslationShare {
  lang: string;
  /** Listed in the feed's `languages`. */
  declared: boolean;
  texts: number;
  translated: number;
  /** Whole percent; 100 only when every text exists, at least 1 when any does. */
  percent: number;
  /** Per top-level list of the feed (`services`, `programmes`, …): texts and translated. */
  byList: Record<string, { texts: number; translated: number }>;
}

export interface Languages {
  spoken: SpokenLanguage[];
  /** Gemeinden where no service names a language other than German. */
  germanOnly: Array<{ ags: string; name: string }>;
  texts: number;
  translations: TranslationShare[];
}

export function percentOf(part: number, whole: number): number {
  if (whole === 0 || part === whole) return 100;
  if (part === 0) return 0;
  return Math.min(99, Math.max(1, Math.round((part / whole) * 100)));
}

/** The parts of a valibot schema the walk looks at. */
interface SchemaNode { type?: string; wrapped?: SchemaNode; entries?: Record<string, SchemaNode>; item?: SchemaNode; pipe?: unknown[] }

const isTextSchema = (schema: SchemaNode | undefined): boolean => schema === TextSchema || schema?.pipe?.[0] === TextSchema;

/**
 * Calls `found` for every value the schema types as Text (names, titles,
 * descriptions, notes, …), guided by the schema so ids and codes are never
 * mistaken for texts.
 */
export function visitTexts(schema: SchemaNode | undefined, value: unknown, found: (text: unknown) => void): void {
  if (value === undefined || value === null || !schema) return;
  if (isTextSchema(schema)) {
    found(value);
    return;
  }
  switch (schema.type) {
    case 'optional':
    case 'nullable':
    case 'nullish':
      visitTexts(schema.wrapped, value, found);
      return;
    case 'object':
    case 'object_with_rest':
    case 'loose_object':
    case 'strict_object':
      if (typeof value !== 'object') return;
      for (const [key, entry] of Object.entries(schema.entries ?? {})) visitTexts(entry, (value as Record<string, unknown>)[key], found);
      return;
    case 'array':
      if (!Array.isArray(value)) return;
      for (const item of value) visitTexts(schema.item, item, found);
      return;
    default:
      // Unions, tuples, records and scalars hold no feed texts.
      return;
  }
}

/** Does this text exist in `lang` (exact tag, or the primary language for ordinary languages)? */
function hasLanguage(text: unknown, lang: string): boolean {
  if (lang === 'de') return true;
  if (typeof text !== 'object' || text === null) return false;
  for (const [key, value] of Object.entries(text as Record<string, unknown>)) {
    if (typeof value !== 'string' || value.trim() === '') continue;
    const tag = key.toLowerCase();
    if (isLeichteSprache(lang) ? isLeichteSprache(tag) : !isLeichteSprache(tag) && primaryLanguage(tag) === lang) return true;
  }
  return false;
}

export function computeTranslations(feed: Feed): { texts: number; translations: TranslationShare[] } {
  const declared = new Set(feed.languages.map((l) => l.code.toLowerCase()));
  const entries = (FeedSchema as unknown as { entries: Record<string, SchemaNode> }).entries;
  const shares = UI_LANGUAGES.map((lang): TranslationShare => ({
    lang, declared: declared.has(lang) || (lang !== LEICHTE_SPRACHE && [...declared].some((d) => !isLeichteSprache(d) && primaryLanguage(d) === lang)),
    texts: 0, translated: 0, percent: 100, byList: {},
  }));
  let total = 0;
  for (const key of Object.keys(entries)) {
    const value = (feed as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const texts: unknown[] = [];
    visitTexts(entries[key], value, (t) => texts.push(t));
    if (!texts.length) continue;
    total += texts.length;
    for (const share of shares) {
      let n = 0;
      for (const t of texts) if (hasLanguage(t, share.lang)) n++;
      share.texts += texts.length;
      share.translated += n;
      share.byList[key] = { texts: texts.length, translated: n };
    }
  }
  for (const share of shares) share.percent = percentOf(share.translated, share.texts);
  return { texts: total, translations: shares };
}

export function computeLanguages(index: FeedIndex, today: string, nameOf: (ags: string) => string): Languages {
  const feed = index.feed;
  const spoken = new Map<string, { services: number; withoutPlace: number; gemeinden: Map<string, number> }>();
  const nonGerman = new Set<string>();
  for (const service of feed.services) {
    if (!isCurrent(service, today) || !service.languages?.length) continue;
    const places = new Set<string>();
    for (const at of service.at ?? []) {
      const g = index.locations.get(at.location)?.gemeinde;
      if (g) places.add(g);
    }
    for (const o of service.outreach ?? []) places.add(o.gemeinde);
    for (const lang of new Set(service.languages.map((l) => l.toLowerCase()))) {
      let entry = spoken.get(lang);
      if (!entry) spoken.set(lang, (entry = { services: 0, withoutPlace: 0, gemeinden: new Map() }));
      entry.services++;
      if (!places.size) entry.withoutPlace++;
      for (const g of places) {
        entry.gemeinden.set(g, (entry.gemeinden.get(g) ?? 0) + 1);
        if (primaryLanguage(lang) !== 'de') nonGerman.add(g);
      }
    }
  }
  const list: SpokenLanguage[] = [...spoken].map(([lang, e]) => ({
    lang,
    services: e.services,
    withoutPlace: e.withoutPlace,
    gemeinden: [...e.gemeinden].map(([ags, services]) => ({ ags, name: nameOf(ags), services }))
      .sort((a, b) => b.services - a.services || a.name.localeCompare(b.name, 'de')),
  }));
  list.sort((a, b) => b.services - a.services || a.lang.localeCompare(b.lang));
  const { texts, translations } = computeTranslations(feed);
  return {
    spoken: list,
    germanOnly: feed.regions.gemeinden.filter((g) => !nonGerman.has(g.ags)).map((g) => ({ ags: g.ags, name: nameOf(g.ags) })),
    texts,
    translations,
  };
}
