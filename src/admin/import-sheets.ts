/**
 * The spreadsheet import, shared by `wegweiser import sheets` and the
 * Werkstatt: read units (one workbook or CSV set each) → source feed, with
 * every problem traced back to file, sheet, row and column. Pure: no files,
 * no clock (the caller gives `today` and `now`).
 */
import { FeedSchema } from '../core/schema/index.js';
import { UI_LANGUAGES } from '../i18n/languages.js';
import { feedProblems } from './inspect.js';
import { hoursProblems } from './feed-hours.js';
import type { GemeindeList } from './gemeinden.js';
import { berlinDateTime } from './berlin-datetime.js';
import { checkLanguageColumns, type InputUnit } from './sheets/read.js';
import { buildSheet, type Built, type KreisRow } from './sheets/build.js';
import { flushNotes, type BuildContext } from './sheets/row.js';
import { assemble, placeOf, type Assembled } from './sheets/assemble.js';
import { Problems, type SheetProblem } from './sheets/problems.js';
import { GemeindeResolver } from './sheets/values.js';

/**
 * Checks of the published feed that do not apply to a source feed: what
 * `compile` adds. (`validate` says the same about the written file, as a
 * warning: it is a source, publish the output of `compile`.)
 */
const SOURCE_ONLY = new Set(['hours-not-compiled', 'holidays-missing', 'no-holidays']);

export interface ImportSheetsInput {
  units: InputUnit[];
  /** An existing source feed the entries go into. */
  base?: Record<string, unknown>;
  /** Its name, for problems that point at it. */
  baseName?: string;
  gemeinden: GemeindeList;
  /** Berlin date for programme status and stale checks. */
  today: string;
  /** The `generatedAt` written. Same sheets and `now` = byte-identical text. */
  now: Date;
  /** Unknown columns only warned about (default: an error). Must match how the units were read. */
  allowUnknown?: boolean;
  /** Problems collected so far (reading the files); the import adds to them. */
  problems: Problems;
  /** Hours checks stop after this long (ms; default 30 s). */
  hoursBudgetMs?: number;
}

export interface ImportSheetsResult {
  problems: Problems;
  /** What was assembled, even when there are errors (for counts per input). */
  assembled?: Assembled;
  /** The source feed, only when there is no error. */
  published?: Record<string, unknown>;
  /** Its text as written (2-space JSON with a final newline). */
  text?: string;
}

/** Builds the source feed from the read units; with any error there is no `published`. */
export function importSheets(input: ImportSheetsInput): ImportSheetsResult {
  const { units, base, baseName, gemeinden, today, now, problems } = input;
  const readOptions = { allowUnknown: input.allowUnknown === true };
  const ctx: BuildContext = { problems, resolver: new GemeindeResolver(gemeinden, undefined), today, notes: new Map(), stewardEmails: new Map() };
  // The Kreis first: its key restricts the Gemeinde names to look up.
  let kreis: KreisRow | undefined;
  for (const unit of units) {
    for (const sheet of unit.sheets.filter((s) => s.spec.key === 'kreis')) {
      const built: Built = { entries: [], hours: [] };
      buildSheet(sheet, unit.name, ctx, built);
      if (built.kreis && !kreis) kreis = built.kreis;
    }
  }
  // Translation columns (Name-en …): interface languages, the base feed's and the Kreis sheet's.
  const baseLanguages = Array.isArray(base?.languages) ? (base.languages as Array<{ code?: unknown }>).map((l) => String(l.code).toLowerCase()) : [];
  const allowed = new Set([...UI_LANGUAGES, ...baseLanguages, ...(kreis?.languages ?? [])]);
  const used = checkLanguageColumns(units, allowed, problems, readOptions);
  const languages = [...new Set([...[...allowed].filter((l) => used.has(l)), ...(kreis?.languages ?? [])])].filter((l) => l !== 'de');
  const publisherAgs = (base?.publisher as { ags?: unknown } | undefined)?.ags;
  ctx.resolver = new GemeindeResolver(gemeinden, typeof publisherAgs === 'string' ? publisherAgs : kreis?.ags);
  // Neighbouring towns next (from the base feed and the Nachbarorte sheets): places may lie there.
  const baseNeighbours = ((base?.regions as { neighbours?: Array<{ ags?: unknown }> } | undefined)?.neighbours ?? []);
  for (const n of baseNeighbours) if (typeof n.ags === 'string') ctx.resolver.addNeighbour(n.ags);
  const FIRST = ['kreis', 'nachbarorte'];
  const builtUnits = units.map((unit) => {
    const built: Built = { entries: [], hours: [] };
    for (const sheet of unit.sheets) if (sheet.spec.key === 'nachbarorte') buildSheet(sheet, unit.name, ctx, built);
    return { name: unit.name, built };
  });
  units.forEach((unit, i) => {
    for (const sheet of unit.sheets) if (!FIRST.includes(sheet.spec.key)) buildSheet(sheet, unit.name, ctx, builtUnits[i]!.built);
  });
  flushNotes(ctx);

  const assembled = assemble({
    units: builtUnits, ...(base ? { base } : {}), ...(baseName ? { baseName } : {}), resolver: ctx.resolver,
    ...(kreis ? { kreis } : {}), stewardEmails: ctx.stewardEmails, languages, problems,
  });
  if (!assembled) return { problems };

  // The source feed carries the time it was made (compile replaces it): what `import` writes passes `validate`.
  const feed = assembled.feed;
  feed.generatedAt = berlinDateTime(now);
  // Checked exactly as `validate` checks a file (schema, feed checks, unknown fields, official list, opening hours);
  // problems are traced back to the rows.
  const checked = feedProblems(feed, today, gemeinden);
  // A cell already reported while reading (e.g. an unknown Gemeinde) is not reported again by the feed checks.
  const cellKey = (p: SheetProblem) => (p.place ? `${p.place.file}|${p.place.sheet}|${p.place.row}|${p.place.column}` : '');
  const reported = new Set(problems.list.filter((p) => p.severity === 'error' && p.place?.column).map(cellKey));
  const traced = (issues: SheetProblem[]) => {
    for (const issue of issues) {
      const place = placeOf(issue.pointer, assembled) ?? (baseName ? { file: baseName } : undefined);
      const problem: SheetProblem = { ...issue, ...(place ? { place } : {}) };
      if (place?.column && reported.has(cellKey(problem))) continue;
      problems.add(problem);
    }
  };
  traced(checked.problems.filter((i) => !SOURCE_ONLY.has(i.code)));
  // The compiler's verdict on the hours (e.g. `Mo-Fr 08:00-12:00; Th 14:00-17:30` closes Thursday morning), at the cell.
  if (checked.schema.ok) traced(hoursProblems(checked.schema.feed, today, gemeinden, input.hoursBudgetMs ?? 30_000));
  if (problems.errors > 0 || !checked.schema.ok) return { problems, assembled };

  // Top-level fields in schema order; entries as built (sheet entries) or as they were (base entries, unknown fields kept for `validate` to report).
  const order = Object.keys(FeedSchema.entries);
  const published: Record<string, unknown> = {};
  for (const key of [...order, ...Object.keys(feed).filter((k) => !order.includes(k))]) {
    if (feed[key] !== undefined) published[key] = feed[key];
  }
  return { problems, assembled, published, text: `${JSON.stringify(published, null, 2)}\n` };
}

/** How many citizen-facing entries a source holds (organisations … pathways). */
export function entryTotal(feed: Record<string, unknown>): number {
  return (['organisations', 'locations', 'services', 'programmes', 'responsibilities', 'pathways'] as const)
    .reduce((n, c) => n + (((feed[c] as unknown[] | undefined) ?? []).length), 0);
}
