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
import { isLandSource, nearExtracts, splitLand, toLandPointer, kreisDisplayName, type KreisSource } from '../../admin/land.js';
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
  /** The feed now in force for this Kreis (new, or the previous one kept). */
  feed?: Feed;
  text?: string;
  file?: string;
  diff?: FeedDiff;
}

interface Source extends KreisSource {
  sourceName: string;
  sourceText: string;
  land: boolean;
}

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

  // 2. Compile each Kreis like a single feed; the guard compares with its previous shard.
  const previous = await readIndex(options.dir);
  const previousOf = new Map(previous?.kreise.map((k) => [k.ags, k]) ?? []);
  const results: KreisResult[] = [];
  const compressing = new Map<string, Promise<[Buffer, Buffer]>>();
  const compress = (file: string, text: string) => {
    if (!compressing.has(file)) {
      const bytes = Buffer.from(text, 'utf8');
      compressing.set(file, Promise.all([
        brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
        gz(bytes, { level: 9 }),
      ]));
    }
  };
  for (const source of sources) {
    const old = previousOf.get(source.ags);
    const before = old ? await readShard(options.dir, old.feed) : undefined;
    const keep = (status: Status, problems: Problem[]): KreisResult => ({
      ags: source.ags, name: source.name, status, problems,
      ...(before ? { feed: before.feed, text: before.text, file: old!.feed } : {}),
    });
    const compiled = compileSource({ json: source.json, today, from: options.from ?? today, now: options.now, pretty: options.pretty, gemeinden });
    const located = (problems: Problem[]) => {
      const mapped = source.land ? problems.map((p) => ({ ...p, pointer: toLandPointer(p.pointer, source.origin) })) : problems;
      return mapped;
    };
    if (!compiled.ok) {
      results.push(keep('failed', located(compiled.problems)));
      continue;
    }
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
      results.push({ ...keep('refused', [...located(compiled.problems), p]), diff });
      continue;
    }
    const status: Status = before?.text === compiled.text ? 'unchanged' : drops.length ? 'forced' : 'published';
    results.push({ ags: source.ags, name: source.name, status, problems: located(compiled.problems), feed: compiled.published, text: compiled.text, file, diff });
    if (!options.dryRun) compress(file, compiled.text);
  }

  // 3. Extracts from the feeds now in force (a Kreis that kept its previous shard still shares its offers).
  const inForce = new Map<string, Feed>();
  for (const r of results) if (r.feed) inForce.set(r.ags, r.feed);
  const extracts = nearExtracts(inForce, nearKm).map((e) => {
    const text = `${JSON.stringify(e.feed, null, options.pretty ? 2 : undefined)}\n`;
    return { ...e, text, file: hashName(`${e.kreis}-near-${e.from}`, text) };
  });
  for (const e of extracts) {
    const check = validateFeed(JSON.parse(e.text));
    if (!check.ok) throw new Error(`extract ${e.file} does not validate: ${JSON.stringify(check.issues.slice(0, 2))}`);
    if (!options.dryRun) compress(e.file, e.text);
  }

  // 4. Report per Kreis.
  const failed = results.filter((r) => r.status === 'failed' || r.status === 'refused');
  for (const r of results) {
    const shown = r.problems.filter((p) => p.severity === 'error' || options.limit > 200);
    const name = `${sources.find((s) => s.ags === r.ags)!.sourceName} [${r.ags} ${r.name}]`;
    if (shown.length) {
      const src = sources.find((s) => s.ags === r.ags)!;
      addPositions(src.sourceText, shown);
      say(formatProblems(name, shown, { lang, color: options.color, limit: options.limit }));
    }
    say(statusLine(r, lang, options.dryRun === true));
  }
  const index = buildIndex(results, extracts, { landAgs, landName: gemeinden.get(results.find((r) => r.feed)?.feed?.regions.gemeinden[0]?.ags ?? '')?.land ?? landAgs, state: results.find((r) => r.feed)?.feed?.publisher.state ?? '', now: options.now, nearKm, gemeinden: (ags) => gemeinden.inKreis(ags) });
  const nearCount = extracts.length;
  if (options.dryRun) {
    say(de
      ? `Probelauf (--dry-run): ${count(results.length - failed.length, lang)} von ${count(results.length, lang)} Kreisen würden veröffentlicht, ${count(nearCount, lang)} Randauszüge; nichts geschrieben.`
      : `Dry run (--dry-run): ${count(results.length - failed.length, lang)} of ${count(results.length, lang)} Kreise would be published, ${count(nearCount, lang)} border extracts; nothing written.`);
    if (options.json) options.out(JSON.stringify({ dryRun: true, kreise: results.map(jsonOf) }));
    return failed.length ? 1 : 0;
  }
  if (!index.kreise.length) {
    say(de ? `Kein Kreis ist veröffentlichbar; ${options.dir} bleibt, wie es war.` : `No Kreis can be published; ${options.dir} is left as it was.`);
    if (options.json) options.out(JSON.stringify({ kreise: results.map(jsonOf) }));
    return 1;
  }

  // 5. Write shards and extracts (content-hashed: an existing file already has these bytes), then the index.
  let written = 0;
  try {
    await mkdir(options.dir, { recursive: true });
    for (const item of [...results.filter((r) => r.status !== 'failed' && r.status !== 'refused' && r.text), ...extracts]) {
      const file = item.file!;
      const text = item.text!;
      const path = join(options.dir, file);
      const exists = await stat(path).then((s) => s.size === Buffer.byteLength(text), () => false);
      if (!exists) {
        await writeFileAtomic(path, text, { check: (bytes) => { if (!validateFeed(JSON.parse(bytes.toString('utf8'))).ok) throw new Error(`${file} does not validate`); } });
        written++;
      }
      await writeSiblings(path, text, compressing.get(file)!);
    }
    const indexText = `${JSON.stringify(index, null, options.pretty ? 2 : undefined)}\n`;
    compress(INDEX_FILE, indexText);
    const indexPath = join(options.dir, INDEX_FILE);
    // Siblings first, the index itself last: a server that prefers index.json.br never serves an older one for long.
    await writeSiblings(indexPath, indexText, compressing.get(INDEX_FILE)!);
    await writeFileAtomic(indexPath, indexText, { check: (bytes) => { const p = landIndexProblem(JSON.parse(bytes.toString('utf8'))); if (p) throw new Error(p); } });
  } catch (error) {
    options.err(de
      ? `${options.dir} konnte nicht vollständig geschrieben werden (${String((error as Error).message)}). Der bisherige Index bleibt gültig.`
      : `${options.dir} could not be written completely (${String((error as Error).message)}). The previous index stays valid.`);
    return 2;
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
  gemeinden: (kreis: string) => Array<{ ags: string; name: string }>;
}

function buildIndex(results: KreisResult[], extracts: Array<{ kreis: string; from: string; file: string; text: string; gemeinden: string[] }>, input: IndexInput): LandIndex {
  const kreise: LandKreis[] = [];
  for (const r of results) {
    if (!r.file || !r.text || !r.feed) continue;
    const names: Record<string, string> = {};
    for (const g of r.feed.regions.gemeinden) names[g.ags.slice(5)] = g.name ?? g.ags;
    const near = extracts.filter((e) => e.kreis === r.ags).map((e) => ({ kreis: e.from, file: e.file, bytes: Buffer.byteLength(e.text), gemeinden: e.gemeinden }));
    kreise.push({ ags: r.ags, name: r.name, feed: r.file, bytes: Buffer.byteLength(r.text), gemeinden: names, ...(near.length ? { near } : {}) });
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
