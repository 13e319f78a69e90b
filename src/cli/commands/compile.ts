/**
 * `wegweiser compile <source> -o <feed.json>`: turns the authored feed into
 * the published one. Opening hours are compiled to the small browser form,
 * holidays of the Bundesland are filled in, Gemeinde names and centres come
 * from the official list, protected addresses are removed. The result is
 * checked like `validate` does; with any error nothing is written and the
 * old output stays. Same input and --now give byte-identical output.
 *
 * Publishing safety: when the output already holds a valid feed and the new
 * one has far fewer entries (more than --drop-threshold, default 30 %, of
 * all entries or of a collection with at least 10), nothing is written
 * unless --force. --dry-run shows what would be added, removed and changed.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { FeedSchema, type Feed } from '../../core/schema/index.js';
import { validateFeed } from '../../core/validate.js';
import { checkFeed, labelOf, protectedFieldsOf } from '../../core/check.js';
import { berlinDate } from '../../core/dates.js';
import { toPointer } from '../../core/errors.js';
import { addPositions, feedProblems, loadJson, sizeProblem } from '../inspect.js';
import { unknownFields } from '../unknown-fields.js';
import { compileWindow, runHours } from '../feed-hours.js';
import { compileHolidays } from '../hours-compiler.js';
import { fillFromOfficialList, officialListChecks } from '../official-checks.js';
import { loadGemeinden } from '../gemeinden.js';
import { writeFileAtomic } from '../atomic-write.js';
import { formatProblems, jsonReport, summaryLine, tally, type Problem } from '../report.js';
import { count, type Lang } from '../lang.js';
import { berlinDateTime } from '../berlin-datetime.js';
import { DEFAULT_DROP_THRESHOLD, diffFeeds, diffJson, dropList, dropProblem, dropsBeyond, formatDiff } from '../feed-diff.js';

export interface CompileOptions {
  source: string;
  output: string;
  /** First day of compiled hours and holidays; default: `today`. */
  from?: string;
  /** The day "stale", "expired" and programme status are judged against; default: `from`, else the Berlin date of `now`. */
  today?: string;
  now: Date;
  pretty: boolean;
  lang: Lang;
  json: boolean;
  maxBytes: number;
  color: boolean;
  limit: number;
  /** Replace the published feed even when many entries disappear. */
  force?: boolean;
  /** Compile and show the diff against the published feed; write nothing. */
  dryRun?: boolean;
  /** Share of entries (0…1) that may disappear before compile refuses; default 0.3. */
  dropThreshold?: number;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Lines for `wegweiser compile --help` (Optionen / Options). */
export const COMPILE_SAFETY_HELP = {
  de: `  --dry-run             Nur zeigen, was sich gegenüber der Ausgabedatei ändert
                        (neue, entfernte, geänderte Einträge); nichts schreiben
  --drop-threshold <n>  Höchstens dieser Anteil der Einträge darf wegfallen, 0–1
                        (Standard: 0.3 = 30 %; gilt insgesamt und je Liste ab 10 Einträgen)
  --force               Auch veröffentlichen, wenn mehr Einträge wegfallen`,
  en: `  --dry-run             Only show what changes against the output file
                        (added, removed, changed entries); write nothing
  --drop-threshold <n>  At most this share of the entries may disappear, 0–1
                        (default: 0.3 = 30 %; for the total and each list of 10 or more)
  --force               Publish even when more entries disappear`,
};

/** The feed now at `path`, when it is one (missing, unreadable or invalid: undefined). */
async function publishedFeed(path: string): Promise<unknown> {
  try {
    const json: unknown = JSON.parse(await readFile(path, 'utf8'));
    return validateFeed(json).ok ? json : undefined;
  } catch {
    return undefined;
  }
}

export { berlinDateTime } from '../berlin-datetime.js';

export async function compileCommand(options: CompileOptions): Promise<number> {
  const { lang } = options;
  const loaded = await loadJson(options.source, options.maxBytes);
  const today = options.today ?? options.from ?? berlinDate(options.now);
  const windowFrom = options.from ?? today;
  const generatedAt = berlinDateTime(options.now);
  const outputName = options.output;
  const fail = (problems: Problem[], notListed = 0): number => {
    addPositions(loaded.input.text, problems);
    report(options, loaded.input.name, problems, notListed);
    const kept = lang === 'de' ? `Nichts geschrieben; ${outputName} bleibt, wie es war.` : `Nothing written; ${outputName} is left as it was.`;
    (options.json ? options.err : options.out)(kept);
    return 1;
  };
  if (!loaded.ok) return fail(loaded.problems);

  // The source may leave out what compile fills in.
  const json = loaded.json;
  if (typeof json === 'object' && json !== null && !Array.isArray(json) && (json as { generatedAt?: unknown }).generatedAt === undefined) {
    (json as { generatedAt?: string }).generatedAt = generatedAt;
  }
  const source = feedProblems(json, today);
  const sourceProblems = [...loaded.problems, ...source.problems];
  if (!source.schema.ok) return fail(sourceProblems, source.notListed);

  const feed = source.schema.feed;
  const window = compileWindow(feed, windowFrom);
  const gemeinden = loadGemeinden();
  const problems: Problem[] = [];
  const filled = fillFromOfficialList(feed, gemeinden);
  problems.push(...filled.problems);
  problems.push(...stripProtected(feed));
  const centroids = new Map(feed.regions.gemeinden.map((g) => [g.ags, g.centroid]));
  const hours = runHours(feed, { state: feed.publisher.state, ...window, apply: true, centroidOf: (ags) => centroids.get(ags) });
  problems.push(...hours.problems);
  const holidays = compileHolidays(feed.publisher.state, window.from, window.to);
  feed.holidays = holidays.holidays;
  problems.push(...holidays.warnings.map((w): Problem => ({ pointer: '/holidays', severity: 'warning', code: w.code, message: { de: w.de, en: w.en } })));
  feed.generatedAt = generatedAt;

  // Check the result as `validate` would: the published feed is what counts.
  const result = validateFeed(feed);
  if (!result.ok) return fail([...sourceProblems, ...result.issues], result.truncated);
  // valibot's output is a copy with the fields in schema order and unknown fields dropped: a stable file.
  const published = v.parse(FeedSchema, feed) as Feed;
  const text = `${JSON.stringify(published, null, options.pretty ? 2 : undefined)}\n`;
  const size = sizeProblem(Buffer.byteLength(text), published);
  const final: Problem[] = [
    ...loaded.problems,
    ...unknownFields(json),
    ...problems,
    ...checkFeed(published, { today }),
    ...officialListChecks(published, gemeinden),
    ...(size ? [size] : []),
  ];
  if (tally(final).errors > 0) return fail(final);

  // Publishing safety: compare with the feed that is out there now.
  const previous = await publishedFeed(options.output);
  const threshold = options.dropThreshold ?? DEFAULT_DROP_THRESHOLD;
  const diff = diffFeeds(previous, published);
  const drops = previous === undefined ? [] : dropsBeyond(diff, threshold);
  if (options.dryRun) {
    addPositions(loaded.input.text, final);
    const refused = drops.length > 0 && !options.force;
    if (options.json) {
      options.out(jsonReport(loaded.input.name, final, { dryRun: { ...diffJson(diff), previous: previous !== undefined, refused, ...(refused ? { drops } : {}) } }));
      return 0;
    }
    report(options, loaded.input.name, final, 0);
    options.out(previous === undefined
      ? (lang === 'de' ? `${outputName} enthält noch keinen gültigen Feed: alle ${count(diff.after, lang)} Einträge wären neu.` : `${outputName} holds no valid feed yet: all ${count(diff.after, lang)} entries would be new.`)
      : (lang === 'de' ? `Änderungen gegenüber ${outputName} (Einträge ${count(diff.before, lang)} → ${count(diff.after, lang)}):` : `Changes against ${outputName} (entries ${count(diff.before, lang)} → ${count(diff.after, lang)}):`));
    if (previous !== undefined) options.out(formatDiff(diff, lang));
    if (refused) {
      options.out(lang === 'de'
        ? `Ohne --force würde ${outputName} so nicht ersetzt (mehr als ${Math.round(threshold * 100)} % weniger): ${dropList(drops, lang)}.`
        : `Without --force, ${outputName} would not be replaced like this (more than ${Math.round(threshold * 100)}% fewer): ${dropList(drops, lang)}.`);
    }
    options.out(lang === 'de' ? `Probelauf (--dry-run): nichts geschrieben; ${outputName} bleibt, wie es war.` : `Dry run (--dry-run): nothing written; ${outputName} is left as it was.`);
    return 0;
  }
  if (drops.length && !options.force) return fail([...final, dropProblem(drops, outputName, threshold)]);
  if (drops.length) final.push(dropProblem(drops, outputName, threshold, true));

  try {
    await writeFileAtomic(options.output, text, {
      check: (written) => {
        // What is on disk must load as a valid feed, or the old file stays.
        if (!validateFeed(JSON.parse(written.toString('utf8'))).ok) throw new Error('the written feed does not validate');
      },
    });
  } catch (error) {
    options.err(lang === 'de'
      ? `${outputName} konnte nicht geschrieben werden (${String((error as Error).message)}). Die bisherige Datei bleibt unverändert.`
      : `${outputName} could not be written (${String((error as Error).message)}). The previous file is unchanged.`);
    return 2;
  }
  addPositions(loaded.input.text, final);
  const stats = {
    output: outputName, window: [window.from, window.to], hours: hours.compiled, hoursAsText: hours.failed,
    names: filled.names, centroids: filled.centroids, publicHolidays: holidays.holidays.public.length, schoolHolidays: holidays.holidays.school.length, bytes: Buffer.byteLength(text),
  };
  report(options, loaded.input.name, final, 0, stats);
  if (!options.json) options.out(writtenLine(stats, lang));
  return 0;
}

/** Protected places keep only their Gemeinde: the feed is public (the same rule `validate` warns about: sensitive-address). */
function stripProtected(feed: Feed): Problem[] {
  const problems: Problem[] = [];
  feed.locations.forEach((location, i) => {
    const removed = protectedFieldsOf(location);
    if (!removed.length) return;
    for (const field of removed) delete location[field];
    problems.push({
      pointer: toPointer(['locations', i]),
      severity: 'warning',
      code: 'sensitive-stripped',
      message: {
        de: `Der Ort „${labelOf(location)}“ ist geschützt (sensitive): ${removed.join(' und ')} ${removed.length > 1 ? 'wurden' : 'wurde'} aus dem veröffentlichten Feed entfernt. Löschen Sie ${removed.length > 1 ? 'sie' : 'es'} auch in der Quelle, damit ${removed.length > 1 ? 'sie nicht anderswo landen' : 'es nicht anderswo landet'}.`,
        en: `Location "${labelOf(location)}" is protected (sensitive): ${removed.join(' and ')} ${removed.length > 1 ? 'were' : 'was'} removed from the published feed. Delete ${removed.length > 1 ? 'them' : 'it'} from the source too, so ${removed.length > 1 ? 'they do' : 'it does'} not end up elsewhere.`,
      },
    });
  });
  return problems;
}

function report(options: CompileOptions, name: string, problems: Problem[], notListed: number, stats?: Record<string, unknown>): void {
  if (options.json) {
    options.out(jsonReport(name, problems, stats ? { compiled: stats } : {}, notListed));
    return;
  }
  const text = formatProblems(name, problems, { lang: options.lang, color: options.color, limit: options.limit, notListed });
  if (text) options.out(text);
  options.out(summaryLine(name, problems, options.lang, notListed));
}

function writtenLine(s: { output: string; window: string[]; hours: number; hoursAsText: number; names: number; centroids: number; publicHolidays: number; schoolHolidays: number; bytes: number }, lang: Lang): string {
  const kb = count(Math.ceil(s.bytes / 1024), lang);
  if (lang === 'de') {
    return `${s.output} geschrieben (${kb} KB): ${count(s.hours, lang)} Öffnungszeiten übersetzt${s.hoursAsText ? `, ${count(s.hoursAsText, lang)} nur als Text` : ''}, `
      + `${s.publicHolidays} Feiertage und ${s.schoolHolidays} Ferienabschnitte für ${s.window[0]} bis ${s.window[1]}, ${s.names} Gemeindenamen und ${s.centroids} Mittelpunkte ergänzt.`;
  }
  return `Wrote ${s.output} (${kb} KB): ${count(s.hours, lang)} opening hours compiled${s.hoursAsText ? `, ${count(s.hoursAsText, lang)} as text only` : ''}, `
    + `${s.publicHolidays} public holidays and ${s.schoolHolidays} school-holiday periods for ${s.window[0]} to ${s.window[1]}, ${s.names} Gemeinde names and ${s.centroids} centres filled in.`;
}

/** Compile must not write over its own source. */
export function sameFile(a: string, b: string): boolean {
  return !/^https?:/i.test(a) && resolve(a) === resolve(b);
}
