/**
 * `wegweiser compile --shards` on a small test Land of three real Kreise
 * (Stadtkreis Heilbronn, Landkreis Heilbronn, Neckar-Odenwald-Kreis) with
 * Gemeinden from the official list: the index, the shards and their
 * compressed siblings, the border extracts, the publishing guard per shard,
 * and broken sources that leave the published files alone.
 */
import '../../src/cli/berlin-time.js';
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compileShardsCommand, type ShardOptions } from '../../src/cli/commands/compile-shards.js';
import { splitLand } from '../../src/admin/land.js';
import { loadGemeinden } from '../../src/cli/gemeinden-file.js';
import { validateFeed } from '../../src/core/validate.js';
import type { LandIndex } from '../../src/core/land.js';
import { ROOT, runCli } from './run-cli.js';

const NOW = new Date('2026-12-01T09:00:00+01:00');
const LAND = join(ROOT, 'test/fixtures/land/heilbronn-land.source.json');
const GUNDELSHEIM = '039'; // 08125039, 2 km from Haßmersheim (Neckar-Odenwald-Kreis)
const EPPINGEN = '026'; // 08125026, more than 20 km from any other Kreis's offer
let dir: string;
let land: Record<string, any>;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wegweiser-shards-'));
  land = JSON.parse(await readFile(LAND, 'utf8'));
});
after(async () => { await rm(dir, { recursive: true, force: true }); });

async function shards(sources: string[], out: string, extra: Partial<ShardOptions> = {}) {
  const lines: string[] = [];
  const code = await compileShardsCommand({
    sources, dir: out, now: NOW, today: '2026-12-01', pretty: false, lang: 'de', json: false, maxBytes: 100 * 1048576, color: false, limit: 200,
    out: (t) => lines.push(t), err: (t) => lines.push(t), ...extra,
  });
  return { code, text: lines.join('\n') };
}

async function variant(name: string, change: (source: Record<string, any>) => void): Promise<string> {
  const copy = structuredClone(land);
  change(copy);
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(copy, null, 2));
  return path;
}

const readIndex = async (out: string): Promise<LandIndex> => JSON.parse(await readFile(join(out, 'index.json'), 'utf8'));
const listing = async (out: string) => (await readdir(out)).sort();
const snapshot = async (out: string) => Object.fromEntries(await Promise.all((await listing(out)).map(async (f) => [f, (await readFile(join(out, f))).toString('base64')])));

describe('compile --shards', () => {
  test('writes one shard per Kreis, border extracts and a small index', async () => {
    const out = join(dir, 'land');
    const { code, text } = await shards([LAND], out);
    assert.equal(code, 0, text);
    const index = await readIndex(out);
    assert.equal(index.format, 'wegweiser-land-index');
    assert.deepEqual(index.land, { ags: '08', name: 'Baden-Württemberg', state: 'BW' });
    assert.deepEqual(index.kreise.map((k) => [k.ags, k.name]), [['08121', 'Stadtkreis Heilbronn'], ['08125', 'Landkreis Heilbronn'], ['08225', 'Neckar-Odenwald-Kreis']]);
    const lk = index.kreise[1]!;
    // Every Gemeinde of the Kreis from the official list, by the last three digits of its AGS.
    assert.equal(Object.keys(lk.gemeinden).length, loadGemeinden().inKreis('08125').length);
    assert.equal(lk.gemeinden[GUNDELSHEIM], 'Gundelsheim');
    // The border rule: Gundelsheim gets the Neckar-Odenwald-Kreis's nearby offers, Eppingen nothing.
    const nok = lk.near!.find((n) => n.kreis === '08225')!;
    assert.ok(nok.gemeinden.includes(GUNDELSHEIM));
    assert.ok(lk.near!.every((n) => !n.gemeinden.includes(EPPINGEN)));
    for (const k of index.kreise) {
      const shard = await readFile(join(out, k.feed), 'utf8');
      assert.equal(Buffer.byteLength(shard), k.bytes);
      assert.equal(k.feed, `${k.ags}.${createHash('sha256').update(shard).digest('hex').slice(0, 10)}.json`, 'content-hashed name');
      const feed = JSON.parse(shard);
      assert.ok(validateFeed(feed).ok, `${k.feed} validates`);
      assert.equal(feed.regions.kreis.ags, k.ags);
      assert.ok(feed.services.every((s: any) => !('kreis' in s)), 'split hints are not published');
    }
    const extract = JSON.parse(await readFile(join(out, nok.file), 'utf8'));
    assert.ok(validateFeed(extract).ok);
    assert.deepEqual(extract.services.map((s: any) => s.id).sort(), ['08225:abh-nok', '08225:im-hassmersheim'], 'offers within 10 km, not Buchen 28 km away');
    // The Landkreis's Ausländerbehörde sits in the Stadtkreis: its shard carries the place, Heilbronn as a neighbour.
    const lkFeed = JSON.parse(await readFile(join(out, lk.feed), 'utf8'));
    assert.ok(lkFeed.services.some((s: any) => s.id === 'abh-landkreis'));
    assert.deepEqual(lkFeed.regions.neighbours.map((n: any) => n.ags), ['08121000']);
    // The hotline without a place is in every Kreis.
    for (const k of index.kreise) assert.ok(JSON.parse(await readFile(join(out, k.feed), 'utf8')).services.some((s: any) => s.id === 'hotline'));
    assert.ok(Buffer.byteLength(JSON.stringify(index)) < 4096, 'the index is small');
  });

  test('.br and .gz next to every file decompress to the same bytes', async () => {
    const out = join(dir, 'land');
    const files = (await listing(out)).filter((f) => f.endsWith('.json'));
    assert.ok(files.length >= 7);
    for (const f of files) {
      const raw = await readFile(join(out, f));
      assert.ok(brotliDecompressSync(await readFile(join(out, `${f}.br`))).equals(raw), `${f}.br`);
      assert.ok(gunzipSync(await readFile(join(out, `${f}.gz`))).equals(raw), `${f}.gz`);
    }
  });

  test('the same source again gives the same files (nothing new written)', async () => {
    const out = join(dir, 'land');
    const before = await snapshot(out);
    const { code, text } = await shards([LAND], out);
    assert.equal(code, 0, text);
    assert.match(text, /= 08125 Landkreis Heilbronn: unverändert/);
    assert.deepEqual(await snapshot(out), before);
  });

  test('the guard works per shard: a Kreis losing half its offers keeps its shard, the others are published; --force publishes', async () => {
    const out = join(dir, 'guard');
    assert.equal((await shards([LAND], out)).code, 0);
    const first = await readIndex(out);
    const shrunk = await variant('guard.json', (s) => {
      s.services = s.services.filter((x: any) => !['im-hassmersheim', 'abh-nok', 'jmd-buchen'].includes(x.id));
      s.responsibilities = s.responsibilities.filter((r: any) => r.service !== 'abh-nok');
      s.locations = s.locations.filter((l: any) => !['hassmersheim-rh', 'mosbach-lra', 'buchen-jmd'].includes(l.id));
      s.organisations = s.organisations.filter((o: any) => !['lra-nok', 'diakonie-nok'].includes(o.id));
      s.services.push({ id: 'neu', organisation: 'caritas', name: 'Sprachcafé Neckarsulm', topics: ['sprache'], access: ['walk-in'], at: [{ location: 'gundelsheim-rh' }], steward: 'netz', reviewed: '2026-10-01' });
    });
    const dry = await shards([shrunk], out, { dryRun: true });
    assert.equal(dry.code, 1, dry.text);
    assert.match(dry.text, /✗ 08225 Neckar-Odenwald-Kreis: zu viele Einträge entfallen \(11 → 2 Einträge\)/);
    assert.match(dry.text, /Probelauf/);
    assert.deepEqual(await readIndex(out), first, '--dry-run writes nothing');

    const refused = await shards([shrunk], out);
    assert.equal(refused.code, 1, refused.text);
    assert.match(refused.text, /--force/);
    const second = await readIndex(out);
    assert.equal(second.kreise[2]!.feed, first.kreise[2]!.feed, 'Neckar-Odenwald-Kreis keeps its shard');
    assert.notEqual(second.kreise[1]!.feed, first.kreise[1]!.feed, 'Landkreis Heilbronn is updated');
    assert.ok(JSON.parse(await readFile(join(out, second.kreise[1]!.feed), 'utf8')).services.some((s: any) => s.id === 'neu'));

    const forced = await shards([shrunk], out, { force: true });
    assert.equal(forced.code, 0, forced.text);
    const third = await readIndex(out);
    assert.notEqual(third.kreise[2]!.feed, first.kreise[2]!.feed);
    // Two generations stay (a cached older index still finds its files); older ones are removed.
    const names = await listing(out);
    assert.ok(names.includes(second.kreise[2]!.feed) && names.includes(third.kreise[2]!.feed));
  });

  test('a broken source leaves every published file as it was; a broken Kreis keeps only its own shard', async () => {
    const out = join(dir, 'broken');
    assert.equal((await shards([LAND], out)).code, 0);
    const before = await snapshot(out);
    const notJson = join(dir, 'not-json.json');
    await writeFile(notJson, '{"version": "1.0", "services": [');
    const bad = await shards([notJson], out);
    assert.equal(bad.code, 1, bad.text);
    assert.match(bad.text, /Nichts geschrieben/);
    assert.deepEqual(await snapshot(out), before);

    const unplaced = await variant('unplaced.json', (s) => { delete s.locations[2].gemeinde; });
    const split = await shards([unplaced], out);
    assert.equal(split.code, 1);
    assert.match(split.text, /Mehrgenerationenhaus|eppingen-mgh/);
    assert.deepEqual(await snapshot(out), before);

    // One Kreis's part has an error: it keeps its shard, the problem points at the Land source.
    const oneKreis = await variant('one-kreis.json', (s) => {
      s.services[0].topics = ['gibt-es-nicht'];
      s.services[3].name = 'Migrationsberatung Gundelsheim (neu)';
    });
    const partly = await shards([oneKreis], out);
    assert.equal(partly.code, 1, partly.text);
    assert.match(partly.text, /one-kreis\.json \[08121 Stadtkreis Heilbronn\]: \/services\/0\/topics\/0 \(Zeile \d+\)/);
    assert.match(partly.text, /✗ 08121 Stadtkreis Heilbronn: Fehler in der Quelle; der bisherige Stand bleibt/);
    const index = await readIndex(out);
    const old = JSON.parse(Buffer.from(before['index.json']!, 'base64').toString('utf8')) as LandIndex;
    assert.equal(index.kreise[0]!.feed, old.kreise[0]!.feed);
    assert.notEqual(index.kreise[1]!.feed, old.kreise[1]!.feed);
  });

  test('several Kreis sources instead of one Land source; a Kreis given twice is a usage error', async () => {
    const split = splitLand(land, loadGemeinden());
    const paths: string[] = [];
    for (const k of split.kreise.slice(0, 2)) {
      const path = join(dir, `kreis-${k.ags}.source.json`);
      await writeFile(path, JSON.stringify(k.json, null, 2));
      paths.push(path);
    }
    const out = join(dir, 'kreise');
    const { code, text } = await shards(paths, out);
    assert.equal(code, 0, text);
    assert.deepEqual((await readIndex(out)).kreise.map((k) => k.ags), ['08121', '08125']);
    assert.equal((await shards([LAND, paths[1]!], join(dir, 'twice'))).code, 2);
  });

  test('the compiled test Land the browser tests use (test/fixtures/land/compiled) is up to date', async () => {
    const out = join(dir, 'fixture');
    assert.equal((await shards([LAND], out)).code, 0);
    const committed = join(ROOT, 'test/fixtures/land/compiled');
    const json = (names: string[]) => names.filter((f) => f.endsWith('.json')).sort();
    assert.deepEqual(json(await readdir(committed)), json(await readdir(out)), 'regenerate: wegweiser compile test/fixtures/land/heilbronn-land.source.json --shards test/fixtures/land/compiled --now 2026-12-01T09:00:00+01:00 --today 2026-12-01');
    for (const f of json(await readdir(out))) assert.equal(await readFile(join(committed, f), 'utf8'), await readFile(join(out, f), 'utf8'), f);
  });

  test('the CLI: wegweiser compile <land> --shards <dir>', async () => {
    const out = join(dir, 'cli');
    const r = await runCli(['compile', LAND, '--shards', out, '--now', '2026-12-01T09:00:00+01:00', '--today', '2026-12-01', '--near-km', '5']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /index\.json geschrieben: 3 Kreise/);
    assert.equal((await readIndex(out)).nearKm, 5);
    const usage = await runCli(['compile', LAND, '--shards', out, '-o', 'x.json']);
    assert.equal(usage.code, 2);
  });
});
