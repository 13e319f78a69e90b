/**
 * Departures counted by vehicle trips, lines without stop times, and stops
 * without departures with their reason — on a tiny hand-written GTFS (a
 * Stadtbus loop passing the origin twice per trip, a line with no
 * stop_times, a stop with only drop-off, a stop served only outside the
 * window, one served only in August) and on the real
 * Enzkreis Bürgerbus subset, whose loop lines pass five stops twice per trip.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, ROOT } from '../run-cli.js';
import { minimalFeed } from '../../helpers/minimal-feed.js';
import type { Feed } from '../../../src/core/schema/index.js';
import { readGtfs } from '../../../src/cli/travel/gtfs/read.js';
import { travelMatrix } from '../../../src/cli/travel/engine/index.js';
import { idleStops } from '../../../src/cli/travel/idle-stops.js';

const dir = mkdtempSync(join(tmpdir(), 'wegweiser-departures-'));
const gtfs = join(dir, 'gtfs');
mkdirSync(gtfs);
const files: Record<string, string[]> = {
  'agency.txt': ['agency_id,agency_name,agency_url,agency_timezone', 'sb,Stadtbus Test,https://example.org,Europe/Berlin'],
  'calendar.txt': ['service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date', 'WD,1,1,1,1,1,0,0,20260101,20261231', 'AUG,1,1,1,1,1,1,1,20260801,20260831', 'SU,0,0,0,0,0,0,1,20260101,20261231'],
  'stops.txt': ['stop_id,stop_name,stop_lat,stop_lon', 'A,Rathaus,49.0,9.0', 'B,Schule,49.0,9.03', 'C,Bahnhof,49.0,9.06', 'E,Friedhof,49.02,9.0', 'F,Gewerbegebiet,49.04,9.0', 'G,Sportplatz,49.06,9.0', 'H,Badesee,49.08,9.0'],
  'routes.txt': ['route_id,route_short_name,route_type', 'LOOP,Ring,3', 'X,Geisterlinie,3', 'ELINE,Friedhof,3', 'FLINE,Gewerbe,3', 'SUN,Sonntagsbus,3', 'AUG,Badebus,3'],
  'trips.txt': ['route_id,service_id,trip_id', 'LOOP,WD,loop1', 'LOOP,WD,loop2', 'X,WD,x1', 'X,WD,x2', 'ELINE,WD,e1', 'FLINE,WD,f1', 'SUN,SU,s1', 'AUG,AUG,h1'],
  'stop_times.txt': [
    'trip_id,arrival_time,departure_time,stop_id,stop_sequence,pickup_type,drop_off_type',
    // The Ring passes Rathaus (A) and Bahnhof (C) twice per trip.
    ...['loop1', 'loop2'].flatMap((t, h) => ['A', 'B', 'C', 'A', 'B', 'C'].map((s, i) => `${t},0${7 + h}:${String([0, 5, 10, 20, 25, 30][i]).padStart(2, '0')}:00,0${7 + h}:${String([0, 5, 10, 20, 25, 30][i]).padStart(2, '0')}:00,${s},${i + 1},0,0`)),
    // Friedhof (E): the bus stops, but only to let people off (pickup_type 1), then it ends at Schule.
    'e1,08:40:00,08:40:00,C,1,0,0', 'e1,08:50:00,08:50:00,E,2,1,0', 'e1,09:00:00,09:00:00,B,3,0,0',
    // Gewerbegebiet (F): only in the afternoon.
    'f1,14:00:00,14:00:00,F,1,0,0', 'f1,14:10:00,14:10:00,A,2,0,0',
    // Sportplatz (G): Sundays in the window; Badesee (H): in August only.
    's1,09:00:00,09:00:00,G,1,0,0', 's1,09:10:00,09:10:00,A,2,0,0',
    'h1,09:00:00,09:00:00,H,1,0,0', 'h1,09:10:00,09:10:00,A,2,0,0',
  ],
};
for (const [name, lines] of Object.entries(files)) writeFileSync(join(gtfs, name), `${lines.join('\n')}\n`);

const feed = minimalFeed();
feed.regions = { kreis: { ags: '08126', name: 'Hohenlohekreis' }, gemeinden: [{ ags: '08126046', name: 'Künzelsau', centroid: [49.0, 9.0] }] };
feed.locations = [{ id: 'amt', name: 'Bürgerbüro am Bahnhof', gemeinde: '08126046', geo: [49.0, 9.06], address: { street: 'Bahnhofstraße 1', postcode: '74653', city: 'Künzelsau' } }];
feed.services = [{ ...feed.services[0]!, at: [{ location: 'amt' }] }];
feed.programmes = [];
const feedPath = join(dir, 'feed.json');
writeFileSync(feedPath, JSON.stringify(feed));
const DAYS = ['--schoolday', '2026-03-03', '--sunday', '2026-03-08', '--now', '2026-03-01T09:00:00+01:00', '--window', '07:00-10:00'];

test('a loop bus passing the origin twice per trip: one departure per bus, in the matrix and in the badge\'s count', async () => {
  const out = join(dir, 'out.json');
  const r = await runCli(['travel', gtfs, '--feed', feedPath, '-o', out, '--json', ...DAYS]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const travel = (JSON.parse(readFileSync(out, 'utf8')) as Feed).travel!;
  // Rathaus 07:00 → Bahnhof 07:10 and again 07:20 → 07:30 on the same bus; twice in the window: 2 departures, not 4.
  const [typical, , , departures, transfers] = travel.matrix.schoolday![0]![0]!;
  assert.deepEqual([typical, departures, transfers], [10, 2, 0]);
  assert.equal(travel.matrix.sunday![0]![0], null);
  const report = JSON.parse(r.stdout) as { report: { days: Record<string, { perRoute: Record<string, number> }> }; idleStops: unknown };
  // Lines per day type by vehicle trips; the line without stop times is there with 0.
  assert.deepEqual(report.report.days['2026-03-03']!.perRoute, { Friedhof: 1, Geisterlinie: 0, Gewerbe: 1, Ring: 2 });
  assert.deepEqual(report.report.days['2026-03-08']!.perRoute, { Sonntagsbus: 1 });
  assert.deepEqual(report.idleStops, [
    { id: 'F', name: 'Gewerbegebiet', reason: 'outside-window', days: { saturday: 'no-trips', schoolday: 'outside-window', sunday: 'no-trips' } },
    { id: 'E', name: 'Friedhof', reason: 'drop-off-only', days: { saturday: 'no-trips', schoolday: 'drop-off-only', sunday: 'no-trips' } },
    { id: 'H', name: 'Badesee', reason: 'no-trips', days: { saturday: 'no-trips', schoolday: 'no-trips', sunday: 'no-trips' } },
  ]);
});

test('the report lists the idle stops with id and why, and the line without stop times with 0', async () => {
  const r = await runCli(['travel', gtfs, '--feed', feedPath, '-o', join(dir, 'text.json'), ...DAYS]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /Geisterlinie\s+0\*\s+0/);
  assert.match(r.stdout, /\* Fahrten stehen in trips\.txt, aber keine hat Halte in stop_times\.txt\./);
  assert.match(r.stdout, /Ring\s+2\s+0/);
  assert.match(r.stdout, /3 Haltestellen ohne Abfahrt im Zeitfenster an den berechneten Tagen:\n {2}F {2}Gewerbegebiet – Abfahrten nur außerhalb des Zeitfensters\n {2}E {2}Friedhof – nur Ausstieg \(pickup_type=1 oder Endhalt\)\n {2}H {2}Badesee – keine Fahrt an diesen Tagen/);
  const en = await runCli(['travel', gtfs, '--feed', feedPath, '-o', join(dir, 'text-en.json'), '--lang', 'en', ...DAYS]);
  assert.match(en.stdout, /E {2}Friedhof – drop-off only \(pickup_type=1 or end of the line\)/);
});

test('pickup_type 1: nobody boards there, but riders already on the bus ride through', async () => {
  const r = await readGtfs(gtfs, { dates: ['2026-03-03'] });
  const tt = r.timetables.get('2026-03-03')!;
  const at = (id: string) => { const s = tt.stops.find((x) => x.id === id)!; return { id, lat: s.lat, lon: s.lon }; };
  const cells = travelMatrix(tt, [at('E'), at('C')], [at('B')], { from: 8.5 * 3600, to: 10 * 3600 }, { maxAccessWalkM: 100 }).cells;
  assert.equal(cells[0]![0], null, 'boarding at Friedhof');
  assert.equal(cells[1]![0]![0], 20, 'Bahnhof 08:40 → Schule 09:00 through Friedhof');
  // The reader's own list knows no window (F leaves at 14:00); G runs on Sundays only.
  assert.deepEqual(r.report.stopsWithoutDepartures.map((s) => s.id), ['E', 'G', 'H']);
});

test('Enzkreis Bürgerbus: a cell never counts more departures than buses leave, and the loops count once', async () => {
  const r = await readGtfs(join(ROOT, '../shared/data/gtfs/vpe-buergerbus-enzkreis-subset'), { dates: ['2024-03-05'] });
  const tt = r.timetables.get('2024-03-05')!;
  const used = [...new Set(tt.connections.depStop)].sort((a, b) => a - b);
  const places = used.map((i) => ({ id: tt.stops[i]!.id, lat: tt.stops[i]!.lat, lon: tt.stops[i]!.lon }));
  const { cells } = travelMatrix(tt, places, places, { from: 6 * 3600, to: 20 * 3600 });
  const trips = r.report.days['2024-03-05']!.trips;
  let max = 0, sum = 0, n = 0;
  for (const row of cells) for (const c of row) if (c) { max = Math.max(max, c[3]); sum += c[3]; n++; }
  // 15 buses run that day (807: 6, 808: 6, 809: 3); counting (leave, arrive) pairs gave up to 84 a cell and 21.3 on average (6:00–20:00, 1,200 m).
  assert.equal(trips, 15);
  assert.ok(max <= trips, `a cell with ${max} departures from ${trips} buses`);
  assert.equal(n, 1156);
  assert.equal(sum, 10449);
  // Maulbronn Märkte (4040) → Alte Post (2211), the next stop: all 15 buses, each passing both twice (was 42 "departures").
  const o = places.findIndex((p) => p.id === 'de:08236:4040:0:1'), d = places.findIndex((p) => p.id === 'de:08236:2211:0:1');
  assert.deepEqual(cells[o]![d], [1, 1, 1, 15, 0, 491, 983]);
  assert.deepEqual(idleStops(tt.stops, { schoolday: tt }, { from: 6 * 3600, to: 20 * 3600 }).filter((s) => s.reason !== 'no-trips'), []);
});
