/**
 * The synthetic rural network generator (test/tools/synthetic-network.ts):
 * deterministic, school-day patterns, scale, and read back by readGtfs.
 * Also prints (does not assert) how long reading a network of about
 * 300,000 connections a day takes, in a child process for a clean peak RSS.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readGtfs, type GtfsReadResult } from '../../../src/cli/travel/gtfs/read.js';
import { townsFromGemeinden, writeSyntheticNetwork, type NetworkOptions, type NetworkSummary } from '../../tools/synthetic-network.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const GEMEINDEN = join(ROOT, '../shared/data/gemeinden/gemeinden_de.csv');

const SCHOOL_TUESDAY = '2026-03-17';
const SCHOOL_WEDNESDAY = '2026-03-18';
const HOLIDAY_TUESDAY = '2026-03-31';
const SATURDAY = '2026-03-21';
const SUNDAY = '2026-03-22';

let dir: string;
let options: NetworkOptions;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synthetic-network-'));
  options = {
    towns: townsFromGemeinden(GEMEINDEN, '08126', ['Künzelsau', 'Öhringen']),
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    schoolHolidays: [{ from: '2026-03-30', to: '2026-04-10' }],
    seed: 42,
  };
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function files(d: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(d)).sort()) out[name] = await readFile(join(d, name), 'utf8');
  return out;
}

const services = (r: GtfsReadResult, date: string): Set<string> =>
  new Set(r.timetables.get(date)!.trips.map((t) => t.id.split('-')[1]!));

describe('synthetic rural network', () => {
  let summary: NetworkSummary;
  let r: GtfsReadResult;
  before(async () => {
    summary = writeSyntheticNetwork(join(dir, 'a'), options);
    r = await readGtfs(join(dir, 'a'), { dates: [SCHOOL_TUESDAY, SCHOOL_WEDNESDAY, HOLIDAY_TUESDAY, SATURDAY, SUNDAY] });
  });

  test('the 16 Gemeinden of the Hohenlohekreis, two hubs', () => {
    assert.equal(options.towns.length, 16);
    assert.deepEqual(options.towns.filter((t) => t.hub).map((t) => t.name), ['Künzelsau, Stadt', 'Öhringen, Stadt']);
  });

  test('deterministic: the same seed writes identical files, another seed different ones', async () => {
    const again = writeSyntheticNetwork(join(dir, 'b'), options);
    assert.deepEqual(again, summary);
    assert.deepEqual(await files(join(dir, 'b')), await files(join(dir, 'a')));
    writeSyntheticNetwork(join(dir, 'c'), { ...options, seed: 43 });
    assert.notEqual((await files(join(dir, 'c')))['stops.txt'], (await files(join(dir, 'a')))['stops.txt']);
  });

  test('readGtfs reads it: stops, connections of a school day as announced, no warnings', () => {
    const tt = r.timetables.get(SCHOOL_TUESDAY)!;
    assert.equal(tt.stops.length, summary.stops);
    assert.equal(tt.connections.length, summary.connectionsPerSchoolDay);
    assert.equal(r.timetables.get(SCHOOL_WEDNESDAY)!.connections.length, summary.connectionsPerSchoolDay);
    assert.deepEqual(r.report.warnings, []);
    assert.deepEqual(r.validity, { from: '2026-01-01', until: '2026-12-31' });
    assert.match(tt.stops[0]!.name, /^Bretzfeld, /);
  });

  test('a handful of buses a day on a feeder, hourly on trunks', () => {
    const day = r.report.days[SCHOOL_TUESDAY]!.perRoute;
    const feeders = Object.entries(day).filter(([name]) => Number(name) > 100);
    assert.equal(feeders.length, 14, 'one feeder for each of the 14 non-hub towns');
    for (const [, trips] of feeders) assert.ok(trips >= 5 && trips <= 14, `${trips} trips`);
    assert.ok(day['10']! >= 30, 'the trunk between the hubs runs about hourly in both directions');
  });

  test('school-day-only trips (S) run on school days only; weekday trips (W) also in the holidays', () => {
    assert.deepEqual([...services(r, SCHOOL_TUESDAY)].sort(), ['S', 'W']);
    assert.deepEqual([...services(r, HOLIDAY_TUESDAY)].sort(), ['W']);
    // Saturday also holds Friday's late trip after midnight.
    assert.deepEqual([...services(r, SATURDAY)].sort(), ['SA', 'W']);
    assert.deepEqual(r.timetables.get(SATURDAY)!.trips.filter((t) => t.id.includes('-W-')).length, 1);
    assert.deepEqual([...services(r, SUNDAY)], ['SO']);
    const trips = (d: string): number => r.report.days[d]!.trips;
    assert.ok(trips(HOLIDAY_TUESDAY) < trips(SCHOOL_TUESDAY));
    assert.ok(trips(SUNDAY) < trips(SATURDAY) && trips(SATURDAY) < trips(HOLIDAY_TUESDAY));
  });

  test('a late trip runs past midnight and is carried into the next day', () => {
    const tt = r.timetables.get(SCHOOL_WEDNESDAY)!;
    const c = tt.connections;
    assert.ok(c.arrTime[c.length - 1]! > 86_400, 'the day ends after 24:00:00');
    assert.ok(c.depTime[0]! < 3600, 'the night trip of the day before, after midnight');
    assert.match(tt.trips[c.trip[0]!]!.id, /^T1-W-/);
  });

  test('rail line (route_type 2) between two stations with two platforms each', () => {
    const tt = r.timetables.get(SCHOOL_TUESDAY)!;
    assert.deepEqual(tt.routes.filter((x) => x.type === 2).map((x) => x.name), ['RB 81']);
    const platforms = tt.stops.map((s, i) => ({ ...s, i })).filter((s) => /:0:[12]$/.test(s.id));
    assert.equal(platforms.length, 4);
    for (const s of platforms) assert.equal(s.station, platforms.find((p) => p.name === s.name)!.i);
    for (const s of platforms) assert.ok(tt.footpaths.some((f) => f.from === s.i && f.seconds === 240), 'transfers.txt to the ZOB');
  });

  test('stop ids carry the AGS5 prefix, so the DELFI-style filter works', async () => {
    const f = await readGtfs(join(dir, 'a'), { dates: [SCHOOL_TUESDAY], stopPrefixes: ['de:08126:'] });
    assert.equal(f.timetables.get(SCHOOL_TUESDAY)!.connections.length, summary.connectionsPerSchoolDay);
  });

  test('connections grow about linearly with scale', () => {
    const count = (scale: number): number => writeSyntheticNetwork(join(dir, `s${scale}`), { ...options, scale }).connectionsPerSchoolDay;
    const [one, four, sixteen] = [count(1), count(4), count(16)];
    assert.ok(one < four && four < sixteen);
    assert.ok(sixteen / one > 5, `${one} → ${sixteen}`);
  });
});

describe('reading a network of about 300,000 connections a day (timing, printed)', () => {
  test('scale 310, one date', (t) => {
    const big = join(dir, 'big');
    const s = writeSyntheticNetwork(big, { ...options, scale: 310 });
    const reader = pathToFileURL(join(ROOT, 'src/cli/travel/gtfs/read.ts')).href;
    const script = `
      const { readGtfs } = await import(${JSON.stringify(reader)});
      const t0 = performance.now();
      const r = await readGtfs(${JSON.stringify(big)}, { dates: [${JSON.stringify(SCHOOL_TUESDAY)}] });
      const ms = performance.now() - t0;
      console.log(JSON.stringify({ ms, connections: r.timetables.get(${JSON.stringify(SCHOOL_TUESDAY)}).connections.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }));`;
    const out = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(out.status, 0, out.stderr);
    const m = JSON.parse(out.stdout.trim().split('\n').pop()!) as { ms: number; connections: number; maxRssMB: number };
    assert.equal(m.connections, s.connectionsPerSchoolDay);
    t.diagnostic(`synthetic network scale 310: ${s.stops} stops, ${s.trips} trips in the file, ${m.connections} connections on a school day; readGtfs for one date ${Math.round(m.ms)} ms, peak RSS ${Math.round(m.maxRssMB)} MB`);
  });
});
