/**
 * Opening hours in the browser (and Node): evaluates the compiled form that
 * `wegweiser compile` writes (see src/admin/hours/compiler.ts). Pure TS, no
 * DOM, no Node APIs, no OSM parser: everything is table look-ups in
 * Europe/Berlin wall-clock minutes, independent of the device's time zone.
 *
 * Inside `window` the compiled hours are exact. Outside it the typical week is
 * used and the answer is marked `approximate` — unless the hours are
 * `variable` (weeks differ), then the state outside the window is `unknown`.
 */
import type { CompiledHours, Holidays, Interval } from './schema/index.js';

export type HoursState = 'open' | 'closed' | 'appointment' | 'unknown';

/** A moment in Berlin wall-clock terms. `weekday` 0 = Monday; `minutes` after midnight (1440 = 24:00 of `date`). */
export interface BerlinTime {
  readonly date: string;
  readonly weekday: number;
  readonly minutes: number;
}

export interface HoursStatus {
  state: HoursState;
  /** When the current state ends (closing time, or the next opening when closed). Absent if it lasts beyond 14 days. */
  until?: BerlinTime;
  /** The next opening or appointment slot that starts after the current state, within 14 days. */
  next?: BerlinTime & { readonly state: 'open' | 'appointment' };
  /** The answer relies on the typical week outside the compiled window (holidays there are unknown). */
  approximate: boolean;
  /** Today's public holiday, or school holiday when it changes today's hours. */
  holiday?: string;
}

const DAY = 1440;
const HORIZON_DAYS = 14;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

let berlinParts: Intl.DateTimeFormat | undefined;
/** Europe/Berlin changes its UTC offset only on whole UTC hours (01:00 UTC), so one look-up per hour is exact. */
const offsetByUtcHour = new Map<number, number>();
let lastInstant = Number.NaN;
let lastTime: BerlinTime | undefined;

function berlinOffsetMs(utcHour: number): number {
  const cached = offsetByUtcHour.get(utcHour);
  if (cached !== undefined) return cached;
  berlinParts ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Berlin', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
  });
  const fields: Record<string, number> = {};
  for (const part of berlinParts.formatToParts(utcHour * HOUR_MS)) fields[part.type] = Number(part.value);
  const wallClock = Date.UTC(fields.year ?? 0, (fields.month ?? 1) - 1, fields.day ?? 1, fields.hour ?? 0, fields.minute ?? 0);
  const offset = wallClock - utcHour * HOUR_MS;
  if (offsetByUtcHour.size > 4096) offsetByUtcHour.clear();
  offsetByUtcHour.set(utcHour, offset);
  return offset;
}

/**
 * The Berlin date, weekday and minute of an instant. Fast enough to call for
 * every one of 10,000 services: the formatter runs once per UTC hour and the
 * last answer is reused for the same instant.
 */
export function berlinTime(at: Date): BerlinTime {
  const ms = at.getTime();
  if (ms === lastInstant && lastTime) return lastTime;
  if (Number.isNaN(ms)) throw new RangeError('berlinTime: invalid Date');
  const local = new Date(Math.floor(ms / MINUTE_MS) * MINUTE_MS + berlinOffsetMs(Math.floor(ms / HOUR_MS)));
  const time: BerlinTime = {
    date: isoDate(local),
    weekday: (local.getUTCDay() + 6) % 7,
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
  lastInstant = ms;
  lastTime = time;
  return time;
}

/** `YYYY-MM-DD` of a Date's UTC calendar day (dates built with `Date.UTC`). */
export function isoDate(utc: Date): string {
  const y = utc.getUTCFullYear();
  const m = utc.getUTCMonth() + 1;
  const d = utc.getUTCDate();
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Adds days to a `YYYY-MM-DD` date. */
export function shiftDate(date: string, days: number): string {
  return isoDate(new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days)));
}

/** Day of the week of a `YYYY-MM-DD` date, 0 = Monday. */
export function weekdayOfDate(date: string): number {
  return (new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))).getUTCDay() + 6) % 7;
}

const isAppointment = (interval: Interval): boolean => interval[2] === 1;

function inWindow(hours: CompiledHours, date: string): boolean {
  return hours.window[0] <= date && date <= hours.window[1];
}

/** The date's own intervals: its `except` entry, else the typical weekday. */
function ownIntervals(hours: CompiledHours, date: string, weekday: number): Interval[] {
  return hours.except?.[date] ?? hours.week[weekday] ?? [];
}

/** Whether any interval runs past midnight (end > 1440); cached so the fast path stays a table look-up. */
const spillsPastMidnight = new WeakMap<CompiledHours, boolean>();
function hasSpill(hours: CompiledHours): boolean {
  let spill = spillsPastMidnight.get(hours);
  if (spill === undefined) {
    const days = [...hours.week, ...Object.values(hours.except ?? {})];
    spill = days.some((day) => day.some((interval) => interval[1] > DAY));
    spillsPastMidnight.set(hours, spill);
  }
  return spill;
}

function intervalsOn(hours: CompiledHours, date: string, weekday: number): Interval[] {
  const own = ownIntervals(hours, date, weekday);
  if (!hasSpill(hours)) return own;
  const tail: Interval[] = [];
  for (const interval of ownIntervals(hours, shiftDate(date, -1), (weekday + 6) % 7)) {
    if (interval[1] > DAY) tail.push(isAppointment(interval) ? [0, interval[1] - DAY, 1] : [0, interval[1] - DAY]);
  }
  return tail.length ? [...tail, ...own] : own;
}

/**
 * Intervals of one date (`YYYY-MM-DD`): the `except` entry overrides the
 * typical week, plus the part after midnight of the previous day's intervals
 * that end past 1440. Do not mutate the result: it may be the feed's own array.
 */
export function dayIntervals(hours: CompiledHours, date: string): Interval[] {
  return intervalsOn(hours, date, weekdayOfDate(date));
}

/** Fast path for "open now" filters: true only for a plain opening (not by appointment). */
export function isOpenAt(hours: CompiledHours | undefined, at: Date): boolean {
  if (!hours || Number.isNaN(at.getTime())) return false;
  const now = berlinTime(at);
  if (hours.variable && !inWindow(hours, now.date)) return false;
  for (const interval of intervalsOn(hours, now.date, now.weekday)) {
    if (!isAppointment(interval) && interval[0] <= now.minutes && now.minutes < interval[1]) return true;
  }
  return false;
}

/** Sorts and joins overlapping or touching intervals of the same kind; returns new arrays. */
function mergeSameKind(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.map((i) => [...i] as Interval).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Interval[] = [];
  for (const interval of sorted) {
    const last = out[out.length - 1];
    if (last && interval[0] <= last[1] && isAppointment(last) === isAppointment(interval)) last[1] = Math.max(last[1], interval[1]);
    else out.push(interval);
  }
  return out;
}

/**
 * The typical week for a table, Monday first. An opening that runs to
 * midnight and continues the next morning is shown once, on the first day,
 * with an end past 1440 (format `end - 1440` as the next day's time).
 */
export function weekTable(hours: CompiledHours): Interval[][] {
  const days = hours.week.map(mergeSameKind);
  for (let weekday = 0; weekday < 7; weekday++) {
    const today = days[weekday] ?? [];
    const tomorrow = days[(weekday + 1) % 7] ?? [];
    const last = today[today.length - 1];
    const first = tomorrow[0];
    if (last && first && last !== first && last[0] > 0 && last[1] === DAY && first[0] === 0 && first[1] < DAY
      && isAppointment(last) === isAppointment(first)) {
      last[1] = DAY + first[1];
      tomorrow.shift();
    }
  }
  return days;
}

interface Run { start: number; end: number; appointment: boolean }

/** Yesterday … today + 15 as dates; the same for every service evaluated at the same moment, so kept. */
let datesFrom = '';
let datesAround: string[] = [];
function dateAt(today: string, day: number): string {
  if (today !== datesFrom) {
    datesAround = Array.from({ length: HORIZON_DAYS + 3 }, (_, i) => shiftDate(today, i - 1));
    datesFrom = today;
  }
  return datesAround[day + 1] ?? shiftDate(today, day);
}

/**
 * The runs of open / appointment time from yesterday to 15 days ahead, in
 * minutes relative to today 00:00, joined across midnight. Stops at the first
 * day that cannot be known (variable hours outside the window).
 */
function timeline(hours: CompiledHours, today: BerlinTime): { runs: Run[]; knownUntil: number } {
  const runs: Run[] = [];
  let knownUntil = (HORIZON_DAYS + 2) * DAY;
  for (let day = -1; day <= HORIZON_DAYS + 1; day++) {
    const date = dateAt(today.date, day);
    if (hours.variable && !inWindow(hours, date)) {
      if (day < 0) continue;
      knownUntil = day * DAY;
      break;
    }
    for (const interval of ownIntervals(hours, date, (today.weekday + day + 7) % 7)) {
      runs.push({ start: day * DAY + interval[0], end: day * DAY + interval[1], appointment: isAppointment(interval) });
    }
  }
  runs.sort((a, b) => a.start - b.start || a.end - b.end);
  const joined: Run[] = [];
  for (const run of runs) {
    const last = joined[joined.length - 1];
    if (last && run.start <= last.end && run.appointment === last.appointment) last.end = Math.max(last.end, run.end);
    else joined.push({ ...run });
  }
  return { runs: joined, knownUntil };
}

function momentAt(today: BerlinTime, minute: number, isEnd: boolean): BerlinTime {
  let day = Math.floor(minute / DAY);
  let minutes = minute - day * DAY;
  if (isEnd && minutes === 0) {
    day -= 1;
    minutes = DAY;
  }
  return { date: dateAt(today.date, day), weekday: (((today.weekday + day) % 7) + 7) % 7, minutes };
}

function holidayOn(holidays: Holidays | undefined, hours: CompiledHours | undefined, date: string): string | undefined {
  if (!holidays) return undefined;
  const publicHoliday = holidays.public.find((h) => h.date === date);
  if (publicHoliday) return publicHoliday.name;
  // A school holiday only matters to the visitor when it changes the hours.
  if (!hours?.except?.[date]) return undefined;
  return holidays.school.find((h) => h.from <= date && date <= h.to)?.name;
}

/**
 * The state at `at` with enough to say "open until 12:00", "opens Tue 08:30"
 * or "by appointment". Missing or uncompiled hours are `unknown`.
 */
export function hoursStatus(hours: CompiledHours | undefined, at: Date, holidays?: Holidays): HoursStatus {
  if (Number.isNaN(at.getTime())) return { state: 'unknown', approximate: false };
  const now = berlinTime(at);
  const status: HoursStatus = { state: 'unknown', approximate: false };
  const holiday = holidayOn(holidays, hours, now.date);
  if (holiday) status.holiday = holiday;
  if (!hours) return status;
  if (!inWindow(hours, now.date)) {
    status.approximate = true;
    if (hours.variable) return status;
  }

  const { runs, knownUntil } = timeline(hours, now);
  const here = runs.filter((run) => run.start <= now.minutes && now.minutes < run.end);
  const current = here.find((run) => !run.appointment) ?? here[0];
  status.state = current ? (current.appointment ? 'appointment' : 'open') : 'closed';

  const after = current ? current.end : now.minutes;
  const nextRun = runs.find((run) => run !== current && run.start >= after && run.start > now.minutes);
  if (nextRun && nextRun.start <= now.minutes + HORIZON_DAYS * DAY) {
    status.next = { ...momentAt(now, nextRun.start, false), state: nextRun.appointment ? 'appointment' : 'open' };
    if (!current) status.until = momentAt(now, nextRun.start, false);
  }
  if (current && current.end < knownUntil) status.until = momentAt(now, current.end, true);

  for (const moment of [status.until, status.next]) {
    if (moment && !inWindow(hours, moment.date)) status.approximate = true;
  }
  return status;
}
