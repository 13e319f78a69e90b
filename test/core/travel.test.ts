/** The travel-time tiers without a UI: estimates, timetable look-ups, planning targets, the live client. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createIndex } from '../../src/core/feed-index.js';
import { decodeCell, estimateTrip, routeTime, transitTime } from '../../src/core/travel.js';
import { liveTransit } from '../../src/core/travel-live.js';
import { minimalFeed } from '../helpers/minimal-feed.js';

const KUENZELSAU = '08126046';
const OEHRINGEN = '08126066';

function feedWithTravel() {
  const feed = minimalFeed();
  feed.regions.gemeinden = [
    { ags: KUENZELSAU, name: 'Künzelsau', centroid: [49.277894, 9.687069], centre: 'mittel', ortsteile: [{ id: 'gaisbach', name: 'Gaisbach', centroid: [49.2705, 9.708] }] },
    { ags: OEHRINGEN, name: 'Öhringen', centroid: [49.200104, 9.501119], ortsteile: [{ id: 'cappel', name: 'Cappel', centroid: [49.2045, 9.5265] }] },
  ];
  feed.travel = {
    source: { name: 'Test', attribution: 'Fahrplan: Test', validFrom: '2026-11-01', validUntil: '2027-06-30' },
    days: { schoolday: '2026-12-08', holiday: '2026-12-29' },
    window: { from: '07:00', to: '10:00' },
    origins: [OEHRINGEN, 'gaisbach'],
    destinations: ['lra-kuen'],
    matrix: { schoolday: [[[50, 40, 60, 3, 1, 470, 850]], [null]], holiday: [[[50, 40, 60, 3, 1, 470, 850]], [null]] },
  };
  return createIndex(feed);
}

test('walking and cycling estimates are ranges from beeline × detour ÷ speed', () => {
  // Künzelsau → Öhringen: about 16 km beeline.
  const bike = estimateTrip([49.277894, 9.687069], [49.200104, 9.501119], 'bike');
  assert.ok(bike.km > 19 && bike.km < 21, `km ${bike.km}`);
  assert.ok(bike.low < bike.high);
  assert.ok(bike.low >= 66 && bike.high <= 96, `${bike.low}–${bike.high}`);
  const walk = estimateTrip([49.2705, 9.708], [49.2806, 9.6903], 'walk');
  assert.ok(walk.low >= 20 && walk.high <= 40, `${walk.low}–${walk.high}`);
});

test('timetable cells decode, and an Ortsteil without a row falls back to its Gemeinde', () => {
  const index = feedWithTravel();
  assert.deepEqual(decodeCell([45, 40, 50, 3, 1, 470, null]), { typical: 45, fastest: 40, slowest: 50, departures: 3, transfers: 1, firstArrival: 470, lastReturn: null });
  assert.equal(decodeCell(null), null);
  assert.equal(transitTime(index, 'cappel', 'lra-kuen', 'schoolday').answer?.typical, 50);
  assert.deepEqual(transitTime(index, 'gaisbach', 'lra-kuen', 'schoolday'), { known: true, answer: null });
  assert.equal(transitTime(index, '08126045', 'lra-kuen', 'schoolday').known, false);
  assert.equal(transitTime(index, OEHRINGEN, 'lra-kuen', 'saturday').known, false);
});

test('routeTime: timetable with planning target; no bus → bike estimate; no data → estimate, marked unknown', () => {
  const index = feedWithTravel();
  const bus = routeTime(index, { from: OEHRINGEN, location: 'lra-kuen' })!;
  assert.equal(bus.tier, 'timetable');
  assert.equal(bus.transit?.typical, 50);
  assert.deepEqual(bus.target, { minutes: 45, met: false });
  assert.equal(bus.otherDay, undefined, 'school day and holiday are alike here');
  const none = routeTime(index, { from: 'gaisbach', location: 'lra-kuen' })!;
  assert.equal(none.transit, null);
  assert.equal(none.estimate?.mode, 'bike');
  // An origin the feed does not know: no timetable row and no position for an estimate either.
  const unknown = routeTime(index, { from: '08126045', location: 'lra-kuen' })!;
  assert.equal(unknown.unknown, true);
  assert.equal(unknown.estimate, undefined);
  const position = routeTime(index, { from: [49.3, 9.6], location: 'lra-kuen' })!;
  assert.equal(position.unknown, true);
  assert.ok(position.estimate);
});

test('the live client asks a MOTIS plan endpoint with coordinates and time only, and reads the fastest itinerary', async () => {
  let asked = '';
  const fake = (async (url: string) => {
    asked = url;
    return new Response(JSON.stringify({ itineraries: [{ duration: 3000, startTime: 'a', endTime: 'b', transfers: 2 }, { duration: 2400, startTime: 'c', endTime: 'd', transfers: 0 }] }), { headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  const answer = await liveTransit('https://routing.example/', [49.2, 9.5], [49.28, 9.69], new Date('2026-12-08T07:00:00Z'), { fetch: fake });
  assert.deepEqual(answer, { minutes: 40, transfers: 0, departure: 'c', arrival: 'd', options: 2 });
  const url = new URL(asked);
  assert.equal(url.pathname, '/api/v1/plan');
  assert.deepEqual([...url.searchParams.keys()].sort(), ['fromPlace', 'time', 'toPlace']);
  const empty = (async () => new Response('{"itineraries":[]}')) as unknown as typeof fetch;
  assert.equal(await liveTransit('https://routing.example/api/v1/plan', [49.2, 9.5], [49.28, 9.69], new Date(), { fetch: empty }), undefined);
});
