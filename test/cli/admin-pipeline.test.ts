/**
 * The Kreis admin's five steps through the real `wegweiser` binary, as the
 * README describes them: template → import sheets → compile (dry run, then
 * for real) → report → export for search engines and other directories.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';
import { validateFeed } from '../../src/core/validate.js';

const dir = mkdtempSync(join(tmpdir(), 'wegweiser-admin-'));
const NOW = ['--now', '2026-12-01T09:00:00+01:00'];

test('from the template to a published feed, a report and exports', async () => {
  const template = await runCli(['template', join(dir, 'vorlage')]);
  assert.equal(template.code, 0, template.stderr);
  assert.ok(existsSync(join(dir, 'vorlage', 'wegweiser-vorlage.xlsx')));

  const imported = await runCli(['import', 'sheets', join(dir, 'vorlage'), '-o', join(dir, 'quelle.json')]);
  assert.equal(imported.code, 0, imported.stdout + imported.stderr);

  const dry = await runCli(['compile', join(dir, 'quelle.json'), '-o', join(dir, 'feed.json'), '--dry-run', ...NOW]);
  assert.equal(dry.code, 0, dry.stdout + dry.stderr);
  assert.ok(!existsSync(join(dir, 'feed.json')), 'a dry run writes nothing');

  const compiled = await runCli(['compile', join(dir, 'quelle.json'), '-o', join(dir, 'feed.json'), ...NOW]);
  assert.equal(compiled.code, 0, compiled.stdout + compiled.stderr);
  assert.ok(validateFeed(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'))).ok);

  const report = await runCli(['report', join(dir, 'feed.json'), '--json', '--today', '2026-12-01']);
  assert.equal(report.code, 0, report.stderr);
  assert.ok(JSON.parse(report.stdout));
  const html = await runCli(['report', join(dir, 'feed.json'), '--html', join(dir, 'bericht.html'), '--today', '2026-12-01']);
  assert.equal(html.code, 0, html.stderr);
  assert.match(readFileSync(join(dir, 'bericht.html'), 'utf8'), /<svg/);

  const jsonld = await runCli(['export', 'jsonld', join(dir, 'feed.json'), '-o', join(dir, 'ld.json'), '--today', '2026-12-01']);
  assert.equal(jsonld.code, 0, jsonld.stderr);
  assert.match(readFileSync(join(dir, 'ld.json'), 'utf8'), /schema\.org/);

  const hsds = await runCli(['export', 'hsds', join(dir, 'feed.json'), '-o', join(dir, 'hsds')]);
  assert.equal(hsds.code, 0, hsds.stderr);
  assert.ok(readdirSync(join(dir, 'hsds')).includes('datapackage.json'));
});

test('every admin command has help in German and English, and mistakes get a sentence and exit 2', async () => {
  for (const command of [['template'], ['import', 'sheets'], ['import', 'hsds'], ['export', 'hsds'], ['export', 'jsonld'], ['report']]) {
    const de = await runCli([...command, '--help']);
    assert.equal(de.code, 0);
    assert.match(de.stdout, new RegExp(`wegweiser ${command.join(' ')}`));
    const en = await runCli([...command, '--help', '--lang', 'en']);
    assert.equal(en.code, 0);
    assert.notEqual(en.stdout, de.stdout);
  }
  const main = await runCli(['--help']);
  for (const name of ['import sheets', 'import hsds', 'export hsds', 'export jsonld', 'report', 'template', 'travel']) assert.match(main.stdout, new RegExp(`wegweiser ${name}`));
  const wrong = await runCli(['export', 'pdf', 'feed.json']);
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /wegweiser export hsds\|jsonld/);
  const missing = await runCli(['import', 'sheets', join(dir, 'vorlage')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /Die Ausgabe fehlt/);
});
