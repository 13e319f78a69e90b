/**
 * The GTFS reader on two real rural feeds (../shared/data/gtfs) and on a
 * hand-made fixture (test/fixtures/gtfs/basic) with every quirk the reader
 * must handle: BOM, CRLF, quoted fields with commas and quotes, columns in
 * unusual order, unsorted stop_times, single-digit hours, 25:10:00, empty
 * intermediate times, parent stations, extended route types, frequencies,
 * transfers, calendar_dates removing a holiday, unknown ids.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGtfs, GtfsError, PLATFORM_CHANGE_SECONDS, type GtfsReadResult } from '../../../src/cli/travel/gtfs/read.js';
import type { Timetable } from '../../../src/cli/travel/timetable.js';
import { zipGtfsFolder } from '../../tools/synthetic-network.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MALENTE = join(ROOT, '../shared/data/gtfs/buergerbus-malente');
const ENZKREIS = join(ROOT, '../shared/data/gtfs/vpe-buergerbus-enzkreis-subset');
const BASIC = join(ROOT, 'test/fixtures/gtfs/basic');

const hms = (s: number): string => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;

/** Every connection as "from>to dep-arr trip" (stop ids, times as HH:MM:SS). */
function connections(tt: Timetable): string[] {
  const c = tt.connections;
  const out: string[] = [];
  for (let i = 0; i < c.length; i++) {
    out.push(`${tt.stops[c.depStop[i]!]!.id}>${tt.stops[c.arrStop[i]!]!.id} ${hms(c.depTime[i]!)}-${hms(c.arrTime[i]!)} ${tt.trips[c.trip[i]!]!.id}`);
  }
  return out;
}

const tripIds = (tt: Timetable): string[] => [...new Set(Array.from(tt.connections.trip, (t) => tt.trips[t]!.id))].sort();

function assertSorted(tt: Timetable): void {
  const c = tt.connections;
  assert.equal(c.depStop.length, c.length, 'typed arrays have the exact length');
  for (let i = 1; i < c.length; i++) {
    const ok = c.depTime[i - 1]! < c.depTime[i]! || (c.depTime[i - 1] === c.depTime[i] && c.arrTime[i - 1]! <= c.arrTime[i]!);
    assert.ok(ok, `connections ${i - 1} and ${i} are out of order`);
  }
}

describe('readGtfs: Bürgerbus Malente (real feed, calendar + calendar_dates with BOM)', () => {
  let r: GtfsReadResult;
  before(async () => {
    r = await readGtfs(MALENTE, { dates: ['2019-03-05', '2019-03-09', '2019-03-10', '2018-12-24', '2020-01-07'] });
  });

  test('validity, agency, no warnings', () => {
    assert.deepEqual(r.validity, { from: '2018-11-01', until: '2020-12-31' });
    assert.deepEqual(r.agencies, [{ name: 'BuergerBus-Malente e.V.', url: 'http://buergerbus-malente.de' }]);
    assert.equal(r.feedInfo, undefined);
    assert.deepEqual(r.report.warnings, []);
  });

  test('a weekday has the six WD trips, a Saturday the three WE trips, a Sunday none', () => {
    assert.deepEqual(r.report.days['2019-03-05'], { trips: 6, connections: 184, perRoute: { Nord: 2, Sued: 4 } });
    assert.deepEqual(tripIds(r.timetables.get('2019-03-05')!), ['N1WT', 'N2WT', 'S1WT', 'S2WT', 'S3WT', 'S4WT']);
    assert.deepEqual(tripIds(r.timetables.get('2019-03-09')!), ['N1WE', 'S1WE', 'S2WE']);
    assert.equal(r.report.days['2019-03-10']!.trips, 0);
    assert.equal(r.timetables.get('2019-03-10')!.connections.length, 0);
  });

  test('2018-12-24 (calendar_dates: WD removed, WE added) has no WD trip', () => {
    const ids = tripIds(r.timetables.get('2018-12-24')!);
    assert.deepEqual(ids, ['N1WE', 'S1WE', 'S2WE']);
    assert.ok(!ids.some((id) => id.endsWith('WT')));
  });

  test('2020 uses the WD20 service', () => {
    assert.deepEqual(tripIds(r.timetables.get('2020-01-07')!), ['N1WT20', 'N2WT20', 'N3WT20', 'S1WT20', 'S2WT20', 'S3WT20']);
  });

  test('a known connection: S1WT leaves Bahnhof at 09:08:00 and reaches Neversfelde at 09:10:45', () => {
    const tt = r.timetables.get('2019-03-05')!;
    assert.equal(connections(tt)[0], '1>50 09:08:00-09:10:45 S1WT');
    const c = tt.connections;
    assert.equal(tt.stops[c.depStop[0]!]!.name, 'Bahnhof');
    assert.equal(tt.stops[c.arrStop[0]!]!.name, 'Neversfelde');
    assert.equal(tt.routes[tt.trips[c.trip[0]!]!.route]!.type, 3);
    assertSorted(tt);
  });

  test('all 60 stops are kept and the three timetables share them', () => {
    assert.equal(r.timetables.get('2019-03-05')!.stops.length, 60);
    assert.equal(r.timetables.get('2019-03-09')!.stops, r.timetables.get('2019-03-05')!.stops);
  });
});

describe('readGtfs: VPE Bürgerbus Enzkreis subset (real DELFI-style feed, calendar_dates only)', () => {
  let r: GtfsReadResult;
  before(async () => {
    r = await readGtfs(ENZKREIS, { dates: ['2024-03-05', '2024-03-06', '2024-03-09'] });
  });

  test('validity from calendar_dates, two agencies, route_type 704 kept', () => {
    assert.deepEqual(r.validity, { from: '2023-12-11', until: '2024-12-13' });
    assert.deepEqual(r.agencies.map((a) => a.name), ['Bürgerbus Maulbronn', 'Bürgerbus Wiernsheim']);
    const tt = r.timetables.get('2024-03-05')!;
    assert.deepEqual([...new Set(tt.routes.map((x) => x.type))], [704]);
  });

  test('Tuesday (services 0, 90, 91) has 15 trips with stop_times, Wednesday (service 0) 9, Saturday none', () => {
    assert.deepEqual(r.report.days['2024-03-05'], { trips: 15, connections: 234, perRoute: { 803: 0, 804: 0, 805: 0, 807: 6, 808: 6, 809: 3 } }, 'lines whose trips have no stop_times are listed with 0');
    assert.equal(r.report.days['2024-03-06']!.trips, 9);
    assert.equal(r.report.days['2024-03-09']!.trips, 0);
  });

  test('trips without stop_times are reported', () => {
    assert.equal(r.report.warnings.length, 1);
    assert.match(r.report.warnings[0]!, /^stop_times\.txt: 18 trips that run on a requested date have no rows/);
  });

  test('a known connection: 807 (trip 1340) Maulbronn Märkte 08:10 → Alte Post 08:11', () => {
    assert.ok(connections(r.timetables.get('2024-03-05')!).includes('de:08236:4040:0:1>de:08236:2211:0:1 08:10:00-08:11:00 de:vpe:08807_:1340'));
  });

  test('parent stations: platforms of one station share `station` and are joined by footpaths; stations are not stops', () => {
    const tt = r.timetables.get('2024-03-05')!;
    assert.ok(!tt.stops.some((s) => s.id.endsWith('_Parent')));
    const a = tt.stops.findIndex((s) => s.id === 'de:08236:2211:0:1');
    const b = tt.stops.findIndex((s) => s.id === 'de:08236:2211:0:2');
    assert.ok(a >= 0 && b >= 0);
    assert.equal(tt.stops[a]!.station, a);
    assert.equal(tt.stops[b]!.station, a);
    assert.deepEqual(tt.footpaths.filter((f) => (f.from === a && f.to === b) || (f.from === b && f.to === a)), [
      { from: Math.min(a, b), to: Math.max(a, b), seconds: PLATFORM_CHANGE_SECONDS },
      { from: Math.max(a, b), to: Math.min(a, b), seconds: PLATFORM_CHANGE_SECONDS },
    ]);
    assert.equal(tt.footpaths.length, 8, 'four stations with two platforms each');
    const single = tt.stops.findIndex((s) => s.id === 'de:08236:4040:0:1');
    assert.equal(tt.stops[single]!.station, single);
  });

  test('stop prefix filtering keeps only Maulbronn stops 22xx and cuts the trips where they leave them', async () => {
    const f = await readGtfs(ENZKREIS, { dates: ['2024-03-05'], stopPrefixes: ['de:08236:22'] });
    const tt = f.timetables.get('2024-03-05')!;
    assert.ok(tt.stops.length > 0 && tt.stops.every((s) => s.id.startsWith('de:08236:22')));
    const trip1340 = connections(tt).filter((c) => c.endsWith(' de:vpe:08807_:1340'));
    // 4040 → 2211 → 2213 → 4063 → 2218 → 2224 → 4041 …: only the pairs inside the filter remain, nothing bridges 4063.
    assert.ok(trip1340.includes('de:08236:2211:0:1>de:08236:2213:1:1 08:11:00-08:13:00 de:vpe:08807_:1340'));
    assert.ok(trip1340.includes('de:08236:2218:0:1>de:08236:2224:0:1 08:17:00-08:18:00 de:vpe:08807_:1340'));
    assert.ok(!trip1340.some((c) => c.startsWith('de:08236:2213:1:1>de:08236:2218')));
    assert.ok(f.report.days['2024-03-05']!.connections < r.report.days['2024-03-05']!.connections);
  });
});

describe('readGtfs: hand-made fixture with every quirk', () => {
  let r: GtfsReadResult;
  const dates = ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04'];
  before(async () => {
    r = await readGtfs(BASIC, { dates });
  });

  test('BOM and CRLF in agency.txt and calendar.txt, quoted fields with commas and quotes, feed_info', () => {
    assert.deepEqual(r.agencies, [{ name: 'Verkehrsbetrieb Dorf, Mitte & Co.', url: 'https://example.org/vb' }]);
    assert.deepEqual(r.feedInfo, { publisher: 'Beispiel-Verbund', version: '2024-09-01.1', startDate: '2024-09-01', endDate: '2024-12-31' });
    assert.deepEqual(r.validity, { from: '2024-09-02', until: '2024-12-31' });
    const tt = r.timetables.get('2024-10-01')!;
    assert.deepEqual(tt.stops.map((s) => s.name).slice(0, 3), ['Dorf, Rathaus', 'Dorf, Schule', 'Mitte, "Alte Post"']);
    assert.deepEqual(tt.routes, [
      { id: 'R1', name: '1', type: 700 },
      { id: 'R2', name: 'S1', type: 109 },
      { id: 'R3', name: 'N', type: 3 },
      { id: 'R4', name: 'Taktbus "Dorfexpress"', type: 715 },
    ]);
  });

  test('stations: only boarding points are stops; a platform without name or position takes the parent\'s', () => {
    const tt = r.timetables.get('2024-10-01')!;
    assert.deepEqual(tt.stops.map((s) => [s.id, s.station]), [['k1:A', 0], ['k1:B', 1], ['k1:C', 2], ['k1:S1', 3], ['k1:S2', 3], ['k1:E', 5], ['k2:X', 6]]);
    assert.deepEqual(tt.stops[4], { id: 'k1:S2', name: 'Hauptbahnhof', lat: 49.32, lon: 9.62, station: 3 });
  });

  test('footpaths: transfers.txt type 2 between different stops, platform changes (120 s unless transfers.txt says otherwise)', () => {
    assert.deepEqual(r.timetables.get('2024-10-01')!.footpaths, [
      { from: 2, to: 5, seconds: 300 },
      { from: 3, to: 4, seconds: 60 },
      { from: 4, to: 3, seconds: PLATFORM_CHANGE_SECONDS },
      { from: 5, to: 2, seconds: 300 },
    ]);
  });

  test('a school-free Tuesday: every connection, sorted, with interpolation, single-digit hours, frequencies and the night bus', () => {
    const tt = r.timetables.get('2024-10-01')!;
    assert.deepEqual(connections(tt), [
      'k1:C>k1:E 00:30:00-01:10:00 N1', // the night bus of Monday, after midnight
      'k1:A>k1:C 06:00:00-06:12:00 F1@06:00:00',
      'k1:A>k1:C 06:20:00-06:32:00 F1@06:20:00',
      'k1:A>k1:C 06:40:00-06:52:00 F1@06:40:00',
      'k1:A>k1:C 07:00:00-07:12:00 F1@07:00:00',
      'k1:A>k1:B 08:05:00-08:10:00 T1', // B has no times: interpolated halfway between 08:05 and 08:15
      'k1:B>k1:C 08:10:00-08:15:00 T1',
      'k1:C>k1:S1 08:16:00-08:25:00 T1',
      'k1:C>k2:X 09:00:00-09:20:00 T2',
      'k2:X>k1:E 09:20:00-09:40:00 T2',
      'k1:E>k1:A 09:40:00-09:50:00 T2',
      'k1:S2>k1:E 10:00:00-10:10:00 T3',
      'k1:C>k1:E 12:20:00-12:30:00 Q1', // Q1 is cut at the unknown stop k1:NOPE
      'k1:E>k1:A 12:30:00-12:40:00 Q1',
      'k1:A>k1:C 23:50:00-24:30:00 N1',
      'k1:C>k1:E 24:30:00-25:10:00 N1',
    ]);
    assertSorted(tt);
    assert.deepEqual(r.report.days['2024-10-01'], { trips: 9, connections: 16, perRoute: { 1: 3, N: 1, S1: 1, 'Taktbus "Dorfexpress"': 4 } });
  });

  test('25:10:00: the night bus runs on its own date with times ≥ 24 h and is carried into the next date shifted by −24 h', () => {
    const own = connections(r.timetables.get('2024-10-02')!).filter((c) => c.endsWith(' N1'));
    assert.deepEqual(own, ['k1:C>k1:E 00:30:00-01:10:00 N1', 'k1:A>k1:C 23:50:00-24:30:00 N1', 'k1:C>k1:E 24:30:00-25:10:00 N1']);
    const c = r.timetables.get('2024-10-02')!.connections;
    assert.equal(c.depTime[0], 1800);
    assert.equal(c.arrTime[0], 4200);
    assert.equal(c.arrTime[c.length - 1], 90_600);
  });

  test('calendar_dates removes the holiday 2024-10-03: no weekday trips, the Saturday service instead, and no night bus carried into 2024-10-04', () => {
    assert.deepEqual(connections(r.timetables.get('2024-10-03')!), ['k1:C>k1:E 00:30:00-01:10:00 N1', 'k1:A>k1:E 10:00:00-10:30:00 SA1']);
    assert.equal(r.report.days['2024-10-03']!.trips, 1);
    assert.ok(!connections(r.timetables.get('2024-10-04')!).some((x) => x.startsWith('k1:C>k1:E 00:30:00')));
    assert.equal(r.report.days['2024-10-04']!.connections, 15);
  });

  test('trips: carried-over trips first, then the date\'s own, frequency instances named by their start', () => {
    assert.deepEqual(r.timetables.get('2024-10-01')!.trips.map((t) => t.id), ['N1', 'T1', 'T2', 'T3', 'N1', 'F1@06:00:00', 'F1@06:20:00', 'F1@06:40:00', 'F1@07:00:00', 'Q1']);
  });

  test('warnings name file and line: unknown service, unknown trip, unknown stop, unreadable time', () => {
    assert.deepEqual(r.report.warnings, [
      'trips.txt:8: trip "U1" has the service_id "NOSUCH", which is in neither calendar.txt nor calendar_dates.txt; the trip never runs.',
      'stop_times.txt:22: stop_id "k1:NOPE" is not in stops.txt; the trip is cut there.',
      'stop_times.txt:24: the time "12:3:00" cannot be read; it is treated as empty and interpolated.',
      'stop_times.txt:26: trip_id "GHOST" is not in trips.txt; its rows were skipped.',
    ]);
    assert.deepEqual(r.report.stopsWithoutDepartures, [{ id: 'k1:S1', name: 'Hauptbahnhof' }]);
  });

  test('stop prefixes and bounding box drop k2:X and cut trip T2 into its kept part', async () => {
    for (const filter of [{ stopPrefixes: ['k1:'] }, { bbox: [49, 9, 50, 10] as [number, number, number, number] }]) {
      const f = await readGtfs(BASIC, { dates: ['2024-10-01'], ...filter });
      const tt = f.timetables.get('2024-10-01')!;
      assert.ok(!tt.stops.some((s) => s.id === 'k2:X'));
      assert.deepEqual(connections(tt).filter((c) => c.endsWith(' T2')), ['k1:E>k1:A 09:40:00-09:50:00 T2']);
      assert.equal(f.report.days['2024-10-01']!.connections, 14);
    }
    const both = await readGtfs(BASIC, { dates: ['2024-10-01'], stopPrefixes: ['k2:'], bbox: [49.29, 9.59, 49.301, 9.601] });
    assert.deepEqual(both.timetables.get('2024-10-01')!.stops.map((s) => s.id), ['k1:A', 'k2:X'], 'prefix or bbox');
  });

  test('deterministic: reading twice gives identical timetables', async () => {
    const again = await readGtfs(BASIC, { dates });
    for (const d of dates) assert.deepEqual(again.timetables.get(d), r.timetables.get(d));
    assert.deepEqual(again.report, r.report);
  });

  test('no dates: validity and agencies only, stop_times.txt is not read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gtfs-nodates-'));
    try {
      await cp(BASIC, dir, { recursive: true });
      await writeFile(join(dir, 'stop_times.txt'), 'trip_id,"broken\n');
      const q = await readGtfs(dir, { dates: [] });
      assert.deepEqual(q.validity, r.validity);
      assert.equal(q.timetables.size, 0);
      assert.deepEqual(q.report.days, {});
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('readGtfs: zip files, progress and errors', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gtfs-read-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('a zip of the fixture reads the same as the folder, with progress up to the size of stop_times.txt', async () => {
    const zip = join(dir, 'basic.zip');
    await zipGtfsFolder(BASIC, zip);
    const calls: [number, number][] = [];
    const z = await readGtfs(zip, { dates: ['2024-10-01', '2024-10-03'], onProgress: (done, total) => calls.push([done, total]) });
    const f = await readGtfs(BASIC, { dates: ['2024-10-01', '2024-10-03'] });
    assert.deepEqual(z, f);
    assert.ok(calls.length > 0);
    const [done, total] = calls[calls.length - 1]!;
    assert.equal(done, total);
    assert.equal(total, 876, "the size of stop_times.txt");
  });

  async function variant(name: string, change: (d: string) => Promise<void>): Promise<string> {
    const d = join(dir, name);
    await cp(BASIC, d, { recursive: true });
    await change(d);
    return d;
  }

  const rejects = (p: Promise<unknown>, pattern: RegExp): Promise<void> =>
    assert.rejects(p, (e: unknown) => {
      assert.ok(e instanceof GtfsError, `a GtfsError, not ${String(e)}`);
      assert.match(e.message, pattern);
      return true;
    });

  test('interpolation by shape_dist_traveled, time travel raised, a repeated stop_sequence ignored', async () => {
    const d = await variant('dist', (x) => writeFile(join(x, 'stop_times.txt'), [
      'trip_id,arrival_time,departure_time,stop_id,stop_sequence,shape_dist_traveled',
      'T1,08:00:00,08:00:00,k1:A,1,0',
      'T1,,,k1:B,2,750',
      'T1,08:10:00,08:10:00,k1:C,3,1000',
      'T1,08:09:00,08:20:00,k1:E,4,2000',
      'T1,08:30:00,08:30:00,k1:A,4,3000',
      '',
    ].join('\n')));
    const v = await readGtfs(d, { dates: ['2024-10-01'] });
    assert.deepEqual(connections(v.timetables.get('2024-10-01')!), [
      'k1:A>k1:B 08:00:00-08:07:30 T1',
      'k1:B>k1:C 08:07:30-08:10:00 T1',
      'k1:C>k1:E 08:10:00-08:10:00 T1',
    ]);
    const w = v.report.warnings.join('\n');
    assert.match(w, /trip "T1" has stop_sequence 4 twice; the first row is used/);
    assert.match(w, /trip "T1" goes back in time at stop_sequence 4 \(08:09:00 after 08:10:00\)/);
    assert.match(w, /trips that run on a requested date have no rows/);
  });

  test('a missing feed, a file that is not a zip', async () => {
    await rejects(readGtfs(join(dir, 'nowhere.zip'), { dates: [] }), /The GTFS feed ".*nowhere\.zip" does not exist/);
    const text = join(dir, 'feed.zip');
    await writeFile(text, 'this is not a zip');
    await rejects(readGtfs(text, { dates: [] }), /"[^"]*feed\.zip" is not a GTFS zip file/);
  });

  test('a required file missing: the message names it', async () => {
    const d = await variant('no-stop-times', (x) => unlink(join(x, 'stop_times.txt')));
    await rejects(readGtfs(d, { dates: ['2024-10-01'] }), /^stop_times\.txt is missing in the GTFS folder/);
    const e = await variant('no-calendar', async (x) => {
      await unlink(join(x, 'calendar.txt'));
      await unlink(join(x, 'calendar_dates.txt'));
    });
    await rejects(readGtfs(e, { dates: ['2024-10-01'] }), /calendar\.txt and calendar_dates\.txt are both missing/);
  });

  test('a required column missing, a CSV that cannot be parsed: file and line', async () => {
    const d = await variant('no-column', (x) => writeFile(join(x, 'trips.txt'), 'route_id,service_id,headsign\nR1,WK,x\n'));
    await rejects(readGtfs(d, { dates: ['2024-10-01'] }), /^trips\.txt:1: the required column "trip_id" is missing/);
    const e = await variant('bad-quote', (x) => writeFile(join(x, 'stops.txt'), 'stop_id,stop_name,stop_lat,stop_lon\nk1:A,Dorf,49.3,9.6\nk1:B,"Schule,49.3,9.6\n'));
    await rejects(readGtfs(e, { dates: ['2024-10-01'] }), /^stops\.txt(:\d+)?: the CSV cannot be read/);
  });

  test('a malformed date in the options', async () => {
    await rejects(readGtfs(BASIC, { dates: ['1.10.2024'] }), /"1\.10\.2024" is not a date in the form YYYY-MM-DD/);
  });
});
