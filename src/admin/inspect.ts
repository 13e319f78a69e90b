/**
 * The steps `validate`, `compile`, `import` and `report` share (in the CLI
 * and the Werkstatt): parse the text, check its size, run the schema, the
 * feed checks and the admin-only checks, and put positions on the problems.
 * Reading the text (file, URL, dropped file) is the caller's.
 */
import type { Feed } from '../core/schema/index.js';
import type { FeedIssue } from '../core/errors.js';
import { DEFAULT_MAX_BYTES } from '../core/load.js';
import { validateFeed, type ValidationResult } from '../core/validate.js';
import { checkFeed } from '../core/check.js';
import { locatePointers, parseJson } from './json-text.js';
import { unknownFields } from './unknown-fields.js';
import { officialListChecks } from './official-checks.js';
import type { GemeindeList } from './gemeinden.js';
import { sortProblems, type Problem } from './problem-list.js';

/** What browsers accept (src/core/load.ts); a bigger feed never shows on any page. */
export const BROWSER_MAX_BYTES = DEFAULT_MAX_BYTES;
/** The CLI refuses to even read more than this unless told otherwise (--max-size). */
export const DEFAULT_CLI_MAX_MB = 100;

export interface InputText {
  /** What to call the input in messages: the path as given, the URL, or the dropped file's name. */
  name: string;
  text: string;
  bytes: number;
  /** Offset (in `text`) of the first byte sequence that is not UTF-8, and how many there are. */
  invalidUtf8?: { offset: number; count: number };
}

export const megabytes = (bytes: number): string => (bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0);

/** Bytes → text; not UTF-8 (often "ANSI"/Windows-1252 from Excel) is decoded anyway, so every other problem is reported too. */
export function decodeInput(name: string, bytes: Uint8Array): InputText {
  try {
    return { name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bytes: bytes.byteLength };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    let count = 0;
    for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
    return { name, text, bytes: bytes.byteLength, invalidUtf8: { offset: Math.max(0, text.indexOf('\uFFFD')), count } };
  }
}

export type Loaded =
  | { ok: true; input: InputText; json: unknown; problems: Problem[] }
  | { ok: false; input: InputText; problems: Problem[] };

/** Parses read text; syntax and encoding problems come back with line and column. */
export function parseInput(input: InputText): Loaded {
  const problems: Problem[] = [];
  if (input.invalidUtf8) {
    const [line, column] = lineColumn(input.text, input.invalidUtf8.offset);
    problems.push({
      pointer: '',
      position: { line, column },
      severity: 'error',
      code: 'encoding',
      message: {
        de: `Die Datei ist nicht UTF-8-kodiert (${input.invalidUtf8.count} unlesbare Zeichen, das erste hier; Umlaute erscheinen sonst als „�“). Speichern Sie sie als „UTF-8“ (in Excel: „CSV UTF-8“).`,
        en: `The file is not UTF-8 encoded (${input.invalidUtf8.count} unreadable characters, the first here; umlauts would show as "�"). Save it as "UTF-8".`,
      },
    });
  }
  const parsed = parseJson(input.text);
  if (!parsed.ok) {
    const { line, column, code, message, excerpt, caret } = parsed.problem;
    problems.push({ pointer: '', position: { line, column }, severity: 'error', code, message, excerpt: { text: excerpt, caret } });
    return { ok: false, input, problems };
  }
  return { ok: true, input, json: parsed.value, problems };
}

function lineColumn(text: string, offset: number): [number, number] {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return [line, offset - start + 1];
}

/** A feed over the browsers' limit is an error: no page would show it. Names the biggest parts. */
export function sizeProblem(bytes: number, json: unknown): Problem | undefined {
  if (bytes <= BROWSER_MAX_BYTES) return undefined;
  const parts = { de: '', en: '' };
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    const big = Object.entries(json as Record<string, unknown>)
      .map(([key, value]) => ({ key, size: JSON.stringify(value)?.length ?? 0, n: Array.isArray(value) ? value.length : undefined }))
      .filter(({ size }) => size >= 1048576)
      .sort((a, b) => b.size - a.size)
      .slice(0, 3);
    const list = (locale: string, entries: string) =>
      big.map(({ key, size, n }) => `${key} ${megabytes(size)} MB${n !== undefined ? ` (${n.toLocaleString(locale)} ${entries})` : ''}`).join(', ');
    if (big.length) {
      parts.de = ` Am größten: ${list('de-DE', 'Einträge')}.`;
      parts.en = ` Largest: ${list('en-GB', 'entries')}.`;
    }
  }
  return {
    pointer: '',
    severity: 'error',
    code: 'feed-too-large',
    message: {
      de: `Der Feed ist ${megabytes(bytes)} MB groß; Browser laden höchstens ${megabytes(BROWSER_MAX_BYTES)} MB (auf dem Handy wäre das ohnehin zu viel). Die Seite würde nur eine Fehlermeldung zeigen.${parts.de} Ein Kreis-Feed hat meist 1–3 MB.`,
      en: `The feed is ${megabytes(bytes)} MB; browsers load at most ${megabytes(BROWSER_MAX_BYTES)} MB (too much for a phone anyway). The page would only show an error.${parts.en} A Kreis feed is usually 1–3 MB.`,
    },
  };
}

export interface FeedProblems {
  schema: ValidationResult;
  problems: Problem[];
  /** Schema problems beyond the core's cap, not listed. */
  notListed: number;
}

/**
 * Schema, then the feed checks (also on a feed that failed the schema, so
 * every problem shows at once; a semantic issue at a spot the schema already
 * complained about is left out), unknown fields, the official Gemeinde list.
 */
export function feedProblems(json: unknown, today: string, gemeinden: GemeindeList): FeedProblems {
  const schema = validateFeed(json);
  const problems: Problem[] = [...schema.issues];
  const notListed = schema.ok ? 0 : schema.truncated;
  const versionProblem = !schema.ok && schema.issues.some((i) => i.code.startsWith('version'));
  if (versionProblem || typeof json !== 'object' || json === null || Array.isArray(json)) return { schema, problems, notListed };
  const schemaPointers = new Set(schema.issues.map((i) => i.pointer));
  const underSchemaProblem = (issue: FeedIssue) => [...schemaPointers].some((p) => issue.pointer === p || issue.pointer.startsWith(`${p}/`));
  try {
    const semantic = checkFeed(schema.ok ? schema.feed : (json as Feed), { today });
    problems.push(...(schema.ok ? semantic : semantic.filter((i) => !underSchemaProblem(i))));
  } catch {
    // A feed broken enough to trip the checks: the schema problems above say what to fix first.
  }
  problems.push(...unknownFields(json), ...officialListChecks(json, gemeinden));
  return { schema, problems, notListed };
}

/** Adds line numbers to problems located by pointer (the text is scanned once, only along the wanted paths). */
export function addPositions(text: string, problems: Problem[], max = 10_000): void {
  // In a one-line (compact) file every line number would be 1: no help.
  const firstBreak = text.indexOf('\n');
  if (firstBreak === -1 || firstBreak >= text.trimEnd().length) return;
  // Errors first: with very many problems, those are the ones that must be found.
  const wanted = sortProblems(problems).filter((p) => !p.position && p.pointer !== '').slice(0, max);
  if (!wanted.length) return;
  const positions = locatePointers(text, wanted.map((p) => p.pointer));
  for (const p of wanted) {
    const position = positions.get(p.pointer);
    if (position) p.position = position;
  }
}
