/**
 * `wegweiser report <feed> [--html report.html] [--json] [--today YYYY-MM-DD]`:
 * what is stale or expiring (per steward), where responsible offices or
 * offers are missing (per Gemeinde and topic, with bus reachability when the
 * feed has travel data), which languages are spoken and translated, and
 * which programmes overlap. Exit 0 = report written, 1 = the feed is
 * invalid, 2 = could not read the feed or write the HTML file.
 */
import type { Feed } from '../../core/schema/index.js';
import { addPositions, DEFAULT_CLI_MAX_MB, feedProblems, type Loaded } from '../../admin/inspect.js';
import { loadJson } from '../read-input.js';
import { hoursProblems } from '../../admin/feed-hours.js';
import { InputError } from '../read-input.js';
import { loadGemeinden } from '../gemeinden-file.js';
import { writeFileAtomic } from '../atomic-write.js';
import { formatProblems, jsonReport, sortProblems, summaryLine, type Problem } from '../../admin/problem-list.js';
import { computeReport } from '../../admin/report/compute.js';
import { formatReportText } from '../../admin/report/text.js';
import { formatReportHtml } from '../../admin/report/html.js';

export interface ReportCommandOptions {
  feed: string;
  /** Also write this self-contained HTML file. */
  html?: string;
  json: boolean;
  /** `YYYY-MM-DD`: the day the report is computed for. */
  today: string;
  lang: 'de' | 'en';
  out: (t: string) => void;
  err: (t: string) => void;
}

export const REPORT_HELP = {
  de: `wegweiser report <feed.json|URL> [Optionen]

Bericht für die Pflege des Feeds, lesbar im Terminal und auf Wunsch als HTML-Datei
mit Diagramm (eine Datei, ohne externe Inhalte – zum Versenden oder Ausdrucken):

  1. Aktualität: Einträge nach letzter Prüfung (reviewed: dieses Quartal / älter /
     vor mehr als 12 Monaten / nie), überfällige Prüfungen und Einträge, die in den
     nächsten 60 Tagen ablaufen (validUntil) – je verantwortlicher Stelle (stewards).
  2. Abdeckung je Gemeinde und Thema: ist eine zuständige Stelle erfasst, wie viele
     Angebote gibt es, und – mit Fahrzeiten im Feed – wie viele sind an einem Schultag
     mit dem Bus in höchstens 45 Minuten erreichbar. Lücken werden aufgelistet.
  3. Sprachen: welche Sprachen in den Angeboten wo gesprochen werden, und welcher
     Anteil der Feed-Texte in den Sprachen der Oberfläche übersetzt ist.
  4. Überschneidungen: Programme gleicher Art und Stufe (ohne Stufen: mit gemeinsamem
     Thema), die höchstens 14 Tage auseinander in derselben Gemeinde oder im Umkreis
     von 15 km beginnen.

Optionen:
  --html <datei>       Bericht zusätzlich als HTML-Datei schreiben
  --today JJJJ-MM-TT   Stichtag (Standard: heute); gleicher Feed und Stichtag = gleicher Bericht
  --json               Bericht als JSON (alle Listen vollständig)
  --lang de|en         Sprache der Ausgabe

Rückgabewerte: 0 = Bericht erstellt, 1 = der Feed ist ungültig (erst wegweiser validate),
2 = Aufruf-, Lese- oder Schreibfehler.`,
  en: `wegweiser report <feed.json|URL> [options]

A report for keeping the feed up to date, readable in the terminal and optionally as an
HTML file with a chart (one file, no external content – to mail or print):

  1. Freshness: entries by last review (reviewed: this quarter / older / more than
     12 months ago / never), overdue reviews and entries that expire in the next
     60 days (validUntil) – per steward (stewards).
  2. Coverage per Gemeinde and topic: is a responsible office recorded, how many
     offers are there, and – with travel times in the feed – how many can be reached
     by bus within 45 minutes on a school day. Gaps are listed.
  3. Languages: which languages are spoken in services where, and what share of the
     feed's texts is translated into the interface languages.
  4. Overlaps: programmes of the same kind and level (without levels: with a common
     topic) that start at most 14 days apart in the same Gemeinde or within 15 km.

Options:
  --html <file>        Also write the report as an HTML file
  --today YYYY-MM-DD   Day of the report (default: today); same feed and day = same report
  --json               Report as JSON (every list complete)
  --lang de|en         Output language

Exit codes: 0 = report written, 1 = the feed is invalid (run wegweiser validate first),
2 = usage, read or write error.`,
};

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export async function reportCommand(options: ReportCommandOptions): Promise<number> {
  const { lang } = options;
  if (!DATE.test(options.today)) {
    options.err(lang === 'de' ? `--today erwartet ein Datum JJJJ-MM-TT, nicht „${options.today}“.` : `--today expects a date YYYY-MM-DD, not "${options.today}".`);
    return 2;
  }
  let loaded: Loaded;
  try {
    loaded = await loadJson(options.feed, DEFAULT_CLI_MAX_MB * 1048576);
  } catch (error) {
    if (error instanceof InputError) {
      options.err(error.sentence[lang]);
      return 2;
    }
    throw error;
  }
  const name = loaded.input.name;
  let problems: Problem[] = [...loaded.problems];
  let feed: Feed | undefined;
  let notListed = 0;
  // The same checks as `validate` (one implementation, the same verdicts): a feed that fails the format gets no
  // report; what the content checks find (a steward id that leads nowhere is worth a report) is listed with it.
  let checks: Problem[] = [];
  if (loaded.ok) {
    const checked = feedProblems(loaded.json, options.today, loadGemeinden());
    notListed = checked.notListed;
    if (checked.schema.ok) {
      feed = checked.schema.feed;
      checks = [...checked.problems, ...hoursProblems(feed, options.today, loadGemeinden(), 30_000)];
    } else problems = [...problems, ...checked.problems];
  }
  if (!feed || problems.some((p) => p.severity === 'error')) {
    addPositions(loaded.input.text, problems);
    if (options.json) options.out(jsonReport(name, problems, {}, notListed));
    else {
      const text = formatProblems(name, problems, { lang, color: false, limit: 20, notListed });
      if (text) options.err(text);
      options.err(summaryLine(name, problems, lang, notListed));
    }
    options.err(lang === 'de'
      ? `Kein Bericht: ${name} ist kein gültiger Feed. Alle Probleme zeigt: wegweiser validate ${name}`
      : `No report: ${name} is not a valid feed. Every problem is shown by: wegweiser validate ${name}`);
    return 1;
  }

  fillGemeinden(feed);
  const report = computeReport(feed, { today: options.today, lang, gemeindeName: (ags) => loadGemeinden().get(ags)?.name });
  if (options.html) {
    try {
      await writeFileAtomic(options.html, formatReportHtml(report, lang));
    } catch (error) {
      options.err(lang === 'de'
        ? `${options.html} konnte nicht geschrieben werden (${String((error as Error).message)}).`
        : `${options.html} could not be written (${String((error as Error).message)}).`);
      return 2;
    }
  }
  checks.push(...problems);
  addPositions(loaded.input.text, checks);
  if (options.json) {
    const listed = JSON.parse(jsonReport(name, checks)) as { errors: number; warnings: number; issues: unknown[] };
    options.out(JSON.stringify({ ...report, checks: { errors: listed.errors, warnings: listed.warnings, issues: listed.issues } }, null, 2));
  } else {
    options.out(formatReportText(report, lang));
    if (checks.length) {
      options.out(lang === 'de' ? '\nPrüfung (dieselbe wie wegweiser validate):' : '\nCheck (the same as wegweiser validate):');
      options.out(formatProblems(name, sortProblems(checks), { lang, color: false, limit: 20 }).trimEnd());
      options.out(summaryLine(name, checks, lang));
    }
    if (options.html) options.out(lang === 'de' ? `\nHTML-Bericht geschrieben: ${options.html}` : `\nHTML report written: ${options.html}`);
  }
  return 0;
}

/** A source feed may leave Gemeinde names and centres to `compile`: take them from the official list. */
function fillGemeinden(feed: Feed): void {
  const needs = feed.regions.gemeinden.some((g) => !g.name || !g.centroid);
  if (!needs) return;
  const official = loadGemeinden();
  for (const g of feed.regions.gemeinden) {
    const o = official.get(g.ags);
    if (!o) continue;
    g.name ??= o.name;
    if (!g.centroid && o.centroid) g.centroid = o.centroid;
  }
}
