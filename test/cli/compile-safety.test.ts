/**
 * Publishing safety of `wegweiser compile` on real files: a feed that loses
 * many entries is not published without --force; --dry-run shows the diff
 * and writes nothing.
 */
import '../../src/cli/berlin-time.js';
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileCommand, COMPILE_SAFETY_HELP, type CompileOptions } from '../../src/cli/commands/compile.js';
import { FIXTURES, ROOT } from './run-cli.js';

const NOW = new Date('2026-12-01T09:00:00+01:00');
let dir: string;
let base: Record<string, any>;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wegweiser-safety-'));
  base = JSON.parse(await readFile(join(ROOT, FIXTURES, 'source-minimal.json'), 'utf8'));
  delete base.$schema;
});
after(async () => { await rm(dir, { recursive: true, force: true }); });

/** source-minimal plus `extra` phone services (so the feed has 8 + extra entries). */
async function source(name: string, extra: number, change?: (feed: Record<string, any>) => void): Promise<string> {
  const feed = structuredClone(base);
  for (let i = 0; i < extra; i++) {
    feed.services.push({
      id: `extra-${i}`, organisation: 'lra', name: `Telefonberatung ${i}`, topics: ['beratung'], access: ['phone'],
      contact: { phone: '+49 7940 18-555' }, steward: 'lra-integration', reviewed: '2026-10-01',
    });
  }
  change?.(feed);
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(feed, null, 2));
  return path;
}

async function compile(src: string, output: string, extra: Partial<CompileOptions> = {}) {
  const lines: string[] = [];
  const code = await compileCommand({
    source: src, output, now: NOW, pretty: false, lang: 'de', json: false, maxBytes: 100 * 1048576, color: false, limit: 200,
    out: (t) => lines.push(t), err: (t) => lines.push(t), ...extra,
  });
  return { code, text: lines.join('\n') };
}

describe('compile: publishing safety', () => {
  test('a drop of 50 % is refused and the published feed stays; --force publishes', async () => {
    const out = join(dir, 'drop.json');
    const first = await compile(await source('full.json', 20), out);
    assert.equal(first.code, 0, first.text);
    const published = await readFile(out, 'utf8');
    assert.equal(JSON.parse(published).services.length, 22);

    const half = await source('half.json', 6);
    const refused = await compile(half, out);
    assert.equal(refused.code, 1, refused.text);
    assert.match(refused.text, /viel weniger Einträge als der veröffentlichte .*drop\.json: Einträge insgesamt 28 → 14 \(−50 %\), Angebote 22 → 8 \(−64 %\)/);
    assert.match(refused.text, /--force/);
    assert.match(refused.text, /Nichts geschrieben; .*drop\.json bleibt, wie es war\./);
    assert.equal(await readFile(out, 'utf8'), published);
    assert.deepEqual((await readdir(dir)).filter((f) => f.includes('.tmp')), []);

    // A higher threshold lets it through; so does --force (with a warning).
    const en = await compile(half, join(dir, 'drop-en.json'), { lang: 'en' });
    assert.equal(en.code, 0, 'no previous feed: nothing to compare');
    const forced = await compile(half, out, { force: true });
    assert.equal(forced.code, 0, forced.text);
    assert.match(forced.text, /Mit --force veröffentlicht/);
    assert.equal(JSON.parse(await readFile(out, 'utf8')).services.length, 8);
  });

  test('--drop-threshold moves the limit', async () => {
    const out = join(dir, 'threshold.json');
    assert.equal((await compile(await source('t-full.json', 20), out)).code, 0);
    const smaller = await source('t-smaller.json', 12);
    assert.equal((await compile(smaller, out, { dropThreshold: 0.2 })).code, 1);
    assert.equal((await compile(smaller, out, { dropThreshold: 0.5 })).code, 0);
  });

  test('a small change is published', async () => {
    const out = join(dir, 'small.json');
    assert.equal((await compile(await source('s-full.json', 20), out)).code, 0);
    const r = await compile(await source('s-minus-one.json', 19, (f) => { f.services[0].name.de = 'Ausländerbehörde Künzelsau'; }), out);
    assert.equal(r.code, 0, r.text);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(feed.services.length, 21);
    assert.equal(feed.services[0].name.de, 'Ausländerbehörde Künzelsau');
  });

  test('--dry-run prints added, removed and changed entries and writes nothing', async () => {
    const out = join(dir, 'dry.json');
    const none = await compile(await source('d-full.json', 20), out, { dryRun: true });
    assert.equal(none.code, 0, none.text);
    assert.match(none.text, /enthält noch keinen gültigen Feed: alle 28 Einträge wären neu/);
    await assert.rejects(readFile(out), { code: 'ENOENT' });

    assert.equal((await compile(join(dir, 'd-full.json'), out)).code, 0);
    const published = await readFile(out, 'utf8');
    const next = await source('d-next.json', 3, (f) => {
      f.services[0].name.de = 'Ausländerbehörde (neu)';
      f.organisations.push({ id: 'caritas', name: 'Caritas', kind: 'welfare' });
    });
    const dry = await compile(next, out, { dryRun: true });
    assert.equal(dry.code, 0, dry.text);
    assert.match(dry.text, /Änderungen gegenüber .*dry\.json \(Einträge 28 → 12\):/);
    assert.match(dry.text, /^Organisationen: 1 → 2\n {2}\+ neu \(1\): caritas$/m);
    assert.match(dry.text, /^Angebote: 22 → 5$/m);
    assert.match(dry.text, /^ {2}- entfernt \(17\): extra-3, extra-4, .*, extra-19$/m);
    assert.match(dry.text, /^ {2}~ geändert \(1\): abh$/m);
    // The refusal it would meet is said too; still nothing written, exit 0.
    assert.match(dry.text, /Ohne --force würde .*dry\.json so nicht ersetzt \(mehr als 30 % weniger\): Einträge insgesamt 28 → 12 \(−57 %\), Angebote 22 → 5 \(−77 %\)\./);
    assert.match(dry.text, /Probelauf \(--dry-run\): nichts geschrieben/);
    assert.equal(await readFile(out, 'utf8'), published);

    const json = await compile(next, out, { dryRun: true, json: true });
    assert.equal(json.code, 0);
    const report = JSON.parse(json.text);
    assert.equal(report.dryRun.refused, true);
    assert.deepEqual(report.dryRun.collections.organisations.added, ['caritas']);
    assert.equal(await readFile(out, 'utf8'), published);
  });

  test('--dry-run of an invalid source: exit 1, nothing written', async () => {
    const out = join(dir, 'dry-invalid.json');
    const r = await compile(join(ROOT, FIXTURES, 'dangling.json'), out, { dryRun: true });
    assert.equal(r.code, 1);
    await assert.rejects(readFile(out), { code: 'ENOENT' });
  });

  test('help lines for the lead to add', () => {
    for (const lang of ['de', 'en'] as const) {
      for (const option of ['--dry-run', '--drop-threshold', '--force']) assert.match(COMPILE_SAFETY_HELP[lang], new RegExp(`^ {2}${option}`, 'm'));
    }
  });
});
