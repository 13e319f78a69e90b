/**
 * What changes when a published feed is replaced: entries added, removed
 * and changed per collection, and whether so many disappear that the new
 * feed is more likely a broken export than a real change (then `compile`
 * and `import` refuse without --force). Used by every command that writes
 * a feed.
 */
import type { Problem } from './problem-list.js';
import { count, type Lang } from './lang.js';

export const DIFF_COLLECTIONS = ['organisations', 'locations', 'services', 'programmes', 'responsibilities', 'pathways'] as const;
export type DiffCollection = (typeof DIFF_COLLECTIONS)[number];

/** Default: refuse when more than 30 % of the entries would disappear. */
export const DEFAULT_DROP_THRESHOLD = 0.3;
/** Collections smaller than this are checked only through the total (one of three removed is normal). */
export const DROP_MIN_ENTRIES = 10;

export interface CollectionDiff {
  before: number;
  after: number;
  added: string[];
  removed: string[];
  /** Same id, different JSON. */
  changed: string[];
}

export interface FeedDiff {
  before: number;
  after: number;
  collections: Record<DiffCollection, CollectionDiff>;
}

export interface Drop {
  /** A collection, or `total`. */
  scope: DiffCollection | 'total';
  before: number;
  after: number;
  /** Share that disappears, 0…1. */
  ratio: number;
}

type Entry = Record<string, unknown>;

/** Id of an entry; responsibilities may have none, then their content names them. */
function keyOf(collection: DiffCollection, entry: Entry, i: number): string {
  if (typeof entry.id === 'string') return entry.id;
  if (collection === 'responsibilities') {
    const gemeinden = Array.isArray(entry.gemeinden) ? entry.gemeinden.join(',') : String(entry.gemeinden);
    const statuses = Array.isArray(entry.statuses) ? `/${entry.statuses.join(',')}` : '';
    return `${String(entry.topic)}${statuses}→${String(entry.service)}${entry.location ? `@${String(entry.location)}` : ''} [${gemeinden}]`;
  }
  return `#${i}`;
}

function entriesOf(feed: unknown, collection: DiffCollection): Map<string, string> {
  const list = typeof feed === 'object' && feed !== null ? (feed as Record<string, unknown>)[collection] : undefined;
  const map = new Map<string, string>();
  if (!Array.isArray(list)) return map;
  list.forEach((entry: unknown, i) => {
    const base = typeof entry === 'object' && entry !== null ? keyOf(collection, entry as Entry, i) : `#${i}`;
    let key = base;
    for (let n = 2; map.has(key); n++) key = `${base} (${n})`;
    map.set(key, JSON.stringify(entry));
  });
  return map;
}

/** Compares two feeds (parsed JSON; no validation needed). `before` may be undefined: everything is new. */
export function diffFeeds(before: unknown, after: unknown): FeedDiff {
  const collections = {} as Record<DiffCollection, CollectionDiff>;
  let total = { before: 0, after: 0 };
  for (const collection of DIFF_COLLECTIONS) {
    const old = entriesOf(before, collection);
    const now = entriesOf(after, collection);
    const diff: CollectionDiff = { before: old.size, after: now.size, added: [], removed: [], changed: [] };
    for (const [id, json] of now) {
      const previous = old.get(id);
      if (previous === undefined) diff.added.push(id);
      else if (previous !== json) diff.changed.push(id);
    }
    for (const id of old.keys()) if (!now.has(id)) diff.removed.push(id);
    collections[collection] = diff;
    total = { before: total.before + diff.before, after: total.after + diff.after };
  }
  return { ...total, collections };
}

export function hasChanges(diff: FeedDiff): boolean {
  return DIFF_COLLECTIONS.some((c) => {
    const d = diff.collections[c];
    return d.added.length + d.removed.length + d.changed.length > 0;
  });
}

/**
 * The drops beyond `threshold` (0…1): of all entries together, or of a
 * collection that had at least 10 entries. Empty = safe to publish.
 */
export function dropsBeyond(diff: FeedDiff, threshold = DEFAULT_DROP_THRESHOLD): Drop[] {
  const drops: Drop[] = [];
  const check = (scope: Drop['scope'], before: number, after: number) => {
    if (before <= 0 || after >= before) return;
    const ratio = (before - after) / before;
    if (ratio > threshold) drops.push({ scope, before, after, ratio });
  };
  check('total', diff.before, diff.after);
  for (const c of DIFF_COLLECTIONS) {
    const d = diff.collections[c];
    if (d.before >= DROP_MIN_ENTRIES) check(c, d.before, d.after);
  }
  return drops;
}

const NAMES: Record<Drop['scope'], { de: string; en: string }> = {
  total: { de: 'Einträge insgesamt', en: 'entries in total' },
  organisations: { de: 'Organisationen', en: 'organisations' },
  locations: { de: 'Orte', en: 'locations' },
  services: { de: 'Angebote', en: 'services' },
  programmes: { de: 'Programme', en: 'programmes' },
  responsibilities: { de: 'Zuständigkeiten', en: 'responsibilities' },
  pathways: { de: 'Wege', en: 'pathways' },
};

const percent = (ratio: number, lang: Lang) => `${Math.round(ratio * 100)}${lang === 'de' ? ' %' : '%'}`;

/** `Angebote 22 → 6 (−73 %), …` */
export function dropList(drops: Drop[], lang: Lang): string {
  return drops.map((d) => `${NAMES[d.scope][lang]} ${count(d.before, lang)} → ${count(d.after, lang)} (−${percent(d.ratio, lang)})`).join(', ');
}

/**
 * The refusal as a problem (error) for the usual report: counts before and
 * after, and how to publish anyway. With `forced`, a warning that it was
 * published anyway.
 */
export function dropProblem(drops: Drop[], output: string, threshold: number, forced = false): Problem {
  const list = (l: Lang) => dropList(drops, l);
  if (forced) {
    return {
      pointer: '',
      severity: 'warning',
      code: 'feed-shrinks',
      message: {
        de: `Mit --force veröffentlicht, obwohl viele Einträge gegenüber dem bisherigen ${output} wegfallen: ${list('de')}.`,
        en: `Published with --force although many entries disappear compared with the previous ${output}: ${list('en')}.`,
      },
    };
  }
  return {
    pointer: '',
    severity: 'error',
    code: 'feed-shrinks',
    message: {
      de: `Der neue Feed hätte viel weniger Einträge als der veröffentlichte ${output}: ${list('de')}. Erlaubt sind höchstens ${percent(threshold, 'de')} weniger. `
        + 'Das sieht eher nach einer unvollständigen Quelle aus (fehlende Datei oder Tabelle?). Prüfen Sie mit --dry-run, was wegfiele; ist es gewollt, veröffentlichen Sie mit --force.',
      en: `The new feed would have far fewer entries than the published ${output}: ${list('en')}. At most ${percent(threshold, 'en')} fewer are allowed. `
        + 'This looks more like an incomplete source (a missing file or sheet?). Check with --dry-run what would disappear; if it is intended, publish with --force.',
    },
  };
}

/** The diff for people: one block per collection with changes, ids listed (at most `limit` per list). */
export function formatDiff(diff: FeedDiff, lang: Lang, limit = 20): string {
  const lines: string[] = [];
  const label = lang === 'de'
    ? { added: 'neu', removed: 'entfernt', changed: 'geändert' }
    : { added: 'added', removed: 'removed', changed: 'changed' };
  for (const c of DIFF_COLLECTIONS) {
    const d = diff.collections[c];
    if (!d.added.length && !d.removed.length && !d.changed.length) continue;
    lines.push(`${NAMES[c][lang][0]!.toUpperCase()}${NAMES[c][lang].slice(1)}: ${count(d.before, lang)} → ${count(d.after, lang)}`);
    for (const kind of ['added', 'removed', 'changed'] as const) {
      const ids = d[kind];
      if (!ids.length) continue;
      const shown = ids.slice(0, limit).join(', ');
      const more = ids.length > limit ? (lang === 'de' ? ` … und ${count(ids.length - limit, lang)} weitere` : ` … and ${count(ids.length - limit, lang)} more`) : '';
      lines.push(`  ${kind === 'added' ? '+' : kind === 'removed' ? '-' : '~'} ${label[kind]} (${count(ids.length, lang)}): ${shown}${more}`);
    }
  }
  if (!lines.length) lines.push(lang === 'de' ? 'Keine Einträge hinzugefügt, entfernt oder geändert.' : 'No entries added, removed or changed.');
  return lines.join('\n');
}

/** The diff for `--json`: counts and ids per collection. */
export function diffJson(diff: FeedDiff): Record<string, unknown> {
  return { before: diff.before, after: diff.after, collections: diff.collections };
}
