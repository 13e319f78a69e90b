import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createIndex } from '../../src/core/feed-index.js';
import { findProgrammes, findServices, meetsOn, nextStart, timesOfDay } from '../../src/core/queries.js';
import type { Recurrence } from '../../src/core/schema/index.js';
import { kreisFeed, KUENZELSAU, OEHRINGEN } from '../helpers/kreis-feed.js';

const index = createIndex(kreisFeed());
const today = '2026-12-01';
const ids = (list: Array<{ id: string }>) => list.map((x) => x.id).sort();

test('services by topic leave out expired entries', () => {
  assert.deepEqual(ids(findServices(index, { topic: 'beratung', today })), ['frauenberatung', 'mbe-caritas', 'online-only']);
  assert.ok(findServices(index, { topic: 'beratung', today, includeExpired: true }).some((s) => s.id === 'old-project'));
});

test('services by Gemeinde respect a limited area', () => {
  assert.ok(!findServices(index, { gemeinde: KUENZELSAU, today }).some((s) => s.id === 'online-only'));
  assert.ok(findServices(index, { gemeinde: OEHRINGEN, today }).some((s) => s.id === 'online-only'));
});

test('audience tags add, they never exclude services meant for everyone', () => {
  const forWomen = ids(findServices(index, { topic: 'beratung', audience: 'frauen', today }));
  assert.deepEqual(forWomen, ['frauenberatung', 'mbe-caritas', 'online-only']);
  const forOthers = ids(findServices(index, { topic: 'beratung', audience: 'jugendliche', today }));
  assert.deepEqual(forOthers, ['online-only']);
});

test('by language spoken, access mode, cost, childcare, step-free access', () => {
  assert.deepEqual(ids(findServices(index, { language: 'uk-UA', today })), ['abh-oeh']);
  assert.deepEqual(ids(findServices(index, { access: 'appointment', today })), ['abh-lra']);
  assert.deepEqual(ids(findServices(index, { access: ['phone', 'online'], today })), ['frauenberatung', 'online-only']);
  assert.deepEqual(ids(findServices(index, { free: true, childcare: true, today })), ['mbe-caritas']);
  assert.deepEqual(ids(findServices(index, { barrierFree: true, topic: 'aufenthalt', today })), ['abh-lra']);
});

test('open at a time: Berlin wall-clock time, whatever the device zone', () => {
  // Tuesday 1 Dec 2026, 14:30 in Berlin = 13:30 UTC
  const tuesdayAfternoon = new Date('2026-12-01T13:30:00Z');
  assert.deepEqual(ids(findServices(index, { openAt: tuesdayAfternoon, today })), ['mbe-caritas']);
  // Tuesday 09:00 Berlin: offices open, Caritas closed; appointment-only still counts as open hours of the place
  const morning = new Date('2026-12-01T08:00:00Z');
  const open = ids(findServices(index, { openAt: morning, today }));
  assert.ok(open.includes('abh-oeh') && open.includes('jobcenter') && !open.includes('mbe-caritas'));
  // Saturday: nothing
  assert.deepEqual(findServices(index, { openAt: new Date('2026-12-05T09:00:00Z'), today }), []);
});

test('programmes: ended ones disappear by status or by date', () => {
  const all = ids(findProgrammes(index, { today }));
  assert.ok(!all.includes('ended'));
  assert.ok(all.includes('fonds'));
  assert.ok(!ids(findProgrammes(index, { today: '2027-04-01' })).includes('fonds'), 'funding past its deadline');
  assert.ok(!ids(findProgrammes(index, { today: '2027-07-01' })).includes('abend-b2'), 'course past its end date');
  assert.ok(!ids(findProgrammes(index, { today: '2027-06-13' })).includes('fest'), 'event after its last session');
});

test('programmes by kind, level, topic family, Gemeinde, time of day, places', () => {
  assert.deepEqual(ids(findProgrammes(index, { kind: 'integration-course', today })), ['ik-oeh']);
  assert.deepEqual(ids(findProgrammes(index, { level: 'B2', today })), ['abend-b2']);
  assert.deepEqual(ids(findProgrammes(index, { topic: 'sprache', today })), ['cafe-kuen', 'ik-oeh']);
  assert.deepEqual(ids(findProgrammes(index, { gemeinde: OEHRINGEN, today })), ['fest', 'ik-oeh']);
  assert.deepEqual(ids(findProgrammes(index, { timeOfDay: 'evening', today })), ['abend-b2']);
  assert.deepEqual(ids(findProgrammes(index, { timeOfDay: 'weekend', today })), ['fest']);
  assert.deepEqual(ids(findProgrammes(index, { childcare: true, today })), ['ik-oeh']);
  assert.ok(findProgrammes(index, { hasPlaces: true, today }).some((p) => p.id === 'abend-b2'), 'a waiting list counts');
  assert.deepEqual(ids(findProgrammes(index, { startsFrom: '2027-01-01', startsUntil: '2027-03-31', today })), ['ik-oeh']);
});

test('next start: a future start date, the next weekly meeting, or the next session', () => {
  const p = (id: string) => index.programmes.get(id)!;
  assert.equal(nextStart(p('ik-oeh'), today), '2027-03-01');
  assert.equal(nextStart(p('cafe-kuen'), today), '2026-12-03', 'next Thursday');
  assert.equal(nextStart(p('cafe-kuen'), '2026-12-03'), '2026-12-03', 'today is Thursday');
  assert.equal(nextStart(p('fest'), today), '2027-06-12');
  assert.deepEqual(timesOfDay(p('ik-oeh')), ['morning']);
});

test('rhythms: every other week from the start, the n-th weekday of the month', () => {
  const second: Recurrence = { days: ['tu'], from: '09:00', to: '12:00', weeksOfMonth: [2] };
  assert.equal(meetsOn(second, '2026-12-08'), true, '8 Dec 2026 is the 2nd Tuesday');
  assert.equal(meetsOn(second, '2026-12-01'), false);
  const last: Recurrence = { days: ['fr'], from: '09:00', to: '12:00', weeksOfMonth: [-1] };
  assert.equal(meetsOn(last, '2026-12-25'), true);
  assert.equal(meetsOn(last, '2026-12-18'), false);
  const fortnightly: Recurrence = { days: ['mo'], from: '09:00', to: '12:00', everyWeeks: 2 };
  assert.equal(meetsOn(fortnightly, '2026-12-14', '2026-11-30'), true);
  assert.equal(meetsOn(fortnightly, '2026-12-07', '2026-11-30'), false);
  const programme = { ...index.programmes.get('cafe-kuen')!, schedule: { start: '2026-11-01', recurrence: second } };
  assert.equal(nextStart(programme, '2026-12-09'), '2027-01-12');
});
