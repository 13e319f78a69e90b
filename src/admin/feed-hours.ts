/**
 * A feed's opening hours through the compiler (src/admin/hours/compiler.ts):
 * `compile` fills in `compiled`, `validate` only reports what the compiler
 * says. Each distinct value is compiled once (a Kreis repeats
 * "Mo-Fr 08:00-12:00" a hundred times), and the same message for the same
 * value is reported once.
 */
import type { Feed, LatLon } from '../core/schema/index.js';
import type { FeedIssue } from '../core/errors.js';
import { toPointer } from '../core/errors.js';
import { addMonths, hoursEntries, type HoursEntry } from '../core/check.js';
import { BUNDESLAENDER } from '../core/schema/index.js';
import { compileHours, type Bundesland, type CompileHoursResult, type HoursMessage } from './hours/compiler.js';
import type { GemeindeList } from './gemeinden.js';

/** Months of hours compiled when the feed has no validUntil, and the most ever compiled. */
export const DEFAULT_WINDOW_MONTHS = 13;
export const MAX_WINDOW_MONTHS = 18;

/** [from, to] for compiled hours and holidays: until the feed's validUntil, else 13 months; never more than 18. */
export function compileWindow(feed: Pick<Feed, 'validUntil'>, from: string): { from: string; to: string } {
  const cap = addMonths(from, MAX_WINDOW_MONTHS);
  const validUntil = typeof feed.validUntil === 'string' ? feed.validUntil : undefined;
  const to = validUntil && validUntil >= from ? (validUntil < cap ? validUntil : cap) : addMonths(from, DEFAULT_WINDOW_MONTHS);
  return { from, to };
}

const USES_SUN = /\b(sunrise|sunset|dawn|dusk)\b/;

/**
 * Notes about the window or the holiday data rather than about one value:
 * when they concern many values, one issue says so (the fix is the same for all).
 */
const SAME_FIX_FOR_ALL = new Set(['hours-variable-weeks', 'hours-window-shortened', 'hours-school-holidays-missing', 'hours-holiday-sources-differ', 'hours-mv-holidays']);
const AGGREGATE_OVER = 3;

export interface HoursRun {
  problems: FeedIssue[];
  /** Entries that now have `compiled` (compile) or would have (validate). */
  compiled: number;
  /** Entries whose value could not be read; the page shows their text. */
  failed: number;
  /** Entries not looked at because the time budget ran out (validate only). */
  skipped: number;
}

export interface HoursRunOptions {
  state: Bundesland;
  from: string;
  to: string;
  /** Centroid of a Gemeinde, for sunrise/sunset at places without a position. */
  centroidOf?: (ags: string) => LatLon | undefined;
  /** Write the result into the feed (compile) or only report (validate). */
  apply: boolean;
  /** Stop after this long (validate on huge feeds); compile never stops. */
  budgetMs?: number;
}

function toIssue(path: ReadonlyArray<string | number>, message: HoursMessage, count: number): FeedIssue {
  const hasSuggestion = message.suggestion && !message.de.includes(message.suggestion);
  const more = count > 1 ? { de: ` (gleicher Wert noch ${count - 1}-mal)`, en: ` (same value ${count - 1} more times)` } : { de: '', en: '' };
  return {
    pointer: toPointer([...path, 'osm']),
    severity: 'warning',
    code: message.code,
    message: {
      de: `${message.de}${hasSuggestion ? ` Vorschlag: ${message.suggestion}` : ''}${more.de}`,
      en: `${message.en}${hasSuggestion ? ` Suggestion: ${message.suggestion}` : ''}${more.en}`,
    },
  };
}

export function runHours(feed: Feed, options: HoursRunOptions): HoursRun {
  const started = Date.now();
  const cache = new Map<string, CompileHoursResult>();
  // One issue per kind of problem and value: the library often says the same thing several ways, and
  // every message carries the same corrected value.
  const seen = new Map<string, { path: ReadonlyArray<string | number>; message: HoursMessage; places: Set<string> }>();
  const run: HoursRun = { problems: [], compiled: 0, failed: 0, skipped: 0 };
  const entries = hoursEntries(feed).filter((e) => typeof e.hours.osm === 'string');
  for (const entry of entries) {
    if (options.budgetMs !== undefined && Date.now() - started > options.budgetMs) {
      run.skipped++;
      continue;
    }
    const result = compileEntry(entry, options, cache);
    if (result.compiled) run.compiled++;
    else run.failed++;
    if (options.apply) {
      // Entries with the same value share one compiled object: nothing changes it afterwards, and JSON writes it out for each.
      if (result.compiled) entry.hours.compiled = result.compiled;
      else delete entry.hours.compiled;
    }
    const place = toPointer(entry.path);
    for (const message of [...(result.error ? [result.error] : []), ...result.warnings]) {
      const key = `${message.code}\u0000${entry.hours.osm}`;
      const known = seen.get(key);
      if (known) known.places.add(place);
      else seen.set(key, { path: entry.path, message, places: new Set([place]) });
    }
  }
  const all = [...seen.values()];
  for (const code of SAME_FIX_FOR_ALL) {
    const group = all.filter((s) => s.message.code === code);
    if (group.length <= AGGREGATE_OVER) continue;
    const places = group.reduce((n, s) => n + s.places.size, 0) - 1;
    const first = group[0]!;
    all.splice(all.indexOf(first), 1, {
      ...first,
      message: {
        ...first.message,
        de: `${first.message.de} Dasselbe gilt für ${places} weitere Öffnungszeiten.`,
        en: `${first.message.en} The same applies to ${places} more opening hours.`,
      },
      places: new Set([toPointer(first.path)]),
    });
    for (const other of group.slice(1)) all.splice(all.indexOf(other), 1);
  }
  run.problems = all.map(({ path, message, places }) => toIssue(path, message, places.size));
  if (run.skipped) {
    run.problems.push({
      pointer: '',
      severity: 'warning',
      code: 'hours-check-incomplete',
      message: {
        de: `Aus Zeitgründen wurden ${run.skipped} von ${entries.length} Öffnungszeiten nicht geprüft. „wegweiser compile“ prüft alle.`,
        en: `To save time, ${run.skipped} of ${entries.length} opening hours were not checked. "wegweiser compile" checks them all.`,
      },
    });
  }
  return run;
}

function compileEntry(entry: HoursEntry, options: HoursRunOptions, cache: Map<string, CompileHoursResult>): CompileHoursResult {
  const osm = entry.hours.osm;
  // Coordinates matter only for sunrise/sunset; without those, one compile serves every place.
  let position: LatLon | undefined;
  if (USES_SUN.test(osm)) position = entry.geo ?? (entry.gemeinde ? options.centroidOf?.(entry.gemeinde) : undefined);
  const key = `${osm}\u0000${position?.join(',') ?? ''}`;
  let result = cache.get(key);
  if (!result) {
    const opts: Parameters<typeof compileHours>[1] = { from: options.from, to: options.to, state: options.state };
    if (position) {
      opts.lat = position[0];
      opts.lon = position[1];
    }
    try {
      result = compileHours(osm, opts);
    } catch (thrown) {
      // The compiler throws only for bad options; say so instead of ending the whole run.
      result = { warnings: [], error: { code: 'hours-internal', de: `Die Öffnungszeiten „${osm}“ konnten nicht übersetzt werden: ${String(thrown)}`, en: `The opening hours "${osm}" could not be compiled: ${String(thrown)}` } };
    }
    cache.set(key, result);
  }
  return result;
}

/**
 * What the compiler says about every opening-hours value of a feed, without
 * changing it: the check `validate`, `import sheets` and `report` share
 * (`compile` runs the same compiler with `apply`). Values it cannot read are
 * shown as text on the page; the other hints come with a corrected value.
 */
export function hoursProblems(feed: Feed, today: string, gemeinden: GemeindeList, budgetMs?: number): FeedIssue[] {
  if (!(BUNDESLAENDER as readonly string[]).includes(feed.publisher.state)) return [];
  const centroids = new Map(feed.regions.gemeinden.map((g) => [g.ags, g.centroid ?? gemeinden.get(g.ags)?.centroid]));
  const { from, to } = compileWindow(feed, today);
  return runHours(feed, { state: feed.publisher.state, from, to, apply: false, ...(budgetMs !== undefined ? { budgetMs } : {}), centroidOf: (ags) => centroids.get(ags) }).problems;
}
