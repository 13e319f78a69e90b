/**
 * `npm run bench`: the figures the issues name, as medians of repeated runs.
 * Timed assertions do not belong in tests (too flaky here); they live here,
 * printed as tables with the targets beside them.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { parseFeed } from '../../src/core/parse.js';
import { createIndex } from '../../src/core/feed-index.js';
import { createSearch } from '../../src/core/search.js';
import { finderAnswer } from '../../src/core/finder-answer.js';
import { syntheticFeed } from './synthetic-feed.js';
import { median, percentile, ms, kb, table } from './stats.js';
import { openBrowserBench } from './browser.js';

const TYPED_QUERIES = ['Deutschkurs', 'Ausländerbehörde', 'Jobcenter Öhringen', 'kita platz', 'Migrationsberatung', 'Arbeitsamt', 'integrazionskurs', 'german course'];
const gc = (globalThis as { gc?: () => void }).gc;
const out: string[] = [];
const say = (text: string) => {
  out.push(text);
  console.log(text);
};

function heapMb(): number {
  gc?.();
  return process.memoryUsage().heapUsed / 1048576;
}

/** A Gemeinde of the synthetic Kreis, and the day the finder is asked on. */
const FINDER_HOME = '08126046';
const FINDER_DAY = '2026-12-01';

/**
 * What one keystroke costs on the finder path: the suggestions for what is
 * typed so far and the finder's list for it (ranked, responsible office
 * first) — the list is what a live-updating finder would show. Every prefix
 * of the typed queries, three rounds (the first warms the caches a real
 * visitor's first query warms too).
 */
function finderKeystrokes(idx: ReturnType<typeof createIndex>, search: ReturnType<typeof createSearch>): number[] {
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const query of TYPED_QUERIES) {
      for (let k = 1; k <= query.length; k++) {
        const t0 = performance.now();
        search.suggest(query.slice(0, k), { today: FINDER_DAY });
        finderAnswer(idx, search, { q: query.slice(0, k), home: FINDER_HOME, today: FINDER_DAY });
        times.push(performance.now() - t0);
      }
    }
  }
  return times;
}

function coreInNode() {
  const rows: Array<Array<string | number>> = [];
  const keyRows: Array<Array<string | number>> = [];
  for (const n of [1000, 10000, 50000]) {
    const text = JSON.stringify(syntheticFeed(n));
    const runs = n >= 50000 ? 3 : 7;
    const parse: number[] = [];
    const validate: number[] = [];
    const index: number[] = [];
    const searchIndex: number[] = [];
    let heap = 0;
    let search: ReturnType<typeof createSearch> | undefined;
    for (let i = 0; i < runs + 1; i++) {
      search = undefined;
      const before = heapMb();
      const t0 = performance.now();
      const json = JSON.parse(text);
      const t1 = performance.now();
      const parsed = parseFeed(json);
      if (!parsed.ok) throw new Error(`synthetic feed of ${n} is invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
      const t2 = performance.now();
      const idx = createIndex(parsed.feed);
      const t3 = performance.now();
      search = createSearch(idx);
      // Ready means the first question is answered as the finder lists it (the text index is built on it).
      finderAnswer(idx, search, { q: 'warmup', home: FINDER_HOME, today: FINDER_DAY });
      const t4 = performance.now();
      if (i === 0) continue; // warm-up run
      parse.push(t1 - t0);
      validate.push(t2 - t1);
      index.push(t3 - t2);
      searchIndex.push(t4 - t3);
      heap = Math.max(heap, heapMb() - before);
    }
    const total = parse.map((_, i) => parse[i]! + validate[i]! + index[i]! + searchIndex[i]!);
    rows.push([n.toLocaleString('en'), (text.length / 1048576).toFixed(1) + ' MB', ms(median(parse)), ms(median(validate)), ms(median(index)), ms(median(searchIndex)), ms(median(total)), n === 10000 ? '≤ 150 ms' : '', gc ? `${heap.toFixed(0)} MB` : 'run with --expose-gc']);
    const idx = createIndex((parseFeed(JSON.parse(text)) as { feed: Parameters<typeof createIndex>[0] }).feed);
    const times = finderKeystrokes(idx, createSearch(idx));
    keyRows.push([n.toLocaleString('en'), times.length, ms(percentile(times, 50), 2), ms(percentile(times, 95), 2), ms(Math.max(...times), 2), n === 10000 ? 'p95 ≤ 5 ms' : '']);
  }
  say(table('Core in Node: load + validate + index, ready for the first question (median)', ['services', 'JSON', 'JSON.parse', 'validate', 'lookups', 'search index + first finder answer', 'total', 'target', 'heap retained'], rows));
  say(table('Finder path per keystroke in Node (suggestions + the finder\'s ranked, responsibility-aware list, every prefix of 8 typed queries; 3 rounds)', ['services', 'keystrokes', 'p50', 'p95', 'max', 'target'], keyRows));
}

async function coreInChromium() {
  const feeds: Record<string, string> = {};
  for (const n of [1000, 10000]) feeds[`/feed-${n}.json`] = JSON.stringify(syntheticFeed(n));
  const bench = await openBrowserBench('test/bench/browser/core-bench.ts', feeds);
  try {
    const rows: Array<Array<string | number>> = [];
    for (const n of [1000, 10000]) {
      const r = await bench.run<{ load: number[]; keystrokes: number[] }>('runCoreBench', `/feed-${n}.json`, 7, TYPED_QUERIES);
      rows.push([n.toLocaleString('en'), ms(median(r.load)), ms(percentile(r.keystrokes, 50), 2), ms(percentile(r.keystrokes, 95), 2), n === 10000 ? '≤ 150 ms · p95 ≤ 5 ms' : '']);
    }
    say(table('Core in Chromium: the feed arrived → ready for the first question (parse, validate, index, search index, first finder answer; median of 7) and the finder path per keystroke (as in Node)', ['services', 'ready to search', 'keystroke p50', 'keystroke p95', 'target'], rows));
  } finally {
    await bench.close();
  }
}

/** <ww-service-finder> in Chromium: demo feed and 10,000 synthetic services. */
async function finderInChromium() {
  const feeds: Record<string, string> = {
    '/demo.json': readFileSync('demo/feed.json', 'utf8'),
    '/feed-10000.json': JSON.stringify(syntheticFeed(10000)),
    '/programmes-5000.json': JSON.stringify(syntheticFeed(1000, 2, 5000)),
  };
  const bench = await openBrowserBench('test/bench/browser/finder-bench.ts', feeds);
  try {
    const rows: Array<Array<string | number>> = [];
    for (const [name, url, target] of [['demo feed (94 services)', '/demo.json', '≤ 100 ms'], ['10,000 services', '/feed-10000.json', '≤ 300 ms']] as const) {
      const r = await bench.run<{ firstRender: number[]; keystrokes: number[]; enter: number[] }>('runFinderBench', url, 7, TYPED_QUERIES);
      rows.push([name, ms(median(r.firstRender)), ms(percentile(r.keystrokes, 50), 2), ms(percentile(r.keystrokes, 95), 2), ms(Math.max(...r.keystrokes), 2), ms(median(r.enter)), `${target} · keystroke ≤ 16 ms`]);
    }
    const directoryRows: Array<Array<string | number>> = [];
    for (const [name, url, target] of [['demo feed (46 programmes)', '/demo.json', '≤ 100 ms'], ['5,000 programmes', '/programmes-5000.json', '≤ 300 ms']] as const) {
      const r = await bench.run<{ firstRender: number[] }>('runDirectoryBench', url, 7);
      directoryRows.push([name, ms(median(r.firstRender)), target]);
    }
    say(table('<ww-programme-directory> in Chromium (median of 7)', ['feed', 'feed arrived → list shown', 'target'], directoryRows));
    say(table('<ww-service-finder> in Chromium (median of 7 first renders; every prefix of 8 typed queries)', ['feed', 'feed arrived → results shown', 'keystroke p50', 'keystroke p95', 'keystroke max', 'Enter → results', 'target'], rows));
  } finally {
    await bench.close();
  }
}

const brotliBytes = (data: Uint8Array) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const brotli = (path: string) => brotliBytes(readFileSync(path));

/** Lazy chunks by kind (file name without hash); languages counted together (largest shown). */
function chunkSizes(): Map<string, { raw: number; brotli: number; count: number }> {
  const out = new Map<string, { raw: number; brotli: number; count: number }>();
  if (!existsSync('dist/chunks')) return out;
  const languages = new Set(['en', 'ar', 'fa', 'uk', 'ru', 'tr', 'ro', 'bg', 'pl', 'de-x-ls']);
  for (const file of readdirSync('dist/chunks').filter((f) => f.endsWith('.js'))) {
    const name = file.replace(/-[\w-]{8}\.js$/, '');
    const kind = languages.has(name) ? 'language' : name;
    const raw = readFileSync(`dist/chunks/${file}`).length;
    const size = brotli(`dist/chunks/${file}`);
    const seen = out.get(kind);
    if (!seen || size > seen.brotli) out.set(kind, { raw, brotli: size, count: (seen?.count ?? 0) + 1 });
    else seen.count++;
  }
  return out;
}

async function sizes() {
  if (!existsSync('dist/wegweiser-kit.js')) {
    say('\nBundle sizes: dist/ missing — run `npm run build` (npm run bench does).');
    return;
  }
  const entry = { raw: readFileSync('dist/wegweiser-kit.js').length, brotli: brotli('dist/wegweiser-kit.js') };
  const chunks = chunkSizes();
  const none = { raw: 0, brotli: 0, count: 0 };
  const shared = chunks.get('shared') ?? none;
  const rows: Array<Array<string | number>> = [
    ['dist/wegweiser-kit.js — the script tag (reads its config, loads the elements on the page)', kb(entry.raw), kb(entry.brotli), ''],
    ['shared chunk: Lit, browser core, base element, German strings', kb(shared.raw), kb(shared.brotli), 'with the first element'],
  ];
  const elements = ['service-finder', 'route-time', 'programme-directory', 'wegweiser'].filter((name) => chunks.has(name));
  // What an element's chunk imports statically (shared pieces rollup split off) loads with it.
  const files = readdirSync('dist/chunks').filter((f) => f.endsWith('.js'));
  const closure = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const [, dep] of readFileSync(`dist/chunks/${file}`, 'utf8').matchAll(/(?:^|[;}])import\s*(?:[^'"]*?from\s*)?["']\.\/([^"']+)["']/g)) closure(dep!, seen);
    return seen;
  };
  const counted = new Set<string>(files.filter((f) => f.startsWith('shared-')));
  for (const name of elements) {
    const file = files.find((f) => f.replace(/-[\w-]{8}\.js$/, '') === name)!;
    const page = [...closure(file)].filter((f) => !f.startsWith('shared-'));
    for (const f of page) counted.add(f);
    const size = page.reduce((sum, f) => ({ raw: sum.raw + readFileSync(`dist/chunks/${f}`).length, brotli: sum.brotli + brotli(`dist/chunks/${f}`) }), { raw: 0, brotli: 0 });
    rows.push([`<ww-${name}> chunk${page.length > 1 ? ` (+ ${page.length - 1} piece${page.length > 2 ? 's' : ''} it imports)` : ''}`, kb(size.raw), kb(size.brotli), 'when its tag is on the page']);
    rows.push([`= a page with only <ww-${name}>, before any click`, kb(entry.raw + shared.raw + size.raw), kb(entry.brotli + shared.brotli + size.brotli), '≤ 35 KB']);
  }
  const all = [...counted].reduce((sum, f) => ({ raw: sum.raw + readFileSync(`dist/chunks/${f}`).length, brotli: sum.brotli + brotli(`dist/chunks/${f}`) }), { raw: entry.raw, brotli: entry.brotli });
  rows.push([`= the same ${elements.length} elements as separate chunks (what a portal page loaded before)`, kb(all.raw), kb(all.brotli), '']);
  if (existsSync('dist/portal/wegweiser-portal.js')) {
    const config = files.filter((f) => f.startsWith('config-'));
    const head = config.reduce((sum, f) => ({ raw: sum.raw + readFileSync(`dist/chunks/${f}`).length, brotli: sum.brotli + brotli(`dist/chunks/${f}`) }), { raw: entry.raw, brotli: entry.brotli });
    const portal = { raw: readFileSync('dist/portal/wegweiser-portal.js').length, brotli: brotli('dist/portal/wegweiser-portal.js') };
    const search = readdirSync('dist/portal/chunks').filter((f) => /^search-[\w-]{8}\.js$/.test(f)).map((f) => brotli(`dist/portal/chunks/${f}`))[0] ?? 0;
    rows.push(['= a Kreis portal page with all four: script tag + config + dist/portal/wegweiser-portal.js (one file)', kb(head.raw + portal.raw), kb(head.brotli + portal.brotli), '≤ 40 KB (goal 35)']);
    rows.push(['  + the search chunk', '', kb(head.brotli + portal.brotli + search), '≤ 50 KB']);
  }
  const lazy: Array<[string, string, string]> = [
    ['search', 'search chunk (name and text indexes, German word analysis)', 'idle time after the feed, before the first keystroke'],
    ['language', 'UI language pack (largest)', 'only for that language'],
    ['finder-map', 'map chunk: Leaflet + supercluster + map code', 'only after "Karte anzeigen"'],
    ['qr', 'QR-code chunk', 'only when printing'],
  ];
  for (const [kind, label, when] of lazy) {
    const chunk = chunks.get(kind);
    if (chunk) rows.push([label, kb(chunk.raw), kb(chunk.brotli), when]);
  }
  rows.push(['dist/wegweiser-core.js (whole SDK incl. admin checks and sentences)', kb(readFileSync('dist/wegweiser-core.js').length), kb(brotli('dist/wegweiser-core.js')), '≤ 45 KB']);
  say(table('Bundle sizes', ['file', 'minified', 'brotli', 'budget / when loaded'], rows));
}

/** `wegweiser travel`'s engine: 50 origins × 500 destinations, 3-hour window, 4 day types, ≈300,000 connections a day. */
async function travelBench() {
  const { travelEngineBench } = await import('./travel-engine.js');
  const rows = await travelEngineBench();
  say(table('Travel times (wegweiser travel engine): 50 origins × 500 destinations, 07:00–10:00 at one-minute steps, 4 day types', ['connections/day', 'origins × destinations', 'seconds', 'connections scanned', 'scanned per second', 'peak RSS'], rows));
  await gtfsReadBench();
}

/** Reading GTFS: the synthetic Hohenlohe network at ≈300,000 connections a school day, four dates, streamed. */
async function gtfsReadBench() {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { writeSyntheticNetwork } = await import('../tools/synthetic-network.js');
  const { readGtfs } = await import('../../src/cli/travel/gtfs/read.js');
  const feed = JSON.parse(readFileSync('demo/feed.json', 'utf8')) as { regions: { gemeinden: Array<{ ags: string; name?: string; centroid?: [number, number] }> } };
  const towns = feed.regions.gemeinden.filter((g) => g.centroid).map((g) => ({ id: g.ags, name: g.name ?? g.ags, lat: g.centroid![0], lon: g.centroid![1], hub: g.ags === '08126046' || g.ags === '08126066' }));
  const dir = mkdtempSync(join(tmpdir(), 'wegweiser-bench-gtfs-'));
  try {
    const network = writeSyntheticNetwork(dir, { towns, scale: 310, startDate: '2026-11-01', endDate: '2027-12-31', schoolHolidays: [{ from: '2026-12-23', to: '2027-01-09' }], seed: 42 });
    const times: number[] = [];
    let connections = 0;
    for (let run = 0; run < 3; run++) {
      gc?.();
      const start = performance.now();
      const result = await readGtfs(dir, { dates: ['2026-12-08', '2026-12-29', '2026-12-12', '2026-12-13'] });
      times.push(performance.now() - start);
      connections = [...result.timetables.values()].reduce((sum, t) => sum + t.connections.length, 0);
    }
    const rss = process.memoryUsage().rss / 1048576;
    say(table('Reading GTFS (synthetic Hohenlohe network, streamed; median of 3)', ['stops', 'trips', 'connections on a school day', 'dates read', 'connections built', 'seconds', 'RSS after'], [[network.stops, network.trips, network.connectionsPerSchoolDay.toLocaleString('en'), 4, connections.toLocaleString('en'), (median(times) / 1000).toFixed(2), `${rss.toFixed(0)} MB`]]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- travel at Land scale (issue 15, part 4)

/** Reading a generated Land GTFS (≥ 20 million stop times, 44 Kreise) with the Kreis filter, in a child process: wall time and peak RSS. */
async function landBench() {
  const { travelLandBench, landRows } = await import('./travel-land.js');
  say(table('Travel at Land scale: wegweiser travel reading a generated Land GTFS with --stops de:08126 (probe + 4 day types, child process)', ['figure', 'value', 'target'], landRows(await travelLandBench(3))));
}

/** A whole Land as shards (issue 15, part 3): compile --shards on a generated Baden-Württemberg, bytes and first results per Gemeinde. */
async function shardBench() {
  const { landShardsBench, shardRows } = await import('./land-shards.js');
  say(table('A whole Land as static shards: wegweiser compile --shards on a generated Baden-Württemberg (100,000 entries, 44 Kreise; child process, fresh folder per run)', ['figure', 'value', 'target'], shardRows(await landShardsBench(3))));
}

// ----------------------------------------------------------------

/** Kreis admin tooling: importing 10,000 spreadsheet rows, reporting on a 10,000-entry feed. */
async function adminBench() {
  const { importBench } = await import('./import-bench.js');
  const { reportBench } = await import('./report-bench.js');
  const imports = await importBench();
  say(table('wegweiser import sheets: 10,000 CSV rows (4,000 Angebote, 4,000 Orte, 2,000 Zeiten)', ['rows', 'seconds', 'rows per second'], imports.map((r) => [...r.slice(0, 3)])));
  say(table('wegweiser report: read, check, compute, text and HTML', ['entries', 'seconds'], (await reportBench()).map((r) => [...r.slice(0, 2)])));
}

/** The Kreis admin's Werkstatt in Chromium: 10,000 rows picked until the preview shows results; its bundle sizes. */
async function werkstattBench() {
  if (!existsSync('dist/werkstatt/index.html')) return say('\nWerkstatt: dist/werkstatt/ missing — run `npm run build` (npm run bench does).');
  const { werkstattTables } = await import('./werkstatt-bench.js');
  for (const text of await werkstattTables()) say(text);
}

async function searchQuality() {
  const path = 'test/bench/search-quality.ts';
  if (!existsSync(path) || !existsSync('test/bench/search-judgements.json')) return say('\nSearch quality: judged query set missing.');
  const { evaluateSearch } = await import('./search-quality.js');
  const feedPath = existsSync('demo/feed.json') ? 'demo/feed.json' : 'demo/feed.source.json';
  const parsed = parseFeed(JSON.parse(readFileSync(feedPath, 'utf8')));
  if (!parsed.ok) return say(`\nSearch quality: ${feedPath} is not a valid feed.`);
  const judgements = JSON.parse(readFileSync('test/bench/search-judgements.json', 'utf8'));
  const r = evaluateSearch(parsed.feed, judgements);
  say(table(`Search quality of search() on the demo feed (${feedPath})`, ['judged queries', 'recall@5', 'noisy queries', 'zero-result queries'], [[r.queries, r.recallAt5.toFixed(3), r.noisy, r.zeroResults]]));
  // What the citizen sees: the finder's list (offices, courses, funding programmes, paths; responsible office first).
  const { evaluateFinder, qualityTable, vogelsbergQuality } = await import('./finder-quality.js');
  const vogelsberg = await vogelsbergQuality();
  say(qualityTable('Finder path on the second test Kreis (Vogelsberg, test/fixtures/vogelsberg), what the citizen sees', vogelsberg));
  const heldOut = JSON.parse(readFileSync('test/fixtures/vogelsberg/judgements.json', 'utf8')).queries.filter((q: { set?: string }) => q.set === 'held-out').map((q: { query: string }) => q.query);
  const held = vogelsberg.details.filter((d) => heldOut.includes(d.query));
  say(table('… of which held out (written after tuning)', ['queries', 'all relevant in top 5', 'noisy', 'zero'], [[held.length, held.filter((d) => d.right).length, held.filter((d) => d.noise.length).length, held.filter((d) => d.zeroResults).length]]));
  say(qualityTable(`Finder path on the demo feed (${feedPath})`, evaluateFinder(parsed.feed, judgements.queries, judgements.today ?? parsed.feed.generatedAt.slice(0, 10))));
}

const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);
console.log(`wegweiser-kit benchmarks — ${new Date().toISOString()} — node ${process.version}`);
if (want('core')) coreInNode();
if (want('browser')) await coreInChromium();
if (want('browser') || want('finder')) await finderInChromium();
if (want('travel')) await travelBench();
if (want('travel') || want('land')) await landBench();
if (want('shards') || want('land')) await shardBench();
if (want('admin')) await adminBench();
if (want('werkstatt')) await werkstattBench();
if (want('size')) await sizes();
if (want('search')) await searchQuality();
