/**
 * `wegweiser import sheets <xlsx|csv-folder> [more …] -o source.json`: builds
 * the authored feed (the source `wegweiser compile` reads) from spreadsheets
 * in the template of `wegweiser template`. Several inputs (one per Gemeinde
 * or provider) are merged, the later one winning; with --base the entries go
 * into an existing source feed. Every problem names file, sheet, row and
 * column. With any error nothing is written.
 */
import { readFile } from 'node:fs/promises';
import { berlinDate } from '../../core/dates.js';
import { DEFAULT_CLI_MAX_MB } from '../../admin/inspect.js';
import { loadJson } from '../read-input.js';
import { InputError } from '../read-input.js';
import { loadGemeinden } from '../gemeinden-file.js';
import { writeFileAtomic } from '../atomic-write.js';
import { count, type Lang } from '../../admin/lang.js';
import type { InputUnit } from '../../admin/sheets/read.js';
import { readInputs } from '../sheet-files.js';
import { entryTotal, importSheets } from '../../admin/import-sheets.js';
import { DEFAULT_DROP_THRESHOLD, diffFeeds, diffJson, dropProblem, dropsBeyond, formatDiff, hasChanges, type FeedDiff } from '../../admin/feed-diff.js';
import type { Assembled } from '../../admin/sheets/assemble.js';
import { formatSheetProblems, problemJson, Problems } from '../../admin/sheets/problems.js';

export interface ImportSheetsOptions {
  inputs: string[];
  output: string;
  base?: string;
  json: boolean;
  lang: Lang;
  /** Replace the output even when many entries would disappear. */
  force?: boolean;
  /** Show what would change; write nothing. */
  dryRun?: boolean;
  /** Entries may drop by at most this share before --force is needed (default 0.3). */
  maxDrop?: number;
  /** Berlin date for programme status and stale checks (default: the date of `now`). */
  today?: string;
  /** The `generatedAt` written (default: now). Same sheets and `now` = byte-identical output. */
  now?: Date;
  /** Unknown columns only warned about (default: an error). */
  allowUnknown?: boolean;
  /** Problems shown per severity (default 200). */
  limit?: number;
  out: (text: string) => void;
  err: (text: string) => void;
}

const LABELS: Record<string, [string, string]> = {
  stewards: ['Pflegestellen', 'stewards'], topics: ['Themen', 'topics'], audiences: ['Zielgruppen', 'audiences'], serviceTypes: ['Leistungsarten', 'service types'],
  statuses: ['Aufenthaltsstatus', 'statuses'], lexicon: ['Alltagswörter', 'everyday words'], organisations: ['Organisationen', 'organisations'], locations: ['Orte', 'locations'],
  services: ['Angebote', 'services'], programmes: ['Programme', 'programmes'], responsibilities: ['Zuständigkeiten', 'responsibilities'],
  pathways: ['Wege', 'pathways'], hours: ['Zeiten', 'hours rows'],
};

function countsText(counts: Record<string, number>, lang: Lang): string {
  const parts = Object.entries(counts).filter(([, n]) => n > 0).map(([k, n]) => `${count(n, lang)} ${LABELS[k]?.[lang === 'de' ? 0 : 1] ?? k}`);
  return parts.length ? parts.join(', ') : (lang === 'de' ? 'keine Einträge' : 'no entries');
}

export async function importSheetsCommand(options: ImportSheetsOptions): Promise<number> {
  const { lang } = options;
  const de = lang === 'de';
  if (!options.inputs.length || !options.output) {
    options.err(de ? 'Aufruf: wegweiser import sheets <xlsx|csv-ordner> [weitere …] -o <quelle.json> [--base <quelle.json>]'
      : 'Usage: wegweiser import sheets <xlsx|csv-folder> [more …] -o <source.json> [--base <source.json>]');
    return 2;
  }
  const now = options.now ?? new Date();
  const today = options.today ?? berlinDate(now);
  const problems = new Problems();
  const readOptions = { allowUnknown: options.allowUnknown === true };

  let base: Record<string, unknown> | undefined;
  let units: InputUnit[];
  try {
    if (options.base) {
      const loaded = await loadJson(options.base, DEFAULT_CLI_MAX_MB * 1048576);
      if (!loaded.ok || typeof loaded.json !== 'object' || loaded.json === null || Array.isArray(loaded.json)) {
        for (const p of loaded.problems) problems.add({ ...p, place: { file: options.base, ...(p.position ? { row: p.position.line } : {}) } });
        if (loaded.ok) problems.error({ file: options.base }, 'base-not-object', 'Die Basis ist kein Feed (kein JSON-Objekt).', 'The base is not a feed (not a JSON object).');
        return finish(options, problems, undefined, undefined);
      }
      base = loaded.json as Record<string, unknown>;
    }
    units = await readInputs(options.inputs, problems, readOptions);
  } catch (error) {
    if (error instanceof InputError) {
      options.err(error.sentence[lang]);
      return 2;
    }
    throw error;
  }

  const imported = importSheets({
    units, ...(base ? { base } : {}), ...(options.base ? { baseName: options.base } : {}),
    gemeinden: loadGemeinden(), today, now, problems, allowUnknown: readOptions.allowUnknown,
  });
  const { assembled, published, text } = imported;
  if (!published || text === undefined) return finish(options, problems, assembled, undefined);

  // Publishing safety: compare with what is there.
  const existing = await readFile(options.output, 'utf8').then((t) => JSON.parse(t) as Record<string, unknown>, () => undefined);
  const diff = diffFeeds(existing, published);
  const threshold = options.maxDrop ?? DEFAULT_DROP_THRESHOLD;
  const drops = existing ? dropsBeyond(diff, threshold) : [];
  if (drops.length && !options.dryRun) {
    const problem = dropProblem(drops, options.output, threshold, !!options.force);
    problems.add({ ...problem, place: { file: options.output } });
    if (!options.force) return finish(options, problems, assembled, diff);
  }
  if (!options.dryRun) {
    try {
      await writeFileAtomic(options.output, text, {
        check: (written) => {
          JSON.parse(written.toString('utf8'));
        },
      });
    } catch (error) {
      options.err(de ? `${options.output} konnte nicht geschrieben werden (${(error as Error).message}). Eine bisherige Datei bleibt unverändert.`
        : `${options.output} could not be written (${(error as Error).message}). Any previous file is unchanged.`);
      return 2;
    }
  }
  return finish(options, problems, assembled, diff, text);
}

function finish(options: ImportSheetsOptions, problems: Problems, assembled: Assembled | undefined, diff: FeedDiff | undefined, text?: string): number {
  const { lang } = options;
  const de = lang === 'de';
  const errors = problems.errors;
  const warnings = problems.list.length - errors;
  const written = text !== undefined && !options.dryRun;
  const inputs = assembled ? [...assembled.perUnit].map(([input, counts]) => ({ input, counts })) : [];
  if (options.json) {
    options.out(JSON.stringify({
      ok: errors === 0, errors, warnings, output: options.output, written, dryRun: !!options.dryRun,
      inputs: inputs.map(({ input, counts }) => ({ input, entries: counts })),
      ...(diff ? { diff: diffJson(diff) } : {}),
      issues: problems.list.map(problemJson),
    }, null, 2));
    return errors ? 1 : 0;
  }
  const listed = formatSheetProblems(problems.list, { lang, limit: options.limit ?? 200 });
  if (listed) options.out(listed);
  for (const { input, counts } of inputs) options.out(de ? `Aus ${input}: ${countsText(counts, lang)}.` : `From ${input}: ${countsText(counts, lang)}.`);
  if (diff && (diff.before > 0 || options.dryRun) && (hasChanges(diff) || options.dryRun)) {
    options.out(de ? `Änderungen gegenüber ${options.output}:` : `Changes against ${options.output}:`);
    options.out(formatDiff(diff, lang));
  }
  options.out(de ? `${count(errors, lang)} Fehler, ${count(warnings, lang)} ${warnings === 1 ? 'Warnung' : 'Warnungen'}.` : `${count(errors, lang)} ${errors === 1 ? 'error' : 'errors'}, ${count(warnings, lang)} ${warnings === 1 ? 'warning' : 'warnings'}.`);
  if (errors) {
    options.out(de ? `Nichts geschrieben; ${options.output} bleibt, wie es war. Beheben Sie die Fehler in den Tabellen und starten Sie den Import erneut.`
      : `Nothing written; ${options.output} is left as it was. Fix the errors in the sheets and run the import again.`);
  } else if (options.dryRun) {
    options.out(de ? `Probelauf (--dry-run): ${options.output} wurde nicht geschrieben.` : `Dry run (--dry-run): ${options.output} was not written.`);
  } else if (written) {
    const total = assembled ? entryTotal(assembled.feed) : 0;
    options.out(de ? `${options.output} geschrieben (${count(total, lang)} Einträge). Weiter: wegweiser compile ${options.output} -o feed.json`
      : `Wrote ${options.output} (${count(total, lang)} entries). Next: wegweiser compile ${options.output} -o feed.json`);
  }
  return errors ? 1 : 0;
}

export const IMPORT_SHEETS_HELP = {
  de: `wegweiser import sheets <xlsx|csv-ordner> [weitere …] -o <quelle.json> [Optionen]

Baut den bearbeitbaren Feed (die Quelle für „wegweiser compile“) aus Tabellen nach der
Vorlage (wegweiser template): eine .xlsx-Mappe mit je einem Blatt oder ein Ordner mit je
einer CSV-Datei für Kreis, Gemeinden, Gemeindeverbände, Ortsteile, Nachbarorte, Themen, Zielgruppen, Leistungsarten,
Aufenthaltsstatus, Alltagswörter, Pflege, Organisationen, Orte, Angebote, Zeiten,
Außensprechstunden, Programme, Zuständigkeiten, Wege und Fragen. Eine Zeile je Eintrag, Listen mit „;“ getrennt. Texte in anderen Sprachen in
Spalten wie „Name-en“, „Beschreibung-ar“, „Name-de-x-ls“ (Leichte Sprache).

Mehrere Eingaben (z. B. eine Datei je Gemeinde) werden zusammengeführt: gleiche ID →
die spätere Datei gilt (mit Warnung, die beide Dateien nennt); gezählt wird, was aus
welcher Datei kam. Jedes Problem nennt Datei, Blatt, Zeile und Spalte und was zu tun ist.
Angenommen mit Warnung: Leerzeichen, leere und doppelte Zeilen, ja/nein als x/1/0,
„Mo-Fr 8-12 Uhr“ (wird zu „Mo-Fr 08:00-12:00“), Adressen ohne Hausnummer, Gemeindenamen
statt Schlüssel. Bei Fehlern wird nichts geschrieben. Geschrieben wird atomar. Die Quelle trägt generatedAt
und besteht „wegweiser validate“ (mit dem Hinweis, dass sie noch kompiliert werden muss).

Optionen:
  -o, --output <datei>  Ausgabedatei (Pflicht)
  --base <quelle.json>  Bestehenden Feed ergänzen (Herausgeber, Gemeinden, Themen von dort);
                        ohne --base ist das Blatt „Kreis“ nötig
  --dry-run             Nur zeigen, was sich ändert (neu, entfernt, geändert); nichts schreiben
  --force               Auch schreiben, wenn mehr als 30 % der Einträge wegfallen
  --allow-unknown       Unbekannte Spalten nur melden und ignorieren (sonst ein Fehler:
                        ihr Inhalt käme nicht in den Feed)
  --today JJJJ-MM-TT    Stichtag für Programm-Status, „veraltet“ und „abgelaufen“ (Standard: heute)
  --now <Zeitpunkt>     generatedAt der Quelle, z. B. 2026-12-01T08:00:00+01:00
                        (gleiche Tabellen + gleiches --now = byte-gleiche Ausgabe)
  --json                Ergebnis als JSON
  --lang de|en          Sprache der Ausgabe

Rückgabewerte: 0 = geschrieben, 1 = Fehler in den Tabellen (nichts geschrieben),
2 = Aufruf-, Lese- oder Schreibfehler.`,
  en: `wegweiser import sheets <xlsx|csv-folder> [more …] -o <source.json> [options]

Builds the authored feed (the source for "wegweiser compile") from spreadsheets in the
template (wegweiser template): an .xlsx workbook with one sheet, or a folder with one CSV
file, for each of Kreis, Gemeinden, Gemeindeverbände, Ortsteile, Nachbarorte, Themen, Zielgruppen, Leistungsarten,
Aufenthaltsstatus, Alltagswörter, Pflege, Organisationen, Orte, Angebote, Zeiten,
Außensprechstunden, Programme, Zuständigkeiten, Wege and Fragen. One row per entry, lists separated by ";". Texts in other languages in columns
such as "Name-en", "Beschreibung-ar", "Name-de-x-ls" (easy-to-read German).

Several inputs (e.g. one file per Gemeinde) are merged: same id → the later file wins
(with a warning naming both files); what came from which file is counted. Every problem
names file, sheet, row and column and what to do. Accepted with a warning: stray spaces,
empty and duplicate rows, yes/no as x/1/0, "Mo-Fr 8-12 Uhr" (becomes "Mo-Fr 08:00-12:00"),
addresses without house number, Gemeinde names instead of keys. With errors nothing is
written. Writes are atomic. The source carries generatedAt and passes "wegweiser validate"
(with the note that it still needs compiling).

Options:
  -o, --output <file>   Output file (required)
  --base <source.json>  Add to an existing feed (publisher, Gemeinden, topics from there);
                        without --base the sheet "Kreis" is needed
  --dry-run             Only show what changes (added, removed, changed); write nothing
  --force               Write even when more than 30 % of the entries disappear
  --allow-unknown       Only report unknown columns and ignore them (otherwise an error:
                        their content would not reach the feed)
  --today YYYY-MM-DD    Day for programme status, "stale" and "expired" (default: today)
  --now <time>          generatedAt of the source, e.g. 2026-12-01T08:00:00+01:00
                        (same sheets + same --now = byte-identical output)
  --json                Result as JSON
  --lang de|en          Output language

Exit codes: 0 = written, 1 = errors in the sheets (nothing written), 2 = usage, read or
write error.`,
};
