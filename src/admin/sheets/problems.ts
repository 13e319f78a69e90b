/**
 * Problems found in spreadsheets: like the CLI's `Problem`, plus where a
 * person finds them in the spreadsheet (file, sheet, row as Excel numbers
 * it – header = row 1 – and the column header).
 */
import type { LocalisedMessage } from '../../core/errors.js';
import { count, type Lang } from '../lang.js';
import type { Problem } from '../problem-list.js';

export interface SheetPlace {
  file: string;
  sheet?: string;
  /** 1-based as in the spreadsheet; the header is row 1. */
  row?: number;
  column?: string;
}

export interface SheetProblem extends Problem {
  place?: SheetPlace;
}

export class Problems {
  readonly list: SheetProblem[] = [];

  error(place: SheetPlace | undefined, code: string, de: string, en: string): void {
    this.list.push({ pointer: '', severity: 'error', code, message: { de, en }, ...(place ? { place } : {}) });
  }

  warn(place: SheetPlace | undefined, code: string, de: string, en: string): void {
    this.list.push({ pointer: '', severity: 'warning', code, message: { de, en }, ...(place ? { place } : {}) });
  }

  add(problem: SheetProblem): void {
    this.list.push(problem);
  }

  get errors(): number {
    return this.list.filter((p) => p.severity === 'error').length;
  }
}

export function placeText(place: SheetPlace | undefined, lang: Lang): string {
  if (!place) return '';
  const parts = [place.file];
  if (place.sheet && place.sheet !== place.file) parts.push(lang === 'de' ? `Blatt „${place.sheet}“` : `sheet "${place.sheet}"`);
  if (place.row !== undefined) parts.push(lang === 'de' ? `Zeile ${place.row}` : `row ${place.row}`);
  if (place.column) parts.push(lang === 'de' ? `Spalte „${place.column}“` : `column "${place.column}"`);
  return parts.join(', ');
}

function comparePlaces(a: SheetProblem, b: SheetProblem): number {
  const pa = a.place;
  const pb = b.place;
  if (!pa || !pb) return pa ? 1 : pb ? -1 : a.pointer.localeCompare(b.pointer, 'en', { numeric: true });
  return pa.file.localeCompare(pb.file) || (pa.sheet ?? '').localeCompare(pb.sheet ?? '') || (pa.row ?? 0) - (pb.row ?? 0);
}

/** Errors first, then by file, sheet and row (stable within a row). */
export function sortSheetProblems(problems: SheetProblem[]): SheetProblem[] {
  const rank = (p: SheetProblem) => (p.severity === 'error' ? 0 : 1);
  return problems.map((p, i) => ({ p, i })).sort((x, y) => rank(x.p) - rank(y.p) || comparePlaces(x.p, y.p) || x.i - y.i).map((x) => x.p);
}

/** One problem a line: "<file>, Blatt „Orte“, Zeile 4, Spalte „PLZ“: <what to do> [code]". */
export function formatSheetProblems(problems: SheetProblem[], options: { lang: Lang; limit: number }): string {
  const { lang, limit } = options;
  const sorted = sortSheetProblems(problems);
  const out: string[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const group = sorted.filter((p) => p.severity === severity);
    if (!group.length) continue;
    out.push(`${severity === 'error' ? (lang === 'de' ? 'Fehler' : 'Errors') : (lang === 'de' ? 'Warnungen' : 'Warnings')} (${count(group.length, lang)})`);
    for (const p of group.slice(0, limit)) {
      const where = placeText(p.place, lang) || (p.pointer ? p.pointer : '');
      const pointer = p.place && p.pointer ? ` (${p.pointer})` : '';
      out.push(`${where ? `${where}${pointer}: ` : ''}${p.message[lang]} [${p.code}]`);
    }
    if (group.length > limit) {
      out.push(lang === 'de'
        ? `… ${count(group.length - limit, lang)} weitere nicht gezeigt; alle zeigt --json.`
        : `… ${count(group.length - limit, lang)} more not shown; --json lists them all.`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function problemJson(p: SheetProblem): Record<string, unknown> {
  return {
    severity: p.severity,
    code: p.code,
    ...(p.place ? { file: p.place.file } : {}),
    ...(p.place?.sheet ? { sheet: p.place.sheet } : {}),
    ...(p.place?.row !== undefined ? { row: p.place.row } : {}),
    ...(p.place?.column ? { column: p.place.column } : {}),
    ...(p.pointer ? { pointer: p.pointer } : {}),
    message: p.message as LocalisedMessage,
  };
}
