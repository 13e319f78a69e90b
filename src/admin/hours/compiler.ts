/**
 * Compiles OSM `opening_hours` values into the small `CompiledHours` form the
 * browser evaluates (src/core/hours.ts). Node only: uses the `opening_hours`
 * library, which must never be imported from src/core.
 *
 * The compiled form is exact inside [from, to]: the library's open intervals
 * are enumerated for the whole window in Europe/Berlin local time, split at
 * local midnight, and every date whose intervals differ from the typical week
 * is listed in `except`.
 */
import OpeningHoursLib from 'opening_hours';
import type { CompiledHours, Interval } from '../../core/schema/index.js';
import {
  assertIsoDate, comparePublicHolidaySources, inBerlinTime, intervalsAsFarAsKnown, isoOfLocal, libPublicHolidays,
  libSchoolHolidays, localMidnight, nominatimFor, quietly, shiftIso, type Bundesland,
} from './holidays.js';
import {
  appointmentComment, evaluationError, libWarnings as libRemarks, mvHolidays, neverOpen, openEnd, sunTimes, syntaxError, variableWeeks,
  windowShortened, type HoursMessage,
} from './messages.js';
import { APPOINTMENT_WORDS, COMMENT, suspiciousRules } from './rules.js';

export { compileHolidays, type Bundesland } from './holidays.js';
export type { HoursMessage } from './messages.js';

export interface CompileHoursOptions {
  /** First day of the window, `YYYY-MM-DD` (Berlin). */
  from: string;
  /** Last day of the window, inclusive. */
  to: string;
  /** Bundesland for PH (public) and SH (school) holidays. */
  state: Bundesland;
  /** Place coordinates, for sunrise/sunset. */
  lat?: number;
  lon?: number;
}

export interface CompileHoursResult {
  compiled?: CompiledHours;
  warnings: HoursMessage[];
  /** Set when the value cannot be used; then there is no `compiled` and the UI shows the raw text. */
  error?: HoursMessage;
}

export function compileHours(osm: string, opts: CompileHoursOptions): CompileHoursResult {
  assertIsoDate(opts.from, 'from');
  assertIsoDate(opts.to, 'to');
  if (opts.to < opts.from) throw new RangeError(`to (${opts.to}) is before from (${opts.from})`);
  return inBerlinTime(() => compileInBerlin(osm, opts));
}

function parse(osm: string, opts: CompileHoursOptions, locale: 'en' | 'de', forSchoolHolidays: boolean): OpeningHoursLib {
  const nominatim = nominatimFor(opts.state, opts.lat, opts.lon, forSchoolHolidays);
  return quietly(() => new OpeningHoursLib(osm, nominatim, { tag_key: 'opening_hours', locale, mode: undefined, map_value: undefined, warnings_severity: undefined }));
}

function compileInBerlin(osm: string, opts: CompileHoursOptions): CompileHoursResult {
  const value = osm.trim();
  // Mecklenburg-Vorpommern keeps its school holidays under another state key (see nominatimFor).
  const mvSchoolHolidays = opts.state === 'MV' && /\bSH\b/i.test(osm.replace(COMMENT, ' '));
  let lib: OpeningHoursLib;
  try {
    lib = parse(osm, opts, 'en', mvSchoolHolidays);
  } catch (thrownEn) {
    let thrownDe: unknown = thrownEn;
    try {
      parse(osm, opts, 'de', mvSchoolHolidays);
    } catch (e) {
      thrownDe = e;
    }
    return { warnings: [], error: syntaxError(value, thrownEn, thrownDe) };
  }

  const prettified = quietly(() => lib.prettifyValue());
  const code = prettified.replace(COMMENT, ' ');
  const usesPH = /\bPH\b/.test(code);
  const usesSH = /\bSH\b/.test(code);
  // How a variant of the value reads over the first two weeks, for the checks that compare readings.
  const sampleWeek = (candidate: string): Interval[][] | undefined => {
    try {
      const variant = parse(candidate, opts, 'en', mvSchoolHolidays);
      const last = shiftIso(opts.from, 13);
      const intervals = quietly(() => variant.getOpenIntervals(localMidnight(opts.from), localMidnight(shiftIso(last, 1))));
      return typicalWeek(splitByLocalDate(intervals, opts.from, last), new Set());
    } catch {
      return undefined;
    }
  };
  const warnings = [...libWarnings(osm, opts, lib, prettified, value, mvSchoolHolidays), ...suspiciousRules(lib, prettified, value, sampleWeek)];
  if (mvSchoolHolidays && usesPH) warnings.push(mvHolidays(value));

  let evaluated: ReturnType<typeof intervalsAsFarAsKnown>;
  try {
    evaluated = intervalsAsFarAsKnown(lib, opts.from, opts.to);
  } catch (thrown) {
    return { warnings, error: evaluationError(value, thrown) };
  }
  if (evaluated.lastKnown < opts.from) return { warnings, error: evaluationError(value, evaluated.failure) };
  const to = evaluated.lastKnown;
  if (to < opts.to) warnings.push(windowShortened(value, to, opts.to, evaluated.failure));

  const byDate = splitByLocalDate(evaluated.intervals, opts.from, to);
  // Times are written, but none shows up: nothing open, at most whole days "unknown". Usually a misreading.
  const hasTimes = /\d:\d|24\/7/.test(code);
  const showsTimes = [...byDate.values()].some((day) => day.some(([start, end, unknown]) => unknown !== 1 || start > 0 || end < 1440));
  if (hasTimes && !showsTimes) {
    if (warnings.length) return { warnings, error: neverOpen(value, opts.from, to, true) };
    warnings.push(neverOpen(value, opts.from, to, false));
  }
  const holidays = holidayDates(opts, to, usesPH, usesSH);
  const week = typicalWeek(byDate, holidays);
  const except: Record<string, Interval[]> = {};
  for (const [date, intervals] of byDate) {
    if (!sameIntervals(intervals, week[weekdayOf(date)] ?? [])) except[date] = intervals;
  }

  const compiled: CompiledHours = { week, window: [opts.from, to] };
  if (Object.keys(except).length) compiled.except = except;
  if (!quietly(() => lib.isWeekStable()) && isVariable(byDate, Object.keys(except), holidays)) {
    compiled.variable = true;
    warnings.push(variableWeeks(value, to));
  }
  const notes = commentsOf(prettified);
  if (notes.length) compiled.notes = notes;

  if (/\b(sunrise|sunset|dawn|dusk)\b/.test(code)) warnings.push(sunTimes(value, opts.lat !== undefined && opts.lon !== undefined));
  if (/\d\+/.test(code)) warnings.push(openEnd(value));
  const appointmentNote = evaluated.intervals.find(([, , unknown, comment]) => !unknown && comment && APPOINTMENT_WORDS.test(comment))?.[3];
  if (appointmentNote) warnings.push(appointmentComment(value, appointmentNote));
  if (usesPH) {
    const differ = comparePublicHolidaySources(opts.state, opts.from, to);
    if (differ) warnings.push({ ...differ });
  }
  return { compiled, warnings };
}

/** The lib's warnings in both languages, as one message; the German instance is only built when there is something to say. */
function libWarnings(
  osm: string, opts: CompileHoursOptions, lib: OpeningHoursLib, prettified: string, value: string, mvSchoolHolidays: boolean,
): HoursMessage[] {
  const english = quietly(() => lib.getStructuredWarnings());
  if (!english.length) return [];
  let german = english;
  try {
    german = quietly(() => parse(osm, opts, 'de', mvSchoolHolidays).getStructuredWarnings());
  } catch {
    // Same value, same parser: cannot fail differently; keep the English text.
  }
  const remarks = english.map((w, i) => ({ type: w.type, en: w.message, de: german[i]?.message ?? w.message }));
  return [libRemarks(remarks, prettified, value)];
}

/** Cuts the library's intervals at local midnight into per-date minute intervals (every date of the window present). */
function splitByLocalDate(intervals: [Date, Date, boolean, string | undefined][], from: string, to: string): Map<string, Interval[]> {
  const byDate = new Map<string, Interval[]>();
  for (let date = from; date <= to; date = shiftIso(date, 1)) byDate.set(date, []);
  for (const [start, end, unknown] of intervals) {
    let cursor = start;
    while (cursor < end) {
      const date = isoOfLocal(cursor);
      const nextMidnight = localMidnight(shiftIso(date, 1));
      const pieceEnd = end < nextMidnight ? end : nextMidnight;
      const startMin = cursor.getHours() * 60 + cursor.getMinutes();
      const endMin = pieceEnd === nextMidnight ? 1440 : pieceEnd.getHours() * 60 + pieceEnd.getMinutes();
      if (endMin > startMin) byDate.get(date)?.push(unknown ? [startMin, endMin, 1] : [startMin, endMin]);
      cursor = pieceEnd;
    }
  }
  for (const [date, list] of byDate) byDate.set(date, mergeTouching(list));
  return byDate;
}

/** Joins overlapping or touching intervals of the same kind (open vs. appointment). */
function mergeTouching(list: Interval[]): Interval[] {
  const sorted = [...list].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Interval[] = [];
  for (const interval of sorted) {
    const last = out[out.length - 1];
    if (last && interval[0] <= last[1] && (last[2] ?? 0) === (interval[2] ?? 0)) {
      if (interval[1] > last[1]) last[1] = interval[1];
    } else {
      out.push([...interval] as Interval);
    }
  }
  return out;
}

/** Monday = 0, as in `CompiledHours.week`. */
function weekdayOf(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/**
 * Per weekday the most frequent pattern in the window, on a tie the one seen
 * first. Holidays do not vote (unless a weekday has only holidays), so a short
 * window over Christmas still finds the ordinary week.
 */
function typicalWeek(byDate: Map<string, Interval[]>, holidays: Set<string>): CompiledHours['week'] {
  const counts = Array.from({ length: 7 }, () => new Map<string, { intervals: Interval[]; count: number }>());
  const ordinaryWeekdays = new Set([...byDate.keys()].filter((date) => !holidays.has(date)).map(weekdayOf));
  for (const [date, intervals] of byDate) {
    if (holidays.has(date) && ordinaryWeekdays.has(weekdayOf(date))) continue;
    const perWeekday = counts[weekdayOf(date)];
    const key = JSON.stringify(intervals);
    const seen = perWeekday?.get(key);
    if (seen) seen.count++;
    else perWeekday?.set(key, { intervals, count: 1 });
  }
  const pick = (weekday: number): Interval[] => {
    let best: { intervals: Interval[]; count: number } | undefined;
    for (const candidate of counts[weekday]?.values() ?? []) if (!best || candidate.count > best.count) best = candidate;
    return best?.intervals ?? [];
  };
  return [pick(0), pick(1), pick(2), pick(3), pick(4), pick(5), pick(6)];
}

function sameIntervals(a: Interval[], b: Interval[]): boolean {
  return a.length === b.length && a.every((x, i) => {
    const y = b[i];
    return y !== undefined && x[0] === y[0] && x[1] === y[1] && (x[2] ?? 0) === (y[2] ?? 0);
  });
}

/**
 * `isWeekStable()` is false for every value with PH, SH or a single date, but
 * such weeks still make a good typical week. "Variable" means the weeks differ
 * systematically: on some weekday at least 3 and more than 5 % of its dates
 * in the window differ for reasons other than a public or school holiday
 * (week numbers, month ranges, "first Monday", sunrise). `Dec 24,31 off` or a
 * fortnight of Betriebsferien is not variable. Needs a window of about a year
 * to judge seasons.
 */
function isVariable(byDate: Map<string, Interval[]>, exceptDates: string[], holidays: Set<string>): boolean {
  if (!exceptDates.length) return false;
  const datesPerWeekday = [0, 0, 0, 0, 0, 0, 0];
  for (const date of byDate.keys()) datesPerWeekday[weekdayOf(date)] = (datesPerWeekday[weekdayOf(date)] ?? 0) + 1;
  const unexplained = [0, 0, 0, 0, 0, 0, 0];
  for (const date of exceptDates) {
    // A holiday's evening interval that runs past midnight changes the next morning too.
    if (!holidays.has(date) && !holidays.has(shiftIso(date, -1))) unexplained[weekdayOf(date)] = (unexplained[weekdayOf(date)] ?? 0) + 1;
  }
  return unexplained.some((count, weekday) => count >= 3 && count > 0.05 * (datesPerWeekday[weekday] ?? 0));
}

/** Public and school holidays (as the library sees them) inside the window, when the value refers to them. */
function holidayDates(opts: CompileHoursOptions, to: string, usesPH: boolean, usesSH: boolean): Set<string> {
  const dates = new Set<string>();
  if (usesPH) for (const date of libPublicHolidays(opts.state, opts.from, to).keys()) dates.add(date);
  if (usesSH) {
    try {
      for (const date of libSchoolHolidays(opts.state, opts.from, to).days.keys()) dates.add(date);
    } catch {
      // No school-holiday data at all: nothing counts as a school holiday.
    }
  }
  return dates;
}

/** Comments of the value ("nur nach Vereinbarung"), in order, without repeats. */
function commentsOf(prettified: string): string[] {
  const notes: string[] = [];
  for (const [, text] of prettified.matchAll(COMMENT)) {
    const note = (text ?? '').trim();
    if (note && !notes.includes(note)) notes.push(note);
  }
  return notes;
}
