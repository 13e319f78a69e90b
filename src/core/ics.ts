/**
 * "Add to calendar": an iCalendar (RFC 5545) text for one programme, built in
 * the browser (pure TS, no DOM, no Node APIs). The caller turns it into a
 * download (`Blob` + `icsFileName`).
 *
 * Every time is written as Europe/Berlin wall-clock time with
 * `TZID=Europe/Berlin` and a VTIMEZONE block, so a weekly group keeps meeting
 * at 15:00 after the clocks change. Instants with an offset (dated sessions)
 * are converted to Berlin time with Intl (via `berlinTime`), never with the
 * device's zone: no code here reads local-time Date fields.
 *
 * What becomes an event:
 * - each dated session → one VEVENT (UID `<id>-<index>@wegweiser-kit`); a
 *   session without `end` gets no DTEND (RFC 5545: it ends when it starts);
 * - a weekly rhythm → one VEVENT with RRULE (UID `<id>-r@wegweiser-kit`),
 *   starting on the first meeting day on or after `schedule.start` (else
 *   today in Berlin), ending with `schedule.end`; with
 *   `schoolHolidays: 'paused'` the meeting days inside school holidays become
 *   EXDATEs. A programme with both gets both.
 * - nothing else: a programme with only a start date (no clock times) or a
 *   funding programme yields `undefined` rather than a misleading all-day
 *   entry, so the UI shows no calendar button for it.
 */
import type { FeedIndex } from './feed-index.js';
import type { Location, Programme, Recurrence, Schedule } from './schema/index.js';
import { addDays, berlinDate, daysBetween, weekdayOf } from './dates.js';
import { berlinTime } from './hours.js';
import { textOf } from './text.js';

export interface IcsOptions {
  /** Text language for SUMMARY, DESCRIPTION and LOCATION (German fallback). */
  lang: string;
  /** DTSTAMP, and "today" for a weekly rhythm without a start date. Pass it in: the output is deterministic. */
  now: Date;
  /** Link back to the entry: the URL property and the last line of DESCRIPTION. */
  url?: string;
  /**
   * School holidays (inclusive `YYYY-MM-DD` ranges). When the rhythm has
   * `schoolHolidays: 'paused'`, its meeting days inside them become EXDATEs
   * (from the first meeting to the series end, at most two years after
   * `now`). Defaults to the feed's compiled `holidays.school`.
   */
  holidays?: { from: string; to: string }[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const TZID = 'Europe/Berlin';
const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const WEEKDAY_INDEX: Record<string, number> = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 };
/** How far to look for the first meeting day (a 5th Sunday can be months away). */
const FIRST_MEETING_SEARCH_DAYS = 400;
/** EXDATEs are written up to this many days after `now`. */
const EXDATE_HORIZON_DAYS = 731;
const MINUTE_MS = 60_000;

type Session = NonNullable<Schedule['sessions']>[number];

/** Europe/Berlin since 1996: CEST from the last Sunday of March 02:00, CET from the last Sunday of October 03:00. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  `X-LIC-LOCATION:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

// ---------------------------------------------------------------- text format

/** RFC 5545 TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
function escapeText(value: string): string {
  return value
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets (UTF-8), never inside a character; continuation lines start with a space. */
function fold(line: string): string {
  let out = '';
  let width = 0;
  for (const char of line) {
    const octets = utf8Length(char.codePointAt(0) ?? 0);
    if (width + octets > MAX_OCTETS) {
      out += `${CRLF} `;
      width = 1;
    }
    out += char;
    width += octets;
  }
  return out;
}

// ---------------------------------------------------------------- dates and times

const pad = (n: number): string => (n < 10 ? '0' : '') + n;

/** `YYYY-MM-DD` → `YYYYMMDD`. */
const compactDate = (date: string): string => date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10);

/** `YYYYMMDDTHHMMSS` for a Berlin date and a clock value `HH:MM`. */
const wallClock = (date: string, clock: string): string => `${compactDate(date)}T${clock.slice(0, 2)}${clock.slice(3, 5)}00`;

/** `YYYYMMDDTHHMMSSZ` of an instant. */
function utcStamp(ms: number): string {
  const iso = new Date(ms).toISOString(); // always UTC: 2027-03-04T14:00:00.000Z
  return `${compactDate(iso)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

const utcDay = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

/** Berlin's UTC offset in ms at an instant (whole minutes; Intl under the hood). */
function berlinOffset(ms: number): number {
  const minuteStart = Math.floor(ms / MINUTE_MS) * MINUTE_MS;
  const time = berlinTime(new Date(minuteStart));
  return utcDay(time.date) + time.minutes * MINUTE_MS - minuteStart;
}

/** Berlin wall-clock `YYYYMMDDTHHMMSS` of an instant. */
function berlinStamp(ms: number): string {
  const time = berlinTime(new Date(ms));
  const seconds = Math.floor((((ms % MINUTE_MS) + MINUTE_MS) % MINUTE_MS) / 1000);
  return `${compactDate(time.date)}T${pad(Math.floor(time.minutes / 60))}${pad(time.minutes % 60)}${pad(seconds)}`;
}

/** The instant at which a Berlin day ends (23:59:59 local), for UNTIL, which must be UTC when DTSTART has a TZID. */
function berlinEndOfDay(date: string): string {
  const wall = utcDay(date) + 86_399_000;
  const guess = wall - berlinOffset(wall);
  return utcStamp(wall - berlinOffset(guess));
}

const OFFSET_AT_END = /(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * Berlin wall-clock time of a feed date-time. With an offset (the schema
 * requires one) it is an instant; without, it is taken as Berlin time already.
 */
function sessionTime(value: string): string | undefined {
  if (OFFSET_AT_END.test(value)) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : berlinStamp(ms);
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  return m ? `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6] ?? '00'}` : undefined;
}

// ---------------------------------------------------------------- the weekly rhythm

interface Rule {
  days: number[];
  /** Weeks between meetings; 1 when `weeksOfMonth` is set (that rule is monthly). */
  interval: number;
  weeksOfMonth: number[] | undefined;
  /** Week counting for `interval` starts in the week of this date. */
  anchor: string;
}

/** Does the rule meet on `date`? Mirrors the RRULE written for it, so DTSTART and EXDATEs are real occurrences. */
function meets(rule: Rule, date: string): boolean {
  if (!rule.days.includes(weekdayOf(date))) return false;
  if (rule.weeksOfMonth) {
    const nth = Math.ceil(Number(date.slice(8, 10)) / 7);
    const last = addDays(date, 7).slice(5, 7) !== date.slice(5, 7);
    return rule.weeksOfMonth.some((w) => w === nth || (w === -1 && last));
  }
  if (rule.interval > 1) {
    const weeks = Math.floor(daysBetween(addDays(rule.anchor, -weekdayOf(rule.anchor)), date) / 7);
    return ((weeks % rule.interval) + rule.interval) % rule.interval === 0;
  }
  return true;
}

function rruleOf(rule: Rule, end: string | undefined): string {
  const parts: string[] = [];
  if (rule.weeksOfMonth) {
    parts.push('FREQ=MONTHLY');
    parts.push(`BYDAY=${rule.weeksOfMonth.flatMap((w) => rule.days.map((d) => `${w}${BYDAY[d]}`)).join(',')}`);
  } else {
    parts.push('FREQ=WEEKLY');
    if (rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
    parts.push(`BYDAY=${rule.days.map((d) => BYDAY[d]).join(',')}`);
    if (rule.interval > 1) parts.push('WKST=MO');
  }
  if (end) parts.push(`UNTIL=${berlinEndOfDay(end)}`);
  return `RRULE:${parts.join(';')}`;
}

function ruleOf(recurrence: Recurrence, anchor: string): Rule | undefined {
  const days = [...new Set(recurrence.days.map((d) => WEEKDAY_INDEX[d]).filter((d): d is number => d !== undefined))].sort((a, b) => a - b);
  if (!days.length) return undefined;
  const weeks = recurrence.weeksOfMonth?.length ? [...new Set(recurrence.weeksOfMonth)].sort((a, b) => (a === -1 ? 6 : a) - (b === -1 ? 6 : b)) : undefined;
  return { days, interval: weeks ? 1 : Math.max(1, Math.floor(recurrence.everyWeeks ?? 1)), weeksOfMonth: weeks, anchor };
}

// ---------------------------------------------------------------- properties

function locationText(index: FeedIndex, locationId: string | undefined, programme: Programme, lang: string): { text: string; geo?: [number, number] } {
  const location: Location | undefined = locationId ? index.locations.get(locationId) : undefined;
  const gemeindeName = (ags: string | undefined) => (ags ? index.gemeinden.get(ags)?.name ?? '' : '');
  if (location) {
    // Protected places (shelters, shared accommodation): the town at most, never name, address or position.
    if (location.sensitive) return { text: gemeindeName(location.gemeinde) };
    const name = textOf(location.name, lang);
    const address = location.address;
    const extra = address?.extra ? textOf(address.extra, lang) : '';
    const parts = [extra ? `${name} (${extra})` : name];
    if (address) parts.push(address.street, `${address.postcode} ${address.city}`);
    else if (location.gemeinde) parts.push(gemeindeName(location.gemeinde));
    const text = parts.filter((p) => p !== '').join(', ');
    return location.geo ? { text, geo: [location.geo[0], location.geo[1]] } : { text };
  }
  if (programme.gemeinde) return { text: gemeindeName(programme.gemeinde) };
  return { text: programme.online ? 'Online' : '' };
}

function descriptionOf(index: FeedIndex, programme: Programme, session: Session | undefined, options: IcsOptions): string {
  const lang = options.lang;
  const registration = programme.registration;
  const lines = [
    textOf(programme.summary ?? programme.description, lang),
    session?.note ? textOf(session.note, lang) : '',
    programme.schedule?.text ? textOf(programme.schedule.text, lang) : '',
    textOf(index.organisations.get(programme.provider)?.name, lang),
    registration?.text ? textOf(registration.text, lang) : '',
    registration?.url ?? '',
    options.url ?? '',
  ];
  return lines.map((l) => l.trim()).filter((l) => l !== '').join('\n');
}

interface EventParts {
  uid: string;
  start: string;
  end: string | undefined;
  rule?: string[];
  locationId: string | undefined;
  session?: Session;
}

function eventLines(index: FeedIndex, programme: Programme, options: IcsOptions, stamp: string, parts: EventParts): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${parts.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;TZID=${TZID}:${parts.start}`,
  ];
  if (parts.end) lines.push(`DTEND;TZID=${TZID}:${parts.end}`);
  lines.push(...(parts.rule ?? []));
  lines.push(`SUMMARY:${escapeText(textOf(programme.title, options.lang))}`);
  const description = descriptionOf(index, programme, parts.session, options);
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  const where = locationText(index, parts.locationId, programme, options.lang);
  if (where.text) lines.push(`LOCATION:${escapeText(where.text)}`);
  if (where.geo) lines.push(`GEO:${where.geo[0]};${where.geo[1]}`);
  if (options.url) lines.push(`URL:${options.url}`);
  lines.push('END:VEVENT');
  return lines;
}

function sessionEvents(index: FeedIndex, programme: Programme, options: IcsOptions, stamp: string): string[][] {
  const out: string[][] = [];
  (programme.schedule?.sessions ?? []).forEach((session, n) => {
    const start = sessionTime(session.start);
    if (!start) return;
    const end = session.end ? sessionTime(session.end) : undefined;
    out.push(eventLines(index, programme, options, stamp, {
      uid: `${programme.id}-${n}@wegweiser-kit`,
      start,
      end: end && end > start ? end : undefined,
      locationId: session.location ?? programme.location,
      session,
    }));
  });
  return out;
}

function recurrenceEvent(index: FeedIndex, programme: Programme, options: IcsOptions, stamp: string): string[] | undefined {
  const schedule = programme.schedule;
  const recurrence = schedule?.recurrence;
  if (!schedule || !recurrence) return undefined;
  const today = berlinDate(options.now);
  const from = schedule.start ?? today;
  const rule = ruleOf(recurrence, from);
  if (!rule) return undefined;
  // Without a start date the every-n-weeks phase is unknown: count it from the first matching weekday.
  const search: Rule = schedule.start ? rule : { ...rule, interval: 1 };
  let first: string | undefined;
  for (let i = 0; i < FIRST_MEETING_SEARCH_DAYS && !first; i++) {
    const date = addDays(from, i);
    if (schedule.end && date > schedule.end) break;
    if (meets(search, date)) first = date;
  }
  if (!first) return undefined;
  if (!schedule.start) rule.anchor = first;
  const lines = [rruleOf(rule, schedule.end)];
  if (recurrence.schoolHolidays === 'paused') {
    const horizon = addDays(today > first ? today : first, EXDATE_HORIZON_DAYS);
    const last = schedule.end && schedule.end < horizon ? schedule.end : horizon;
    const excluded = new Set<string>();
    for (const holiday of options.holidays ?? index.feed.holidays?.school ?? []) {
      let date = holiday.from > first ? holiday.from : first;
      const to = holiday.to < last ? holiday.to : last;
      for (; date <= to; date = addDays(date, 1)) if (meets(rule, date)) excluded.add(date);
    }
    for (const date of [...excluded].sort()) lines.push(`EXDATE;TZID=${TZID}:${wallClock(date, recurrence.from)}`);
  }
  // A meeting that runs past midnight (to ≤ from) ends the next day.
  const endDate = recurrence.to > recurrence.from ? first : addDays(first, 1);
  return eventLines(index, programme, options, stamp, {
    uid: `${programme.id}-r@wegweiser-kit`,
    start: wallClock(first, recurrence.from),
    end: wallClock(endDate, recurrence.to),
    rule: lines,
    locationId: programme.location,
  });
}

// ---------------------------------------------------------------- public API

/**
 * An iCalendar (RFC 5545) text for one programme: one VEVENT per dated
 * session, and one VEVENT with RRULE for a weekly rhythm (from its start
 * date). `undefined` when it has no schedule that fits a calendar (funding
 * programmes, only a start date without clock times).
 */
export function programmeToIcs(index: FeedIndex, programme: Programme, options: IcsOptions): string | undefined {
  if (programme.kind === 'funding') return undefined;
  const stamp = utcStamp(options.now.getTime());
  const events = [...sessionEvents(index, programme, options, stamp)];
  const weekly = recurrenceEvent(index, programme, options, stamp);
  if (weekly) events.push(weekly);
  if (!events.length) return undefined;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//wegweiser-kit//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    ...events.flat(),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th' };

function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[äöüßæœøđłþ]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** A safe ASCII file name from the German title, e.g. "sprachcafe-kuenzelsau.ics" (else the id, else "termin.ics"). */
export function icsFileName(programme: Programme): string {
  return `${slug(textOf(programme.title, 'de')) || slug(programme.id) || 'termin'}.ics`;
}
