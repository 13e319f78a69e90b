/**
 * What the Werkstatt does with dropped files, as one pure function over the
 * admin module: read the sheets, import them (as `wegweiser import sheets`),
 * compile the source (as `wegweiser compile`), and make the report (as
 * `wegweiser report`). Runs in a worker, on the main thread in slices, and
 * in Node (where a test compares its feed.json with the CLI's byte for byte).
 */
import { berlinDate } from '../core/dates.js';
import type { Feed } from '../core/schema/index.js';
import { gemeindeList, type GemeindeData, type GemeindeList } from '../admin/gemeinden.js';
import { InputError } from '../admin/input-error.js';
import { isSheetTable, readSheetFile, type InputUnit, type RawSheet } from '../admin/sheets/read.js';
import { Problems, sortSheetProblems, type SheetPlace, type SheetProblem } from '../admin/sheets/problems.js';
import { entryTotal, importSheets } from '../admin/import-sheets.js';
import { compileSource, type CompileStats } from '../admin/compile.js';
import { computeReport } from '../admin/report/compute.js';
import { formatReportHtml } from '../admin/report/html.js';
import { diffFeeds, type FeedDiff } from '../admin/feed-diff.js';
import type { LocalisedMessage } from '../core/errors.js';
import { werkstattWords, wrongKindOfFile } from './wording.js';

/** A dropped or picked file; `folder` is its folder within the drop ('' for a loose file). */
export interface DroppedFile {
  name: string;
  folder: string;
  bytes: Uint8Array;
}

export type Stage = 'read' | 'import' | 'compile' | 'report';

export interface Progress {
  stage: Stage;
  /** Files read so far (stage `read`). */
  done: number;
  total: number;
  file?: string;
}

/** The row a problem points at, to show beside it. */
export interface RowExcerpt {
  header: string[];
  cells: string[];
  /** Index of the problem's column, when there is one. */
  column?: number;
}

export interface ProblemView {
  severity: 'error' | 'warning';
  code: string;
  message: LocalisedMessage;
  place?: SheetPlace;
  excerpt?: RowExcerpt;
}

export interface UnitSummary {
  name: string;
  files: string[];
  sheets: Array<{ file: string; sheet: string; rows: number }>;
  /** Entries per collection from this unit (after the import). */
  counts?: Record<string, number>;
}

export interface WerkstattResult {
  today: string;
  generatedAt: string;
  units: UnitSummary[];
  rows: number;
  /** Errors first, then by file, sheet and row. */
  problems: ProblemView[];
  errors: number;
  warnings: number;
  /** The source (what `import sheets` writes); only without errors. */
  sourceText?: string;
  /** The published feed (what `compile` writes); only without errors. */
  feedText?: string;
  stats?: CompileStats;
  entries?: number;
  /** The report page in both languages of the Werkstatt. */
  reportHtml?: { de: string; en: string };
  /** For the preview's switches. */
  gemeinden: Array<{ ags: string; name: string }>;
  languages: string[];
  /** Places for the travel-time preview (at most 300). */
  locations: Array<{ id: string; name: string }>;
  kreis?: string;
}

export interface RunOptions {
  files: DroppedFile[];
  gemeindeData: GemeindeData | GemeindeList;
  now: Date;
  /** Default: the Berlin date of `now`. */
  today?: string;
  allowUnknown?: boolean;
  /** Called between steps; the main-thread runner yields to the page there. */
  onProgress?: (progress: Progress) => void | Promise<void>;
}

/** Problems shown with their row; beyond this the list still counts them. */
export const EXCERPT_LIMIT = 500;

const pathOf = (f: DroppedFile) => (f.folder ? `${f.folder}/${f.name}` : f.name);

/**
 * Units as `import sheets` forms them from paths: each workbook is one, the
 * CSV files of one folder are one (loose CSV files together are one).
 */
export function groupUnits(files: DroppedFile[]): Array<{ name: string; files: DroppedFile[] }> {
  const units: Array<{ name: string; files: DroppedFile[] }> = [];
  const csvUnits = new Map<string, { name: string; files: DroppedFile[] }>();
  for (const file of files) {
    if (isSheetTable(file.name)) {
      let unit = csvUnits.get(file.folder);
      if (!unit) {
        unit = { name: file.folder || 'CSV', files: [] };
        csvUnits.set(file.folder, unit);
        units.push(unit);
      }
      unit.files.push(file);
    } else {
      units.push({ name: pathOf(file), files: [file] });
    }
  }
  for (const unit of units) unit.files.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return units;
}

function excerptFinder(units: InputUnit[]): (place: SheetPlace | undefined) => RowExcerpt | undefined {
  const sheets = new Map<string, RawSheet>();
  for (const unit of units) for (const sheet of unit.sheets) sheets.set(`${sheet.file}|${sheet.sheet}`, sheet);
  const byRow = new Map<RawSheet, Map<number, string[]>>();
  return (place) => {
    if (!place?.sheet || place.row === undefined) return undefined;
    const sheet = sheets.get(`${place.file}|${place.sheet}`);
    if (!sheet) return undefined;
    let rows = byRow.get(sheet);
    if (!rows) byRow.set(sheet, (rows = new Map(sheet.rows.map((r) => [r.row, r.cells]))));
    const cells = rows.get(place.row);
    if (!cells) return undefined;
    const column = place.column ? sheet.header.findIndex((h) => h.trim() === place.column) : -1;
    return { header: sheet.header, cells, ...(column >= 0 ? { column } : {}) };
  };
}

function asList(data: GemeindeData | GemeindeList): GemeindeList {
  return 'get' in data ? data : gemeindeList(data);
}

/** Reads, imports, compiles and reports: the whole Werkstatt run. */
export async function runWerkstatt(options: RunOptions): Promise<WerkstattResult> {
  const { now, files } = options;
  const today = options.today ?? berlinDate(now);
  const gemeinden = asList(options.gemeindeData);
  const problems = new Problems();
  const readOptions = { allowUnknown: options.allowUnknown === true };
  const progress = async (p: Progress) => options.onProgress?.(p);

  const grouped = groupUnits(files);
  const units: InputUnit[] = [];
  let done = 0;
  for (const group of grouped) {
    const sheets: RawSheet[] = [];
    for (const file of group.files) {
      await progress({ stage: 'read', done, total: files.length, file: pathOf(file) });
      try {
        sheets.push(...await readSheetFile({ name: pathOf(file), bytes: file.bytes }, problems, readOptions));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        const hint = wrongKindOfFile(file.name);
        problems.error({ file: pathOf(file) }, 'file-unreadable', hint?.de ?? error.sentence.de, hint?.en ?? error.sentence.en);
      }
      done++;
    }
    units.push({ name: group.name, sheets });
  }
  const rows = units.reduce((n, u) => n + u.sheets.reduce((m, s) => m + s.rows.length, 0), 0);
  await progress({ stage: 'import', done, total: files.length });

  const imported = importSheets({ units, gemeinden, today, now, problems, allowUnknown: readOptions.allowUnknown });
  const summaries: UnitSummary[] = grouped.map((group, i) => ({
    name: group.name,
    files: group.files.map(pathOf),
    sheets: units[i]!.sheets.map((s) => ({ file: s.file, sheet: s.sheet, rows: s.rows.length })),
    ...(imported.assembled?.perUnit.get(group.name) ? { counts: imported.assembled.perUnit.get(group.name) } : {}),
  }));
  const result: WerkstattResult = {
    today, generatedAt: '', units: summaries, rows, problems: [], errors: 0, warnings: 0, gemeinden: [], languages: [], locations: [],
  };

  if (imported.text !== undefined) {
    await progress({ stage: 'compile', done, total: files.length });
    // Exactly what `wegweiser compile` gets: the source as written, parsed again.
    const compiled = compileSource({ json: JSON.parse(imported.text), today, now, gemeinden });
    const known = new Set(problems.list.map((p) => `${p.code}|${p.pointer}`));
    for (const p of compiled.problems) if (p.severity === 'error' || !known.has(`${p.code}|${p.pointer}`)) problems.add(p);
    if (compiled.ok) {
      result.sourceText = imported.text;
      result.feedText = compiled.text;
      result.stats = compiled.stats;
      result.generatedAt = compiled.published.generatedAt;
      result.entries = entryTotal(compiled.published as unknown as Record<string, unknown>);
      await progress({ stage: 'report', done, total: files.length });
      const feed: Feed = compiled.published;
      const gemeindeName = (ags: string) => gemeinden.get(ags)?.name;
      result.reportHtml = {
        de: formatReportHtml(computeReport(feed, { today, lang: 'de', gemeindeName }), 'de'),
        en: formatReportHtml(computeReport(feed, { today, lang: 'en', gemeindeName }), 'en'),
      };
      result.gemeinden = feed.regions.gemeinden.map((g) => ({ ags: g.ags, name: g.name ?? gemeinden.get(g.ags)?.name ?? g.ags }));
      result.languages = ['de', ...(feed.languages ?? []).map((l) => l.code).filter((c) => c !== 'de')];
      result.locations = feed.locations.slice(0, 300).map((l) => ({ id: l.id, name: typeof l.name === 'string' ? l.name : l.name.de }));
      result.kreis = typeof feed.publisher.name === 'string' ? feed.publisher.name : feed.publisher.name.de;
    }
  }
  const excerpt = excerptFinder(units);
  const sorted = sortSheetProblems(problems.list);
  result.problems = sorted.map((p: SheetProblem, i) => {
    const row = i < EXCERPT_LIMIT ? excerpt(p.place) : undefined;
    return { severity: p.severity === 'error' ? 'error' : 'warning', code: p.code, message: werkstattWords(p.code, p.message), ...(p.place ? { place: p.place } : {}), ...(row ? { excerpt: row } : {}) };
  });
  result.errors = sorted.filter((p) => p.severity === 'error').length;
  result.warnings = sorted.length - result.errors;
  return result;
}

/** Two feeds (JSON text) compared entry by entry; undefined when `before` is not JSON. */
export function compareFeeds(before: string, after: string): FeedDiff | undefined {
  let previous: unknown;
  try {
    previous = JSON.parse(before);
  } catch {
    return undefined;
  }
  return diffFeeds(previous, JSON.parse(after));
}
