/**
 * `wegweiser report` on real files: a fixture feed with stale, never
 * reviewed and expiring entries, a Gemeinde without a responsible office,
 * two overlapping B1 courses, a small travel block and texts partly in
 * English and Arabic; the demo feed; and the failure exits.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportCommand, REPORT_HELP } from '../../src/cli/commands/report.js';
import type { FeedReport } from '../../src/admin/report/compute.js';
import { createIndex } from '../../src/core/feed-index.js';
import { responsibleFor } from '../../src/core/responsibility.js';
import { validateFeed } from '../../src/core/validate.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/report/feed.json');
const DEMO = join(ROOT, 'demo/feed.json');
const TODAY = '2026-12-01';
const KUENZELSAU = '08126046';
const OEHRINGEN = '08126066';
const KRAUTHEIM = '08126045';

interface Run { code: number; out: string; err: string }

async function run(options: { feed?: string; html?: string; json?: boolean; today?: string; lang?: 'de' | 'en' } = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await reportCommand({
    feed: options.feed ?? FIXTURE,
    ...(options.html ? { html: options.html } : {}),
    json: options.json ?? false,
    today: options.today ?? TODAY,
    lang: options.lang ?? 'de',
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function json(options: Parameters<typeof run>[0] = {}): Promise<FeedReport> {
  const r = await run({ ...options, json: true });
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out) as FeedReport;
}

let dir: string;
before(async () => { dir = await mkdtemp(join(tmpdir(), 'wegweiser-report-')); });
after(async () => { await rm(dir, { recursive: true, force: true }); });

describe('wegweiser report: freshness', () => {
  test('stale, never reviewed, expiring and expired entries, per steward, by name and id', async () => {
    const r = await run();
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    assert.match(r.out, /22 Einträge: 13 in diesem Quartal geprüft, 4 früher geprüft, 3 vor mehr als 12 Monaten, 2 nie geprüft\./);
    assert.match(r.out, /Laufen in den nächsten 60 Tagen ab \(bis 30\.01\.2027\): 2; schon abgelaufen: 1\./);
    const lra = r.out.slice(r.out.indexOf('Integrationsbeauftragte Landratsamt <integration@example.org>'), r.out.indexOf('VHS Hohenlohe, Fachbereich Deutsch <'));
    assert.match(lra, /9 Einträge: dieses Quartal 5 · älter 1 · > 12 Monate 3 · nie 0/);
    assert.match(lra, /- Organisation „Caritas Hohenlohe“ \(caritas\) – zuletzt geprüft 10\.05\.2024/);
    assert.match(lra, /- Ort „Caritas-Büro Krautheim“ \(loc-caritas-krautheim\) – zuletzt geprüft 20\.01\.2025/);
    assert.match(lra, /Läuft in den nächsten 60 Tagen ab \(1\):\n\s+- Angebot „Migrationsberatung Krautheim“ \(mbe-krautheim\) – gültig bis 15\.01\.2027/);
    const vhs = r.out.slice(r.out.indexOf('VHS Hohenlohe, Fachbereich Deutsch <'), r.out.indexOf('Stadt Pfedelbach, Hauptamt'));
    assert.match(vhs, /Nie geprüft \(reviewed fehlt\) \(1\):\n\s+- Ort „VHS Künzelsau“ \(loc-vhs-kuenzelsau\)/);
    assert.match(vhs, /- Programm „Deutschkurs B1 Pfedelbach“ \(b1-pfedelbach\) – gültig bis 20\.01\.2027/);
    assert.match(vhs, /Abgelaufen \(wird nicht mehr angezeigt\) \(1\):\n\s+- Programm „Sommer-Sprachcafé“ \(sprachcafe-sommer\) – abgelaufen am 31\.08\.2026/);
    assert.match(r.out, /Stadt Pfedelbach, Hauptamt <hauptamt@example\.org>\n\s+keine Einträge/);
    assert.match(r.out, /„st-idle-typo“ – steht nicht in stewards/);
    assert.match(r.out, /Ohne verantwortliche Stelle \(steward fehlt\)[\s\S]*- Angebot „Info-Telefon Integration“ \(hotline\)/);
  });

  test('JSON: buckets, steward groups and the entries of each list', async () => {
    const report = await json();
    const f = report.freshness;
    assert.deepEqual(f.counts, { quarter: 13, older: 4, stale: 3, never: 2 });
    assert.equal(f.quarterStart, '2026-10-01');
    assert.equal(f.staleBefore, '2025-12-01');
    assert.equal(f.expiringUntil, '2027-01-30');
    assert.deepEqual(f.stewards.map((s) => s.steward), ['st-lra', 'st-vhs', 'st-idle', 'st-idle-typo', null]);
    const lra = f.stewards[0]!;
    assert.equal(lra.role, 'Integrationsbeauftragte Landratsamt');
    assert.equal(lra.email, 'integration@example.org');
    assert.deepEqual(lra.stale.map((e) => e.id), ['caritas', 'loc-caritas-krautheim', 'mbe-krautheim']);
    assert.deepEqual(f.stewards.flatMap((s) => s.expiring.map((e) => `${e.kind}:${e.id}`)), ['service:mbe-krautheim', 'programme:b1-pfedelbach']);
    assert.deepEqual(f.stewards.flatMap((s) => s.expired.map((e) => e.id)), ['sprachcafe-sommer']);
    assert.deepEqual(f.byKind.responsibility, { quarter: 2, older: 0, stale: 0, never: 0 });
    // English names where the feed has them.
    const en = await json({ lang: 'en' });
    assert.equal(en.freshness.stewards[0]!.role, 'Integration officer, district office');
    assert.equal(en.freshness.stewards[0]!.stale[0]!.name, 'Caritas Hohenlohe');
  });
});

describe('wegweiser report: coverage', () => {
  test('a Gemeinde without a responsible office, topics without offers, bus reachability', async () => {
    const r = await run();
    assert.match(r.out, /Aufenthalt\s+3\/4\s+4\/4\s+2\/4/);
    assert.match(r.out, /Beratung\s+–\s+4\/4\s+1\/4/);
    assert.match(r.out, /Wohnen\s+–\s+1\/4\s+1\/4/);
    assert.match(r.out, /Schultag 08\.12\.2026/);
    const krautheim = r.out.slice(r.out.indexOf('Krautheim (08126045):'), r.out.indexOf('Pfedelbach (08126069):'));
    assert.match(krautheim, /- keine zuständige Stelle erfasst für Aufenthalt\n/);
    assert.match(krautheim, /- kein Angebot für Wohnen\n/);
    assert.match(krautheim, /- kein Angebot in 45 Minuten mit dem Bus für Aufenthalt, Deutsch lernen, Integrationskurs/);
    assert.doesNotMatch(r.out, /Künzelsau \(08126046\):\n\s+- keine zuständige Stelle/);
  });

  test('JSON cells: offices via broader topics and *, offers, reachable', async () => {
    const { coverage } = await json();
    assert.deepEqual(coverage.travel, { day: 'schoolday', date: '2026-12-08', maxMinutes: 45 });
    const cell = (ags: string, topic: string) => coverage.gemeinden.find((g) => g.ags === ags)!.cells.find((c) => c.topic === topic)!;
    assert.equal(cell(KRAUTHEIM, 'aufenthalt').office, 'none');
    assert.deepEqual(cell(KUENZELSAU, 'aufenthalt').offices, ['abh']);
    // `sprache` is recorded for "*": it answers for the narrower `integrationskurs` too.
    assert.equal(cell(KRAUTHEIM, 'integrationskurs').office, 'recorded');
    assert.equal(cell(KRAUTHEIM, 'beratung').office, 'not-tracked');
    // Migrationsberatung serves Krautheim only; the info line (no place) serves everyone.
    assert.deepEqual({ ...cell(KRAUTHEIM, 'beratung') }, { topic: 'beratung', office: 'not-tracked', offices: [], services: 2, local: 1, programmes: 0, offers: 2, reachable: 1 });
    assert.equal(cell(KUENZELSAU, 'beratung').offers, 1);
    assert.equal(cell(KUENZELSAU, 'beratung').reachable, 0);
    // Sprache in Öhringen: the advice service plus three running courses there (the expired café does not count).
    assert.equal(cell(OEHRINGEN, 'sprache').programmes, 3);
    assert.equal(cell(OEHRINGEN, 'sprache').offers, 4);
    assert.equal(cell(KRAUTHEIM, 'aufenthalt').reachable, 0, 'the office is 60 minutes away by bus');
    assert.equal(cell(OEHRINGEN, 'aufenthalt').reachable, 1, '35 minutes');
    assert.deepEqual(coverage.gemeinden.find((g) => g.ags === KRAUTHEIM)!.noOffice, ['aufenthalt']);
  });

  test('the office column agrees with responsibleFor', async () => {
    const feed = validateFeed(JSON.parse(await readFile(FIXTURE, 'utf8')));
    assert.ok(feed.ok);
    const index = createIndex(feed.feed);
    const { coverage } = await json();
    for (const g of coverage.gemeinden) {
      for (const c of g.cells) {
        // Recorded responsibilities (also status-specific ones); an office found only through a service's own `area`
        // or as the nearest one is not a recorded responsibility, which is what the report's office column says.
        const offices = responsibleFor(index, { gemeinde: g.ags, topic: c.topic, today: TODAY }).filter((o) => o.match === 'recorded' || o.match === 'other-status');
        assert.equal(c.office === 'recorded' || c.office === 'status-only', offices.length > 0, `${g.ags} ${c.topic}`);
      }
    }
  });

  test('without a travel block there is no bus column', async () => {
    const feed = JSON.parse(await readFile(FIXTURE, 'utf8')) as Record<string, unknown>;
    delete feed.travel;
    const file = join(dir, 'no-travel.json');
    await writeFile(file, JSON.stringify(feed));
    const r = await run({ feed: file });
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, /Bus ≤ 45/);
    assert.doesNotMatch(r.out, /mit dem Bus/);
    const report = await json({ feed: file });
    assert.equal(report.coverage.travel, null);
    assert.equal(report.coverage.gemeinden[0]!.cells[0]!.reachable, undefined);
  });
});

describe('wegweiser report: languages and overlaps', () => {
  test('languages spoken per Gemeinde and translation shares', async () => {
    const r = await run();
    assert.match(r.out, /ar \(Arabisch\), 2 Angebote: Krautheim 1, Künzelsau 1/);
    assert.match(r.out, /tr \(Türkisch\), 1 Angebot: ohne Ort \(Telefon\/online\) 1/);
    assert.match(r.out, /Gemeinden ohne Angebot in einer anderen Sprache als Deutsch: Pfedelbach/);
    assert.match(r.out, /Übersetzungen der Feed-Texte \(34 Texte\)/);
    assert.match(r.out, /de:\s+100 % der Texte \(34\/34\)/);
    assert.match(r.out, /en:\s+38 % der Texte \(13\/34\)/);
    assert.match(r.out, /ar:\s+15 % der Texte \(5\/34\)/);
    assert.match(r.out, /fa:\s+0 % der Texte \(0\/34\), nicht in languages – keine Übersetzungen/);
    const en = await run({ lang: 'en' });
    assert.match(en.out, /ar:\s+15% of texts \(5\/34\)/);
    const { languages } = await json();
    assert.deepEqual(languages.translations.map((t) => t.lang), ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'ro', 'bg', 'pl', 'de-x-ls']);
    const ar = languages.translations.find((t) => t.lang === 'ar')!;
    assert.equal(ar.declared, true);
    assert.deepEqual(ar.byList.services, { texts: 7, translated: 2 });
    assert.deepEqual(languages.spoken.find((s) => s.lang === 'uk')!.gemeinden.map((g) => g.name), ['Künzelsau', 'Öhringen']);
  });

  test('two B1 courses within 15 km starting a week apart are an overlap; other level, too far or too late are not', async () => {
    const r = await run();
    assert.match(r.out, /- Deutschkurs B1: „Deutschkurs B1 Öhringen“ \(b1-oehringen, Start 11\.01\.2027, Öhringen\) und „Deutschkurs B1 Pfedelbach“ \(b1-pfedelbach, Start 18\.01\.2027, Pfedelbach\) – 7 Tage auseinander, 2,8 km/);
    const { overlaps } = await json();
    assert.equal(overlaps.length, 1);
    const [pair] = overlaps;
    assert.deepEqual([pair!.a.id, pair!.b.id, pair!.levels, pair!.days, pair!.sameGemeinde], ['b1-oehringen', 'b1-pfedelbach', ['B1'], 7, false]);
    assert.ok(pair!.distanceKm! < 15);
  });
});

describe('wegweiser report: output files and exits', () => {
  test('HTML: written, self-contained, with the chart', async () => {
    const file = join(dir, 'report.html');
    const r = await run({ html: file });
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /HTML-Bericht geschrieben: .*report\.html$/);
    const html = await readFile(file, 'utf8');
    assert.match(html, /^<!doctype html>\n<html lang="de">/);
    assert.match(html, /<svg class="chart" role="img"[^>]*>[\s\S]*<rect [^>]*fill="#c62828"/);
    assert.match(html, /<style>/);
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|@import|url\(/i);
    assert.doesNotMatch(html, /\b(src|href)\s*=\s*["']?https?:/i);
    assert.match(html, /<a href="mailto:integration@example\.org">/);
    assert.match(html, /Caritas Hohenlohe/);
    assert.match(html, /Deutschkurs B1 Pfedelbach/);
    assert.match(html, /class="num gap"/, 'the missing office is marked');
    // Names from the feed are escaped.
    assert.doesNotMatch(html, /<b>[^<]*<[^/b]/);
  });

  test('same feed and --today: byte-identical text, JSON and HTML', async () => {
    const a = join(dir, 'a.html');
    const b = join(dir, 'b.html');
    const [r1, r2] = [await run({ html: a }), await run({ html: b })];
    assert.equal(r1.out.replace(a, ''), r2.out.replace(b, ''));
    assert.equal(await readFile(a, 'utf8'), await readFile(b, 'utf8'));
    assert.equal((await run({ json: true })).out, (await run({ json: true })).out);
  });

  test('the demo feed reports without errors', async () => {
    const file = join(dir, 'demo.html');
    const r = await run({ feed: DEMO, html: file });
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    for (const heading of ['1. Aktualität', '2. Abdeckung nach Gemeinde und Thema', '3. Sprachen', '4. Überschneidungen']) assert.ok(r.out.includes(heading), heading);
    assert.match(await readFile(file, 'utf8'), /<svg class="chart"/);
    const report = await json({ feed: DEMO });
    assert.equal(report.coverage.gemeinden.length, 16);
    assert.ok(report.coverage.travel);
    assert.ok(report.freshness.total > 300);
  });

  test('an invalid feed: exit 1, the problems and a hint; JSON lists them', async () => {
    const bad = join(ROOT, 'test/fixtures/feeds/wrong-types.json');
    const r = await run({ feed: bad });
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /Kein Bericht: .*wrong-types\.json ist kein gültiger Feed\. Alle Probleme zeigt: wegweiser validate/);
    const j = await run({ feed: bad, json: true });
    assert.equal(j.code, 1);
    assert.equal((JSON.parse(j.out) as { ok: boolean }).ok, false);
    const syntax = await run({ feed: join(ROOT, 'test/fixtures/feeds/malformed.json') });
    assert.equal(syntax.code, 1);
    assert.match(syntax.err, /malformed\.json:150:7/);
  });

  test('read, write and usage errors: exit 2', async () => {
    const missing = await run({ feed: join(dir, 'does-not-exist.json') });
    assert.equal(missing.code, 2);
    assert.match(missing.err, /does-not-exist\.json/);
    const unwritable = await run({ html: join(dir, 'no-such-folder', 'report.html') });
    assert.equal(unwritable.code, 2);
    assert.match(unwritable.err, /report\.html konnte nicht geschrieben werden/);
    const badDay = await run({ today: '1.12.2026' });
    assert.equal(badDay.code, 2);
    assert.match(badDay.err, /--today erwartet ein Datum JJJJ-MM-TT/);
  });

  test('help text in both languages names every option', () => {
    for (const lang of ['de', 'en'] as const) {
      for (const option of ['--html', '--today', '--json', '--lang']) assert.ok(REPORT_HELP[lang].includes(option), `${lang} ${option}`);
      assert.match(REPORT_HELP[lang], /^wegweiser report </);
    }
  });
});
