/**
 * `wegweiser travel` end to end, as a Kreis admin runs it: the real
 * BürgerBus Malente timetable (../shared/data/gtfs) with a small feed of its
 * own, and the synthetic network; exit codes, the travel block, the report,
 * determinism and the refusal to publish a collapsed timetable.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../run-cli.js';
import { minimalFeed } from '../../helpers/minimal-feed.js';
import type { Feed } from '../../../src/core/schema/index.js';
import { validateFeed } from '../../../src/core/validate.js';

const MALENTE_GTFS = '../shared/data/gtfs/buergerbus-malente';
const dir = mkdtempSync(join(tmpdir(), 'wegweiser-travel-'));

/** A feed for Malente (Kreis Ostholstein): the Gemeinde, the village Timmdorf, a place at the station. */
function malenteFeed(): Feed {
  const feed = minimalFeed();
  feed.publisher.ags = '01055';
  feed.publisher.state = 'SH';
  feed.regions = {
    kreis: { ags: '01055', name: 'Ostholstein' },
    gemeinden: [{
      ags: '01055028', name: 'Malente', centroid: [54.171225, 10.554871], centre: 'unter',
      ortsteile: [{ id: 'malente-timmdorf', name: 'Timmdorf', centroid: [54.173625, 10.494569] }],
    }],
  };
  feed.locations = [{
    id: 'tourist-info', name: 'Tourismus-Info am Bahnhof', gemeinde: '01055028', geo: [54.167822, 10.550953],
    address: { street: 'Bahnhofstraße 3', postcode: '23714', city: 'Malente' },
  }];
  feed.services = [{ ...feed.services[0]!, at: [{ location: 'tourist-info' }] }];
  feed.programmes = [];
  return feed;
}

const feedPath = join(dir, 'malente.json');
writeFileSync(feedPath, JSON.stringify(malenteFeed()));
const DAYS = ['--schoolday', '2019-03-05', '--saturday', '2019-03-09', '--sunday', '2019-03-10', '--now', '2019-03-01T09:00:00+01:00'];

test('computes the travel block from a real rural timetable: the loop bus from Timmdorf to the station, weekdays only', async () => {
  const out = join(dir, 'malente-travel.json');
  const r = await runCli(['travel', MALENTE_GTFS, '--feed', feedPath, '-o', out, '--window', '08:00-12:00', ...DAYS]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const feed = JSON.parse(readFileSync(out, 'utf8')) as Feed;
  assert.ok(validateFeed(feed).ok);
  const travel = feed.travel!;
  assert.deepEqual(travel.days, { saturday: '2019-03-09', schoolday: '2019-03-05', sunday: '2019-03-10' });
  assert.deepEqual(travel.origins, ['01055028', 'malente-timmdorf']);
  assert.deepEqual(travel.destinations, ['tourist-info']);
  assert.equal(travel.source.validFrom, '2018-11-01');
  assert.match(String(travel.source.attribution), /BuergerBus|BBM|Bürger/i);
  // Timmdorf 09:49:45 → Bahnhof 10:00 on the Südschleife.
  const [typical, fastest, , departures, transfers, firstArrival] = travel.matrix.schoolday![1]![0]!;
  assert.ok(typical! >= 10 && typical! <= 20, `typical ${typical}`);
  assert.ok(fastest! <= typical!);
  assert.ok(departures! >= 1);
  assert.equal(transfers, 0);
  assert.ok(firstArrival! >= 600 && firstArrival! <= 610, `first arrival ${firstArrival}`);
  // No BürgerBus on Sundays.
  assert.deepEqual(travel.matrix.sunday, [[null], [null]]);
  assert.equal(travel.stats!.sunday!.trips, 0);
  assert.ok(travel.stats!.saturday!.trips < travel.stats!.schoolday!.trips);
  // The report: dates, trips per line and day type, and that the holiday could not be chosen.
  assert.match(r.stdout, /schoolday\s+2019-03-05/);
  assert.match(r.stdout, /Sued\s+\d+\s+\d+\s+0/);
  assert.match(r.stdout + r.stderr, /Schulferien/);
});

test('same input, same bytes', async () => {
  const a = join(dir, 'a.json');
  const b = join(dir, 'b.json');
  for (const out of [a, b]) {
    const r = await runCli(['travel', MALENTE_GTFS, '--feed', feedPath, '-o', out, ...DAYS]);
    assert.equal(r.code, 0, r.stderr);
  }
  assert.equal(readFileSync(a, 'utf8'), readFileSync(b, 'utf8'));
});

test('refuses to publish a timetable that lost most of its trips, unless --force; the published file stays', async () => {
  const published = join(dir, 'published.json');
  const first = await runCli(['travel', MALENTE_GTFS, '--feed', feedPath, '-o', published, ...DAYS]);
  assert.equal(first.code, 0, first.stderr);
  const before = readFileSync(published, 'utf8');
  // The next export holds only two stops: almost every trip is gone.
  const cut = await runCli(['travel', MALENTE_GTFS, '--feed', published, '-o', published, '--stops', '1,2', ...DAYS]);
  assert.equal(cut.code, 1);
  assert.match(cut.stdout, /✗ schoolday: \d+ % weniger Fahrten als beim letzten Mal/);
  assert.match(cut.stdout + cut.stderr, /Nicht veröffentlicht: .*published\.json bleibt, wie es war\. .*--force/);
  assert.equal(readFileSync(published, 'utf8'), before);
  const forced = await runCli(['travel', MALENTE_GTFS, '--feed', published, '-o', published, '--stops', '1,2', '--force', ...DAYS]);
  assert.equal(forced.code, 0, forced.stderr);
  assert.notEqual(readFileSync(published, 'utf8'), before);
});

test('explains usage and read errors with exit code 2, in English too', async () => {
  const missing = await runCli(['travel', join(dir, 'nope.zip'), '--feed', feedPath, '-o', join(dir, 'x.json'), '--lang', 'en', ...DAYS]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^The GTFS timetable cannot be read: .*nope\.zip/);
  assert.doesNotMatch(missing.stderr, /Internal error|at /);
  assert.ok(!existsSync(join(dir, 'x.json')));
  const window = await runCli(['travel', MALENTE_GTFS, '--feed', feedPath, '-o', join(dir, 'x.json'), '--window', '10-7']);
  assert.equal(window.code, 2);
  assert.match(window.stderr, /--window braucht ein Zeitfenster HH:MM-HH:MM/);
  const brokenFeed = join(dir, 'broken.json');
  writeFileSync(brokenFeed, '{"version": "1.0",');
  const broken = await runCli(['travel', MALENTE_GTFS, '--feed', brokenFeed, '-o', join(dir, 'x.json'), ...DAYS]);
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /Der Feed .*broken\.json kann nicht gelesen werden/);
  const noFeed = await runCli(['travel', MALENTE_GTFS, '-o', join(dir, 'x.json')]);
  assert.equal(noFeed.code, 2);
  assert.match(noFeed.stderr, /Welcher Feed\?/);
});

test('--json gives the report for scripts', async () => {
  const r = await runCli(['travel', MALENTE_GTFS, '--feed', feedPath, '-o', join(dir, 'j.json'), '--json', ...DAYS]);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { days: Record<string, string>; stats: Record<string, { trips: number }>; connectionsScanned: number };
  assert.equal(report.days.schoolday, '2019-03-05');
  assert.equal(report.stats.schoolday!.trips, 6);
  assert.ok(report.connectionsScanned > 0);
});

test('--min-transfer and --walk-radius: used, echoed in the report and --json, recorded in the travel block; bad values exit 2', async () => {
  const out = join(dir, 'params.json');
  const r = await runCli(['travel', MALENTE_GTFS, '--feed', feedPath, '-o', out, '--min-transfer', '300', '--walk-radius', '800', ...DAYS]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /Umsteigen mindestens 300 s \(--min-transfer\), Fußweg zur Haltestelle bis 800 m Luftlinie \(--walk-radius\)/);
  const travel = (JSON.parse(readFileSync(out, 'utf8')) as Feed).travel!;
  assert.deepEqual(travel.params, { maxAccessWalkM: 800, minTransferSeconds: 300 });
  // The defaults are echoed and recorded too.
  const json = await runCli(['travel', MALENTE_GTFS, '--feed', feedPath, '-o', join(dir, 'params-default.json'), '--json', ...DAYS]);
  assert.equal(json.code, 0, json.stderr);
  assert.deepEqual((JSON.parse(json.stdout) as { params: unknown }).params, { minTransferSeconds: 120, walkRadiusM: 1200 });
  assert.deepEqual((JSON.parse(readFileSync(join(dir, 'params-default.json'), 'utf8')) as Feed).travel!.params, { maxAccessWalkM: 1200, minTransferSeconds: 120 });
  for (const [flag, value, sentence] of [
    ['--min-transfer', '2 min', /--min-transfer braucht eine Umsteigezeit in Sekunden von 0 bis 1800, z\. B\. 120 \(nicht „2 min“\)\./],
    ['--min-transfer', '-5', /--min-transfer braucht/],
    ['--walk-radius', '12000', /--walk-radius braucht einen Fußweg-Radius in Metern von 100 bis 5000, z\. B\. 1200 \(nicht „12000“\)\./],
    ['--walk-radius', '1.5', /--walk-radius braucht/],
  ] as const) {
    const bad = await runCli(['travel', MALENTE_GTFS, '--feed', feedPath, '-o', join(dir, 'bad.json'), flag, value, ...DAYS]);
    assert.equal(bad.code, 2, `${flag} ${value}`);
    assert.match(bad.stderr, sentence);
    assert.ok(!existsSync(join(dir, 'bad.json')));
  }
  const en = await runCli(['travel', MALENTE_GTFS, '--feed', feedPath, '-o', join(dir, 'bad.json'), '--walk-radius', 'far', '--lang', 'en', ...DAYS]);
  assert.equal(en.code, 2);
  assert.match(en.stderr, /--walk-radius needs a walking radius in metres from 100 to 5000, e\.g\. 1200 \(not "far"\)\./);
});
