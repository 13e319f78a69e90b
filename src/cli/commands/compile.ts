/**
 * `wegweiser compile <source> -o <feed.json>`: turns the authored feed into
 * the published one (src/admin/compile.ts, shared with the Werkstatt). With
 * any error nothing is written and the old output stays. Same input and
 * --now give byte-identical output.
 *
 * Publishing safety: when the output already holds a valid feed and the new
 * one has far fewer entries (more than --drop-threshold, default 30 %, of
 * all entries or of a collection with at least 10), nothing is written
 * unless --force. --dry-run shows what would be added, removed and changed.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { validateFeed } from '../../core/validate.js';
import { berlinDate } from '../../core/dates.js';
import { addPositions } from '../../admin/inspect.js';
import { compileSource } from '../../admin/compile.js';
import { loadJson } from '../read-input.js';
import { loadGemeinden } from '../gemeinden-file.js';
import { writeFileAtomic } from '../atomic-write.js';
import { formatProblems, jsonReport, summaryLine, type Problem } from '../../admin/problem-list.js';
import { count, type Lang } from '../../admin/lang.js';
import { DEFAULT_DROP_THRESHOLD, diffFeeds, diffJson, dropList, dropProblem, dropsBeyond, formatDiff } from '../../admin/feed-diff.js';

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

export { berlinDateTime } from '../../admin/berlin-datetime.js';

export async function compileCommand(options: CompileOptions): Promise<number> {
  const { lang } = options;
  const loaded = await loadJson(options.source, options.maxBytes);
  const today = options.today ?? options.from ?? berlinDate(options.now);
  const windowFrom = options.from ?? today;
  const outputName = options.output;
  const fail = (problems: Problem[], notListed = 0): number => {
    addPositions(loaded.input.text, problems);
    report(options, loaded.input.name, problems, notListed);
    const kept = lang === 'de' ? `Nichts geschrieben; ${outputName} bleibt, wie es war.` : `Nothing written; ${outputName} is left as it was.`;
    (options.json ? options.err : options.out)(kept);
    return 1;
  };
  if (!loaded.ok) return fail(loaded.problems);

  const compiled = compileSource({ json: loaded.json, today, from: windowFrom, now: options.now, pretty: options.pretty, gemeinden: loadGemeinden() });
  if (!compiled.ok) return fail([...loaded.problems, ...compiled.problems], compiled.notListed);
  const { published, text } = compiled;
  const final: Problem[] = [...loaded.problems, ...compiled.problems];

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
  const stats = { output: outputName, ...compiled.stats };
  report(options, loaded.input.name, final, 0, stats);
  if (!options.json) options.out(writtenLine(stats, lang));
  return 0;
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
