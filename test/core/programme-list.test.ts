/** The programme directory's answer without a UI: order by next start, phases, deadlines, next steps, ended entries. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createIndex } from '../../src/core/feed-index.js';
import { directoryEntries, nextSteps } from '../../src/core/programme-list.js';
import type { Programme } from '../../src/core/schema/index.js';
import { minimalFeed } from '../helpers/minimal-feed.js';

const TODAY = '2026-12-01';
const base = { provider: 'lra', status: 'active' as const };
const programmes: Programme[] = [
  { ...base, id: 'b1', kind: 'integration-course', title: 'B1', status: 'planned', next: ['b2', 'gone'], schedule: { start: '2026-12-14', end: '2027-06-30', recurrence: { days: ['mo'], from: '08:30', to: '12:00' } }, registration: { required: true, deadline: '2026-12-10' } },
  { ...base, id: 'b2', kind: 'job-language-course', title: 'B2', schedule: { start: '2027-02-01' } },
  { ...base, id: 'running', kind: 'integration-course', title: 'Läuft', schedule: { start: '2026-09-01', end: '2027-03-31', recurrence: { days: ['tu'], from: '08:30', to: '12:00' } }, registration: { required: true, deadline: '2026-08-15' } },
  { ...base, id: 'cafe', kind: 'language-cafe', title: 'Café', schedule: { recurrence: { days: ['th'], from: '15:00', to: '17:00' } } },
  { ...base, id: 'gone', kind: 'project', title: 'Vorbei', schedule: { start: '2026-01-01', end: '2026-11-30' } },
  { ...base, id: 'fonds', kind: 'funding', title: 'Fonds', funding: { applicants: 'Vereine', deadline: '2026-12-12' } },
  { ...base, id: 'late', kind: 'funding', title: 'Verpasst', funding: { applicants: 'Vereine', deadline: '2026-11-15' } },
];
const index = createIndex(minimalFeed({ programmes }));

test('sorted by the next start from today; ended entries and passed funding deadlines are gone', () => {
  const ids = directoryEntries(index, { today: TODAY }).map((e) => e.programme.id);
  // running meets next on Tuesday 2026-12-01 (today), B1 starts on the 14th, B2 in February; then the regular café and the fund.
  assert.deepEqual(ids, ['running', 'b1', 'b2', 'cafe', 'fonds']);
});

test('phases: planned, running (a course under way), ongoing (a regular offer)', () => {
  const phase = Object.fromEntries(directoryEntries(index, { today: TODAY }).map((e) => [e.programme.id, e.phase]));
  assert.deepEqual(phase, { running: 'running', cafe: 'ongoing', b1: 'planned', b2: 'planned', fonds: 'ongoing' });
});

test('deadlines: soon (within 14 days) is marked, passed registration is closed', () => {
  const byId = Object.fromEntries(directoryEntries(index, { today: TODAY }).map((e) => [e.programme.id, e]));
  assert.equal(byId.b1!.deadlineSoon, '2026-12-10');
  assert.equal(byId.fonds!.deadlineSoon, '2026-12-12');
  assert.equal(byId.running!.registrationClosed, true);
  assert.equal(byId.b2!.deadlineSoon, undefined);
});

test('the day after, the list moves on by itself', () => {
  const later = directoryEntries(index, { today: '2027-04-01' }).map((e) => e.programme.id);
  assert.ok(!later.includes('running'), 'ended on 2027-03-31');
  assert.ok(!later.includes('fonds'), 'deadline passed');
});

test('next steps name only programmes that still exist', () => {
  assert.deepEqual(nextSteps(index, index.programmes.get('b1')!, TODAY).map((p) => p.id), ['b2']);
});

test('search hits keep their order; filters still apply', () => {
  const hits = [{ id: 'b2', score: 3 }, { id: 'cafe', score: 2 }, { id: 'gone', score: 1 }];
  assert.deepEqual(directoryEntries(index, { today: TODAY, hits }).map((e) => e.programme.id), ['b2', 'cafe']);
  assert.deepEqual(directoryEntries(index, { today: TODAY, hits, kind: 'language-cafe' }).map((e) => e.programme.id), ['cafe']);
});
