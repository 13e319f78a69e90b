/**
 * `wegweiser import integreat` on real files and a local server: the
 * Integreat CMS test-suite answers (Augsburg in German, English, Arabic;
 * Nürnberg), broken inputs, fetching with a retry and offline, merging into
 * the Kreis's own source, and the diff on a re-run.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

const SAMPLES = '../shared/data/integreat';
const NOW = ['--now', '2029-12-01T09:00:00+01:00', '--today', '2029-12-01'];
let dir = '';
let server: Server;
let base = '';
let failNext = 0;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ww-integreat-'));
  // The API v3 paths over the sample files; a language without a file answers [].
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (failNext > 0 && path.endsWith('/de/locations/')) {
      failNext--;
      res.writeHead(503).end();
      return;
    }
    const m = /^\/api\/v3\/(?:regions\/$|([^/]+)\/(?:languages\/$|([a-z]+)\/([a-z-]+)\/$))/.exec(path);
    let file: string | undefined;
    if (path === '/api/v3/regions/') file = 'regions.json';
    else if (m && path.endsWith('/languages/')) file = `${m[1]}_languages.json`;
    else if (m && m[3] === 'extras') file = `${m[1]}-offers.json`;
    else if (m) file = `${m[1]}_${m[2]}_${m[3]!.replace('location-categories', 'location_categories')}.json`;
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(existsSync(join(SAMPLES, file)) ? readFileSync(join(SAMPLES, file)) : '[]');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the samples: written, with every translation, and the result passes validate and compile', async () => {
  const out = join(dir, 'augsburg.json');
  const r = await runCli(['import', 'integreat', SAMPLES, '--region', 'augsburg', '-o', out, ...NOW]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /Aus Integreat: Orte 1, Angebote 1, Veranstaltungen 1/);
  assert.match(r.stdout, /offers +4 +Integreat-Extras/);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(feed.locations[0].name.ar, 'موقع الاختبار');
  assert.deepEqual(feed.languages.find((l: { code: string }) => l.code === 'ar'), { code: 'ar', dir: 'rtl', name: 'العربية' });
  assert.equal((await runCli(['validate', out, '--today', '2029-12-01'])).code, 0);
  const compiled = await runCli(['compile', out, '-o', join(dir, 'feed.json'), ...NOW]);
  assert.equal(compiled.code, 0, compiled.stdout + compiled.stderr);
});

test('broken inputs: truncated JSON, another API, a missing path — each with a sentence and its exit code', async () => {
  const broken = join(dir, 'broken');
  mkdirSync(broken);
  const text = readFileSync(join(SAMPLES, 'augsburg_de_locations.json'), 'utf8');
  writeFileSync(join(broken, 'augsburg_de_locations.json'), text.slice(0, Math.floor(text.length / 2)));
  const truncated = await runCli(['import', 'integreat', broken, '-o', join(dir, 'x.json')]);
  assert.equal(truncated.code, 1);
  assert.match(truncated.stderr, /augsburg_de_locations\.json:\d+:\d+: .*unvollständig gespeichert/);
  assert.equal(existsSync(join(dir, 'x.json')), false);
  writeFileSync(join(broken, 'augsburg_de_locations.json'), JSON.stringify({ version: 2, pois: [] }));
  const other = await runCli(['import', 'integreat', join(broken, 'augsburg_de_locations.json'), '-o', join(dir, 'x.json')]);
  assert.equal(other.code, 1);
  assert.match(other.stderr, /keine Antwort der Integreat-API v3/);
  const missing = await runCli(['import', 'integreat', join(dir, 'gibt-es-nicht'), '-o', join(dir, 'x.json')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /gibt es nicht/);
});

test('Nürnberg: a pin far away from the town is dropped and said; --json lists the loss', async () => {
  const r = await runCli(['import', 'integreat', join(SAMPLES, 'nurnberg_de_locations.json'), join(SAMPLES, 'regions.json'), '-o', join(dir, 'n.json'), '--json', ...NOW]);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.ok(report.warnings.some((w: { message: { de: string } }) => /km von Nürnberg entfernt/.test(w.message.de)));
  assert.ok(report.loss.some((e: { path: string }) => e.path === 'locations.location.coordinates'));
});

test('--url: every endpoint in every language, a 503 retried; the same source as from the saved files; --save keeps the answers', async () => {
  failNext = 1;
  const saved = join(dir, 'saved');
  const out = join(dir, 'fetched.json');
  const r = await runCli(['import', 'integreat', '--url', base, '--region', 'augsburg', '--save', saved, '-o', out, ...NOW]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stderr, /HTTP 503, neuer Versuch 2\/3/);
  assert.match(r.stderr, /Sprache 3\/4: ar/);
  const fromFiles = join(dir, 'files.json');
  assert.equal((await runCli(['import', 'integreat', saved, '--region', 'augsburg', '-o', fromFiles, ...NOW])).code, 0);
  assert.equal(readFileSync(out, 'utf8'), readFileSync(fromFiles, 'utf8'));
  assert.ok(readdirSync(saved).includes('augsburg_ar_locations.json'));
});

test('offline and a server that never answers: a clear sentence, exit 2, nothing written', async () => {
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
  const port = (closed.address() as { port: number }).port;
  await new Promise<void>((r) => closed.close(() => r()));
  const offline = await runCli(['import', 'integreat', '--url', `http://127.0.0.1:${port}`, '--region', 'augsburg', '-o', join(dir, 'off.json')]);
  assert.equal(offline.code, 2);
  assert.match(offline.stderr, /Keine Verbindung zu 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  const silent = createServer(() => { /* never answers */ });
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
  const slow = await runCli(['import', 'integreat', '--url', `http://127.0.0.1:${(silent.address() as { port: number }).port}`, '--region', 'augsburg', '--timeout', '1', '-o', join(dir, 'off.json')]);
  silent.closeAllConnections();
  silent.close();
  assert.equal(slow.code, 2);
  assert.match(slow.stderr, /keine Antwort in 1 s, 3 Versuche/);
  assert.equal(existsSync(join(dir, 'off.json')), false);
});

test('--base: into the Kreis\'s own source; the Kreis\'s place of the same name wins and the service points at it; a re-run shows the diff', async () => {
  const own = {
    version: '1.0', generatedAt: '2029-11-01T09:00:00+01:00',
    publisher: { name: 'Stadt Augsburg', ags: '09761', state: 'BY', contact: { email: 'integration@augsburg.example' }, licence: { name: 'Datenlizenz Deutschland – Namensnennung 2.0' } },
    languages: [{ code: 'de', dir: 'ltr' }],
    regions: { kreis: { ags: '09761', name: 'Augsburg' }, gemeinden: [{ ags: '09761000', name: 'Augsburg' }] },
    topics: [{ id: 'beratung', label: 'Beratung' }],
    organisations: [{ id: 'stadt', name: 'Stadt Augsburg', reviewed: '2029-11-01' }],
    locations: [{ id: 'rathaus', name: 'Test-Ort', gemeinde: '09761000', reviewed: '2029-11-01' }],
    services: [{ id: 'buergerbuero', organisation: 'stadt', name: 'Bürgerbüro', topics: ['beratung'], access: ['walk-in'], at: [{ location: 'rathaus' }], reviewed: '2029-11-01' }],
  };
  const basePath = join(dir, 'own.json');
  writeFileSync(basePath, JSON.stringify(own));
  const out = join(dir, 'merged.json');
  const r = await runCli(['import', 'integreat', SAMPLES, '--region', 'augsburg', '--base', basePath, '-o', out, '--json', ...NOW]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(JSON.parse(r.stdout).keptFromBase.locations, 1);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(feed.locations.map((l: { id: string }) => l.id), ['rathaus']);
  assert.equal(feed.publisher.contact.email, 'integration@augsburg.example');
  const fromIntegreat = feed.services.find((s: { id: string }) => s.id.startsWith('ig-'));
  assert.deepEqual(fromIntegreat.at, [{ location: 'rathaus' }]);
  assert.ok(feed.languages.some((l: { code: string }) => l.code === 'ar'));

  // Newer answers: the place's German excerpt changed.
  const newer = join(dir, 'newer');
  mkdirSync(newer);
  for (const f of readdirSync(SAMPLES).filter((n) => n.endsWith('.json'))) copyFileSync(join(SAMPLES, f), join(newer, f));
  const loc = JSON.parse(readFileSync(join(newer, 'augsburg_de_locations.json'), 'utf8'));
  loc[0].excerpt = 'Neue Beschreibung';
  writeFileSync(join(newer, 'augsburg_de_locations.json'), JSON.stringify(loc));
  const again = await runCli(['import', 'integreat', newer, '--region', 'augsburg', '--base', basePath, '-o', out, ...NOW]);
  assert.equal(again.code, 0, again.stdout + again.stderr);
  assert.match(again.stdout, /~ geändert \(1\): ig-test-ort/);
});
