/** Integreat's seven day objects → OSM opening_hours, read back through the compiler the published feed uses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { integreatHours, type IntegreatDay } from '../../src/admin/integreat/hours.js';
import { compileHours } from '../../src/admin/hours/compiler.js';

const SAMPLES = '../shared/data/integreat';
const day = (slots: Array<[string, string]>, extra: Partial<IntegreatDay> = {}): IntegreatDay =>
  ({ allDay: false, closed: false, appointmentOnly: false, timeSlots: slots.map(([start, end]) => ({ start, end })), ...extra });
const closed: IntegreatDay = { allDay: false, closed: true, appointmentOnly: false, timeSlots: [] };
const week = (osm: string) => compileHours(osm, { from: '2026-12-07', to: '2026-12-13', state: 'BY' }).compiled!.week;

test('the Augsburg sample: split days, a closed Wednesday and weekend, days with the same hours joined', () => {
  const [location] = JSON.parse(readFileSync(`${SAMPLES}/augsburg_de_locations.json`, 'utf8'));
  const { osm, lost } = integreatHours(location.opening_hours, location.temporarily_closed);
  assert.equal(osm, 'Mo-Tu,Th 10:00-13:00,15:00-18:00; We,Sa-Su off; Fr 10:00-14:00');
  assert.deepEqual(lost, []);
  const w = week(osm!);
  assert.deepEqual(w[0], [[600, 780], [900, 1080]]);
  assert.deepEqual(w[2], []);
  assert.deepEqual(w[4], [[600, 840]]);
});

test('appointment-only days stay "nur mit Termin" (by appointment in the compiled week), all-day days are 0–24', () => {
  const { osm } = integreatHours([day([['09:00', '12:00']], { appointmentOnly: true }), day([], { allDay: true }), closed, closed, closed, closed, closed]);
  assert.equal(osm, 'Mo 09:00-12:00 unknown "nur mit Termin"; Tu 00:00-24:00; We-Su off');
  const w = week(osm!);
  assert.deepEqual(w[0], [[540, 720, 1]]);
  assert.deepEqual(w[1], [[0, 1440]]);
});

test('temporarily closed, no hours, only closed days, slots to midnight and broken slots', () => {
  assert.equal(integreatHours(null).osm, undefined);
  assert.equal(integreatHours([closed, closed, closed, closed, closed, closed, closed]).osm, undefined, 'only "closed" says nothing about when to come');
  assert.match(integreatHours([day([['9:00', '12:00']])], true).osm!, /^off "vorübergehend geschlossen"$/);
  const r = integreatHours([day([['9:00', '00:00']]), day([['12:00', '10:00'], ['14:00', 'abends']]), closed, closed, closed, closed, closed]);
  assert.equal(r.osm, 'Mo 09:00-24:00; We-Su off');
  assert.equal(r.lost.length, 2);
  assert.match(r.lost[0]!.de, /Dienstag: „12:00–10:00“ endet nicht nach dem Beginn/);
  assert.match(r.lost[1]!.de, /Dienstag: die Zeit „14:00–abends“ ist keine Uhrzeit/);
  assert.match(integreatHours([day([['08:00', '12:00']])]).lost[0]!.de, /1 statt 7 Tage/);
});
