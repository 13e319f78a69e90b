import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, validateFixture, FIXTURES } from './run-cli.js';

/** `<file>: <pointer>` at the start of a line, as the report prints it. */
const line = (file: string, pointer: string) => new RegExp(`^${FIXTURES}/${file}: ${pointer.replace(/[/]/g, '\\/')}\\b.*$`, 'm');

describe('wegweiser validate', { concurrency: 6 }, () => {
  test('a valid feed: exit 0, summary line, nothing else', async () => {
    const r = await validateFixture('valid-minimal.json');
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout.trim(), `0 Fehler, 0 Warnungen in ${FIXTURES}/valid-minimal.json`);
  });

  test('malformed JSON: exit 1 with file:line:column, the line and a caret', async () => {
    const r = await validateFixture('malformed.json');
    assert.equal(r.code, 1);
    assert.match(r.stdout, new RegExp(`^${FIXTURES}/malformed.json:150:7  Hier fehlt ein Komma`, 'm'));
    assert.match(r.stdout, /150 \|\s+"gemeinde": "08126046",\n\s+\|\s+\^/);
    assert.match(r.stdout, /1 Fehler, 0 Warnungen/);
  });

  test('comments in JSON are named as such', async () => {
    const r = await validateFixture('comment.json');
    assert.equal(r.code, 1);
    assert.match(r.stdout, /comment\.json:330:27  JSON erlaubt keine Kommentare/);
  });

  test('wrong types: every one with its pointer, line and a sentence', async () => {
    const r = await validateFixture('wrong-types.json');
    assert.equal(r.code, 1);
    assert.match(r.stdout, line('wrong-types.json', '/publisher/state'));
    assert.match(r.stdout, /\/publisher\/state \(Zeile 7\)  Das Bundesland wird mit seinem Kürzel angegeben/);
    assert.match(r.stdout, line('wrong-types.json', '/regions/gemeinden/0/centroid'));
    assert.match(r.stdout, /\/services\/0\/topics \(Zeile \d+\)  Hier wird eine Liste \[ … \] erwartet\. Gefunden: "aufenthalt"/);
    assert.match(r.stdout, /\/services\/0\/name \(Zeile \d+\)  Der deutsche Text \("de"\) fehlt/);
    assert.match(r.stdout, /\/programmes\/0\/cost\/free .*true oder false/);
    assert.match(r.stdout, /\/locations\/0\/address\/postcode .*5 Ziffern/);
    assert.match(r.stdout, /^7 Fehler, 1 Warnung in /m);
  });

  test('an unknown major version: exit 1, one clear sentence, no follow-up noise', async () => {
    const r = await validateFixture('version-2.json');
    assert.equal(r.code, 1);
    assert.match(r.stdout, /version-2\.json: \/version \(Zeile 3\)  Der Feed hat die Formatversion 2\.0; .*nur Version 1\.x/);
    assert.match(r.stdout, /^1 Fehler, 0 Warnungen/m);
  });

  test('HTML and <script> in texts: warnings with pointers; exit 0, or 1 with --strict', async () => {
    const r = await validateFixture('html.json');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /\/services\/0\/summary\/de .*Programmcode.*„<script“.*nie ausgeführt/);
    assert.match(r.stdout, /\/services\/1\/name\/de .*HTML \(„<b>“\)/);
    assert.match(r.stdout, /\/programmes\/0\/title .*javascript:/);
    assert.match(r.stdout, /\/topics\/3\/label\/en .*&amp;/);
    const strict = await validateFixture('html.json', '--strict');
    assert.equal(strict.code, 1);
  });

  test('AGS: wrong format, not in the feed, not in Germany', async () => {
    const r = await validateFixture('ags.json');
    assert.equal(r.code, 1);
    assert.match(r.stdout, /\/regions\/gemeinden\/1\/ags .*genau 8 Ziffern.*"8126066"/);
    assert.match(r.stdout, /\/locations\/0\/gemeinde .*08126047 gehört zu keiner Gemeinde unter regions\/gemeinden/);
    assert.match(r.stdout, /\/services\/0\/area\/0 .*08125005/);
    assert.match(r.stdout, /\/regions\/gemeinden\/2\/ags .*08126999 gibt es laut amtlichem Verzeichnis .* nicht/);
  });

  test('duplicate ids, also of Gemeinden and pathway steps', async () => {
    const r = await validateFixture('duplicates.json');
    assert.equal(r.code, 1);
    for (const pointer of ['/regions/gemeinden/2/ags', '/topics/4/id', '/services/2/id', '/pathways/0/steps/3/id']) {
      assert.match(r.stdout, line('duplicates.json', pointer), pointer);
    }
    assert.match(r.stdout, /„mbe“ gibt es unter services mehrfach \(zuerst bei \/services\/1\)/);
  });

  test('dangling references: each with pointer and did-you-mean', async () => {
    const r = await validateFixture('dangling.json');
    assert.equal(r.code, 1);
    for (const pointer of [
      '/topics/2/parent', '/locations/0/steward', '/services/0/organisation', '/services/0/at/0/location', '/services/1/topics/2',
      '/responsibilities/0/service', '/programmes/0/next/0', '/pathways/0/steps/0/topic', '/pathways/0/steps/1/next/0/step',
    ]) assert.match(r.stdout, line('dangling.json', pointer), pointer);
    assert.match(r.stdout, /„sprachen“ soll auf ein Thema \(topics\) verweisen.*Meinten Sie „sprache“\?/);
    assert.match(r.stdout, /^9 Fehler, 0 Warnungen/m);
  });

  test('stale and expired entries are warnings with the dates', async () => {
    const r = await validateFixture('stale.json');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /\/services\/0\/reviewed .*30\.06\.2025 geprüft, vor mehr als 12 Monaten/);
    assert.match(r.stdout, /\/services\/1\/validUntil .*seit 30\.09\.2026 abgelaufen/);
    assert.match(r.stdout, /\/validUntil .*nur bis 15\.11\.2026 gültig/);
    assert.match(r.stdout, /\/programmes\/0\/status .*31\.07\.2026 zu Ende/);
    assert.match(r.stdout, /\/locations\/0\/hours .*compile/);
    assert.match(r.stdout, /\/locations\/0 .*Prüfdatum/);
  });

  test('a protected place with an address: a warning (never shown, compile removes it), as in import and compile; a shelter-like name without the flag: warning', async () => {
    const r = await validateFixture('sensitive.json');
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /Warnungen[\s\S]*\/locations\/1\/address .*geschützt.*nirgends angezeigt.*compile“ entfernt sie.*\[sensitive-address\]/);
    assert.equal((await validateFixture('sensitive.json', '--strict')).code, 1);
    assert.match(r.stdout, line('sensitive.json', '/locations/1/geo'));
    assert.match(r.stdout, /\/locations\/2\/name .*"sensitive": true/);
  });

  test('pathway loops are errors; unreachable steps and unknown questions warnings', async () => {
    const r = await validateFixture('pathway-loop.json');
    assert.equal(r.code, 1);
    assert.match(r.stdout, /\/pathways\/0\/steps\/1\/next\/0\/step .*Kreis: anmelden → abh → anmelden \(solange keine Frage beantwortet ist\)/);
    assert.match(r.stdout, /\/pathways\/0\/steps\/3 .*„Nie gezeigt“.*bei keiner Antwort/);
    assert.match(r.stdout, /\/pathways\/0\/steps\/3\/when\/herkunft .*keine solche Frage/);
  });

  test('unknown fields, missing languages, no way in, unlisted text languages', async () => {
    const r = await validateFixture('warnings.json');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /\/services\/0\/titel .*„titel“ kennt das Format nicht.*Meinten Sie „name“\?/);
    assert.match(r.stdout, /\/locations\/0\/oeffnungszeiten .*Meinten Sie „hours“\?/);
    assert.match(r.stdout, /\/services\/1 .*Sprachen/);
    assert.match(r.stdout, /\/services\/2 .*keinen Ort/);
    assert.match(r.stdout, /\/services\/0\/name\/fr .*„fr“/);
  });

  test('opening hours that do not parse: warning, shown as text', async () => {
    const r = await validateFixture('bad-hours.json');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /\/locations\/0\/hours\/osm \(Zeile \d+\)  .*„Mo-Fr 08:00-“.*nicht im OSM-Format lesbar.*Text.*\[hours-syntax\]/);
    assert.match(r.stdout, /\/services\/1\/at\/0\/hours\/osm .*`Mo-Fr 08:00-12:00`/);
  });

  test('--json: every problem with pointer, line, code and both languages', async () => {
    const r = await validateFixture('dangling.json', '--json');
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout);
    assert.equal(report.ok, false);
    assert.equal(report.errors, 9);
    const issue = report.issues.find((i: { pointer: string }) => i.pointer === '/services/0/organisation');
    assert.equal(issue.code, 'dangling-ref');
    assert.equal(typeof issue.line, 'number');
    assert.ok(issue.message.de && issue.message.en);
  });

  test('English with --lang en and with LANG=en_GB', async () => {
    const a = await validateFixture('duplicates.json', '--lang', 'en');
    assert.match(a.stdout, /\(line \d+\)  The id "mbe" appears more than once/);
    assert.match(a.stdout, /^4 errors, 0 warnings in /m);
    const b = await runCli(['validate', `${FIXTURES}/version-2.json`], { LANG: 'en_GB.UTF-8' });
    assert.match(b.stdout, /format version 2\.0/);
  });

  test('colour only when asked for (never with NO_COLOR)', async () => {
    const plain = await validateFixture('html.json');
    assert.doesNotMatch(plain.stdout, /\u001b\[/);
    const forced = await runCli(['validate', `${FIXTURES}/html.json`, '--today', '2026-12-01'], { NO_COLOR: '', FORCE_COLOR: '1' });
    assert.match(forced.stdout, /\u001b\[33;1mWarnungen/);
  });

  test('usage and read errors: exit 2 with a sentence on stderr', async () => {
    const missing = await runCli(['validate', `${FIXTURES}/does-not-exist.json`]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /gibt es nicht/);
    const folder = await runCli(['validate', FIXTURES]);
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /ein Ordner/);
    const option = await runCli(['validate', `${FIXTURES}/valid-minimal.json`, '--frobnicate']);
    assert.equal(option.code, 2);
    assert.match(option.stderr, /Unbekannte Option --frobnicate/);
    const command = await runCli(['publish']);
    assert.equal(command.code, 2);
    assert.match(command.stderr, /Unbekannter Befehl „publish“/);
    const date = await runCli(['validate', `${FIXTURES}/valid-minimal.json`, '--today', '1.12.2026']);
    assert.equal(date.code, 2);
  });

  test('--help in German by default, in English with --lang en', async () => {
    const de = await runCli(['validate', '--help']);
    assert.equal(de.code, 0);
    assert.match(de.stdout, /Rückgabewerte: 0 = keine Fehler/);
    const en = await runCli(['--help', '--lang', 'en']);
    assert.match(en.stdout, /Exit codes: 0 = fine, 1 = the feed has errors, 2 = usage or read error/);
  });
});
