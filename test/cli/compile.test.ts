import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, FIXTURES, ROOT } from './run-cli.js';
import { validateFeed } from '../../src/core/validate.js';

const NOW = '2026-12-01T09:00:00+01:00';
const HEILBRONN = [49.140428, 9.217953];
const SOURCE = `${FIXTURES}/source-minimal.json`;
let dir: string;

before(async () => { dir = await mkdtemp(join(tmpdir(), 'wegweiser-compile-')); });
after(async () => { await rm(dir, { recursive: true, force: true }); });

const compile = (source: string, output: string, ...extra: string[]) => runCli(['compile', source, '-o', output, '--now', NOW, ...extra]);

describe('wegweiser compile', { concurrency: 4 }, () => {
  test('fills names, centroids, holidays and compiled hours; output validates', async () => {
    const out = join(dir, 'feed.json');
    const r = await compile(SOURCE, out);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /feed\.json geschrieben .*2 Öffnungszeiten übersetzt.*für 2026-12-01 bis 2027-06-30.*1 Gemeindenamen und 3 Mittelpunkte ergänzt/);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(validateFeed(feed).ok, true);
    assert.equal(feed.generatedAt, NOW);
    // Künzelsau came with its AGS only: name without ", Stadt", centroid from the official list.
    assert.deepEqual(feed.regions.gemeinden[0], { ags: '08126046', name: 'Künzelsau', centroid: [49.277894, 9.687069] });
    assert.deepEqual(feed.regions.neighbours[0], { id: 'heilbronn', name: 'Heilbronn', ags: '08121000', centroid: HEILBRONN });
    // Hours: "Mo-Fr 08:00-12:00, Th 14:00-17:30; PH off" for the feed's validity.
    const hours = feed.locations[0].hours.compiled;
    assert.deepEqual(hours.window, ['2026-12-01', '2027-06-30']);
    assert.deepEqual(hours.week[3], [[480, 720], [840, 1050]]);
    assert.deepEqual(hours.week[5], []);
    assert.deepEqual(hours.except['2026-12-25'], []);
    assert.deepEqual(feed.services[1].at[0].hours.compiled.week[1], [[540, 720]]);
    // Holidays of Baden-Württemberg in the window.
    assert.ok(feed.holidays.public.some((h: { date: string; name: string }) => h.date === '2027-01-06' && /Drei Könige/.test(h.name)));
    assert.ok(feed.holidays.public.every((h: { date: string }) => h.date >= '2026-12-01' && h.date <= '2027-06-30'));
    assert.ok(feed.holidays.school.length > 0);
  });

  test('deterministic: the same source and --now give byte-identical output', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    const [ra, rb] = await Promise.all([compile(SOURCE, a), compile(SOURCE, b)]);
    assert.equal(ra.code, 0);
    assert.equal(rb.code, 0);
    assert.ok((await readFile(a)).equals(await readFile(b)));
    // Compact by default: one line.
    assert.equal((await readFile(a, 'utf8')).trimEnd().split('\n').length, 1);
    // The committed published fixture is exactly what compile makes with --pretty.
    const pretty = join(dir, 'pretty.json');
    assert.equal((await compile(SOURCE, pretty, '--pretty')).code, 0);
    assert.equal(await readFile(pretty, 'utf8'), await readFile(join(ROOT, FIXTURES, 'valid-minimal.json'), 'utf8'));
  });

  test('never replaces a valid output with an invalid one; leaves no temp files', async () => {
    const out = join(dir, 'keep.json');
    await writeFile(out, 'previous good feed\n');
    for (const bad of ['dangling.json', 'wrong-types.json', 'malformed.json', 'pathway-loop.json']) {
      const r = await compile(`${FIXTURES}/${bad}`, out);
      assert.equal(r.code, 1, `${bad}: ${r.stdout}`);
      assert.match(r.stdout, /Nichts geschrieben; .*keep\.json bleibt, wie es war\./);
      assert.equal(await readFile(out, 'utf8'), 'previous good feed\n', bad);
    }
    assert.deepEqual((await readdir(dir)).filter((f) => f.includes('.tmp')), []);
  });

  test('strips address and position of protected places, with a warning', async () => {
    const source = JSON.parse(await readFile(join(ROOT, SOURCE), 'utf8'));
    source.locations[1].address = { street: 'Geheimweg 3', postcode: '74613', city: 'Öhringen' };
    source.locations[1].geo = [49.2, 9.5];
    const input = join(dir, 'sensitive-source.json');
    await writeFile(input, JSON.stringify(source, null, 2));
    const out = join(dir, 'sensitive.json');
    const r = await compile(input, out);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /\/locations\/1 \(Zeile \d+\)  Der Ort „Geschützte Wohnung“ ist geschützt \(sensitive\): address und geo wurden .*entfernt/);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(feed.locations[1].address, undefined);
    assert.equal(feed.locations[1].geo, undefined);
  });

  test('hours that do not parse stay as text; names that differ from the official list are reported', async () => {
    const source = JSON.parse(await readFile(join(ROOT, SOURCE), 'utf8'));
    source.locations[0].hours.osm = 'Mo-Fr 08:00-';
    source.regions.gemeinden[1].name = 'Oehringen';
    source.locations[0].titel = 'x';
    const input = join(dir, 'hours-source.json');
    await writeFile(input, JSON.stringify(source, null, 2));
    const out = join(dir, 'hours.json');
    const r = await compile(input, out);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /\/locations\/0\/hours\/osm .*\[hours-syntax\]/);
    assert.match(r.stdout, /\/regions\/gemeinden\/1\/name .*heißt die Gemeinde 08126066 „Öhringen“/);
    assert.match(r.stdout, /\/locations\/0\/titel .*wird ignoriert/);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(feed.locations[0].hours.compiled, undefined);
    assert.equal(feed.locations[0].hours.osm, 'Mo-Fr 08:00-');
    assert.equal(feed.locations[0].titel, undefined);
  });

  test('--from sets the window start; no validUntil means 13 months', async () => {
    const source = JSON.parse(await readFile(join(ROOT, SOURCE), 'utf8'));
    delete source.validUntil;
    const input = join(dir, 'open-ended.json');
    await writeFile(input, JSON.stringify(source));
    const out = join(dir, 'open-ended-out.json');
    const r = await compile(input, out, '--from', '2027-01-15', '--json');
    assert.equal(r.code, 0, r.stdout);
    assert.deepEqual(JSON.parse(r.stdout).compiled.window, ['2027-01-15', '2028-02-15']);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.deepEqual(feed.locations[0].hours.compiled.window, ['2027-01-15', '2028-02-15']);
  });

  test('usage errors: no -o, source as output, bad --now', async () => {
    const noOutput = await runCli(['compile', SOURCE]);
    assert.equal(noOutput.code, 2);
    assert.match(noOutput.stderr, /Ausgabedatei fehlt/);
    const same = await runCli(['compile', SOURCE, '-o', SOURCE]);
    assert.equal(same.code, 2);
    assert.match(same.stderr, /dieselbe Datei/);
    const now = await runCli(['compile', SOURCE, '-o', join(dir, 'x.json'), '--now', 'gestern']);
    assert.equal(now.code, 2);
  });

  test('a folder that cannot be written: exit 2, nothing half-written', async () => {
    const r = await compile(SOURCE, join(dir, 'no-such-folder', 'feed.json'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /konnte nicht geschrieben werden.*bleibt unverändert/);
  });
});
