/**
 * An Integreat event's recurrence (iCalendar DTSTART + RRULE, RFC 5545) →
 * the feed's programme schedule. What the feed can say as a rhythm stays a
 * rhythm (weekly on some days, every n weeks, the 1st and 3rd Monday of the
 * month, daily); any other rule becomes the dated sessions inside the
 * feed's window, with a note saying so; parts no rule here understands are
 * named in `lost`, never silently ignored.
 */
import { WEEKDAYS } from '../../core/schema/constants.js';

type Weekday = (typeof WEEKDAYS)[number];
const ICAL_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const WEEKS_OF_MONTH = [1, 2, 3, 4, 5, -1];

export interface EventTimes {
  /** ISO 8601 with offset, local (Berlin) time: `2030-01-01T13:00:00+01:00`. */
  start: string;
  end?: string;
  allDay?: boolean;
}

export interface FeedSchedule {
  start?: string;
  end?: string;
  recurrence?: { days: Weekday[]; from: string; to: string; everyWeeks?: number; weeksOfMonth?: number[] };
  sessions?: Array<{ start: string; end?: string }>;
  text?: string;
}

export interface ScheduleResult {
  schedule: FeedSchedule;
  /** Said next to the schedule (why sessions instead of a rhythm). */
  note?: { de: string; en: string };
  lost: Array<{ de: string; en: string }>;
}

interface Rule {
  freq: string;
  interval: number;
  until?: string;
  count?: number;
  byDay: Array<{ ordinal?: number; day: number }>;
  byMonthDay: number[];
  byMonth: number[];
  unknown: string[];
}

const SUPPORTED = new Set(['FREQ', 'INTERVAL', 'UNTIL', 'COUNT', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'WKST']);
/** At most this many dated sessions are written for a rule the feed cannot say as a rhythm. */
export const MAX_SESSIONS = 60;

function parseRule(text: string): Rule {
  const rule: Rule = { freq: '', interval: 1, byDay: [], byMonthDay: [], byMonth: [], unknown: [] };
  for (const part of text.split(';')) {
    const [key = '', value = ''] = part.split('=');
    const k = key.trim().toUpperCase();
    if (!SUPPORTED.has(k)) {
      if (k) rule.unknown.push(part);
      continue;
    }
    if (k === 'FREQ') rule.freq = value.toUpperCase();
    else if (k === 'INTERVAL') rule.interval = Math.max(1, Number(value) || 1);
    else if (k === 'UNTIL') rule.until = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
    else if (k === 'COUNT') rule.count = Math.max(1, Number(value) || 1);
    else if (k === 'BYDAY') {
      for (const d of value.split(',')) {
        const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/i.exec(d.trim());
        if (!m) rule.unknown.push(`BYDAY=${d}`);
        else rule.byDay.push({ ...(m[1] ? { ordinal: Number(m[1]) } : {}), day: ICAL_DAYS.indexOf(m[2]!.toUpperCase()) });
      }
    } else if (k === 'BYMONTHDAY') rule.byMonthDay = value.split(',').map(Number).filter((n) => Number.isInteger(n) && n !== 0);
    else if (k === 'BYMONTH') rule.byMonth = value.split(',').map(Number).filter((n) => n >= 1 && n <= 12);
  }
  return rule;
}

// Dates as UTC midnights: no time zone or DST can shift a day.
const toDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const weekday = (d: Date) => (d.getUTCDay() + 6) % 7;
const DAY_MS = 86_400_000;
const daysBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / DAY_MS);
const lastDayOfMonth = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();

function weekOfMonthMatches(d: Date, ordinal: number): boolean {
  const n = Math.ceil(d.getUTCDate() / 7);
  return ordinal > 0 ? n === ordinal : d.getUTCDate() + 7 * -ordinal > lastDayOfMonth(d) && d.getUTCDate() + 7 * (-ordinal - 1) <= lastDayOfMonth(d);
}

function matches(rule: Rule, first: Date, d: Date): boolean {
  const days = rule.byDay;
  const monthOk = !rule.byMonth.length || rule.byMonth.includes(d.getUTCMonth() + 1);
  if (!monthOk) return false;
  const dayListOk = (withOrdinals: boolean) => days.some((b) => b.day === weekday(d) && (!withOrdinals || b.ordinal === undefined || weekOfMonthMatches(d, b.ordinal)));
  const monthDayOk = () => rule.byMonthDay.some((n) => (n > 0 ? d.getUTCDate() === n : d.getUTCDate() === lastDayOfMonth(d) + n + 1));
  switch (rule.freq) {
    case 'DAILY':
      return daysBetween(first, d) % rule.interval === 0 && (!days.length || dayListOk(false)) && (!rule.byMonthDay.length || monthDayOk());
    case 'WEEKLY': {
      const mondayFirst = new Date(first.getTime() - weekday(first) * DAY_MS);
      const weeks = Math.floor(daysBetween(mondayFirst, d) / 7);
      return weeks % rule.interval === 0 && (days.length ? dayListOk(false) : weekday(d) === weekday(first));
    }
    case 'MONTHLY': {
      const months = (d.getUTCFullYear() - first.getUTCFullYear()) * 12 + d.getUTCMonth() - first.getUTCMonth();
      if (months % rule.interval !== 0) return false;
      if (rule.byMonthDay.length) return monthDayOk() && (!days.length || dayListOk(false));
      if (days.length) return dayListOk(true);
      return d.getUTCDate() === first.getUTCDate();
    }
    case 'YEARLY': {
      if ((d.getUTCFullYear() - first.getUTCFullYear()) % rule.interval !== 0) return false;
      const inMonth = rule.byMonth.length ? true : d.getUTCMonth() === first.getUTCMonth();
      if (!inMonth) return false;
      if (rule.byMonthDay.length) return monthDayOk();
      if (days.length) return dayListOk(true);
      return d.getUTCDate() === first.getUTCDate();
    }
    default:
      return false;
  }
}

/** "+01:00" or "+02:00": Berlin's offset on that day (the event keeps its local time across DST). */
function berlinOffset(day: string): string {
  const name = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', timeZoneName: 'shortOffset' })
    .formatToParts(new Date(`${day}T12:00:00Z`)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+1';
  const m = /GMT([+-])(\d{1,2})(?::(\d\d))?/.exec(name);
  return m ? `${m[1]}${m[2]!.padStart(2, '0')}:${m[3] ?? '00'}` : '+01:00';
}

/**
 * The Berlin date of DTSTART. Integreat writes it in UTC without a "Z"
 * (`DTSTART:20300101T120000` for 13:00 in Berlin); with a TZID it is local.
 */
function dtstartDay(line: string | undefined): string | undefined {
  const m = line ? /^DTSTART(;[^:]*)?:(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/i.exec(line) : null;
  if (!m) return undefined;
  const day = `${m[2]}-${m[3]}-${m[4]}`;
  if (m[1]?.toUpperCase().includes('TZID') || m[5] === undefined) return day;
  const utc = new Date(`${day}T${m[5]}:${m[6]}:${m[7]}Z`);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(utc);
}

/** The rhythm the feed can say, when the rule is one. */
function asRhythm(rule: Rule, first: Date, from: string, to: string): FeedSchedule['recurrence'] | undefined {
  if (rule.byMonthDay.length || rule.byMonth.length) return undefined;
  const plainDays = rule.byDay.every((b) => b.ordinal === undefined);
  if (rule.freq === 'WEEKLY' && plainDays && rule.interval <= 8) {
    const days = rule.byDay.length ? [...new Set(rule.byDay.map((b) => b.day))].sort() : [weekday(first)];
    return { days: days.map((d) => WEEKDAYS[d]!), from, to, ...(rule.interval > 1 ? { everyWeeks: rule.interval } : {}) };
  }
  if (rule.freq === 'DAILY' && rule.interval === 1 && plainDays) {
    const days = rule.byDay.length ? [...new Set(rule.byDay.map((b) => b.day))].sort() : [0, 1, 2, 3, 4, 5, 6];
    return { days: days.map((d) => WEEKDAYS[d]!), from, to };
  }
  if (rule.freq === 'MONTHLY' && rule.interval === 1 && rule.byDay.length && rule.byDay.every((b) => b.ordinal !== undefined && WEEKS_OF_MONTH.includes(b.ordinal))) {
    // weeksOfMonth applies to every listed day: only a full grid (1st and 3rd of Monday and of Wednesday) is a rhythm.
    const days = [...new Set(rule.byDay.map((b) => b.day))].sort();
    const weeks = [...new Set(rule.byDay.map((b) => b.ordinal!))].sort((a, b) => (a === -1 ? 6 : a) - (b === -1 ? 6 : b));
    if (days.length * weeks.length !== new Set(rule.byDay.map((b) => `${b.day}|${b.ordinal}`)).size) return undefined;
    return { days: days.map((d) => WEEKDAYS[d]!), from, to, weeksOfMonth: weeks };
  }
  return undefined;
}

/** The occurrences from the first one on, until UNTIL, COUNT or `last` (inclusive), at most `limit` in the window. */
function occurrences(rule: Rule, first: Date, window: { from: string; to: string }, limit: number): { dates: string[]; last?: string; more: boolean } {
  const until = rule.until ? toDate(rule.until) : undefined;
  const stop = toDate(window.to);
  const dates: string[] = [];
  let count = 0;
  let last: string | undefined;
  let more = false;
  // Bounded: ten years of days at most.
  for (let d = first, i = 0; i < 3660; d = new Date(d.getTime() + DAY_MS), i++) {
    if (until && d > until) break;
    if (!matches(rule, first, d) && d.getTime() !== first.getTime()) continue;
    count++;
    last = iso(d);
    if (iso(d) >= window.from && d <= stop) {
      if (dates.length < limit) dates.push(iso(d));
      else more = true;
    }
    if (rule.count && count >= rule.count) break;
    if (!until && !rule.count && d > stop) break;
  }
  return { dates, ...(until || rule.count ? { last } : {}), more };
}

/**
 * The schedule of one event (`recurrenceRule` null: a single date). The
 * window is the feed's (e.g. compile's 18 months); sessions outside it are
 * not written.
 */
export function eventSchedule(recurrenceRule: string | null | undefined, event: EventTimes, window: { from: string; to: string }): ScheduleResult {
  const lost: ScheduleResult['lost'] = [];
  const startDay = event.start.slice(0, 10);
  const endDay = event.end?.slice(0, 10) ?? startDay;
  const from = event.allDay ? '00:00' : event.start.slice(11, 16);
  const to = event.allDay ? '23:59' : event.end?.slice(11, 16) ?? from;
  const session = (day: string) => ({
    start: `${day}T${from}:00${berlinOffset(day)}`,
    ...(event.end ? { end: `${day}T${to}:00${berlinOffset(day)}` } : {}),
  });
  if (!recurrenceRule) {
    return { schedule: { start: startDay, end: endDay, sessions: [{ start: event.start, ...(event.end ? { end: event.end } : {}) }] }, lost };
  }
  const lines = recurrenceRule.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const rrule = lines.find((l) => l.toUpperCase().startsWith('RRULE:'));
  for (const line of lines) {
    if (!/^(DTSTART|RRULE)[:;]/i.test(line)) lost.push({ de: `Die Angabe „${line}“ der Wiederholung wird nicht übernommen.`, en: `The recurrence line "${line}" is not carried over.` });
  }
  const rule = rrule ? parseRule(rrule.slice(6)) : undefined;
  if (!rule || !['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(rule.freq) || rule.unknown.length) {
    lost.push({
      de: `Die Wiederholung „${rrule ?? recurrenceRule}“ lässt sich im Feed nicht ausdrücken${rule?.unknown.length ? ` (${rule.unknown.join(', ')})` : ''}; übernommen ist nur der erste Termin.`,
      en: `The recurrence "${rrule ?? recurrenceRule}" cannot be expressed in the feed${rule?.unknown.length ? ` (${rule.unknown.join(', ')})` : ''}; only the first date is carried over.`,
    });
    return { schedule: { start: startDay, sessions: [session(startDay)] }, lost };
  }
  if (endDay !== startDay) {
    lost.push({ de: `Eine Veranstaltung über mehrere Tage (${startDay} bis ${endDay}) mit Wiederholung: übernommen sind Beginn und Ende am ersten Tag.`, en: `A multi-day event (${startDay} to ${endDay}) that repeats: the start and end times of the first day are carried over.` });
  }
  // The series starts at DTSTART, not at this occurrence (Integreat expands a series into one object per date).
  const seriesStart = dtstartDay(lines.find((l) => /^DTSTART[:;]/i.test(l))) ?? startDay;
  const first = toDate(seriesStart);
  const rhythm = asRhythm(rule, first, from, to);
  const span = occurrences(rule, first, window, MAX_SESSIONS);
  if (rhythm) {
    return { schedule: { start: seriesStart, ...(span.last ? { end: span.last } : {}), recurrence: rhythm }, lost };
  }
  const note = {
    de: `Die Wiederholung (${rrule!.slice(6)}) ist als einzelne Termine eingetragen${span.more ? `, die ersten ${MAX_SESSIONS} im Zeitraum des Feeds` : ' im Zeitraum des Feeds'}.`,
    en: `The recurrence (${rrule!.slice(6)}) is written as single dates${span.more ? `, the first ${MAX_SESSIONS} within the feed's window` : " within the feed's window"}.`,
  };
  return { schedule: { start: seriesStart, ...(span.last ? { end: span.last } : {}), sessions: span.dates.map(session) }, note, lost };
}
