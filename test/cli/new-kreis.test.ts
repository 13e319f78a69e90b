/**
 * Issue 12, the Kreis admin's half: a Kreis we have never seen (Landkreis
 * Vulkaneifel, 07233, real Gemeinden from the official list) fills in the
 * template, and everything it enters reaches its citizens. Runs the real
 * CLI: template → import sheets → validate → compile → report, on the
 * spreadsheets in test/fixtures/sheets/vulkaneifel.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { runCli } from './run-cli.js';
import { validateFeed } from '../../src/core/validate.js';
import { fold, matchKey } from '../../src/admin/sheets/spec.js';

const FIX = 'test/fixtures/sheets/vulkaneifel';
const dir = mkdtempSync(join(tmpdir(), 'wegweiser-vulkaneifel-'));
const SOURCE = join(dir, 'quelle.json');
const FEED = join(dir, 'feed.json');
const TODAY = ['--today', '2026-12-01'];
const NOW = ['--now', '2026-12-01T09:00:00+01:00'];

interface Issue { severity: string; code: string; file?: string; sheet?: string; row?: number; column?: string; pointer?: string; message: { de: string; en: string } }
const json = <T = Record<string, any>>(text: string) => JSON.parse(text) as T;
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
const byId = (list: Array<{ id: string }>, id: string) => list.find((e) => e.id === id) as Record<string, any>;

/** import sheets on the Vulkaneifel spreadsheets, once for all tests. */
const imported = (async () => {
  const r = await runCli(['import', 'sheets', FIX, '-o', SOURCE, '--json', ...TODAY, ...NOW]);
  return { ...r, result: json<{ ok: boolean; errors: number; issues: Issue[] }>(r.stdout) };
})();
const compiled = (async () => {
  await imported;
  return runCli(['compile', SOURCE, '-o', FEED, '--json', '--pretty', ...TODAY, ...NOW]);
})();

test('the template carries the new sheets and columns (observation 5), and imports as it is', async () => {
  const vorlage = join(dir, 'vorlage');
  assert.equal((await runCli(['template', vorlage])).code, 0);
  const sheets = await readXlsxFile(join(vorlage, 'wegweiser-vorlage.xlsx'));
  const header = (name: string) => sheets.find((s) => s.sheet === name)?.data[0]?.map(String) ?? [];
  for (const name of ['Zielgruppen', 'Leistungsarten', 'Aufenthaltsstatus', 'Alltagswörter']) assert.ok(sheets.some((s) => s.sheet === name), name);
  for (const col of ['Beschreibung', 'Unterrichtssprachen', 'Warteliste', 'Geldgeber', 'Geldgeber-Ebene', 'Kostenart', 'Status', 'Titel-en']) assert.ok(header('Programme').includes(col), `Programme: ${col}`);
  for (const col of ['Kostenart', 'Leistungsart', 'Name-en', 'Kurzbeschreibung-en']) assert.ok(header('Angebote').includes(col), `Angebote: ${col}`);
  assert.ok(header('Zuständigkeiten').includes('Leistungsart'));
  assert.ok(header('Wege').includes('Leistungsart'));
  assert.deepEqual(header('Zielgruppen').slice(0, 4), ['ID', 'Name', 'Name-en', 'Name-ar']);
  const r = await runCli(['import', 'sheets', join(vorlage, 'csv'), '-o', join(dir, 'vorlage.json'), ...NOW]);
  assert.equal(r.code, 0, r.stdout);
  const feed = read(join(dir, 'vorlage.json'));
  assert.equal(feed.programmes[0].funder.level, 'bund');
  assert.deepEqual(feed.programmes[0].levels, ['A1', 'A2', 'B1']);
  assert.deepEqual(feed.services[0].name, { de: 'Ausländerbehörde', en: 'Immigration office' });
  assert.equal(feed.audiences[0].label.ar, 'اللاجئون');
});

test('import sheets: no error, no unknown or doubled column, and the warnings name file, sheet, row and column', async () => {
  const { code, result } = await imported;
  assert.equal(code, 0, JSON.stringify(result.issues.filter((i) => i.severity === 'error'), null, 1));
  const codes = result.issues.map((i) => i.code);
  assert.ok(!codes.includes('column-unknown') && !codes.includes('column-twice') && !codes.includes('column-language'), codes.join(' '));
  // Observation 7: the Thursday trap is reported at import, at the cell, with the compiler's suggestion.
  const trap = result.issues.find((i) => i.code === 'hours-rule-replaces-day')!;
  assert.deepEqual([trap.file, trap.sheet, trap.row, trap.column], [`${FIX}/Orte.csv`, 'Orte', 2, 'Öffnungszeiten']);
  assert.match(trap.message.de, /`Mo-Fr 08:00-12:00, Th 14:00-17:30`/);
  assert.match(trap.message.de, /gleicher Wert noch 2-mal/);
  // Observation 7: a protected place with an address is a warning (as in validate and compile), at its row.
  const shelter = result.issues.find((i) => i.code === 'sensitive-address')!;
  assert.deepEqual([shelter.severity, shelter.sheet, shelter.row, shelter.column], ['warning', 'Orte', 6, 'Straße']);
  assert.match(shelter.message.de, /compile“ entfernt sie/);
});

test('validate passes on what import wrote (observation 7), with the same verdicts', async () => {
  await imported;
  const source = read(SOURCE);
  assert.equal(source.generatedAt, '2026-12-01T09:00:00+01:00');
  const r = await runCli(['validate', SOURCE, '--json', ...TODAY]);
  assert.equal(r.code, 0, r.stdout);
  const issues = json<{ issues: Issue[] }>(r.stdout).issues;
  assert.deepEqual(issues.filter((i) => i.severity === 'error'), []);
  for (const code of ['sensitive-address', 'hours-rule-replaces-day', 'hours-not-compiled']) assert.ok(issues.some((i) => i.code === code && i.severity === 'warning'), code);
  // The same rule gives the same place: import said Orte row 2, validate says /locations/0.
  assert.ok(issues.some((i) => i.code === 'hours-rule-replaces-day' && i.pointer === '/locations/0/hours/osm'));
  // Strict CI still refuses a source feed.
  assert.equal((await runCli(['validate', SOURCE, '--strict', ...TODAY])).code, 1);
});

test('compile strips the shelter\'s address, warns about the Thursday trap and writes a valid feed', async () => {
  const r = await compiled;
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const codes = json<{ issues: Issue[] }>(r.stdout).issues.map((i) => `${i.severity}:${i.code}`);
  assert.ok(codes.includes('warning:sensitive-stripped') && codes.includes('warning:hours-rule-replaces-day'), codes.join(' '));
  const feed = read(FEED);
  assert.ok(validateFeed(feed).ok);
  const shelter = byId(feed.locations, 'ort-frauenhaus');
  assert.equal(shelter.address, undefined);
  assert.equal(shelter.gemeinde, '07233501');
});

test('report judges with the same rules: the trap on the published feed, the shelter on the source', async () => {
  await compiled;
  const published = await runCli(['report', FEED, '--json', ...TODAY]);
  assert.equal(published.code, 0, published.stderr);
  const checks = json(published.stdout).checks as { errors: number; issues: Issue[] };
  assert.equal(checks.errors, 0);
  assert.ok(checks.issues.some((i) => i.code === 'hours-rule-replaces-day'));
  assert.ok(checks.issues.some((i) => i.code === 'stale' && i.pointer === '/services/7/reviewed'), 'TuS was reviewed 01.10.2025');
  const report = json(published.stdout);
  assert.equal(report.freshness.counts.stale, 2, 'the report counts the same two stale entries validate warns about');
  const source = await runCli(['report', SOURCE, '--json', ...TODAY]);
  assert.equal(source.code, 0, source.stderr);
  assert.ok((json(source.stdout).checks.issues as Issue[]).some((i) => i.code === 'sensitive-address' && i.severity === 'warning'));
  const text = await runCli(['report', FEED, ...TODAY]);
  assert.match(text.stdout, /Prüfung \(dieselbe wie wegweiser validate\)[\s\S]*hours-rule-replaces-day/);
});

test('every value of the sheets reaches the compiled feed (lossless)', async () => {
  await compiled;
  const feed = read(FEED);
  // Kreis
  assert.deepEqual(feed.publisher.name, { de: 'Kreisverwaltung Vulkaneifel', en: 'District administration Vulkaneifel' });
  assert.equal(feed.publisher.state, 'RP');
  assert.equal(feed.validUntil, '2027-12-31');
  assert.equal(feed.regions.gemeinden.length, 109);
  assert.deepEqual(feed.languages.map((l: { code: string }) => l.code).sort(), ['ar', 'de', 'de-x-ls', 'en', 'fa', 'fr', 'uk']);
  assert.equal(feed.languages.find((l: { code: string }) => l.code === 'ar').dir, 'rtl');
  // Vocabularies: citizens read names, not ids.
  assert.deepEqual(byId(feed.audiences, 'erwachsene-ab-27').label, { de: 'Erwachsene ab 27 Jahren', en: 'Adults aged 27 and over', ar: 'البالغون من سن 27' });
  assert.deepEqual(byId(feed.serviceTypes, 'einbuergerung').synonyms, { de: ['Staatsangehörigkeit', 'Einbürgerungstest'] });
  assert.equal(byId(feed.statuses, 'anerkannt').label.en, 'Recognised refugees');
  assert.deepEqual(byId(feed.topics, 'aufenthalt').label.fr, 'Séjour et naturalisation');
  assert.deepEqual(byId(feed.topics, 'aufenthalt').synonyms.en, ['immigration office', 'residence permit']);
  assert.equal(byId(feed.topics, 'schutz').parent, 'beratung');
  assert.deepEqual(feed.lexicon[0], { words: ['Busfahrkarte', 'Busticket'], means: ['ÖPNV', 'Rufbus'] });
  assert.equal(byId(feed.stewards, 'st-kv').role.en, 'Integration officer of the district');
  // Organisation kinds every Kreis has.
  assert.deepEqual(feed.organisations.map((o: { kind: string }) => o.kind), ['authority', 'municipality', 'municipality', 'jobcenter', 'network', 'sports-club', 'welfare', 'education']);
  assert.equal(byId(feed.organisations, 'kv').description.ar, 'الإدارة المحلية للمنطقة في داون.');
  // Places, hours, the hours note in two languages.
  const kv = byId(feed.locations, 'ort-kv-daun');
  assert.equal(kv.hours.osm, 'Mo-Fr 08:00-12:00; Th 14:00-17:30');
  assert.deepEqual(kv.hours.note, { de: 'Donnerstagnachmittag ohne Termin', en: 'Thursday afternoon without appointment' });
  assert.ok(kv.hours.compiled);
  assert.deepEqual(kv.geo, [50.1979, 6.8317]);
  assert.equal(byId(feed.locations, 'ort-rathaus-gerolstein').accessibility.wheelchair, 'limited');
  // Services: multilingual rows, Leistungsart, catchments per Gemeinde, cost categories.
  const mbe = byId(feed.services, 'mbe');
  assert.deepEqual(mbe.name, { de: 'Migrationsberatung für Erwachsene', en: 'Migration counselling for adults', ar: 'استشارة الهجرة للبالغين', 'de-x-ls': 'Beratung für Menschen aus anderen Ländern' });
  assert.equal(mbe.description.ar, 'نقدم الاستشارة للبالغين من سن 27 في السنوات الأولى في ألمانيا.');
  assert.equal(mbe.summary.uk, 'Консультації щодо мови, роботи та установ.');
  assert.deepEqual(mbe.eligibility, { text: 'Erwachsene ab 27 Jahren', minAge: 27 });
  assert.deepEqual(mbe.languages, ['de', 'ar', 'fa', 'uk']);
  assert.deepEqual(mbe.cost, { free: true, category: 'free' });
  const abh = byId(feed.services, 'abh');
  assert.deepEqual(abh.types, ['auslaenderbehoerde']);
  assert.deepEqual(abh.cost, { free: false, category: 'fee', text: 'Gebühren nach Aufenthaltsverordnung' });
  assert.deepEqual(abh.documents, [{ de: 'Reisepass', en: 'Passport' }, { de: 'Biometrisches Foto', en: 'Biometric photo' }]);
  assert.deepEqual(abh.at, [{ location: 'ort-kv-daun', hours: { ...abh.at[0].hours, osm: 'Tu,Th 08:30-12:00', note: { de: 'Bitte vorher einen Termin buchen', en: 'Please book an appointment first' }, appointmentOnly: true } }]);
  assert.deepEqual(byId(feed.services, 'jc-beratung').at, [{ location: 'ort-jc-daun', access: ['appointment'], note: { de: 'Eingang über den Hof', en: 'Entrance through the yard' } }]);
  assert.deepEqual(byId(feed.services, 'bb-daun').area, ['07233501', '07233075', '07233027', '07233042']);
  assert.deepEqual(byId(feed.services, 'tus-sport').cost, { free: false, category: 'contribution', text: '5 € im Monat' });
  assert.deepEqual(byId(feed.services, 'lotsen').cost, { free: true, category: 'donation' });
  // Programmes: every new column.
  const ik = byId(feed.programmes, 'ik-daun-2701');
  assert.equal(ik.status, 'registration-open');
  assert.deepEqual(ik.levels, ['A1', 'A2', 'B1']);
  assert.deepEqual(ik.instructionLanguages, ['de']);
  assert.deepEqual(ik.funder, { name: 'Bundesamt für Migration und Flüchtlinge', level: 'bund' });
  assert.deepEqual(ik.description, { de: '700 Unterrichtseinheiten Deutsch und 100 Stunden Orientierung.', en: '700 lessons of German and 100 hours of orientation.' });
  assert.equal(ik.title.fa, 'دوره ادغام صبح');
  assert.deepEqual(ik.cost, { free: false, category: 'refundable', text: 'Kostenbefreiung über das BAMF möglich' });
  assert.equal(ik.waitingList, false);
  const fk = byId(feed.programmes, 'fk-hillesheim');
  assert.deepEqual([fk.status, fk.waitingList, fk.childcare, fk.freePlaces], ['full', true, true, 0]);
  assert.deepEqual(fk.levels, ['alpha', 'A1']);
  assert.deepEqual(fk.instructionLanguages, ['de', 'ar']);
  assert.equal(fk.funder.level, 'land');
  const bsk = byId(feed.programmes, 'bsk-daun');
  assert.deepEqual([bsk.status, bsk.funder.level], ['cancelled', 'eu']);
  assert.deepEqual(bsk.levels, ['B1', 'B2'], '"B1 bis B2"');
  assert.deepEqual(byId(feed.programmes, 'alpha-juenkerath').levels, ['alpha', 'A1'], '"Alpha – A1"');
  assert.equal(byId(feed.programmes, 'alpha-juenkerath').status, 'planned');
  // Observation 6: „Sprachcafé“ as the template's README spells it.
  const cafe = byId(feed.programmes, 'sc-gerolstein');
  assert.deepEqual([cafe.kind, cafe.status, cafe.cost.category], ['language-cafe', 'active', 'donation']);
  assert.equal(cafe.schedule.recurrence.everyWeeks, 2);
  const info = byId(feed.programmes, 'info-ausbildung');
  assert.deepEqual(info.schedule.sessions, [
    { start: '2027-01-20T18:00:00+01:00', end: '2027-01-20T20:00:00+01:00' },
    { start: '2027-07-15T18:00:00+02:00', end: '2027-07-15T20:00:00+02:00' },
  ]);
  assert.deepEqual([info.kind, info.status, info.registration.required], ['event', 'planned', false]);
  assert.equal(abh.booking.text, 'Termine über das Online-Portal oder telefonisch');
  // Responsibilities per Leistungsart; the topic follows the service where Thema is empty.
  const einb = byId(feed.responsibilities, 'z-einb');
  assert.deepEqual([einb.topic, einb.serviceType, einb.gemeinden], ['aufenthalt', 'einbuergerung', '*']);
  assert.deepEqual(byId(feed.responsibilities, 'z-bb-gerolstein').gemeinden, ['07233026', '07233029', '07233035']);
  assert.deepEqual(byId(feed.responsibilities, 'z-jc').statuses, ['anerkannt']);
  assert.deepEqual(byId(feed.responsibilities, 'z-abh').note, { de: 'Für den ganzen Kreis', en: 'For the whole district' });
  // Pathways: texts in several languages, Leistungsart on steps.
  const weg = byId(feed.pathways, 'neu-im-kreis');
  assert.deepEqual(weg.title, { de: 'Neu im Landkreis', en: 'New in the district', 'de-x-ls': 'Neu hier' });
  assert.deepEqual(weg.steps.map((s: { serviceType: string }) => s.serviceType), ['buergerbuero', 'auslaenderbehoerde', 'einbuergerung']);
  assert.equal(weg.steps[0].deadlineDays, 14);
  assert.deepEqual(weg.steps[0].documents[1], { de: 'Wohnungsgeberbestätigung', en: 'Landlord confirmation' });
  assert.equal(weg.steps[0].title.ar, 'تسجيل السكن');
  assert.deepEqual(weg.questions[0].options[0], { id: 'eu', label: { de: 'Aus einem EU-Land', en: 'From an EU country' } });
  assert.equal(weg.questions[0].text.ar, 'من أي بلد أنت؟');
  assert.deepEqual(weg.questions[1].when, { herkunft: ['drittstaat'] });
  assert.deepEqual(weg.steps[1].when, { herkunft: ['drittstaat'] });
  assert.deepEqual(weg.steps[0].next, [{ when: { herkunft: ['eu'] }, step: 'einbuergern' }]);
  assert.deepEqual(weg.steps[2].links[0], { label: { de: 'Einbürgerungstest', en: 'Naturalisation test' }, url: 'https://www.bamf.de/einbuergerung' });
  // Regions: Ortsteile, neighbouring towns (a place in Trier), consultation days elsewhere, the map.
  assert.deepEqual(feed.regions.gemeinden.find((g: { ags: string }) => g.ags === '07233501').ortsteile, [{ id: 'daun-puetzborn', name: 'Pützborn', centroid: [50.1833, 6.8167] }]);
  assert.equal(byId(feed.locations, 'ort-treff-puetzborn').ortsteil, 'daun-puetzborn');
  assert.deepEqual(feed.regions.neighbours.map((n: { id: string; ags: string }) => [n.id, n.ags]), [['trier', '07211000'], ['bitburg', '07232018']]);
  assert.ok(feed.regions.neighbours[0].centroid, 'compile fills the centre from the official list');
  assert.equal(byId(feed.locations, 'ort-anerkennung-trier').gemeinde, '07211000');
  assert.deepEqual(mbe.outreach.map((o: { gemeinde: string; hours: { osm: string } }) => [o.gemeinde, o.hours.osm]), [['07233218', 'We[1] 09:00-12:00'], ['07233026', 'Tu[2] 14:00-16:00']]);
  assert.deepEqual(mbe.outreach[0].note, { de: 'im Rathaus, 1. OG', en: 'town hall, 1st floor' });
  assert.deepEqual(feed.map.tiles.url, 'https://tiles.vulkaneifel.example/{z}/{x}/{y}.png');
});

test('values match regardless of case and accents; umlauts as ae/oe/ue and as a/o/u (observation 6)', () => {
  assert.equal(fold('Sprachcafé'), 'sprachcafe');
  assert.equal(fold('Gültig-bis '), 'gueltigbis');
  for (const spelling of ['Behörde', 'Behoerde', 'Behorde', 'BEHÖRDE']) assert.equal(matchKey(spelling), matchKey('Behörde'), spelling);
  assert.equal(matchKey('Gebührenpflichtig'), matchKey('gebuhrenpflichtig'));
  assert.equal(matchKey('Crème'), matchKey('creme'));
});

test('--today decides programme status and staleness in import and compile', async () => {
  const early = join(dir, 'fruehjahr.json');
  const r = await runCli(['import', 'sheets', FIX, '-o', early, '--json', '--today', '2026-06-01', ...NOW]);
  assert.equal(r.code, 0, r.stdout);
  assert.equal(byId(read(early).programmes, 'sc-gerolstein').status, 'planned', 'starts 03.09.2026');
  assert.ok(!json<{ issues: Issue[] }>(r.stdout).issues.some((i) => i.code === 'stale'), 'reviewed 01.10.2025 is not stale on 01.06.2026');
  const later = await runCli(['compile', SOURCE, '-o', join(dir, 'feed-juni.json'), '--json', '--today', '2026-06-01', ...NOW]);
  assert.equal(later.code, 0, later.stdout);
  assert.ok(!json<{ issues: Issue[] }>(later.stdout).issues.some((i) => i.code === 'stale'));
  assert.ok(json<{ issues: Issue[] }>((await compiled).stdout).issues.some((i) => i.code === 'stale'));
});

test('an unknown column is an error naming the closest one; --allow-unknown makes it a warning; Kosten is not a second Kostenlos', async () => {
  const dirOf = 'test/fixtures/sheets/vulkaneifel-spalten';
  const out = join(dir, 'spalten.json');
  const strict = await runCli(['import', 'sheets', dirOf, '-o', out, '--json', ...NOW]);
  assert.equal(strict.code, 1);
  const issues = json<{ issues: Issue[] }>(strict.stdout).issues;
  const typo = issues.find((i) => i.code === 'column-unknown')!;
  assert.deepEqual([typo.severity, typo.column, typo.row], ['error', 'Kurzbeschreibng', 1]);
  assert.match(typo.message.de, /Meinten Sie „Kurzbeschreibung“\?/);
  const lang = issues.find((i) => i.code === 'column-language')!;
  assert.deepEqual([lang.severity, lang.column], ['error', 'Name-eng']);
  assert.match(lang.message.de, /Meinten Sie „Name-en“\?/);
  assert.ok(!issues.some((i) => i.code === 'column-twice'), 'Kosten and Kostenlos are two columns');
  const lenient = await runCli(['import', 'sheets', dirOf, '-o', out, '--json', '--allow-unknown', ...NOW]);
  assert.equal(lenient.code, 0, lenient.stdout);
  assert.ok(json<{ issues: Issue[] }>(lenient.stdout).issues.some((i) => i.code === 'column-unknown' && i.severity === 'warning'));
  const feed = read(out);
  assert.deepEqual(feed.services[0].cost, { free: false, text: 'Gebühr nach Verwaltungsgebührenordnung' });
  assert.deepEqual(feed.services[1].cost, { free: true, category: 'free', text: 'kostenlos' });
  assert.deepEqual(feed.organisations.map((o: { kind: string }) => o.kind), ['municipality', 'sports-club']);
});

test('a translation without German is an error at the translation\'s cell; so is a list translation of another length', async () => {
  const r = await runCli(['import', 'sheets', 'test/fixtures/sheets/vulkaneifel-ohne-deutsch', '-o', join(dir, 'x.json'), '--json', ...NOW]);
  assert.equal(r.code, 1);
  const issues = json<{ issues: Issue[] }>(r.stdout).issues;
  const noGerman = issues.find((i) => i.code === 'text-no-german')!;
  assert.deepEqual([noGerman.sheet, noGerman.row, noGerman.column], ['Angebote', 2, 'Beschreibung-ar']);
  assert.match(noGerman.message.de, /„Beschreibung“ \(Deutsch\) ist leer/);
  const length = issues.find((i) => i.code === 'text-list-length')!;
  assert.deepEqual([length.row, length.column], [2, 'Unterlagen-en']);
});

test('old columns, new values: Sprachcafé, level ranges, statuses and organisation kinds are read, not rejected (observations 5, 6)', async () => {
  const out = join(dir, 'werte.json');
  const r = await runCli(['import', 'sheets', 'test/fixtures/sheets/vulkaneifel-werte', '-o', out, '--json', ...TODAY]);
  assert.equal(r.code, 0, r.stdout);
  const feed = read(out);
  assert.deepEqual(feed.organisations.map((o: { kind: string }) => o.kind), ['municipality', 'jobcenter', 'network', 'sports-club']);
  assert.deepEqual(feed.programmes.map((p: { kind: string; status: string; levels?: string[] }) => [p.kind, p.status, p.levels ?? []]), [
    ['language-cafe', 'active', []],
    ['language-course', 'cancelled', ['A1', 'A2', 'B1']],
    ['language-course', 'registration-open', ['A1', 'A2']],
    ['language-course', 'full', ['alpha', 'A1']],
  ]);
});

test('what import writes passes validate, also for the older fixtures (observation 7)', async () => {
  const out = join(dir, 'messy.json');
  assert.equal((await runCli(['import', 'sheets', 'test/fixtures/sheets/messy', '-o', out, ...TODAY])).code, 0);
  const r = await runCli(['validate', out, ...TODAY]);
  assert.equal(r.code, 0, r.stdout);
  assert.doesNotMatch(r.stdout, /generatedAt/);
});

test('the multilingual example rows in README.md and docs/template/README.md import as documented', async () => {
  for (const doc of ['README.md', 'docs/template/README.md']) {
    const block = /```csv\n([\s\S]*?)```/.exec(readFileSync(doc, 'utf8'))![1]!.replace(/^ {3}/gm, '');
    const folder = mkdtempSync(join(dir, 'beispiel-'));
    writeFileSync(join(folder, 'Kreis.csv'), 'Kreis-AGS;E-Mail\n07233;integration@vulkaneifel.example\n');
    writeFileSync(join(folder, 'Organisationen.csv'), 'ID;Name;Art\ncaritas;Caritasverband Westeifel;Wohlfahrtsverband\n');
    writeFileSync(join(folder, 'Angebote.csv'), block);
    const out = join(folder, 'quelle.json');
    const r = await runCli(['import', 'sheets', folder, '-o', out, ...NOW]);
    assert.equal(r.code, 0, `${doc}: ${r.stdout}`);
    const service = read(out).services[0];
    assert.deepEqual(service.name, { de: 'Migrationsberatung', en: 'Migration counselling', ar: 'استشارة الهجرة' }, doc);
    assert.equal(service.description['de-x-ls'], 'Hier bekommen Sie Hilfe. Die Hilfe kostet nichts.', doc);
  }
});
