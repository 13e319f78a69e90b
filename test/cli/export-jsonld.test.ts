import '../../src/cli/berlin-time.js';
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJsonLdCommand, EXPORT_JSONLD_HELP, type ExportJsonLdOptions } from '../../src/cli/commands/export-jsonld.js';
import { FIXTURES, ROOT } from './run-cli.js';

const FEED = join(ROOT, FIXTURES, 'valid-minimal.json');
let dir: string;

before(async () => { dir = await mkdtemp(join(tmpdir(), 'wegweiser-jsonld-')); });
after(async () => { await rm(dir, { recursive: true, force: true }); });

async function run(extra: Partial<ExportJsonLdOptions> & { output: string }) {
  const lines: string[] = [];
  const code = await exportJsonLdCommand({ feed: FEED, lang: 'de', json: false, today: '2026-12-01', out: (t) => lines.push(t), err: (t) => lines.push(t), ...extra });
  return { code, text: lines.join('\n') };
}

describe('wegweiser export jsonld', () => {
  test('one file with an @graph of the current services', async () => {
    const output = join(dir, 'angebote.json');
    const r = await run({ output, url: 'https://kreis.example/angebote/{id}' });
    assert.equal(r.code, 0, r.text);
    assert.match(r.text, /^2 Angebote als JSON-LD geschrieben: .*angebote\.json\.$/);
    const doc = JSON.parse(await readFile(output, 'utf8'));
    assert.equal(doc['@context'], 'https://schema.org');
    assert.deepEqual(doc['@graph'].map((n: any) => [n['@type'], n.identifier, n.url]), [
      ['GovernmentService', 'abh', 'https://kreis.example/angebote/abh'],
      ['GovernmentService', 'mbe', 'https://kreis.example/angebote/mbe'],
    ]);
    const office = doc['@graph'][0].availableChannel.serviceLocation;
    assert.equal(office['@type'], 'GovernmentOffice');
    assert.equal(office.address.streetAddress, 'Allee 17');
    assert.ok(office.openingHoursSpecification.length >= 2);
    assert.deepEqual((await readdir(dir)).filter((f) => f.includes('.tmp')), []);
  });

  test('a folder: one <id>.jsonld per service, each a complete document; --json', async () => {
    const output = join(dir, 'seiten');
    const r = await run({ output, json: true, lang: 'en', textLang: 'en' });
    assert.equal(r.code, 0, r.text);
    const report = JSON.parse(r.text);
    assert.equal(report.services, 2);
    assert.deepEqual((await readdir(output)).sort(), ['abh.jsonld', 'mbe.jsonld']);
    const abh = JSON.parse(await readFile(join(output, 'abh.jsonld'), 'utf8'));
    assert.equal(abh['@context'], 'https://schema.org');
    assert.equal(abh.name, 'Immigration office');
  });

  test('services past their end are left out; ids with ":" make safe file names', async () => {
    const feed = JSON.parse(await readFile(FEED, 'utf8'));
    feed.services[0].validUntil = '2026-01-31';
    feed.services[1].id = 'lra:mbe';
    const path = join(dir, 'changed-feed.json');
    await writeFile(path, JSON.stringify(feed));
    const output = join(dir, 'seiten2');
    const r = await run({ feed: path, output });
    assert.equal(r.code, 0, r.text);
    assert.match(r.text, /1 Angebote als JSON-LD geschrieben: .*seiten2 \(1 Dateien\)\. 1 nicht \(mehr\) aktuelle ausgelassen\./);
    assert.deepEqual(await readdir(output), ['lra%3Ambe.jsonld']);
  });

  test('an invalid feed exports nothing (exit 1); a missing file is exit 2', async () => {
    const output = join(dir, 'nie.json');
    const bad = await run({ feed: join(ROOT, FIXTURES, 'wrong-types.json'), output });
    assert.equal(bad.code, 1);
    assert.match(bad.text, /ungültig; nichts exportiert/);
    await assert.rejects(readFile(output), { code: 'ENOENT' });
    const missing = await run({ feed: join(dir, 'gibt-es-nicht.json'), output });
    assert.equal(missing.code, 2, missing.text);
  });

  test('help in both languages', () => {
    assert.match(EXPORT_JSONLD_HELP.de, /^wegweiser export jsonld /);
    assert.match(EXPORT_JSONLD_HELP.en, /Exit codes: 0 = written/);
  });
});
