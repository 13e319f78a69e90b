/**
 * Printing problems for people (grouped, one problem a line, beginning with
 * `<file>: <JSON Pointer>` so it can be searched) and for machines (`--json`).
 * Colour only on a terminal and never with NO_COLOR.
 */
import type { FeedIssue } from '../core/errors.js';
import type { TextPosition } from './json-text.js';
import { count, say, type Lang } from './lang.js';

/** A problem as the CLI reports it: a feed issue, maybe with its place in the file. */
export interface Problem extends FeedIssue {
  position?: TextPosition;
  /** For syntax errors: the line of the file and where the caret goes. */
  excerpt?: { text: string; caret: number };
}

export interface ReportOptions {
  lang: Lang;
  color: boolean;
  /** Problems beyond this are summarised by kind. */
  limit: number;
  /** Schema problems the core did not even list (beyond its own cap). */
  notListed?: number;
}

const paint = (on: boolean, code: string) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** Document order: by line where known, else by pointer with numbers compared as numbers. */
function comparePlace(a: Problem, b: Problem): number {
  // Problems of the whole file (size, encoding) come first.
  const wholeA = a.pointer === '' && !a.position ? 0 : 1;
  const wholeB = b.pointer === '' && !b.position ? 0 : 1;
  if (wholeA !== wholeB) return wholeA - wholeB;
  const la = a.position?.line ?? Number.POSITIVE_INFINITY;
  const lb = b.position?.line ?? Number.POSITIVE_INFINITY;
  if (la !== lb) return la - lb;
  if (a.position && b.position && a.position.column !== b.position.column) return a.position.column - b.position.column;
  return a.pointer.localeCompare(b.pointer, 'en', { numeric: true });
}

export function sortProblems(problems: Problem[]): Problem[] {
  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort((a, b) => rank(a) - rank(b) || comparePlace(a, b));
}

export function tally(problems: Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}

function formatOne(file: string, problem: Problem, lang: Lang, color: boolean): string {
  const dim = paint(color, '2');
  const cyan = paint(color, '36');
  const where = problem.pointer === '' && problem.position
    ? `${file}:${problem.position.line}:${problem.position.column}`
    : `${file}: ${cyan(problem.pointer || '/')}${problem.position ? dim(lang === 'de' ? ` (Zeile ${problem.position.line})` : ` (line ${problem.position.line})`) : ''}`;
  let line = `${where}  ${say(problem.message, lang)} ${dim(`[${problem.code}]`)}`;
  if (problem.excerpt && problem.position) {
    const gutter = String(problem.position.line);
    line += `\n  ${dim(`${gutter} |`)} ${problem.excerpt.text}\n  ${dim(`${' '.repeat(gutter.length)} |`)} ${' '.repeat(problem.excerpt.caret)}${paint(color, '31;1')('^')}`;
  }
  return line;
}

/** The problems, errors first, as lines for a terminal; beyond `limit`, a summary by kind. */
export function formatProblems(file: string, problems: Problem[], options: ReportOptions): string {
  const { lang, color, limit } = options;
  const sorted = sortProblems(problems);
  const shown = sorted.slice(0, limit);
  const out: string[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const group = shown.filter((p) => p.severity === severity);
    if (!group.length) continue;
    const total = sorted.filter((p) => p.severity === severity).length;
    const heading = severity === 'error' ? (lang === 'de' ? 'Fehler' : 'Errors') : (lang === 'de' ? 'Warnungen' : 'Warnings');
    out.push(paint(color, severity === 'error' ? '31;1' : '33;1')(`${heading} (${count(total, lang)})`));
    for (const p of group) out.push(formatOne(file, p, lang, color));
    out.push('');
  }
  const rest = sorted.slice(limit);
  if (rest.length || options.notListed) {
    const byCode = new Map<string, number>();
    for (const p of rest) byCode.set(p.code, (byCode.get(p.code) ?? 0) + 1);
    const kinds = [...byCode].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${count(n, lang)} × ${code}`).join(', ');
    const restErrors = tally(rest).errors;
    const parts: string[] = [];
    if (rest.length) {
      parts.push(lang === 'de'
        ? `… ${count(rest.length, lang)} weitere Probleme nicht gezeigt${restErrors ? ` (davon ${count(restErrors, lang)} Fehler)` : ''}: ${kinds}. Alle zeigt --json.`
        : `… ${count(rest.length, lang)} more problems not shown${restErrors ? ` (${count(restErrors, lang)} of them errors)` : ''}: ${kinds}. --json lists them all.`);
    }
    if (options.notListed) {
      parts.push(lang === 'de'
        ? `… und ${count(options.notListed, lang)} weitere Formatfehler, die erst nach dem Beheben der ersten aufgelistet werden.`
        : `… and ${count(options.notListed, lang)} more format errors, listed once the first ones are fixed.`);
    }
    out.push(...parts, '');
  }
  return out.join('\n');
}

export function summaryLine(file: string, problems: Problem[], lang: Lang, notListed = 0): string {
  const { errors: e, warnings: w } = tally(problems);
  const errors = e + notListed;
  if (lang === 'de') return `${count(errors, lang)} Fehler, ${count(w, lang)} ${w === 1 ? 'Warnung' : 'Warnungen'} in ${file}`;
  return `${count(errors, lang)} ${errors === 1 ? 'error' : 'errors'}, ${count(w, lang)} ${w === 1 ? 'warning' : 'warnings'} in ${file}`;
}

/** Machine-readable result: every problem, both languages, positions where known. */
export function jsonReport(file: string, problems: Problem[], extra: Record<string, unknown> = {}, notListed = 0): string {
  const { errors, warnings } = tally(problems);
  return JSON.stringify({
    file,
    ok: errors + notListed === 0,
    errors: errors + notListed,
    warnings,
    ...extra,
    issues: sortProblems(problems).map((p) => ({
      severity: p.severity,
      code: p.code,
      pointer: p.pointer,
      ...(p.position ? { line: p.position.line, column: p.position.column } : {}),
      message: p.message,
    })),
    ...(notListed ? { notListed } : {}),
  }, null, 2);
}
