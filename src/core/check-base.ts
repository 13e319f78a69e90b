/**
 * Shared pieces of the feed checks (src/core/check.ts): the issue collector,
 * the kinds of entries with their German names, and small helpers.
 */
import type { Feed, LatLon, OpeningHours } from './schema/index.js';
import { toPointer, type FeedIssue } from './errors.js';

export type Path = ReadonlyArray<string | number>;

/** Collects issues; every message says what is wrong and what to do, in German and English. */
export class IssueList {
  readonly issues: FeedIssue[] = [];
  error(path: Path, code: string, de: string, en: string): void {
    this.issues.push({ pointer: toPointer(path), severity: 'error', code, message: { de, en } });
  }
  warn(path: Path, code: string, de: string, en: string): void {
    this.issues.push({ pointer: toPointer(path), severity: 'warning', code, message: { de, en } });
  }
}

/** What a list holds, with the German article forms the sentences need. */
export interface Kind { list: string; de: string; deA: string; en: string }
export const K = (list: string, de: string, deA: string, en: string): Kind => ({ list, de, deA, en });
export const KINDS = {
  topic: K('topics', 'Thema', 'ein Thema', 'a topic'),
  audience: K('audiences', 'Zielgruppe', 'eine Zielgruppe', 'an audience'),
  serviceType: K('serviceTypes', 'Leistungsart', 'eine Leistungsart', 'a service type'),
  status: K('statuses', 'Aufenthaltsstatus', 'einen Aufenthaltsstatus', 'a status'),
  steward: K('stewards', 'verantwortliche Stelle', 'eine verantwortliche Stelle', 'a steward'),
  organisation: K('organisations', 'Organisation', 'eine Organisation', 'an organisation'),
  location: K('locations', 'Ort', 'einen Ort', 'a location'),
  service: K('services', 'Angebot', 'ein Angebot', 'a service'),
  responsibility: K('responsibilities', 'Zuständigkeit', 'eine Zuständigkeit', 'a responsibility'),
  programme: K('programmes', 'Programm', 'ein Programm', 'a programme'),
  pathway: K('pathways', 'Wegweiser', 'einen Wegweiser', 'a pathway'),
  verband: K('regions/verbaende', 'Gemeindeverband', 'einen Gemeindeverband', 'a Gemeindeverband'),
  neighbour: K('regions/neighbours', 'Nachbarort', 'einen Nachbarort', 'a neighbouring town'),
  ortsteil: K('ortsteile', 'Ortsteil', 'einen Ortsteil', 'an Ortsteil'),
  gemeinde: K('regions/gemeinden', 'Gemeinde', 'eine Gemeinde', 'a Gemeinde'),
  step: K('steps', 'Schritt', 'einen Schritt', 'a step'),
} as const;

export type Entry = { id?: unknown; name?: unknown; title?: unknown; label?: unknown } & Record<string, unknown>;
/** The items of a list; a feed that failed the schema may hold null where entries belong (indices are kept). */
export const list = <T = Entry>(value: unknown): T[] => (Array.isArray(value) ? (Array.from(value, (v: unknown) => v ?? {}) as T[]) : []);
export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A name an admin recognises: the German name or title, else the id. */
export function labelOf(entry: Entry | undefined): string {
  if (!entry) return '?';
  const text = entry.name ?? entry.title ?? entry.label;
  // Read by hand rather than with resolveText: the feed may have failed the schema.
  const name = typeof text === 'string' ? text : typeof (text as { de?: unknown } | null)?.de === 'string' ? (text as { de: string }).de : '';
  return name.trim() || String(entry.id ?? '?');
}

/** `2026-03-31` → `31.03.2026`. */
export const deDate = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** Adds months to a date, clamping to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** Levenshtein distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest candidate within a typo's distance, if any (skipped for huge lists: it is only a hint). */
export function closestMatch(word: string, candidates: Iterable<string>, maxCandidates = 5000): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  let n = 0;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    if (++n > maxCandidates) return undefined;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The first two AGS digits name the Land. */
const STATE_BY_AGS: Record<string, string> = {
  '01': 'SH', '02': 'HH', '03': 'NI', '04': 'HB', '05': 'NW', '06': 'HE', '07': 'RP', '08': 'BW',
  '09': 'BY', '10': 'SL', '11': 'BE', '12': 'BB', '13': 'MV', '14': 'SN', '15': 'ST', '16': 'TH',
};
export const stateOfAgs = (ags: string): string | undefined => STATE_BY_AGS[ags.slice(0, 2)];

/** Lists whose entries carry stewardship (who keeps them, reviewed, valid from/until). */
export const STEWARDED = [
  ['organisations', KINDS.organisation, 'Organisationen', 'organisations'],
  ['locations', KINDS.location, 'Orten', 'locations'],
  ['services', KINDS.service, 'Angeboten', 'services'],
  ['responsibilities', KINDS.responsibility, 'Zuständigkeiten', 'responsibilities'],
  ['programmes', KINDS.programme, 'Programmen', 'programmes'],
  ['pathways', KINDS.pathway, 'Wegweisern', 'pathways'],
] as const;

export interface HoursEntry {
  path: Path;
  hours: OpeningHours;
  /** Where the hours apply, for sunrise/sunset: the place, else its Gemeinde. */
  geo?: LatLon;
  gemeinde?: string;
}

/** Every opening-hours object in the feed, with its place. */
export function hoursEntries(feed: Feed): HoursEntry[] {
  const out: HoursEntry[] = [];
  const locations = new Map(list<Feed['locations'][number]>(feed.locations).map((l) => [l.id, l]));
  const place = (path: Path, hours: OpeningHours | undefined, locationId: string | undefined, gemeinde?: string) => {
    if (!hours || typeof hours !== 'object') return;
    const location = locationId ? locations.get(locationId) : undefined;
    const entry: HoursEntry = { path, hours };
    // Sensitive places contribute only their Gemeinde (their position must not travel anywhere).
    if (location?.geo && !location.sensitive) entry.geo = location.geo;
    const g = location?.gemeinde ?? gemeinde;
    if (g) entry.gemeinde = g;
    out.push(entry);
  };
  list<Feed['locations'][number]>(feed.locations).forEach((l, i) => place(['locations', i, 'hours'], l.hours, l.id));
  list<Feed['services'][number]>(feed.services).forEach((s, i) => {
    list<NonNullable<typeof s.at>[number]>(s.at).forEach((at, j) => place(['services', i, 'at', j, 'hours'], at.hours, at.location));
    list<NonNullable<typeof s.outreach>[number]>(s.outreach).forEach((o, j) => place(['services', i, 'outreach', j, 'hours'], o.hours, o.location, o.gemeinde));
  });
  return out;
}

/** Every place an 8-digit AGS is referenced (not the definitions in regions/gemeinden). */
export function agsReferences(feed: Feed): Array<{ path: Path; ags: string }> {
  const out: Array<{ path: Path; ags: string }> = [];
  const add = (path: Path, value: unknown) => { if (typeof value === 'string') out.push({ path, ags: value }); };
  const regions = (feed.regions ?? {}) as Partial<Feed['regions']>;
  list<Entry>(regions.verbaende).forEach((v, i) => list(v.gemeinden).forEach((a, j) => add(['regions', 'verbaende', i, 'gemeinden', j], a)));
  list<Entry>(feed.locations).forEach((l, i) => add(['locations', i, 'gemeinde'], l.gemeinde));
  list<Entry>(feed.services).forEach((s, i) => {
    list(s.area).forEach((a, j) => add(['services', i, 'area', j], a));
    list<Entry>(s.outreach).forEach((o, j) => add(['services', i, 'outreach', j, 'gemeinde'], o.gemeinde));
  });
  list<Entry>(feed.responsibilities).forEach((r, i) => list(r.gemeinden).forEach((a, j) => add(['responsibilities', i, 'gemeinden', j], a)));
  list<Entry>(feed.programmes).forEach((p, i) => add(['programmes', i, 'gemeinde'], p.gemeinde));
  return out;
}

/*
 * The date rules, one implementation each: `checkFeed` (validate, compile,
 * import), `wegweiser report` and the importer's programme status all judge
 * with these.
 */

/** Reviewed before this day = more than 12 months ago: stale. */
export const staleBefore = (today: string): string => addMonths(today, -12);
/** Last reviewed more than 12 months before `today`. */
export const isStale = (reviewed: string, today: string): boolean => reviewed < staleBefore(today);
/** `validUntil` has passed: the entry is no longer shown. */
export const isExpired = (validUntil: string, today: string): boolean => validUntil < today;
/** `validFrom` is still ahead: the entry is not shown yet. */
export const isNotYetValid = (validFrom: string, today: string): boolean => validFrom > today;

/** The last day of a programme: `schedule.end`, else (without recurrence) its last session. */
export function scheduleEnd(schedule: Entry | undefined): string | undefined {
  const s = schedule ?? {};
  const sessions = list<Entry>(s.sessions).map((x) => String(x.end ?? x.start ?? '').slice(0, 10)).filter(Boolean).sort();
  return str(s.end) ?? (!s.recurrence && sessions.length ? sessions[sessions.length - 1] : undefined);
}

/** Where a programme stands by its dates on `today`: not started, running (from its first day or session) or over. */
export function programmePhase(schedule: Entry | undefined, today: string): 'planned' | 'active' | 'ended' {
  const end = scheduleEnd(schedule);
  if (end && end < today) return 'ended';
  const first = list<Entry>(schedule?.sessions).map((x) => String(x.start ?? '').slice(0, 10)).filter(Boolean).sort()[0];
  const start = str(schedule?.start) ?? first;
  return start && start > today ? 'planned' : 'active';
}

/** Fields of a protected place that must not be published (the page never shows them; `compile` removes them). */
export const PROTECTED_FIELDS = ['address', 'geo', 'transitStop'] as const;
export function protectedFieldsOf(location: Entry): Array<(typeof PROTECTED_FIELDS)[number]> {
  return location.sensitive === true ? PROTECTED_FIELDS.filter((f) => location[f] !== undefined) : [];
}
