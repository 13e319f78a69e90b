/**
 * Freshness of the feed's entries, per steward: when each entry was last
 * reviewed (this quarter / older / more than 12 months ago / never), which
 * are past their review date, and which expire (`validUntil`) soon.
 * Pure: no I/O, no clock (the day is passed in).
 */
import type { Feed, Text } from '../../core/schema/index.js';
import { addDays } from '../../core/dates.js';
import { textOf } from '../../core/text.js';
import { isExpired, isStale, staleBefore as staleBeforeOf } from '../../core/check-base.js';

export const ENTRY_KINDS = ['organisation', 'location', 'service', 'responsibility', 'programme', 'pathway'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const REVIEW_BUCKETS = ['quarter', 'older', 'stale', 'never'] as const;
/** `quarter`: reviewed this calendar quarter; `older`: before that, within 12 months; `stale`: more than 12 months ago; `never`: no `reviewed`. */
export type ReviewBucket = (typeof REVIEW_BUCKETS)[number];
export type BucketCounts = Record<ReviewBucket, number>;

/** Days ahead that count as "expiring soon". */
export const EXPIRY_DAYS = 60;

export interface ReportEntry {
  kind: EntryKind;
  /** The entry's id; a responsibility without one gets `responsibilities[i]`. */
  id: string;
  name: string;
  reviewed?: string;
  validUntil?: string;
}

export interface StewardFreshness {
  /** Steward id; null = entries that name no steward. */
  steward: string | null;
  role?: string;
  email?: string;
  /** False when entries name a steward id that `stewards` does not list. */
  known: boolean;
  total: number;
  counts: BucketCounts;
  /** Reviewed more than 12 months ago (past their review date). */
  stale: ReportEntry[];
  never: ReportEntry[];
  /** `validUntil` from today to today + 60 days. */
  expiring: ReportEntry[];
  /** `validUntil` before today: no longer shown. */
  expired: ReportEntry[];
}

export interface Freshness {
  quarterStart: string;
  /** Reviewed before this day = more than 12 months ago. */
  staleBefore: string;
  expiringUntil: string;
  total: number;
  counts: BucketCounts;
  byKind: Record<EntryKind, BucketCounts>;
  expiring: number;
  expired: number;
  stewards: StewardFreshness[];
}

export const emptyCounts = (): BucketCounts => ({ quarter: 0, older: 0, stale: 0, never: 0 });

/** First day of the calendar quarter of `date`. */
export function quarterStart(date: string): string {
  const month = Number(date.slice(5, 7));
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${date.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

interface Stewarded { steward?: string | undefined; reviewed?: string | undefined; validUntil?: string | undefined }

/** Every stewarded entry of the feed with its kind and a display name in `lang`. */
export function stewardedEntries(feed: Feed, lang: string): Array<{ entry: ReportEntry; steward: string | undefined }> {
  const out: Array<{ entry: ReportEntry; steward: string | undefined }> = [];
  const services = new Map(feed.services.map((s) => [s.id, s]));
  const topics = new Map(feed.topics.map((t) => [t.id, t]));
  const add = (kind: EntryKind, e: Stewarded, id: string, name: Text | undefined) => {
    const entry: ReportEntry = { kind, id, name: textOf(name, lang) || id };
    if (e.reviewed) entry.reviewed = e.reviewed;
    if (e.validUntil) entry.validUntil = e.validUntil;
    out.push({ entry, steward: e.steward });
  };
  for (const o of feed.organisations) add('organisation', o, o.id, o.name);
  for (const l of feed.locations) add('location', l, l.id, l.name);
  for (const s of feed.services) add('service', s, s.id, s.name);
  (feed.responsibilities ?? []).forEach((r, i) => {
    const topic = textOf(topics.get(r.topic)?.label, lang) || r.topic;
    const service = textOf(services.get(r.service)?.name, lang) || r.service;
    add('responsibility', r, r.id ?? `responsibilities[${i}]`, `${topic} → ${service}`);
  });
  for (const p of feed.programmes ?? []) add('programme', p, p.id, p.title);
  for (const p of feed.pathways ?? []) add('pathway', p, p.id, p.title);
  return out;
}

/** The review state of an entry on `today`; "stale" is the rule `validate` warns about (check-base.ts). */
export function reviewBucket(reviewed: string | undefined, quarter: string, today: string): ReviewBucket {
  if (!reviewed) return 'never';
  if (isStale(reviewed, today)) return 'stale';
  return reviewed >= quarter ? 'quarter' : 'older';
}

export function computeFreshness(feed: Feed, today: string, lang: string): Freshness {
  const quarter = quarterStart(today);
  const staleBefore = staleBeforeOf(today);
  const expiringUntil = addDays(today, EXPIRY_DAYS);
  const counts = emptyCounts();
  const byKind = Object.fromEntries(ENTRY_KINDS.map((k) => [k, emptyCounts()])) as Record<EntryKind, BucketCounts>;
  const groups = new Map<string | null, StewardFreshness>();
  const group = (id: string | null): StewardFreshness => {
    let g = groups.get(id);
    if (!g) {
      g = { steward: id, known: false, total: 0, counts: emptyCounts(), stale: [], never: [], expiring: [], expired: [] };
      groups.set(id, g);
    }
    return g;
  };
  // Declared stewards first, in the feed's order, even those with nothing to keep.
  for (const s of feed.stewards ?? []) {
    if (groups.has(s.id)) continue;
    const g = group(s.id);
    g.known = true;
    g.role = textOf(s.role, lang);
    g.email = s.email;
  }
  let expiring = 0;
  let expired = 0;
  const entries = stewardedEntries(feed, lang);
  for (const { entry, steward } of entries) {
    const g = group(steward ?? null);
    const bucket = reviewBucket(entry.reviewed, quarter, today);
    g.total++;
    g.counts[bucket]++;
    counts[bucket]++;
    byKind[entry.kind][bucket]++;
    if (bucket === 'stale') g.stale.push(entry);
    if (bucket === 'never') g.never.push(entry);
    if (entry.validUntil && isExpired(entry.validUntil, today)) {
      g.expired.push(entry);
      expired++;
    } else if (entry.validUntil && entry.validUntil <= expiringUntil) {
      g.expiring.push(entry);
      expiring++;
    }
  }
  for (const g of groups.values()) {
    g.stale.sort((a, b) => (a.reviewed ?? '').localeCompare(b.reviewed ?? '') || a.id.localeCompare(b.id));
    g.expiring.sort((a, b) => (a.validUntil ?? '').localeCompare(b.validUntil ?? '') || a.id.localeCompare(b.id));
    g.expired.sort((a, b) => (a.validUntil ?? '').localeCompare(b.validUntil ?? '') || a.id.localeCompare(b.id));
  }
  // Declared stewards in feed order, then unknown ids alphabetically, then "no steward".
  const declared = [...groups.values()].filter((g) => g.known);
  const unknown = [...groups.values()].filter((g) => !g.known && g.steward !== null).sort((a, b) => a.steward!.localeCompare(b.steward!));
  const none = groups.get(null);
  return {
    quarterStart: quarter,
    staleBefore,
    expiringUntil,
    total: entries.length,
    counts,
    byKind,
    expiring,
    expired,
    stewards: [...declared, ...unknown, ...(none ? [none] : [])],
  };
}
