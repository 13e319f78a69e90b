/**
 * Bench: a whole Land as sharded static files (issue 15, part 3).
 *
 * A generated Baden-Württemberg source (test/bench/land-feed.ts: 100,000
 * entries over the real 1,101 Gemeinden in 44 Kreise) goes through
 * `wegweiser compile … --shards` in a child process (wall time and its own
 * peak RSS), into a fresh folder each run. Then, from the files written:
 * what a citizen's browser downloads for one Gemeinde (index + the Kreis
 * shard + the border extracts for that Gemeinde, as brotli files), and the
 * time from `loadFeed(index.json, { gemeinde })` over local HTTP to the
 * finder's first ranked answer. Called by test/bench/run.ts (`shards` or
 * `land`); alone: `node --import tsx test/bench/land-shards.ts`.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { syntheticLand, type SyntheticLand } from './land-feed.js';
import { median } from './stats.js';

export const SHARD_TARGETS = { seconds: 30, rssMb: 1024 };
const NOW = '2026-12-01T09:00:00+01:00';
const TODAY = '2026-12-01';

interface ChildResult { code: number; seconds: number; maxRssMb: number }

/** The compile itself (in the child), as the CLI runs it. */
async function childCompile(source: string, out: string): Promise<ChildResult> {
  await import('../../src/cli/berlin-time.js');
  const { compileShardsCommand } = await import('../../src/cli/commands/compile-shards.js');
  const start = performance.now();
  const code = await compileShardsCommand({
    sources: [source], dir: out, now: new Date(NOW), today: TODAY, pretty: false, lang: 'en', json: false,
    maxBytes: 200 * 1048576, color: false, limit: 200, out: () => undefined, err: (t) => process.stderr.write(`${t}\n`),
  });
  return { code, seconds: (performance.now() - start) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

interface IndexFile {
  kreise: Array<{ ags: string; name: string; feed: string; bytes: number; gemeinden: Record<string, string>; near?: Array<{ kreis: string; file: string; bytes: number; gemeinden: string[] }> }>;
}

export interface ShardBench {
  land: SyntheticLand;
  runs: ChildResult[];
  wall: number[];
  shards: number;
  extracts: number;
  indexBr: number;
  /** Brotli bytes per Gemeinde: index + shard + its extracts. */
  perGemeinde: number[];
  biggest: { name: string; br: number; raw: number };
  /** Time to first results for a few Gemeinden (median over rounds), ms. */
  first: Array<{ name: string; ags: string; ms: number; results: number; extracts: number }>;
  /** The finder in Chromium on the Land index: append → first result list, median, ms. */
  chromium: Array<{ name: string; ags: string; ms: number; entries: number }>;
}

const brSize = (dir: string, file: string) => statSync(join(dir, `${file}.br`)).size;

/** loadFeed over a local HTTP server → index → search → first finder answer. */
async function firstResults(dir: string, index: IndexFile, picks: Array<{ ags: string; name: string }>, rounds = 5) {
  const { loadFeed, clearFeedCache } = await import('../../src/core/load.js');
  const { createIndex } = await import('../../src/core/feed-index.js');
  const { createSearch } = await import('../../src/core/search.js');
  const { finderAnswer } = await import('../../src/core/finder-answer.js');
  const server = createServer((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname.slice(1);
    try {
      const body = readFileSync(join(dir, path));
      res.writeHead(200, { 'content-type': 'application/json', etag: `"${createHash('sha1').update(body).digest('hex')}"` }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/index.json`;
  const out: ShardBench['first'] = [];
  try {
    for (const pick of picks) {
      const times: number[] = [];
      let results = 0;
      for (let i = 0; i < rounds + 1; i++) {
        clearFeedCache();
        const t0 = performance.now();
        const loaded = await loadFeed(url, { gemeinde: pick.ags, store: null });
        const idx = createIndex(loaded.feed);
        const answer = finderAnswer(idx, createSearch(idx), { q: 'Deutschkurs', home: pick.ags, today: TODAY });
        const t1 = performance.now();
        if (i > 0) times.push(t1 - t0);
        results = answer.entries.length;
      }
      const kreis = index.kreise.find((k) => k.ags === pick.ags.slice(0, 5));
      const extracts = kreis?.near?.filter((n) => n.gemeinden.includes(pick.ags.slice(5))).length ?? 0;
      out.push({ ...pick, ms: median(times), results, extracts });
    }
  } finally {
    server.close();
  }
  return out;
}

/** The finder in Chromium, served the index and the files the picked Gemeinden need. */
async function finderOnLand(dir: string, index: IndexFile, picks: Array<{ ags: string; name: string }>, rounds = 5) {
  const { openBrowserBench } = await import('./browser.js');
  const files: Record<string, string> = { '/land/index.json': readFileSync(join(dir, 'index.json'), 'utf8') };
  for (const pick of picks) {
    const k = index.kreise.find((x) => x.ags === pick.ags.slice(0, 5))!;
    for (const file of [k.feed, ...(k.near ?? []).map((n) => n.file)]) files[`/land/${file}`] ??= readFileSync(join(dir, file), 'utf8');
  }
  const bench = await openBrowserBench('test/bench/browser/finder-bench.ts', files);
  try {
    const out: ShardBench['chromium'] = [];
    for (const pick of picks) {
      const r = await bench.run<{ firstResults: number[]; entries: number }>('runLandBench', '/land/index.json', pick.ags, rounds);
      out.push({ ...pick, ms: median(r.firstResults), entries: r.entries });
    }
    return out;
  } finally {
    await bench.close();
  }
}

export async function landShardsBench(runs = 3, entries = 100_000): Promise<ShardBench> {
  const land = syntheticLand(entries);
  const work = mkdtempSync(join(tmpdir(), 'wegweiser-land-shards-'));
  try {
    const source = join(work, 'land.source.json');
    writeFileSync(source, JSON.stringify(land.source));
    const results: ChildResult[] = [];
    const wall: number[] = [];
    const out = join(work, 'out');
    for (let i = 0; i < runs; i++) {
      rmSync(out, { recursive: true, force: true });
      const start = performance.now();
      const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', source, out], { encoding: 'utf8', maxBuffer: 1 << 24 });
      wall.push((performance.now() - start) / 1000);
      const last = child.stdout.trim().split('\n').pop() ?? '';
      if (child.status !== 0 || !last.startsWith('{')) throw new Error(`land-shards child failed (${child.status}): ${child.stderr.slice(-2000)}`);
      const r = JSON.parse(last) as ChildResult;
      if (r.code !== 0) throw new Error(`compile --shards exited ${r.code}: ${child.stderr.slice(-2000)}`);
      results.push(r);
    }
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as IndexFile;
    const indexBr = brSize(out, 'index.json');
    const perGemeinde: number[] = [];
    let biggest = { name: '', br: 0, raw: 0 };
    for (const k of index.kreise) {
      const shardBr = brSize(out, k.feed);
      for (const [suffix, name] of Object.entries(k.gemeinden)) {
        const near = (k.near ?? []).filter((n) => n.gemeinden.includes(suffix));
        const br = indexBr + shardBr + near.reduce((s, n) => s + brSize(out, n.file), 0);
        perGemeinde.push(br);
        if (br > biggest.br) biggest = { name: `${name} (${k.ags}${suffix})`, br, raw: k.bytes + near.reduce((s, n) => s + n.bytes, 0) };
      }
    }
    // Stuttgart (biggest shard, a Stadtkreis), a border Gemeinde with the most extracts, a small inner one.
    const nameOf = (ags: string) => index.kreise.find((k) => k.ags === ags.slice(0, 5))?.gemeinden[ags.slice(5)] ?? ags;
    let border = { ags: '', count: -1 };
    let inner = '';
    for (const k of index.kreise) {
      for (const suffix of Object.keys(k.gemeinden)) {
        const count = (k.near ?? []).filter((n) => n.gemeinden.includes(suffix)).length;
        if (count > border.count) border = { ags: k.ags + suffix, count };
        if (!inner && count === 0 && k.ags !== '08111') inner = k.ags + suffix;
      }
    }
    const picks = ['08111000', border.ags, inner].filter(Boolean).map((ags) => ({ ags, name: nameOf(ags) }));
    const first = await firstResults(out, index, picks);
    const chromium = await finderOnLand(out, index, picks);
    return {
      land, runs: results, wall, shards: index.kreise.length, extracts: index.kreise.reduce((s, k) => s + (k.near?.length ?? 0), 0),
      indexBr, perGemeinde, biggest, first, chromium,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Rows for stats.table(): figure, value, target. */
export function shardRows(b: ShardBench): Array<Array<string | number>> {
  const sec = median(b.wall);
  const compile = median(b.runs.map((r) => r.seconds));
  const rss = Math.max(...b.runs.map((r) => r.maxRssMb));
  const sorted = [...b.perGemeinde].sort((x, y) => x - y);
  return [
    ['generated Land source', `${(b.land.services + b.land.programmes).toLocaleString('en')} entries (${b.land.services.toLocaleString('en')} services, ${b.land.programmes.toLocaleString('en')} programmes), ${b.land.locations.toLocaleString('en')} places, ${b.land.gemeinden.length.toLocaleString('en')} Gemeinden`, '100,000 entries'],
    ['written', `${b.shards} shards, ${b.extracts} border extracts, index ${kib(b.indexBr)} brotli`, '44 shards'],
    [`compile --shards wall time (median of ${b.wall.length}, child process)`, `${sec.toFixed(1)} s (compile ${compile.toFixed(1)} s)`, `≤ ${SHARD_TARGETS.seconds} s ${sec <= SHARD_TARGETS.seconds ? '✓' : '✗'}`],
    ['peak memory (child maxRSS, max of runs)', `${rss.toFixed(0)} MB`, `≤ ${SHARD_TARGETS.rssMb} MB ${rss <= SHARD_TARGETS.rssMb ? '✓' : '✗'}`],
    ['download for one Gemeinde (index + shard + its extracts, brotli): median / p95', `${kib(sorted[Math.floor(sorted.length / 2)]!)} / ${kib(sorted[Math.floor(sorted.length * 0.95)]!)}`, ''],
    ['… the largest', `${kib(b.biggest.br)} for ${b.biggest.name} (${(b.biggest.raw / 1048576).toFixed(1)} MB as JSON)`, ''],
    ...b.first.map((f) => [
      `first results in Node for ${f.name} (${f.ags}, ${f.extracts} extracts): loadFeed over HTTP → index → search → finder answer, median of 5`,
      `${f.ms.toFixed(0)} ms (${f.results} results for „Deutschkurs“)`, '',
    ]),
    ...b.chromium.map((f) => [
      `first results in Chromium for ${f.name}: <ww-service-finder gemeinde> on the Land index appended → result list shown (localhost HTTP), median of 5`,
      `${f.ms.toFixed(0)} ms (${f.entries} list items)`, '',
    ]),
  ];
}

if (process.argv[2] === '--child') {
  const r = await childCompile(process.argv[3]!, process.argv[4]!);
  console.log(JSON.stringify(r));
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { table } = await import('./stats.js');
  console.log(table('A whole Land as shards: wegweiser compile --shards on a generated Baden-Württemberg', ['figure', 'value', 'target'], shardRows(await landShardsBench(Number(process.argv[2] ?? 3)))));
}
