/** `wegweiser import sheets` and `wegweiser template` on real files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { importSheetsCommand, type ImportSheetsOptions } from '../../src/cli/commands/import-sheets.js';
import { templateCommand } from '../../src/cli/commands/template.js';
import { validateFeed } from '../../src/core/validate.js';
import { readHours } from '../../src/admin/sheets/hours.js';
import { SHEETS } from '../../src/admin/sheets/spec.js';
import { csvName, templateCsv, templateReadme, templateRows, XLSX_NAME } from '../../src/admin/sheets/template-files.js';
import { workbook } from '../tools/template-xlsx.js';

const FIX = 'test/fixtures/sheets';
const tmp = () => mkdtempSync(join(tmpdir(), 'ww-sheets-'));

interface JsonIssue { severity: string; code: string; file?: string; sheet?: string; row?: number; column?: string; pointer?: string; message: { de: string; en: string } }
interface JsonResult { ok: boolean; errors: number; warnings: number; written: boolean; inputs: Array<{ input: string; entries: Record<string, number> }>; issues: JsonIssue[]; diff?: { before: number; after: number; collections: Record<string, { removed: string[] }> } }

async function run(inputs: string[], output: string, extra: Partial<ImportSheetsOptions> = {}): Promise<{ code: number; result: JsonResult; text: string }> {
  let text = '';
  const code = await importSheetsCommand({ inputs, output, json: true, lang: 'de', today: '2026-12-01', now: NOW, out: (t) => { text += t; }, err: (t) => { text += t; }, ...extra });
  return { code, result: JSON.parse(text) as JsonResult, text };
}

const NOW = new Date('2026-12-01T09:00:00+01:00');
const source = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
/** The source feed import writes is a valid feed (with generatedAt; compile adds the compiled hours). */
const valid = (feed: Record<string, unknown>) => validateFeed(feed);

test('the shipped template is up to date with the spec (CSV, README, every sheet of the workbook)', async () => {
  for (const sheet of SHEETS) assert.equal(readFileSync(join('docs/template', csvName(sheet)), 'utf8'), templateCsv(sheet), csvName(sheet));
  assert.equal(readFileSync('docs/template/README.md', 'utf8'), templateReadme());
  const sheets = await readXlsxFile(join('docs/template', XLSX_NAME));
  assert.deepEqual(sheets.map((s) => s.sheet), SHEETS.map((s) => s.name));
  for (const [i, s] of sheets.entries()) {
    const [header, example] = templateRows(SHEETS[i]!);
    assert.deepEqual(s.data[0], header);
    assert.deepEqual(s.data[1]!.map((c) => (c === null ? '' : String(c))), example);
  }
});

test('template round trip: wegweiser template → import (xlsx and CSV) → the same valid source feed', async () => {
  const dir = join(tmp(), 'vorlage');
  const lines: string[] = [];
  assert.equal(await templateCommand({ dir, force: false, lang: 'de', out: (t) => lines.push(t), err: (t) => lines.push(t) }), 0);
  assert.ok(existsSync(join(dir, XLSX_NAME)) && existsSync(join(dir, 'README.md')) && existsSync(join(dir, 'csv', 'Angebote.csv')));
  // Refuses to overwrite, writes nothing.
  const before = readFileSync(join(dir, 'README.md'), 'utf8');
  writeFileSync(join(dir, 'README.md'), 'mine');
  assert.equal(await templateCommand({ dir, force: false, lang: 'de', out: () => {}, err: (t) => lines.push(t) }), 1);
  assert.equal(readFileSync(join(dir, 'README.md'), 'utf8'), 'mine');
  assert.match(lines.at(-1)!, /--force/);
  assert.equal(await templateCommand({ dir, force: true, lang: 'en', out: () => {}, err: () => {} }), 0);
  assert.equal(readFileSync(join(dir, 'README.md'), 'utf8'), before);

  const fromXlsx = await run([dir], join(dir, 'a.json'));
  assert.equal(fromXlsx.code, 0, fromXlsx.text);
  assert.equal(fromXlsx.result.errors, 0);
  const fromCsv = await run([join(dir, 'csv')], join(dir, 'b.json'));
  assert.equal(fromCsv.code, 0, fromCsv.text);
  assert.equal(readFileSync(join(dir, 'a.json'), 'utf8'), readFileSync(join(dir, 'b.json'), 'utf8'));
  const feed = source(join(dir, 'a.json'));
  assert.ok(valid(feed).ok);
  for (const c of ['organisations', 'locations', 'services', 'programmes', 'responsibilities', 'pathways', 'stewards', 'topics']) assert.equal(feed[c].length, 1, c);
  assert.equal(feed.publisher.ags, '08126');
  assert.equal(feed.regions.gemeinden.length, 16);
  assert.equal(feed.locations[0].gemeinde, '08126046');
  assert.deepEqual(feed.services[0].at, [{ location: 'ort-lra', hours: { osm: 'Tu,Th 08:30-12:00' } }]);
  assert.equal(feed.programmes[0].kind, 'integration-course');
  assert.equal(feed.generatedAt, '2026-12-01T09:00:00+01:00');
});

test('messy CSV folder: accepted with the expected warnings, and a valid feed', async () => {
  const out = join(tmp(), 'quelle.json');
  const { code, result } = await run([`${FIX}/messy`], out);
  assert.equal(code, 0, JSON.stringify(result.issues, null, 1));
  const codes = result.issues.map((i) => i.code);
  for (const expected of ['cell-spaces', 'hours-converted', 'gemeinde-name', 'row-duplicate', 'row-empty', 'address-no-number', 'cell-bool-form', 'hours-unreadable', 'topics-created']) {
    assert.ok(codes.includes(expected), `missing warning ${expected}`);
  }
  assert.ok(result.issues.every((i) => i.severity === 'warning'));
  const dup = result.issues.find((i) => i.code === 'row-duplicate')!;
  assert.deepEqual([dup.file, dup.sheet, dup.row], [`${FIX}/messy/Angebote.csv`, 'Angebote', 4]);
  const hours = result.issues.find((i) => i.code === 'hours-converted' && i.row === 2 && i.sheet === 'Orte')!;
  assert.match(hours.message.de, /„Mo-Fr 8-12 Uhr“.*„Mo-Fr 08:00-12:00“/);
  assert.equal(hours.column, 'Öffnungszeiten');
  const feed = source(out);
  assert.ok(valid(feed).ok);
  assert.deepEqual(feed.organisations.map((o: { id: string }) => o.id), ['lra', 'kupferzell']);
  assert.deepEqual(feed.locations.map((l: { gemeinde: string }) => l.gemeinde), ['08126046', '08126047', '08126011']);
  assert.equal(feed.locations[0].hours.osm, 'Mo-Fr 08:00-12:00');
  assert.equal(feed.locations[2].hours.osm, 'täglich');
  assert.equal(feed.services.length, 2);
  assert.deepEqual(feed.services[0].at, [{ location: 'ort-lra', hours: { osm: 'Tu,Th 14:00-17:00' } }]);
  assert.deepEqual(feed.services[1].area, ['08126047']);
  assert.equal(feed.services[1].cost.free, true);
  assert.equal(feed.publisher.state, 'BW');
});

test('errors name file, sheet, row and column; nothing is written; exit 1', async () => {
  const dir = tmp();
  const out = join(dir, 'quelle.json');
  writeFileSync(out, '{"old": true}\n');
  const { code, result } = await run([`${FIX}/fehler`], out);
  assert.equal(code, 1);
  assert.equal(result.written, false);
  assert.equal(readFileSync(out, 'utf8'), '{"old": true}\n');
  const at = (c: string) => result.issues.find((i) => i.code === c)!;
  assert.deepEqual({ ...at('cell-bool'), message: undefined }, { severity: 'error', code: 'cell-bool', file: `${FIX}/fehler/Angebote.csv`, sheet: 'Angebote', row: 2, column: 'Kostenlos', message: undefined });
  assert.deepEqual([at('cell-postcode').row, at('cell-postcode').column], [2, 'PLZ']);
  assert.deepEqual([at('gemeinde-unknown').row, at('gemeinde-unknown').column], [3, 'Gemeinde']);
  // Found by the core checks, traced back to the cell.
  const ref = at('dangling-ref');
  assert.deepEqual([ref.file, ref.sheet, ref.row, ref.column, ref.pointer], [`${FIX}/fehler/Angebote.csv`, 'Angebote', 3, 'Orte', '/services/1/at/0/location']);
  assert.match(at('cell-bool').message.en, /yes\/no/);
  // The location without Gemeinde is not reported twice.
  assert.equal(result.issues.filter((i) => i.row === 3 && i.sheet === 'Orte' && i.severity === 'error').length, 1);
  // Text output names them the same way.
  let text = '';
  await importSheetsCommand({ inputs: [`${FIX}/fehler`], output: out, json: false, lang: 'en', today: '2026-12-01', out: (t) => { text += `${t}\n`; }, err: (t) => { text += t; } });
  assert.match(text, /fehler\/Angebote\.csv, sheet "Angebote", row 2, column "Kostenlos": "vielleicht" is not a yes\/no value/);
  assert.match(text, /Nothing written/);
});

test('two Gemeinde files on a base feed: later file wins with a warning naming both, counted per file', async () => {
  const out = join(tmp(), 'quelle.json');
  const a = `${FIX}/gemeinde-kupferzell`;
  const b = `${FIX}/gemeinde-bretzfeld`;
  const { code, result } = await run([a, b], out, { base: 'demo/feed.source.json' });
  assert.equal(code, 0, JSON.stringify(result.issues.filter((i) => i.severity === 'error'), null, 1));
  const replaced = result.issues.find((i) => i.code === 'id-replaced')!;
  assert.equal(replaced.file, `${b}/Angebote.csv`);
  assert.match(replaced.message.de, /gemeinde-kupferzell\/Angebote\.csv/);
  assert.match(replaced.message.de, /gemeinde-bretzfeld\/Angebote\.csv/);
  assert.deepEqual(result.inputs, [
    { input: a, entries: { locations: 1 } },
    { input: b, entries: { services: 2 } },
  ]);
  const feed = source(out);
  const base = source('demo/feed.source.json');
  assert.ok(valid(feed).ok);
  assert.equal(feed.services.length, base.services.length + 2);
  assert.equal(feed.locations.length, base.locations.length + 1);
  const cafe = feed.services.find((s: { id: string }) => s.id === 'sprachcafe-kupferzell');
  assert.match(cafe.name, /gemeinsam mit Bretzfeld/);
  assert.equal(cafe.steward, 'st-gemeinden');
  // A steward named by e-mail becomes a steward entry of its own.
  const loc = feed.locations.find((l: { id: string }) => l.id === 'ort-kupferzell-treff');
  assert.equal(loc.steward, 'pflege-buergerdienste-kupferzell-example');
  assert.ok(feed.stewards.some((s: { id: string; email: string }) => s.id === loc.steward && s.email === 'buergerdienste@kupferzell.example'));
  assert.equal(feed.publisher.ags, base.publisher.ags);
  assert.equal(feed.topics.length, base.topics.length);
});

test('an .xlsx file is read like the CSV folder (numbers, dates and yes/no cells included)', async () => {
  const dir = tmp();
  const csvDir = `${FIX}/messy`;
  const sheets = readdirSync(csvDir).sort().map((name) => ({
    name: name.replace(/\.csv$/, ''),
    rows: readFileSync(join(csvDir, name), 'utf8').trim().split('\n').map((line) => line.split(name === 'Organisationen.csv' ? ',' : ';')),
  }));
  const file = join(dir, 'kreis.xlsx');
  writeFileSync(file, await workbook(sheets));
  const x = await run([file], join(dir, 'x.json'));
  const c = await run([csvDir], join(dir, 'c.json'));
  assert.equal(x.code, 0, x.text);
  assert.equal(readFileSync(join(dir, 'x.json'), 'utf8'), readFileSync(join(dir, 'c.json'), 'utf8'));
  assert.deepEqual(x.result.issues.map((i) => [i.code, i.sheet, i.row]), c.result.issues.map((i) => [i.code, i.sheet, i.row]));
  assert.equal(x.result.issues.find((i) => i.code === 'row-duplicate')!.file, file);
});

test('deterministic output; --dry-run writes nothing and shows the diff; a big drop needs --force', async () => {
  const dir = tmp();
  const out = join(dir, 'quelle.json');
  cpSync(`${FIX}/messy`, join(dir, 'in'), { recursive: true });
  await run([join(dir, 'in')], out);
  const first = readFileSync(out, 'utf8');
  await run([join(dir, 'in')], out);
  assert.equal(readFileSync(out, 'utf8'), first);

  // Drop two of three places and both services: 7 entries → 3.
  writeFileSync(join(dir, 'in', 'Orte.csv'), 'ID;Name;Gemeinde;Straße;PLZ;Ort\nort-lra;Landratsamt;Künzelsau;Allee 17;74653;Künzelsau\n');
  writeFileSync(join(dir, 'in', 'Angebote.csv'), 'ID;Organisation;Name;Themen;Zugang\n');
  writeFileSync(join(dir, 'in', 'Zeiten.csv'), 'Ort-ID;Öffnungszeiten\n');
  const dry = await run([join(dir, 'in')], out, { dryRun: true });
  assert.equal(dry.code, 0);
  assert.equal(dry.result.written, false);
  assert.deepEqual(dry.result.diff && [dry.result.diff.before, dry.result.diff.after], [7, 3]);
  assert.deepEqual(dry.result.diff!.collections.services!.removed, ['abh', 'buergerbuero-kupferzell']);
  assert.equal(readFileSync(out, 'utf8'), first);
  const refused = await run([join(dir, 'in')], out);
  assert.equal(refused.code, 1);
  assert.ok(refused.result.issues.some((i) => i.code === 'feed-shrinks' && i.severity === 'error' && i.file === out));
  assert.equal(readFileSync(out, 'utf8'), first);
  const forced = await run([join(dir, 'in')], out, { force: true });
  assert.equal(forced.code, 0);
  assert.ok(forced.result.issues.some((i) => i.code === 'feed-shrinks' && i.severity === 'warning'));
  assert.equal(source(out).services.length, 0);
});

test('usage and read errors give exit code 2', async () => {
  let err = '';
  const code = await importSheetsCommand({ inputs: [`${FIX}/nicht-da`], output: join(tmp(), 'x.json'), json: false, lang: 'de', out: () => {}, err: (t) => { err += t; } });
  assert.equal(code, 2);
  assert.match(err, /gibt es nicht/);
  const noKreis = await run([`${FIX}/gemeinde-kupferzell`], join(tmp(), 'x.json'));
  assert.equal(noKreis.code, 1);
  assert.ok(noKreis.result.issues.some((i) => i.code === 'kreis-missing'));
});

test('German hours are converted only when unambiguous', () => {
  const cases: Array<[string, string, string]> = [
    ['Mo-Fr 8-12 Uhr', 'converted', 'Mo-Fr 08:00-12:00'],
    ['Mo–Fr 8–12 Uhr', 'converted', 'Mo-Fr 08:00-12:00'],
    ['Mo.-Fr. 8:00-12:00', 'converted', 'Mo-Fr 08:00-12:00'],
    ['Di + Do 14-17 Uhr', 'converted', 'Tu,Th 14:00-17:00'],
    ['täglich 9-18 Uhr', 'converted', 'Mo-Su 09:00-18:00'],
    ['Montag bis Freitag 9.00 bis 12.00 Uhr', 'converted', 'Mo-Fr 09:00-12:00'],
    ['Mo, Mi 9-12; feiertags geschlossen', 'converted', 'Mo,We 09:00-12:00; PH off'],
    ['Mo-Fr 08:00-12:00; PH off', 'ok', 'Mo-Fr 08:00-12:00; PH off'],
    ['täglich', 'unreadable', 'täglich'],
    ['nach Vereinbarung', 'unreadable', 'nach Vereinbarung'],
  ];
  for (const [input, kind, osm] of cases) assert.deepEqual(readHours(input), { kind, osm }, input);
});

test('levels as lists and ranges; translation columns in their spellings', async () => {
  const { readLevels } = await import('../../src/admin/sheets/values.js');
  const { languageColumnFor, closestColumn } = await import('../../src/admin/sheets/spec.js');
  for (const [text, levels] of [['A1-B1', ['A1', 'A2', 'B1']], ['A1 – B1', ['A1', 'A2', 'B1']], ['A1 bis B1', ['A1', 'A2', 'B1']], ['Alpha; A1', ['alpha', 'A1']], ['b2', ['B2']], ['A2/B1', ['A2', 'B1']]] as const) {
    assert.deepEqual(readLevels(text), { levels, unknown: [] }, text);
  }
  assert.deepEqual(readLevels('A1; X9').unknown, ['X9']);
  const angebote = SHEETS.find((s) => s.key === 'angebote')!;
  const wege = SHEETS.find((s) => s.key === 'wege')!;
  for (const [header, key, lang] of [['Name-en', 'name', 'en'], ['Name_AR', 'name', 'ar'], ['Name (uk)', 'name', 'uk'], ['Beschreibung-de-x-ls', 'description', 'de-x-ls'], ['Kosten-Text-fa', 'costText', 'fa'], ['Kosten-en', 'costText', 'en']] as const) {
    const found = languageColumnFor(angebote, header);
    assert.deepEqual([found?.column.key, found?.lang], [key, lang], header);
  }
  assert.equal(languageColumnFor(wege, 'Weg-Titel-en')?.column.key, 'pathwayTitle');
  assert.equal(languageColumnFor(angebote, 'Telefon-en'), undefined, 'not a text column');
  assert.equal(closestColumn(angebote, 'Kurzbeschreibng'), 'Kurzbeschreibung');
  assert.equal(closestColumn(angebote, 'Zustandig fur Gemeinden'), 'Zuständig-für-Gemeinden');
});
