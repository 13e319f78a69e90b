/**
 * Public and school holidays of a Bundesland, and the shared plumbing for
 * evaluating OSM opening hours with the `opening_hours` library (admin side
 * only, in the CLI and the Werkstatt: the library is LGPL and large, it never
 * reaches the citizen-facing bundle).
 *
 * The library works in the local time zone. In Node every evaluation runs
 * inside `inBerlinTime`, which switches `process.env.TZ` to Europe/Berlin for
 * the duration of a synchronous call (Node re-reads TZ on assignment) and
 * restores it afterwards. A browser cannot switch its zone: the Werkstatt
 * checks `localZoneIsBerlin()` and says so when the computer is set to
 * another zone.
 */
import OpeningHoursLib from 'opening_hours';
import type { nominatim_object } from 'opening_hours';
import DateHolidays from 'date-holidays';
import type { BUNDESLAENDER, Holidays } from '../../core/schema/index.js';
export { localZoneIsBerlin } from './zone.js';
import { holidaySourcesDiffer, schoolHolidaysMissing, type HoursMessage } from './messages.js';

export type Bundesland = (typeof BUNDESLAENDER)[number];

/** State names as the `opening_hours` library and Nominatim spell them. */
export const STATE_NAMES: Record<Bundesland, string> = {
  BW: 'Baden-Württemberg', BY: 'Bayern', BE: 'Berlin', BB: 'Brandenburg', HB: 'Bremen', HH: 'Hamburg',
  HE: 'Hessen', MV: 'Mecklenburg-Vorpommern', NI: 'Niedersachsen', NW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz', SL: 'Saarland', SN: 'Sachsen', ST: 'Sachsen-Anhalt', SH: 'Schleswig-Holstein', TH: 'Thüringen',
};

/** Used only for sunrise/sunset when the place has no coordinates (a warning says so). */
const CENTRE_OF_GERMANY = { lat: 51.16, lon: 10.45 };

/**
 * The library's location object. Mecklenburg-Vorpommern keeps its school
 * holidays under "MV-ABS" (allgemeinbildende Schulen) while its public
 * holidays are keyed "Mecklenburg-Vorpommern", hence `forSchoolHolidays`.
 */
export function nominatimFor(state: Bundesland, lat?: number, lon?: number, forSchoolHolidays = false): nominatim_object {
  const name = state === 'MV' && forSchoolHolidays ? 'MV-ABS' : STATE_NAMES[state];
  // The library only uses coordinates given as strings (as Nominatim's JSON has them), despite its typings.
  const coordinate = (n: number) => String(n) as unknown as number;
  return {
    lat: coordinate(lat ?? CENTRE_OF_GERMANY.lat),
    lon: coordinate(lon ?? CENTRE_OF_GERMANY.lon),
    address: { country_code: 'de', state: name },
  };
}


/** Runs `fn` with the process in Europe/Berlin local time (what the library computes in). */
export function inBerlinTime<T>(fn: () => T): T {
  if (typeof process === 'undefined' || !process.env) return fn();
  const previous = process.env.TZ;
  if (previous === 'Europe/Berlin') return fn();
  process.env.TZ = 'Europe/Berlin';
  try {
    return fn();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}

/** The library prints "please submit a pull request" to stderr before it throws; we report the problem ourselves. */
export function quietly<T>(fn: () => T): T {
  const original = console.error;
  console.error = () => {};
  try {
    return fn();
  } finally {
    console.error = original;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function assertIsoDate(value: string, name: string): void {
  const m = ISO_DATE.exec(value);
  const t = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!t || t.toISOString().slice(0, 10) !== value) throw new RangeError(`${name} must be a date YYYY-MM-DD, got "${value}"`);
}

/** Local midnight (Berlin, see `inBerlinTime`) at the start of an ISO date. */
export function localMidnight(iso: string): Date {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function isoOfLocal(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function shiftIso(iso: string, days: number): string {
  const t = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + days));
  return t.toISOString().slice(0, 10);
}

export function daysFromTo(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

type LibInterval = [Date, Date, boolean, string | undefined];

/** Holiday look-ups are pure per (kind, state, from, to); a feed with hundreds of places asks the same ones. */
const memo = new Map<string, unknown>();
function remember<T>(key: string, compute: () => T): T {
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  if (memo.size > 200) memo.clear();
  memo.set(key, value);
  return value;
}

/**
 * Open intervals over [from, to] (whole days). When the library cannot
 * evaluate the whole range (school holidays of a later year are missing),
 * finds the last day it can by bisection and returns that range instead.
 */
export function intervalsAsFarAsKnown(
  lib: OpeningHoursLib, from: string, to: string,
): { intervals: LibInterval[]; lastKnown: string; failure?: unknown } {
  const evaluate = (last: string) => quietly(() => lib.getOpenIntervals(localMidnight(from), localMidnight(shiftIso(last, 1))));
  try {
    return { intervals: evaluate(to), lastKnown: to };
  } catch (failure) {
    let good = -1; // days after `from` known to evaluate
    let bad = daysFromTo(from, to);
    let best: LibInterval[] = [];
    while (bad - good > 1) {
      const mid = Math.floor((good + bad) / 2);
      try {
        best = evaluate(shiftIso(from, mid));
        good = mid;
      } catch {
        bad = mid;
      }
    }
    return { intervals: best, lastKnown: shiftIso(from, good), failure };
  }
}

/** Public holidays per the official-law source (date-holidays), as `YYYY-MM-DD` → German name. */
export function legalPublicHolidays(state: Bundesland, from: string, to: string): Map<string, string> {
  return remember(`legal|${state}|${from}|${to}`, () => computeLegalPublicHolidays(state, from, to));
}

function computeLegalPublicHolidays(state: Bundesland, from: string, to: string): Map<string, string> {
  const calendar = new DateHolidays('DE', state, { languages: ['de'], types: ['public'] });
  const byDate = new Map<string, string>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const holiday of calendar.getHolidays(year, 'de')) {
      const date = holiday.date.slice(0, 10);
      if (holiday.type !== 'public' || date < from || date > to) continue;
      const known = byDate.get(date);
      byDate.set(date, known && known !== holiday.name ? `${known} / ${holiday.name}` : holiday.name);
    }
  }
  return byDate;
}

/** The days the `opening_hours` library treats as `PH` for the state, with its names. */
export function libPublicHolidays(state: Bundesland, from: string, to: string): Map<string, string> {
  return remember(`PH|${state}|${from}|${to}`, () => inBerlinTime(() => {
    const lib = new OpeningHoursLib('PH', nominatimFor(state));
    return datesOf(quietly(() => lib.getOpenIntervals(localMidnight(from), localMidnight(shiftIso(to, 1)))));
  }));
}

/** Days covered by the library's `SH` for the state, and the first day it has no data for. */
export function libSchoolHolidays(state: Bundesland, from: string, to: string): SchoolHolidayData {
  return remember(`SH|${state}|${from}|${to}`, () => inBerlinTime(() => {
    const lib = new OpeningHoursLib('SH', nominatimFor(state, undefined, undefined, true));
    const { intervals, lastKnown } = intervalsAsFarAsKnown(lib, from, to);
    const ranges: Holidays['school'] = [];
    for (const [start, end, , name] of intervals) {
      const first = isoOfLocal(start);
      const last = isoOfLocal(new Date(end.getTime() - 1));
      const previous = ranges[ranges.length - 1];
      // The lib splits a holiday at our window edges only; join touching pieces with one name.
      if (previous && previous.name === (name ?? 'Schulferien') && shiftIso(previous.to, 1) === first) previous.to = last;
      else ranges.push({ from: first, to: last, name: name ?? 'Schulferien' });
    }
    return { days: datesOf(intervals), ranges, lastKnown };
  }));
}

interface SchoolHolidayData { days: Map<string, string>; ranges: Holidays['school']; lastKnown: string }

function datesOf(intervals: LibInterval[]): Map<string, string> {
  const days = new Map<string, string>();
  for (const [start, end, , name] of intervals) {
    for (let day = isoOfLocal(start); localMidnight(day) < end; day = shiftIso(day, 1)) days.set(day, name ?? '');
  }
  return days;
}

/** Warns where the library's `PH` days differ from the legal list (e.g. Bavaria's local holidays). */
export function comparePublicHolidaySources(state: Bundesland, from: string, to: string): HoursMessage | undefined {
  return remember(`compare|${state}|${from}|${to}`, () => computeComparison(state, from, to));
}

function computeComparison(state: Bundesland, from: string, to: string): HoursMessage | undefined {
  const lib = libPublicHolidays(state, from, to);
  const legal = legalPublicHolidays(state, from, to);
  const label = (date: string, name: string | undefined) => `${date} (${name ?? '?'})`;
  const onlyInLib = [...lib].filter(([date]) => !legal.has(date)).map(([date, name]) => label(date, name));
  const onlyInLegal = [...legal].filter(([date]) => !lib.has(date)).map(([date, name]) => label(date, name));
  if (!onlyInLib.length && !onlyInLegal.length) return undefined;
  return holidaySourcesDiffer(STATE_NAMES[state], onlyInLib, onlyInLegal);
}

/**
 * Public holidays (date-holidays, German names) and school holidays (the
 * `opening_hours` library's data, from the OpenHolidays API) of a Bundesland
 * within [from, to]. Years without school-holiday data are reported, never guessed.
 */
export function compileHolidays(state: Bundesland, from: string, to: string): { holidays: Holidays; warnings: HoursMessage[] } {
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  if (to < from) throw new RangeError(`to (${to}) is before from (${from})`);
  const warnings: HoursMessage[] = [];
  const legal = legalPublicHolidays(state, from, to);
  const publicHolidays = [...legal].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, name]) => ({ date, name }));

  let school: Holidays['school'] = [];
  let lastKnown = shiftIso(from, -1);
  try {
    const known = libSchoolHolidays(state, from, to);
    school = known.ranges.map((range) => ({ ...range }));
    lastKnown = known.lastKnown;
  } catch {
    // No data at all for the state: every year in the range is missing.
  }
  if (lastKnown < to) {
    const firstMissing = shiftIso(lastKnown, 1);
    const years: number[] = [];
    for (let y = Number(firstMissing.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
    warnings.push(schoolHolidaysMissing(STATE_NAMES[state], years, firstMissing));
  }
  const differ = comparePublicHolidaySources(state, from, to);
  if (differ) warnings.push({ ...differ });
  const holidays: Holidays = { public: publicHolidays, school };
  // Tells the browser where "no school holidays" turns into "not known".
  if (lastKnown < to) holidays.schoolKnownUntil = lastKnown;
  return { holidays, warnings };
}
