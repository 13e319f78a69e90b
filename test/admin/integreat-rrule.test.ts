/** Integreat event recurrences (RRULE) → the feed's schedule: a rhythm where the feed can say it, dated sessions where not, and nothing dropped silently. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { eventSchedule, MAX_SESSIONS } from '../../src/admin/integreat/rrule.js';

const WINDOW = { from: '2030-01-01', to: '2031-06-30' };
const at = (start: string, end: string) => ({ start: `${start}+01:00`, end: `${end}+01:00` });

test('the Augsburg series (every other week, Tue and Thu, until 1 Jan 2031: last on Tue 31 Dec): a rhythm, from the series start even for a later occurrence', () => {
  const events = JSON.parse(readFileSync('../shared/data/integreat/augsburg_de_events.json', 'utf8'));
  for (const e of events) {
    const r = eventSchedule(e.recurrence_rule, { start: e.event.start, end: e.event.end, allDay: e.event.all_day }, WINDOW);
    assert.deepEqual(r.schedule, { start: '2030-01-01', end: '2030-12-31', recurrence: { days: ['tu', 'th'], from: '13:00', to: '15:00', everyWeeks: 2 } });
    assert.deepEqual(r.lost, []);
  }
});

test('monthly rhythms: the 1st and 3rd Monday, the last Friday; a mixed grid becomes sessions with a note', () => {
  const first = at('2030-01-07T18:00:00', '2030-01-07T20:00:00');
  assert.deepEqual(eventSchedule('DTSTART;TZID=Europe/Berlin:20300107T180000\nRRULE:FREQ=MONTHLY;BYDAY=1MO,3MO', first, WINDOW).schedule.recurrence,
    { days: ['mo'], from: '18:00', to: '20:00', weeksOfMonth: [1, 3] });
  assert.deepEqual(eventSchedule('RRULE:FREQ=MONTHLY;BYDAY=-1FR', at('2030-01-25T10:00:00', '2030-01-25T11:00:00'), WINDOW).schedule.recurrence?.weeksOfMonth, [-1]);
  const mixed = eventSchedule('RRULE:FREQ=MONTHLY;BYDAY=1MO,3WE;COUNT=4', first, WINDOW);
  assert.equal(mixed.schedule.recurrence, undefined);
  assert.deepEqual(mixed.schedule.sessions!.map((s) => s.start.slice(0, 10)), ['2030-01-07', '2030-01-16', '2030-02-04', '2030-02-20']);
  assert.equal(mixed.schedule.end, '2030-02-20');
  assert.match(mixed.note!.de, /einzelne Termine/);
});

test('sessions keep their local time across the change to summer time; COUNT ends the series; a yearly date', () => {
  const r = eventSchedule('RRULE:FREQ=MONTHLY;BYMONTHDAY=15;COUNT=4', at('2030-01-15T09:00:00', '2030-01-15T10:30:00'), WINDOW);
  assert.deepEqual(r.schedule.sessions!.map((s) => s.start), ['2030-01-15T09:00:00+01:00', '2030-02-15T09:00:00+01:00', '2030-03-15T09:00:00+01:00', '2030-04-15T09:00:00+02:00']);
  assert.equal(r.schedule.sessions![3]!.end, '2030-04-15T10:30:00+02:00');
  const weekly = eventSchedule('RRULE:FREQ=WEEKLY;COUNT=3', at('2030-01-02T17:00:00', '2030-01-02T18:00:00'), WINDOW);
  assert.deepEqual(weekly.schedule, { start: '2030-01-02', end: '2030-01-16', recurrence: { days: ['we'], from: '17:00', to: '18:00' } });
  const yearly = eventSchedule('RRULE:FREQ=YEARLY', at('2030-05-01T11:00:00', '2030-05-01T15:00:00'), WINDOW);
  assert.deepEqual(yearly.schedule.sessions!.map((s) => s.start.slice(0, 10)), ['2030-05-01', '2031-05-01']);
});

test('what the feed cannot say is named: BYSETPOS, EXDATE, hourly; a single event is one session; the cap on sessions', () => {
  const setpos = eventSchedule('RRULE:FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1', at('2030-01-28T10:00:00', '2030-01-28T11:00:00'), WINDOW);
  assert.equal(setpos.schedule.sessions!.length, 1);
  assert.match(setpos.lost[0]!.de, /BYSETPOS=-1/);
  const exdate = eventSchedule('RRULE:FREQ=WEEKLY\nEXDATE:20300108T120000', at('2030-01-01T13:00:00', '2030-01-01T14:00:00'), WINDOW);
  assert.match(exdate.lost[0]!.de, /EXDATE/);
  assert.match(eventSchedule('RRULE:FREQ=HOURLY', at('2030-01-01T13:00:00', '2030-01-01T14:00:00'), WINDOW).lost[0]!.de, /nicht ausdrücken/);
  assert.deepEqual(eventSchedule(null, at('2030-03-01T10:00:00', '2030-03-01T12:00:00'), WINDOW).schedule,
    { start: '2030-03-01', end: '2030-03-01', sessions: [{ start: '2030-03-01T10:00:00+01:00', end: '2030-03-01T12:00:00+01:00' }] });
  const daily3 = eventSchedule('RRULE:FREQ=DAILY;INTERVAL=3', at('2030-01-01T08:00:00', '2030-01-01T09:00:00'), WINDOW);
  assert.equal(daily3.schedule.sessions!.length, MAX_SESSIONS);
  assert.match(daily3.note!.de, new RegExp(`die ersten ${MAX_SESSIONS}`));
});
