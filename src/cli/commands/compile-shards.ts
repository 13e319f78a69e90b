/**
 * `wegweiser compile <land.source.json | kreis.source.json …> --shards <dir>`:
 * one feed per Kreis plus a small Land index (core/land.ts), for a whole Land
 * on a plain web server or object store.
 *
 * Each Kreis is compiled by `compileSource` exactly like `compile -o`, and
 * published or kept on its own: a Kreis whose part has errors, or that would
 * lose more than --drop-threshold of its entries (without --force), keeps its
 * previous shard, and the others are still updated (exit 1 says so). Shards
 * and extracts have content-hashed names, so a published file never changes;
 * each is written atomically and checked on disk, with `.br` and `.gz` next
 * to it (checked to decompress to the same bytes). The index is written last:
 * until then every reader sees the previous complete set. Files of older
 * generations than the previous index are removed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompressSync, constants, gzip, gunzipSync } from 'node:zlib';
import type { Feed } from '../../core/schema/index.js';
import { validateFeed } from '../../core/validate.js';
import { berlinDate } from '../../core/dates.js';
import { LAND_INDEX_FORMAT, landIndexProblem, type LandIndex, type LandKreis } from '../../core/land.js';
import { addPositions } from '../../admin/inspect.js';
import { compileSource } from '../../admin/compile.js';
import { isLandSource, extractsFrom, nearGrid, splitLand, toLandPointer, kreisDisplayName, type KreisSource } from '../../admin/land.js';
import { loadJson } from '../read-input.js';
import { loadGemeinden } from '../gemeinden-file.js';
import { writeFileAtomic } from '../atomic-write.js';
import { formatProblems, summaryLine, tally, type Problem } from '../../admin/problem-list.js';
import { count, type Lang } from '../../admin/lang.js';
import { DEFAULT_DROP_THRESHOLD, diffFeeds, dropList, dropsBeyond, type FeedDiff } from '../../admin/feed-diff.js';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Offers of a neighbouring Kreis within this many km of a Gemeinde's centre reach it. */
export const DEFAULT_NEAR_KM = 10;
/** Brotli 11 is about ten times slower for 3 % fewer bytes on feed JSON: 9 keeps a Land within the time budget. */
const BROTLI_QUALITY = 9;
export const INDEX_FILE = 'index.json';
const OUR_FILE = /^\d{5}(-near-\d{5})?\.[0-9a-f]{10}\.json(\.br|\.gz)?$/;

export interface ShardOptions {
  sources: string[];
  dir: string;
  nearKm?: number;
  from?: string;
  today?: string;
  now: Date;
  pretty: boolean;
  lang: Lang;
  json: boolean;
  maxBytes: number;
  color: boolean;
  limit: number;
  force?: boolean;
  dryRun?: boolean;
  dropThreshold?: number;
  out: (text: string) => void;
  err: (text: string) => void;
}

type Status = 'published' | 'unchanged' | 'failed' | 'refused' | 'forced';

interface KreisResult {
  ags: string;
  name: string;
  status: Status;
  problems: Problem[];
  /** The shard now in force (new, or the previous one kept) and what the index says of it. */
  file?: string;
  bytes?: number;
  gemeinden?: Record<string, string>;
  diff?: FeedDiff;
}

interface Source extends KreisSource {
  sourceName: string;
  sourceText: string;
  land: boolean;
}

/** Brotli and gzip of a file, on libuv's thread pool (in parallel with the next Kreis's compile). */
function compress(text: string): Promise<[Buffer, Buffer]> {
  const bytes = Buffer.from(text, 'utf8');
  return Promise.all([
    brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
    gz(bytes, { level: 9 }),
  ]);
}

interface NearMeta { kreis: string; from: string; file: string; bytes: number; gemeinden: string[] }

const hashName = (stem: string, text: string) => `${stem}.${createHash('sha256').update(text).digest('hex').slice(0, 10)}.json`;

async function readIndex(dir: string): Promise<LandIndex | undefined> {
  try {
    const json: unknown = JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8'));
    return (json as LandIndex)?.format === LAND_INDEX_FORMAT && !landIndexProblem(json) ? (json as LandIndex) : undefined;
  } catch {
    return undefined;
  }
}

async function readShard(dir: string, file: string): Promise<{ feed: Feed; text: string } | undefined> {
  try {
    const text = await readFile(join(dir, file), 'utf8');
    const json: unknown = JSON.parse(text);
    return validateFeed(json).ok ? { feed: json as Feed, text } : undefined;
  } catch {
    return undefined;
  }
}

export async function compileShardsCommand(options: ShardOptions): Promise<number> {
  const { lang } = options;
  const de = lang === 'de';
  const say = options.json ? () => undefined : options.out;
  const gemeinden = loadGemeinden();
  const today = options.today ?? options.from ?? berlinDate(options.now);
  const threshold = options.dropThreshold ?? DEFAULT_DROP_THRESHOLD;
  const nearKm = options.nearKm ?? DEFAULT_NEAR_KM;

  // 1. Read the sources and split them by Kreis. Any problem here: nothing is written.
  const sources: Source[] = [];
  for (const path of options.sources) {
    const loaded = await loadJson(path, options.maxBytes);
    const name = loaded.input.name;
    const fail = (problems: Problem[]) => {
      addPositions(loaded.input.text, problems);
      const text = formatProblems(name, problems, { lang, color: options.color, limit: options.limit });
      if (options.json) options.out(JSON.stringify({ file: name, ok: false, problems: problems.map((p) => ({ pointer: p.pointer, code: p.code, message: p.message[lang] })) }));
      else {
        if (text) options.out(text);
        options.out(summaryLine(name, problems, lang));
        options.out(de ? `Nichts geschrieben; ${options.dir} bleibt, wie es war.` : `Nothing written; ${options.dir} is left as it was.`);
      }
      return 1;
    };
    if (!loaded.ok) return fail(loaded.problems);
    const land = isLandSource(loaded.json);
    if (land) {
      const split = splitLand(loaded.json as Record<string, unknown>, gemeinden);
      if (split.problems.length) return fail(split.problems);
      for (const k of split.kreise) sources.push({ ...k, sourceName: name, sourceText: loaded.input.text, land: true });
    } else {
      const json = loaded.json as Record<string, unknown> & { regions: { kreis: { ags?: unknown; name?: unknown } } };
      const ags = String(json.regions.kreis.ags);
      sources.push({ ags, name: typeof json.regions.kreis.name === 'string' ? json.regions.kreis.name : kreisDisplayName(gemeinden.kreisName(ags) ?? ags), json, origin: {}, sourceName: name, sourceText: loaded.input.text, land: false });
    }
  }
  const seen = new Map<string, string>();
  for (const s of sources) {
    const other = seen.get(s.ags);
    if (other !== undefined) {
      options.err(de ? `Der Kreis ${s.ags} kommt zweimal vor (${other} und ${s.sourceName}). Jeder Kreis braucht genau eine Quelle.` : `Kreis ${s.ags} appears twice (${other} and ${s.sourceName}). Every Kreis needs exactly one source.`);
      return 2;
    }
    seen.set(s.ags, s.sourceName);
  }
  const laender = new Set(sources.map((s) => s.ags.slice(0, 2)));
  if (laender.size !== 1) {
    options.err(de ? `Die Kreise gehören zu ${laender.size} Ländern (${[...laender].join(', ')}); ein Index umfasst ein Land.` : `The Kreise belong to ${laender.size} Länder (${[...laender].join(', ')}); one index covers one Land.`);
    return 2;
  }
  const landAgs = [...laender][0]!;

  // 2. Kreis by Kreis (so a whole Land is never in memory at once): compile like a single feed, apply
  //    the guard against its previous shard, cut the extracts it gives its neighbours, and write its
  //    new files while the next Kreis compiles. New files have new names: nobody sees them before the index.
  const previous = await readIndex(options.dir);
  const previousOf = new Map(previous?.kreise.map((k) => [k.ags, k]) ?? []);
  const results: KreisResult[] = [];
  const near: NearMeta[] = [];
  const receivers = new Set(sources.map((x) => x.ags));
  const grid = nearGrid([...receivers].flatMap((k) => gemeinden.inKreis(k)), nearKm);
  const landInfo = { name: landAgs, state: '' };
  let written = 0;
  /** The previous Kreis's files: compressed on the thread pool while the next Kreis compiles, then written. */
  let writing: Promise<void> = Promise.resolve();
  const writeFailed = (error: unknown) => {
    options.err(de
      ? `${options.dir} konnte nicht vollständig geschrieben werden (${String((error as Error).message)}). Der bisherige Index bleibt gültig.`
      : `${options.dir} could not be written completely (${String((error as Error).message)}). The previous index stays valid.`);
    return 2;
  };
  const write = (files: Array<{ file: string; text: string }>) => {
    // Started now, awaited after the next compile: at most one Kreis's files are in flight.
    const compressed = files.map((f) => compress(f.text));
    compressed.forEach((c) => c.catch(() => undefined));
    writing = (async () => {
      await mkdir(options.dir, { recursive: true });
      for (const [i, { file, text }] of files.entries()) {
        const path = join(options.dir, file);
        const exists = await stat(path).then((st) => st.size === Buffer.byteLength(text), () => false);
        if (!exists) {
          await writeFileAtomic(path, text, { check: (bytes) => { if (!validateFeed(JSON.parse(bytes.toString('utf8'))).ok) throw new Error(`${file} does not validate`); } });
          written++;
        }
        await writeSiblings(path, text, compressed[i]!);
      }
    })();
    writing.catch(() => undefined);
  };
  for (const source of sources) {
    const old = previousOf.get(source.ags);
    const before = old ? await readShard(options.dir, old.feed) : undefined;
    const located = (problems: Problem[]) => (source.land ? problems.map((p) => ({ ...p, pointer: toLandPointer(p.pointer, source.origin) })) : problems);
    const compiled = compileSource({ json: source.json, today, from: options.from ?? today, now: options.now, pretty: options.pretty, gemeinden });
    let result: KreisResult;
    let inForce: { feed: Feed; text: string; file: string } | undefined = before && old ? { ...before, file: old.feed } : undefined;
    if (!compiled.ok) {
      result = { ags: source.ags, name: source.name, status: 'failed', problems: located(compiled.problems) };
    } else {
      const file = hashName(source.ags, compiled.text);
      const diff = diffFeeds(before?.feed, compiled.published);
      const drops = before ? dropsBeyond(diff, threshold) : [];
      if (drops.length && !options.force) {
        const p: Problem = {
          pointer: '', severity: 'error', code: 'drop',
          message: {
            de: `${source.name}: viel weniger Einträge als die veröffentlichte Fassung (${dropList(drops, 'de')}). Der bisherige Stand bleibt; mit --force wird trotzdem veröffentlicht.`,
            en: `${source.name}: far fewer entries than the published version (${dropList(drops, 'en')}). The previous version stays; --force publishes anyway.`,
          },
        };
        result = { ags: source.ags, name: source.name, status: 'refused', problems: [...located(compiled.problems), p], diff };
      } else {
        const status: Status = before?.text === compiled.text ? 'unchanged' : drops.length ? 'forced' : 'published';
        result = { ags: source.ags, name: source.name, status, problems: located(compiled.problems), diff };
        inForce = { feed: compiled.published, text: compiled.text, file };
      }
    }
    source.json = {}; // this Kreis's part of the source is done with
    try {
      await writing;
    } catch (error) {
      return writeFailed(error);
    }
    results.push(result);
    if (!inForce) continue;
    // What the index needs to know of the shard in force; the feed itself is not kept.
    result.file = inForce.file;
    result.bytes = Buffer.byteLength(inForce.text);
    result.gemeinden = Object.fromEntries(inForce.feed.regions.gemeinden.map((g) => [g.ags.slice(5), g.name ?? g.ags]));
    if (landInfo.state === '') {
      landInfo.state = inForce.feed.publisher.state;
      landInfo.name = gemeinden.get(inForce.feed.regions.gemeinden[0]?.ags ?? '')?.land || landAgs;
    }
    const files: Array<{ file: string; text: string }> = result.status === 'published' || result.status === 'forced' || result.status === 'unchanged' ? [{ file: inForce.file, text: inForce.text }] : [];
    for (const e of extractsFrom(source.ags, inForce.feed, grid, receivers)) {
      const text = `${JSON.stringify(e.feed, null, options.pretty ? 2 : undefined)}\n`;
      const file = hashName(`${e.kreis}-near-${e.from}`, text);
      near.push({ kreis: e.kreis, from: e.from, file, bytes: Buffer.byteLength(text), gemeinden: e.gemeinden });
      if (options.dryRun) {
        if (!validateFeed(JSON.parse(text)).ok) throw new Error(`extract ${file} does not validate`);
      } else files.push({ file, text });
    }
    if (!options.dryRun) write(files);
  }

  // 3. Report per Kreis.
  const failed = results.filter((r) => r.status === 'failed' || r.status === 'refused');
  for (const r of results) {
    const shown = r.problems.filter((p) => p.severity === 'error' || options.limit > 200);
    const src = sources.find((x) => x.ags === r.ags)!;
    if (shown.length) {
      addPositions(src.sourceText, shown);
      say(formatProblems(`${src.sourceName} [${r.ags} ${r.name}]`, shown, { lang, color: options.color, limit: options.limit }));
    }
    say(statusLine(r, lang, options.dryRun === true));
  }
  const index = buildIndex(results, near, { landAgs, landName: landInfo.name, state: landInfo.state, now: options.now, nearKm });
  const nearCount = index.kreise.reduce((sum, k) => sum + (k.near?.length ?? 0), 0);
  if (options.dryRun) {
    say(de
      ? `Probelauf (--dry-run): ${count(results.length - failed.length, lang)} von ${count(results.length, lang)} Kreisen würden veröffentlicht, ${count(nearCount, lang)} Randauszüge; nichts geschrieben.`
      : `Dry run (--dry-run): ${count(results.length - failed.length, lang)} of ${count(results.length, lang)} Kreise would be published, ${count(nearCount, lang)} border extracts; nothing written.`);
    if (options.json) options.out(JSON.stringify({ dryRun: true, kreise: results.map(jsonOf) }));
    return failed.length ? 1 : 0;
  }

  // 4. Once every shard and extract is on disk (and checked), the index, last.
  try {
    await writing;
    if (!index.kreise.length) {
      say(de ? `Kein Kreis ist veröffentlichbar; ${options.dir} bleibt, wie es war.` : `No Kreis can be published; ${options.dir} is left as it was.`);
      if (options.json) options.out(JSON.stringify({ kreise: results.map(jsonOf) }));
      return 1;
    }
    const indexText = `${JSON.stringify(index, null, options.pretty ? 2 : undefined)}\n`;
    const indexPath = join(options.dir, INDEX_FILE);
    // Siblings first, the index itself last: a server that prefers index.json.br never serves an older one for long.
    await writeSiblings(indexPath, indexText, compress(indexText));
    await writeFileAtomic(indexPath, indexText, { check: (bytes) => { const p = landIndexProblem(JSON.parse(bytes.toString('utf8'))); if (p) throw new Error(p); } });
  } catch (error) {
    return writeFailed(error);
  }
  const pruned = await prune(options.dir, index, previous);
  const bytes = index.kreise.reduce((sum, k) => sum + k.bytes, 0);
  say(de
    ? `${options.dir}/${INDEX_FILE} geschrieben: ${count(index.kreise.length, lang)} Kreise (${count(Math.ceil(bytes / 1024), lang)} KB), ${count(nearCount, lang)} Randauszüge (${nearKm} km), ${count(written, lang)} neue Dateien, ${count(pruned, lang)} alte entfernt.`
    : `Wrote ${options.dir}/${INDEX_FILE}: ${count(index.kreise.length, lang)} Kreise (${count(Math.ceil(bytes / 1024), lang)} KB), ${count(nearCount, lang)} border extracts (${nearKm} km), ${count(written, lang)} new files, ${count(pruned, lang)} old ones removed.`);
  if (failed.length) {
    say(de
      ? `${count(failed.length, lang)} ${failed.length === 1 ? 'Kreis' : 'Kreise'} nicht aktualisiert (siehe oben): ${failed.map((r) => `${r.ags} ${r.name}`).join(', ')}. ${failed.length === 1 ? 'Er behält seinen' : 'Sie behalten ihren'} bisherigen Stand.`
      : `${count(failed.length, lang)} ${failed.length === 1 ? 'Kreis' : 'Kreise'} not updated (see above): ${failed.map((r) => `${r.ags} ${r.name}`).join(', ')}. ${failed.length === 1 ? 'It keeps its' : 'They keep their'} previous version.`);
  }
  if (options.json) options.out(JSON.stringify({ index: join(options.dir, INDEX_FILE), kreise: results.map(jsonOf), extracts: nearCount }));
  return failed.length ? 1 : 0;
}

function jsonOf(r: KreisResult) {
  const { errors, warnings } = tally(r.problems);
  return { ags: r.ags, name: r.name, status: r.status, ...(r.file ? { file: r.file } : {}), errors, warnings, issues: r.problems.filter((p) => p.severity === 'error').map((p) => ({ pointer: p.pointer, code: p.code, message: p.message.en })) };
}

function statusLine(r: KreisResult, lang: Lang, dryRun: boolean): string {
  const de = lang === 'de';
  const label = `${r.ags} ${r.name}`;
  const change = r.diff ? `${count(r.diff.before, lang)} → ${count(r.diff.after, lang)} ${de ? 'Einträge' : 'entries'}` : '';
  const kept = r.file ? (de ? 'der bisherige Stand bleibt' : 'the previous version stays') : (de ? 'nicht im Index' : 'not in the index');
  switch (r.status) {
    case 'failed': return de ? `✗ ${label}: Fehler in der Quelle; ${kept}.` : `✗ ${label}: errors in the source; ${kept}.`;
    case 'refused': return de ? `✗ ${label}: zu viele Einträge entfallen (${change}); ${kept}.` : `✗ ${label}: too many entries disappear (${change}); ${kept}.`;
    case 'unchanged': return de ? `= ${label}: unverändert (${r.file}).` : `= ${label}: unchanged (${r.file}).`;
    case 'forced': return de ? `! ${label}: mit --force ${dryRun ? 'würde veröffentlicht' : 'veröffentlicht'} (${change}) → ${r.file}` : `! ${label}: ${dryRun ? 'would be published' : 'published'} with --force (${change}) → ${r.file}`;
    default: return de ? `✓ ${label}: ${change} → ${r.file}${dryRun ? ' (Probelauf)' : ''}` : `✓ ${label}: ${change} → ${r.file}${dryRun ? ' (dry run)' : ''}`;
  }
}

interface IndexInput {
  landAgs: string;
  landName: string;
  state: string;
  now: Date;
  nearKm: number;
}

function buildIndex(results: KreisResult[], near: NearMeta[], input: IndexInput): LandIndex {
  const kreise: LandKreis[] = [];
  const inIndex = new Set(results.filter((r) => r.file).map((r) => r.ags));
  for (const r of results) {
    if (!r.file || r.bytes === undefined || !r.gemeinden) continue;
    // Only extracts from a Kreis that is itself in the index (its offers are current).
    const mine = near.filter((e) => e.kreis === r.ags && inIndex.has(e.from)).map((e) => ({ kreis: e.from, file: e.file, bytes: e.bytes, gemeinden: e.gemeinden }));
    kreise.push({ ags: r.ags, name: r.name, feed: r.file, bytes: r.bytes, gemeinden: r.gemeinden, ...(mine.length ? { near: mine } : {}) });
  }
  return {
    format: LAND_INDEX_FORMAT,
    version: '1.0',
    land: { ags: input.landAgs, name: input.landName, state: input.state },
    generatedAt: input.now.toISOString(),
    nearKm: input.nearKm,
    kreise,
  };
}

/** `.br` and `.gz` next to a file, each checked to decompress to exactly its bytes. */
async function writeSiblings(path: string, text: string, compressed: Promise<[Buffer, Buffer]>): Promise<void> {
  const [br, gzipped] = await compressed;
  const bytes = Buffer.from(text, 'utf8');
  for (const [ext, data, undo] of [['.br', br, brotliDecompressSync], ['.gz', gzipped, gunzipSync]] as const) {
    const target = path + ext;
    const same = await stat(target).then((s) => s.size === data.length, () => false);
    if (same && !path.endsWith(INDEX_FILE)) continue;
    await writeFileAtomic(target, data, { check: (written) => { if (!undo(written).equals(bytes)) throw new Error(`${target} does not decompress to the feed`); } });
  }
}

/** Removes our files that neither the new nor the previous index names (a cached older index keeps working). */
async function prune(dir: string, index: LandIndex, previous: LandIndex | undefined): Promise<number> {
  const keep = new Set<string>();
  for (const i of [index, previous]) {
    for (const k of i?.kreise ?? []) {
      keep.add(k.feed);
      for (const n of k.near ?? []) keep.add(n.file);
    }
  }
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!OUR_FILE.test(name) || keep.has(name.replace(/\.(br|gz)$/, ''))) continue;
    await rm(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}
