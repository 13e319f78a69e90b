/**
 * Browser-side evaluation of compiled opening hours. The fixtures are written
 * by hand in the compiled form; test/cli/hours-compiler.test.ts checks the
 * same behaviour end to end from OSM strings.
 *
 * Instants are given in UTC with an explicit offset ("…+01:00" = Berlin
 * winter time, "…Z" = UTC) so the tests mean the same in any time zone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { berlinTime, dayIntervals, hoursStatus, isOpenAt, weekTable } from '../../src/core/hours.js';
import type { CompiledHours, Holidays, Interval } from '../../src/core/schema/index.js';

const MORNING: Interval = [480, 720]; // 08:00-12:00
const THURSDAY_AFTERNOON: Interval = [840, 1080]; // 14:00-18:00

/** "Mo-Fr 08:00-12:00; Th 14:00-18:00; PH off" for BW, Dec 2026 – Jan 2027. */
const townHall: CompiledHours = {
  week: [[MORNING], [MORNING], [MORNING], [MORNING, THURSDAY_AFTERNOON], [MORNING], [], []],
  except: { '2026-12-25': [], '2027-01-01': [], '2027-01-06': [] },
  window: ['2026-12-01', '2027-01-31'],
};

const holidaysBW: Holidays = {
  public: [
    { date: '2026-12-25', name: '1. Weihnachtstag' },
    { date: '2026-12-26', name: '2. Weihnachtstag' },
    { date: '2027-01-01', name: 'Neujahr' },
    { date: '2027-01-06', name: 'Heilige Drei Könige' },
  ],
  school: [{ from: '2026-12-23', to: '2027-01-09', name: 'Weihnachtsferien' }],
};

test('berlinTime reads a UTC instant as Berlin wall-clock time', () => {
  assert.deepEqual(berlinTime(new Date('2026-12-24T23:30:00Z')), { date: '2026-12-25', weekday: 4, minutes: 30 });
  assert.deepEqual(berlinTime(new Date('2026-07-01T22:15:00Z')), { date: '2026-07-02', weekday: 3, minutes: 15 });
  assert.deepEqual(berlinTime(new Date('2027-01-04T07:00:00+01:00')), { date: '2027-01-04', weekday: 0, minutes: 420 });
});

test('berlinTime follows both DST changes (2027-03-28 and 2026-10-25)', () => {
  // Spring: 02:00 CET jumps to 03:00 CEST at 01:00 UTC.
  assert.equal(berlinTime(new Date('2027-03-28T00:59:00Z')).minutes, 60 + 59);
  assert.equal(berlinTime(new Date('2027-03-28T01:00:00Z')).minutes, 180);
  // Autumn: 03:00 CEST falls back to 02:00 CET at 01:00 UTC; 02:30 happens twice.
  assert.equal(berlinTime(new Date('2026-10-25T00:30:00Z')).minutes, 150);
  assert.equal(berlinTime(new Date('2026-10-25T01:30:00Z')).minutes, 150);
  assert.equal(berlinTime(new Date('2026-10-25T02:30:00Z')).minutes, 210);
});

test('berlinTime agrees with Intl for instants spread over years, including the switch hours', () => {
  const reference = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  });
  const instants: number[] = [];
  for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2029, 0, 1); t += 7_919_000) instants.push(t); // ~2.2 h steps, drifting minutes
  for (const switchAt of ['2027-03-28T01:00:00Z', '2026-10-25T01:00:00Z']) {
    for (let m = -90; m <= 90; m += 7) instants.push(Date.parse(switchAt) + m * 60_000);
  }
  for (const t of instants) {
    const parts = Object.fromEntries(reference.formatToParts(t).map((p) => [p.type, p.value]));
    const got = berlinTime(new Date(t));
    assert.equal(got.date, `${parts.year}-${parts.month}-${parts.day}`, new Date(t).toISOString());
    assert.equal(got.minutes, Number(parts.hour) * 60 + Number(parts.minute), new Date(t).toISOString());
  }
});

test('open until 12:00, and the afternoon opening comes next on Thursday', () => {
  const status = hoursStatus(townHall, new Date('2026-12-03T10:00:00+01:00'));
  assert.equal(status.state, 'open');
  assert.deepEqual(status.until, { date: '2026-12-03', weekday: 3, minutes: 720 });
  assert.deepEqual(status.next, { date: '2026-12-03', weekday: 3, minutes: 840, state: 'open' });
  assert.equal(status.approximate, false);
});

test('closed on Friday afternoon: opens Monday 08:00 (across the weekend)', () => {
  const status = hoursStatus(townHall, new Date('2026-12-04T15:00:00+01:00'));
  assert.equal(status.state, 'closed');
  assert.deepEqual(status.next, { date: '2026-12-07', weekday: 0, minutes: 480, state: 'open' });
  assert.deepEqual(status.until, { date: '2026-12-07', weekday: 0, minutes: 480 });
});

test('next opening skips public holidays: Christmas Eve evening → Monday 28th; 5 Jan → Thursday 7th', () => {
  const christmas = hoursStatus(townHall, new Date('2026-12-24T18:30:00+01:00'), holidaysBW); // Thursday, after 14:00-18:00
  assert.equal(christmas.state, 'closed');
  assert.deepEqual(christmas.next, { date: '2026-12-28', weekday: 0, minutes: 480, state: 'open' });

  const epiphanyEve = hoursStatus(townHall, new Date('2027-01-05T12:30:00+01:00'), holidaysBW);
  assert.deepEqual(epiphanyEve.next, { date: '2027-01-07', weekday: 3, minutes: 480, state: 'open' });
});

test('on a public holiday the status is closed and names the holiday', () => {
  const status = hoursStatus(townHall, new Date('2027-01-06T09:00:00+01:00'), holidaysBW);
  assert.equal(status.state, 'closed');
  assert.equal(status.holiday, 'Heilige Drei Könige');
  assert.equal(isOpenAt(townHall, new Date('2027-01-06T09:00:00+01:00')), false);
  assert.equal(isOpenAt(townHall, new Date('2027-01-07T09:00:00+01:00')), true);
});

test('a school holiday is named only when it changes the day\'s hours', () => {
  // 2026-12-28 is in the Weihnachtsferien but the town hall keeps its hours.
  assert.equal(hoursStatus(townHall, new Date('2026-12-28T09:00:00+01:00'), holidaysBW).holiday, undefined);
  const closedInHolidays: CompiledHours = { ...townHall, except: { ...townHall.except, '2026-12-28': [] } };
  assert.equal(hoursStatus(closedInHolidays, new Date('2026-12-28T09:00:00+01:00'), holidaysBW).holiday, 'Weihnachtsferien');
});

test('a Date given in UTC is evaluated as Berlin time', () => {
  // 07:30 UTC = 08:30 Berlin in winter: open. 07:30 Berlin would still be closed.
  assert.equal(isOpenAt(townHall, new Date('2026-12-07T07:30:00Z')), true);
  assert.equal(isOpenAt(townHall, new Date('2026-12-07T06:30:00Z')), false);
  // 11:30 UTC = 12:30 Berlin: closed, although 11:30 would be inside 08:00-12:00.
  assert.equal(hoursStatus(townHall, new Date('2026-12-07T11:30:00Z')).state, 'closed');
});

test('an evening opening past midnight counts as one opening', () => {
  const bar: CompiledHours = { week: [[], [], [], [], [[1320, 1440]], [[0, 120]], []], window: ['2026-12-01', '2027-01-31'] };
  const status = hoursStatus(bar, new Date('2026-12-04T23:00:00+01:00'));
  assert.equal(status.state, 'open');
  assert.deepEqual(status.until, { date: '2026-12-05', weekday: 5, minutes: 120 });
  assert.equal(isOpenAt(bar, new Date('2026-12-05T01:59:00+01:00')), true);
  assert.equal(isOpenAt(bar, new Date('2026-12-05T02:00:00+01:00')), false);
  assert.deepEqual(weekTable(bar)[4], [[1320, 1560]]);
  assert.deepEqual(weekTable(bar)[5], []);
});

test('an open interval ending at 24:00 and continuing at 00:00 is one: "open until Tue 12:00"', () => {
  const longShift: CompiledHours = { week: [[[480, 1440]], [[0, 720]], [], [], [], [], []], window: ['2026-12-01', '2027-01-31'] };
  const status = hoursStatus(longShift, new Date('2026-12-07T20:00:00+01:00'));
  assert.deepEqual(status.until, { date: '2026-12-08', weekday: 1, minutes: 720 });
  assert.deepEqual(status.next, { date: '2026-12-14', weekday: 0, minutes: 480, state: 'open' });
});

test('closing at midnight reads as 24:00 of the same day', () => {
  const lateShop: CompiledHours = { week: Array.from({ length: 7 }, () => [[600, 1440] as Interval]) as CompiledHours['week'], window: ['2026-12-01', '2027-01-31'] };
  // Every day 10:00-24:00: from Monday 23:00 it is open until Monday 24:00, opening again Tuesday 10:00.
  const status = hoursStatus(lateShop, new Date('2026-12-07T23:00:00+01:00'));
  assert.deepEqual(status.until, { date: '2026-12-07', weekday: 0, minutes: 1440 });
  assert.deepEqual(status.next, { date: '2026-12-08', weekday: 1, minutes: 600, state: 'open' });
});

test('intervals stored with an end past 1440 spill into the next day', () => {
  const nightService: CompiledHours = { week: [[], [], [], [], [[1320, 1560]], [], []], window: ['2026-12-01', '2027-01-31'] };
  assert.deepEqual(dayIntervals(nightService, '2026-12-05'), [[0, 120]]);
  assert.equal(isOpenAt(nightService, new Date('2026-12-05T01:00:00+01:00')), true);
  assert.deepEqual(hoursStatus(nightService, new Date('2026-12-05T01:00:00+01:00')).until, { date: '2026-12-05', weekday: 5, minutes: 120 });
});

test('a night opening across the DST change keeps wall-clock times (2027-03-28 and 2026-10-25)', () => {
  // "Sa 22:00-04:00": Saturday 22:00-24:00, Sunday 00:00-04:00.
  const night: CompiledHours = { week: [[], [], [], [], [], [[1320, 1440]], [[0, 240]]], window: ['2026-10-01', '2027-04-30'] };
  // Spring: 01:30 UTC = 03:30 CEST, still open until 04:00.
  assert.deepEqual(hoursStatus(night, new Date('2027-03-28T01:30:00Z')).until, { date: '2027-03-28', weekday: 6, minutes: 240 });
  assert.equal(isOpenAt(night, new Date('2027-03-28T02:00:00Z')), false); // 04:00 CEST
  // Autumn: 02:30 UTC = 03:30 CET (an hour longer night), still open; 03:00 UTC = 04:00 CET closed.
  assert.equal(isOpenAt(night, new Date('2026-10-25T02:30:00Z')), true);
  assert.equal(isOpenAt(night, new Date('2026-10-25T03:00:00Z')), false);
});

test('"by appointment" (unknown state) intervals give state appointment, never "open"', () => {
  const byAppointment: CompiledHours = {
    week: Array.from({ length: 7 }, () => [[0, 1440, 1] as Interval]) as CompiledHours['week'],
    window: ['2026-12-01', '2027-01-31'],
    notes: ['nur nach Vereinbarung'],
  };
  const status = hoursStatus(byAppointment, new Date('2026-12-07T10:00:00+01:00'));
  assert.equal(status.state, 'appointment');
  assert.equal(status.until, undefined); // lasts beyond the 14-day horizon
  assert.equal(isOpenAt(byAppointment, new Date('2026-12-07T10:00:00+01:00')), false);

  const consultation: CompiledHours = { week: [[MORNING], [[840, 960, 1]], [], [], [], [], []], window: ['2026-12-01', '2027-01-31'] };
  const monday = hoursStatus(consultation, new Date('2026-12-07T13:00:00+01:00'));
  assert.deepEqual(monday.next, { date: '2026-12-08', weekday: 1, minutes: 840, state: 'appointment' });
  const tuesday = hoursStatus(consultation, new Date('2026-12-08T14:30:00+01:00'));
  assert.equal(tuesday.state, 'appointment');
  assert.deepEqual(tuesday.until, { date: '2026-12-08', weekday: 1, minutes: 960 });
  assert.deepEqual(tuesday.next, { date: '2026-12-14', weekday: 0, minutes: 480, state: 'open' });
});

test('missing or uncompiled hours are unknown', () => {
  assert.deepEqual(hoursStatus(undefined, new Date('2026-12-07T10:00:00+01:00')), { state: 'unknown', approximate: false });
  assert.equal(hoursStatus(undefined, new Date('2027-01-06T10:00:00+01:00'), holidaysBW).holiday, 'Heilige Drei Könige');
  assert.equal(isOpenAt(undefined, new Date()), false);
  assert.equal(hoursStatus(townHall, new Date(Number.NaN)).state, 'unknown');
});

test('outside the window: typical week marked approximate; variable hours become unknown', () => {
  const after = new Date('2027-03-01T09:00:00+01:00'); // a Monday after the window
  const status = hoursStatus(townHall, after);
  assert.equal(status.state, 'open');
  assert.equal(status.approximate, true);

  const alternating: CompiledHours = { ...townHall, variable: true };
  assert.deepEqual(hoursStatus(alternating, after), { state: 'unknown', approximate: true });
  assert.equal(isOpenAt(alternating, after), false);
  // Near the end of the window the search for the next opening stops at the window's end.
  const lastDay = hoursStatus(alternating, new Date('2027-01-29T13:00:00+01:00'));
  assert.equal(lastDay.state, 'closed');
  assert.equal(lastDay.next, undefined);
  // Without `variable`, the same search continues in the typical week and says so.
  const approx = hoursStatus(townHall, new Date('2027-01-29T13:00:00+01:00'));
  assert.deepEqual(approx.next, { date: '2027-02-01', weekday: 0, minutes: 480, state: 'open' });
  assert.equal(approx.approximate, true);
});

test('dayIntervals: except overrides the week', () => {
  assert.deepEqual(dayIntervals(townHall, '2026-12-25'), []);
  assert.deepEqual(dayIntervals(townHall, '2026-12-24'), [MORNING, THURSDAY_AFTERNOON]);
  assert.deepEqual(dayIntervals(townHall, '2026-12-26'), []);
});

test('weekTable merges touching intervals of the same kind and copies the data', () => {
  const split: CompiledHours = { week: [[[480, 600], [600, 720], [720, 780, 1]], [], [], [], [], [], []], window: ['2026-12-01', '2027-01-31'] };
  const table = weekTable(split);
  assert.deepEqual(table[0], [[480, 720], [720, 780, 1]]);
  table[0]?.pop();
  assert.equal(split.week[0].length, 3);
});

test('nothing under src/core imports the OSM parser or the holiday library (LGPL, 600 kB, Node only)', () => {
  const root = fileURLToPath(new URL('../../src/core/', import.meta.url));
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|js|mjs)$/.test(f));
  assert.ok(files.includes('hours.ts'));
  for (const file of files) {
    const source = readFileSync(`${root}${file}`, 'utf8');
    assert.doesNotMatch(source, /from\s+['"](opening_hours|date-holidays)['"]|import\(\s*['"](opening_hours|date-holidays)['"]/, file);
  }
  // hours.ts itself needs nothing but the feed types.
  const hoursImports = [...readFileSync(`${root}hours.ts`, 'utf8').matchAll(/^import .*$/gm)].map((m) => m[0]);
  assert.deepEqual(hoursImports, ["import type { CompiledHours, Holidays, Interval } from './schema/index.js';"]);
});
