/**
 * The Werkstatt's run in Node: the same feed.json as `wegweiser import
 * sheets` + `wegweiser compile` for the same spreadsheets and date, byte for
 * byte; problems with the row they point at.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli.js';
import { runWerkstatt, groupUnits, type DroppedFile, type Progress } from '../../src/werkstatt/pipeline.js';
import { writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { loadGemeinden } from '../../src/cli/gemeinden-file.js';
import { workbook } from '../tools/template-xlsx.js';

const NOW = '2026-12-01T08:00:00+01:00';
const TODAY = '2026-12-01';
const FOLDERS = ['test/fixtures/sheets/vulkaneifel', 'test/fixtures/sheets/vulkaneifel-kelberg'];

function dropped(folder: string): DroppedFile[] {
  return readdirSync(folder).sort().map((name) => ({ name, folder, bytes: new Uint8Array(readFileSync(join(folder, name))) }));
}

test('feed.json and the source are byte-identical to import sheets + compile for the same sheets and date', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ww-werkstatt-'));
  try {
    const source = join(dir, 'quelle.json');
    const feed = join(dir, 'feed.json');
    const imported = await runCli(['import', 'sheets', ...FOLDERS, '-o', source, '--now', NOW, '--today', TODAY]);
    assert.equal(imported.code, 0, imported.stdout + imported.stderr);
    const compiled = await runCli(['compile', source, '-o', feed, '--now', NOW, '--today', TODAY]);
    assert.equal(compiled.code, 0, compiled.stdout + compiled.stderr);

    const stages: Progress['stage'][] = [];
    const result = await runWerkstatt({
      files: FOLDERS.flatMap(dropped), gemeindeData: loadGemeinden(), now: new Date(NOW), today: TODAY,
      onProgress: (p) => { if (stages.at(-1) !== p.stage) stages.push(p.stage); },
    });
    assert.equal(result.errors, 0, JSON.stringify(result.problems.slice(0, 3)));
    assert.equal(result.sourceText, readFileSync(source, 'utf8'));
    assert.equal(result.feedText, readFileSync(feed, 'utf8'));
    assert.deepEqual(stages, ['read', 'import', 'compile', 'report']);
    assert.equal(result.units.length, 2);
    assert.ok(result.units[1]!.counts && Object.values(result.units[1]!.counts).some((n) => n > 0), 'counts per sender');
    assert.match(result.reportHtml!.de, /<svg/);
    assert.ok(result.gemeinden.some((g) => g.name === 'Kelberg'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a broken row: no feed, the problem names file, sheet, row and column and carries the row', async () => {
  const files = dropped('test/fixtures/sheets/fehler');
  const result = await runWerkstatt({ files, gemeindeData: loadGemeinden(), now: new Date(NOW), today: TODAY });
  assert.ok(result.errors > 0);
  assert.equal(result.feedText, undefined);
  assert.equal(result.sourceText, undefined);
  const located = result.problems.find((p) => p.severity === 'error' && p.place?.row !== undefined && p.place.column);
  assert.ok(located, 'an error at a cell');
  assert.ok(located.excerpt, 'with its row');
  assert.equal(located.excerpt.header[located.excerpt.column!]!.trim(), located.place!.column);
  assert.equal(result.problems[0]!.severity, 'error', 'errors first');
});

test('files that are no spreadsheet are a problem with what to do, not a crash', async () => {
  const result = await runWerkstatt({
    files: [{ name: 'alt.xls', folder: '', bytes: new Uint8Array([1, 2, 3]) }, ...dropped('test/fixtures/sheets/vulkaneifel')],
    gemeindeData: loadGemeinden(), now: new Date(NOW), today: TODAY,
  });
  const p = result.problems.find((x) => x.place?.file === 'alt.xls');
  assert.ok(p);
  assert.equal(p.severity, 'error');
  assert.match(p.message.de, /\.xlsx/);
});

test('units: each workbook alone, the CSV files of a folder together, loose CSV files together', () => {
  const f = (name: string, folder = ''): DroppedFile => ({ name, folder, bytes: new Uint8Array() });
  const units = groupUnits([f('a.xlsx'), f('Orte.csv'), f('Angebote.csv', 'kelberg'), f('Orte.csv', 'kelberg'), f('Angebote.csv'), f('b.xlsx', 'kelberg')]);
  assert.deepEqual(units.map((u) => [u.name, u.files.map((x) => x.name)]), [
    ['a.xlsx', ['a.xlsx']], ['CSV', ['Angebote.csv', 'Orte.csv']], ['kelberg', ['Angebote.csv', 'Orte.csv']], ['kelberg/b.xlsx', ['b.xlsx']],
  ]);
});

test('messages speak of the Werkstatt, not of command-line options', async () => {
  const result = await runWerkstatt({
    files: [...dropped('test/fixtures/sheets/gemeinde-bretzfeld'), { name: 'Orte.csv', folder: 'x', bytes: new TextEncoder().encode('ID;Name;Gemeinde;Farbe\nort-1;Rathaus;Bretzfeld;blau\n') }],
    gemeindeData: loadGemeinden(), now: new Date(NOW), today: TODAY,
  });
  const text = result.problems.map((p) => `${p.message.de} ${p.message.en}`).join('\n');
  assert.doesNotMatch(text, /--base|--allow-unknown/);
  assert.match(text, /Es fehlt das Blatt „Kreis“/);
  assert.match(text, /Unbekannte Spalten nur melden/);
});

test('two Excel workbooks (the Kreis’s and a Verbandsgemeinde’s): the same feed.json as the CLI from the same workbooks', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ww-werkstatt-xlsx-'));
  try {
    const books: string[] = [];
    for (const folder of FOLDERS) {
      const sheets = readdirSync(folder).sort().map((name) => ({
        name: name.replace(/\.csv$/, ''),
        rows: parse(readFileSync(join(folder, name), 'utf8'), { delimiter: ';', relax_column_count: true }) as string[][],
      }));
      const path = join(dir, `${folder.split('/').pop()}.xlsx`);
      writeFileSync(path, await workbook(sheets));
      books.push(path);
    }
    const source = join(dir, 'quelle.json');
    const feed = join(dir, 'feed.json');
    assert.equal((await runCli(['import', 'sheets', ...books, '-o', source, '--now', NOW, '--today', TODAY])).code, 0);
    assert.equal((await runCli(['compile', source, '-o', feed, '--now', NOW, '--today', TODAY])).code, 0);
    const result = await runWerkstatt({
      files: books.map((path) => ({ name: path, folder: '', bytes: new Uint8Array(readFileSync(path)) })),
      gemeindeData: loadGemeinden(), now: new Date(NOW), today: TODAY,
    });
    assert.equal(result.errors, 0, JSON.stringify(result.problems.slice(0, 3)));
    assert.equal(result.units.length, 2);
    assert.equal(result.feedText, readFileSync(feed, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('files dropped by mistake say what to do: a feed, a ZIP, an empty CSV', async () => {
  const enc = (t: string) => new TextEncoder().encode(t);
  const result = await runWerkstatt({
    files: [
      { name: 'feed.json', folder: '', bytes: enc('{"version":"1.0"}') },
      { name: 'vorlage.zip', folder: '', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) },
      { name: 'Angebote.csv', folder: 'leer', bytes: enc('\n') },
    ],
    gemeindeData: loadGemeinden(), now: new Date(NOW), today: TODAY,
  });
  const about = (file: string) => result.problems.find((p) => p.place?.file === file)?.message.de ?? '';
  assert.match(about('feed.json'), /Reiter „Vergleich“/);
  assert.match(about('vorlage.zip'), /Entpacken Sie/);
  assert.match(about('leer/Angebote.csv'), /Die Datei ist leer/);
});
