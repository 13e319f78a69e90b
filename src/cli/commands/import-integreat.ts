/**
 * `wegweiser import integreat <folder|file.json …> -o <source.json>` (saved
 * API answers) or `--url <server> --region <slug>` (fetched): a Kreis's
 * Integreat content as a source feed, alone or merged into the Kreis's own
 * (`--base`, e.g. from `import sheets`; the Kreis's entries win). Prints the
 * warnings and the loss report; never overwrites a good file with a broken
 * one. Exit codes: 0 written, 1 problems in the content (nothing written),
 * 2 usage, read, fetch or write error.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { berlinDate, addDays } from '../../core/dates.js';
import { classifyAnswer, type Answer } from '../../admin/integreat/answers.js';
import { importIntegreat } from '../../admin/integreat/import.js';
import { parseJson } from '../../admin/json-text.js';
import { InputError } from '../../admin/input-error.js';
import { count, type Lang } from '../../admin/lang.js';
import { formatProblems } from '../../admin/problem-list.js';
import { DEFAULT_DROP_THRESHOLD, diffFeeds, diffJson, dropList, dropsBeyond, formatDiff, hasChanges } from '../../admin/feed-diff.js';
import { loadGemeinden } from '../gemeinden-file.js';
import { writeFileAtomic } from '../atomic-write.js';
import { fetchRegion } from '../integreat-fetch.js';

type Print = (text: string) => void;

export interface ImportIntegreatOptions {
  inputs: string[];
  output: string;
  url?: string;
  region?: string;
  kreis?: string;
  base?: string;
  save?: string;
  pagesAsPathways?: boolean;
  force?: boolean;
  dryRun?: boolean;
  today?: string;
  now?: Date;
  timeoutMs?: number;
  json: boolean;
  lang: Lang;
  out: Print;
  err: Print;
}

const T = (lang: Lang, de: string, en: string) => (lang === 'de' ? de : en);

async function readAnswers(paths: string[], lang: Lang): Promise<{ answers: Answer[]; errors: string[] }> {
  const answers: Answer[] = [];
  const errors: string[] = [];
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new InputError({ de: `„${path}“ gibt es nicht. Stimmt der Pfad?`, en: `"${path}" does not exist. Is the path right?` });
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith('.json')).sort();
      if (!names.length) throw new InputError({ de: `Im Ordner „${path}“ liegen keine .json-Dateien (gespeicherte Antworten der Integreat-API).`, en: `The folder "${path}" holds no .json files (saved Integreat API answers).` });
      files.push(...names.map((n) => join(path, n)));
    } else {
      files.push(path);
    }
  }
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch((error: Error) => {
      throw new InputError({ de: `„${file}“ kann nicht gelesen werden: ${error.message}`, en: `"${file}" cannot be read: ${error.message}` });
    });
    const parsed = parseJson(text);
    if (!parsed.ok) {
      const p = parsed.problem;
      errors.push(`${file}:${p.line}:${p.column}: ${p.message[lang]}${T(lang, ' (Ist die Datei unvollständig gespeichert? Laden Sie sie neu.)', ' (Was the file saved incompletely? Fetch it again.)')}`);
      continue;
    }
    const classified = classifyAnswer(file, parsed.value);
    if (!classified.ok) errors.push(classified.message[lang]);
    else answers.push(classified.answer);
  }
  return { answers, errors };
}

export async function importIntegreatCommand(options: ImportIntegreatOptions): Promise<number> {
  const { lang } = options;
  const now = options.now ?? new Date();
  const today = options.today ?? berlinDate(now);
  let answers: Answer[];
  let base: Record<string, unknown> | undefined;
  try {
    if (options.url) {
      if (!options.region) {
        options.err(T(lang, '--url braucht --region <name> (der Name der Region in der Integreat-Adresse, z. B. augsburg).', '--url needs --region <name> (the region\'s name in the Integreat address, e.g. augsburg).'));
        return 2;
      }
      answers = await fetchRegion({ url: options.url, region: options.region, progress: options.err, ...(options.save ? { save: options.save } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
    } else {
      const read = await readAnswers(options.inputs, lang);
      if (read.errors.length) {
        for (const e of read.errors) options.err(e);
        options.err(T(lang, `Nichts geschrieben; ${options.output} bleibt, wie es war.`, `Nothing written; ${options.output} is left as it was.`));
        return 1;
      }
      answers = read.answers;
    }
    if (options.base) {
      const text = await readFile(options.base, 'utf8').catch((error: Error) => {
        throw new InputError({ de: `„${options.base}“ kann nicht gelesen werden: ${error.message}`, en: `"${options.base}" cannot be read: ${error.message}` });
      });
      const parsed = parseJson(text);
      if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
        options.err(T(lang, `${options.base} ist kein Feed (kein JSON-Objekt).`, `${options.base} is not a feed (not a JSON object).`));
        return 1;
      }
      base = parsed.value as Record<string, unknown>;
    }
  } catch (error) {
    if (error instanceof InputError) {
      options.err(error.sentence[lang]);
      return 2;
    }
    throw error;
  }

  // Dated sessions of irregular events: from today for 18 months (compile's window).
  const result = importIntegreat({
    answers, gemeinden: loadGemeinden(), today, now, window: { from: today, to: addDays(today, 548) },
    ...(options.region ? { region: options.region } : {}), ...(options.kreis ? { kreis: options.kreis } : {}),
    ...(options.pagesAsPathways ? { pagesAsPathways: true } : {}), ...(base ? { base } : {}),
  });
  if (result.failure) {
    options.err(result.failure[lang]);
    return 1;
  }
  const errors = result.problems.filter((p) => p.severity === 'error');
  let diff;
  let written = false;
  let refused = false;
  if (result.published && result.text) {
    const existing = await readFile(options.output, 'utf8').then((t) => JSON.parse(t) as unknown, () => undefined);
    diff = diffFeeds(existing, result.published);
    const drops = existing ? dropsBeyond(diff, DEFAULT_DROP_THRESHOLD) : [];
    refused = drops.length > 0 && !options.force && !options.dryRun;
    if (refused) {
      options.err(T(lang, `Der neue Feed hätte viel weniger Einträge als ${options.output}: ${dropList(drops, 'de')}. Fehlen Antworten (eine Sprache, die Orte)? Ist es gewollt: --force.`,
        `The new feed would have far fewer entries than ${options.output}: ${dropList(drops, 'en')}. Are answers missing (a language, the places)? If intended: --force.`));
    } else if (!options.dryRun) {
      try {
        await writeFileAtomic(options.output, result.text, { check: (b) => void JSON.parse(b.toString('utf8')) });
        written = true;
      } catch (error) {
        options.err(T(lang, `${options.output} konnte nicht geschrieben werden (${(error as Error).message}). Eine bisherige Datei bleibt unverändert.`, `${options.output} could not be written (${(error as Error).message}). Any previous file is unchanged.`));
        return 2;
      }
    }
  }

  if (options.json) {
    options.out(JSON.stringify({
      ok: errors.length === 0 && !refused, written, dryRun: !!options.dryRun, output: options.output, entries: result.counts, keptFromBase: result.kept,
      warnings: result.warnings.map((w) => ({ where: w.where, message: w.message })),
      loss: result.loss.list(), issues: result.problems, ...(diff ? { diff: diffJson(diff) } : {}),
    }, null, 2));
    return errors.length || refused ? 1 : 0;
  }
  for (const w of result.warnings) options.out(`${T(lang, 'Warnung', 'Warning')} (${w.where}): ${w.message[lang]}`);
  if (result.problems.length) options.out(formatProblems(options.output, result.problems, { lang, color: false, limit: 200 }));
  options.out(result.loss.format(lang, T(lang, 'Nicht oder nur als Text übernommen', 'Not carried over, or only as text')));
  const c = result.counts;
  options.out(T(lang,
    `Aus Integreat: Orte ${count(c.locations ?? 0, lang)}, Angebote ${count(c.services ?? 0, lang)}, Veranstaltungen ${count(c.programmes ?? 0, lang)}, Wegweiser-Entwürfe ${count(c.pathways ?? 0, lang)}.`,
    `From Integreat: places ${count(c.locations ?? 0, lang)}, services ${count(c.services ?? 0, lang)}, events ${count(c.programmes ?? 0, lang)}, Wegweiser drafts ${count(c.pathways ?? 0, lang)}.`));
  if (diff && diff.before > 0 && hasChanges(diff)) options.out(formatDiff(diff, lang));
  if (errors.length || refused) {
    options.out(T(lang, `Nichts geschrieben; ${options.output} bleibt, wie es war.`, `Nothing written; ${options.output} is left as it was.`));
    return 1;
  }
  options.out(options.dryRun ? T(lang, `Probelauf: ${options.output} wurde nicht geschrieben.`, `Dry run: ${options.output} was not written.`)
    : T(lang, `${options.output} geschrieben. Weiter: wegweiser compile ${options.output} -o feed.json`, `Wrote ${options.output}. Next: wegweiser compile ${options.output} -o feed.json`));
  return 0;
}

export const IMPORT_INTEGREAT_HELP = {
  de: `wegweiser import integreat <ordner|datei.json …> -o <quelle.json> [Optionen]
wegweiser import integreat --url <integreat-server> --region <name> -o <quelle.json> [Optionen]

Übernimmt die Inhalte einer Integreat-Region (öffentliche API v3) in einen Quell-Feed:
gespeicherte Antworten (je Endpunkt und Sprache eine JSON-Datei, z. B. augsburg_de_locations.json)
oder direkt vom Server. Orte werden Orte mit je einem Angebot (Adresse, Koordinaten,
Öffnungszeiten mit „nur mit Termin“, Kontakt, Kategorie als Thema), Veranstaltungen Programme
(Wiederholungen als Rhythmus oder einzelne Termine), jede Übersetzung ein Text in ihrer Sprache.
Was nicht übernommen werden kann, steht im Verlustbericht.

Optionen:
  -o, --output <datei>   Ausgabedatei (Pflicht)
  --url <adresse>        Integreat-Server, z. B. https://cms.integreat-app.de (mit --region)
  --region <name>        die Region (Name in der Integreat-Adresse, z. B. augsburg)
  --save <ordner>        geladene Antworten dort speichern (für einen Lauf ohne Netz)
  --kreis <AGS5>         Kreisschlüssel, wenn der Name der Region ihn nicht ergibt (Landkreis-App)
  --base <quelle.json>   in den eigenen Quell-Feed des Kreises einfügen; seine Einträge gelten
  --pages-as-pathways    Seiten als Wegweiser-Entwürfe übernehmen (Oberseite = Weg, Unterseiten = Schritte)
  --dry-run, --force, --today, --now, --json, --lang de|en   wie bei import sheets

Rückgabewerte: 0 = geschrieben, 1 = Probleme im Inhalt (nichts geschrieben), 2 = Aufruf-, Lese-,
Lade- oder Schreibfehler.`,
  en: `wegweiser import integreat <folder|file.json …> -o <source.json> [options]
wegweiser import integreat --url <integreat-server> --region <name> -o <source.json> [options]

Takes the content of an Integreat region (public API v3) into a source feed: saved answers
(one JSON file per endpoint and language, e.g. augsburg_de_locations.json) or straight from the
server. Places become places with one service each (address, coordinates, opening hours with
"appointment only", contact, category as topic), events become programmes (recurrences as a
rhythm or single dates), every translation a text in its language. What cannot be carried is
listed in the loss report.

Options:
  -o, --output <file>    output file (required)
  --url <address>        Integreat server, e.g. https://cms.integreat-app.de (with --region)
  --region <name>        the region (its name in the Integreat address, e.g. augsburg)
  --save <folder>        keep the fetched answers there (for a run without a network)
  --kreis <AGS5>         Kreis key when the region's name does not give it (a Landkreis app)
  --base <source.json>   add to the Kreis's own source feed; its entries win
  --pages-as-pathways    take pages as Wegweiser drafts (top page = pathway, sub-pages = steps)
  --dry-run, --force, --today, --now, --json, --lang de|en   as for import sheets

Exit codes: 0 = written, 1 = problems in the content (nothing written), 2 = usage, read, fetch
or write error.`,
};
