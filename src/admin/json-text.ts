/**
 * Where things are in a JSON file: the line and column of a syntax error
 * (with a sentence that says how to fix it, not V8's "Unexpected token"),
 * and the line of each JSON Pointer that has a problem, so admins can jump
 * there in their editor.
 *
 * JSON.parse does the parsing; this scanner only runs when it fails or
 * when lines are wanted. It builds no values, and builds pointers only
 * along the paths that are asked for, so a 50 MB file takes well under a second.
 */
import type { LocalisedMessage } from '../core/errors.js';

export interface TextPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
}

export interface JsonSyntaxProblem extends TextPosition {
  code: string;
  message: LocalisedMessage;
  /** The line around the problem (shortened for long lines) and where in it to put the caret. */
  excerpt: string;
  caret: number;
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; problem: JsonSyntaxProblem };

class ScanError extends Error {
  constructor(readonly code: string, readonly offset: number, readonly found = '') {
    super(code);
  }
}

const SENTENCES: Record<string, (found: string) => LocalisedMessage> = {
  empty: () => ({ de: 'Die Datei ist leer.', en: 'The file is empty.' }),
  'unexpected-end': () => ({
    de: 'Die Datei endet mitten im Inhalt. Fehlt am Ende eine schließende Klammer } oder ], oder wurde die Datei nicht vollständig gespeichert?',
    en: 'The file ends in the middle of the content. Is a closing } or ] missing, or was the file not saved completely?',
  }),
  'trailing-comma': () => ({
    de: 'Nach dem letzten Eintrag steht ein Komma zu viel. Löschen Sie das Komma vor dieser Stelle.',
    en: 'There is an extra comma after the last entry. Delete the comma before this point.',
  }),
  'expected-key': (found) => ({
    de: `Hier wird ein Feldname in doppelten Anführungszeichen erwartet, z. B. "name"${found ? `, gefunden: ${found}` : ''}.`,
    en: `A field name in double quotes is expected here, e.g. "name"${found ? `, found: ${found}` : ''}.`,
  }),
  'decimal-comma': () => ({
    de: 'Hier steht eine Zahl, wo ein Feldname stehen müsste – steht vorher eine Zahl mit Dezimalkomma? In JSON ist der Punkt das Dezimalzeichen: 49.28, nicht 49,28.',
    en: 'A number stands where a field name should be: is there a decimal comma before it? JSON uses a point: 49.28, not 49,28.',
  }),
  'missing-comma': () => ({
    de: 'Hier fehlt ein Komma zwischen zwei Einträgen (oder eine schließende Klammer } bzw. ]).',
    en: 'A comma between two entries is missing here (or a closing } or ]).',
  }),
  'missing-colon': () => ({ de: 'Hier fehlt der Doppelpunkt zwischen Feldname und Wert.', en: 'The colon between field name and value is missing here.' }),
  'single-quote': () => ({
    de: "Texte und Feldnamen stehen in JSON in doppelten Anführungszeichen \"…\", nicht in einfachen '…'.",
    en: "Texts and field names in JSON use double quotes \"…\", not single quotes '…'.",
  }),
  comment: () => ({ de: 'JSON erlaubt keine Kommentare (// oder /* */). Löschen Sie den Kommentar.', en: 'JSON does not allow comments (// or /* */). Delete the comment.' }),
  'control-char': () => ({
    de: 'Ein Text enthält ein Steuerzeichen (z. B. einen Tabulator). Schreiben Sie es als \\t oder löschen Sie es.',
    en: 'A text contains a control character (e.g. a tab). Write it as \\t or delete it.',
  }),
  'newline-in-string': () => ({
    de: 'Der Text, der hier beginnt, geht über das Zeilenende hinaus: Fehlt das schließende Anführungszeichen ", oder enthält er einen Zeilenumbruch? Zeilenumbrüche schreiben Sie als \\n.',
    en: 'The text starting here runs past the end of the line: is the closing quote " missing, or does it contain a line break? Write line breaks as \\n.',
  }),
  'unterminated-string': () => ({
    de: 'Ein Text wird nicht mit " abgeschlossen. Fehlt das schließende Anführungszeichen?',
    en: 'A text is not closed with ". Is the closing quote missing?',
  }),
  'bad-escape': () => ({
    de: 'Ungültiges Zeichen nach einem Rückstrich \\. Für einen Rückstrich selbst schreiben Sie \\\\.',
    en: 'Invalid character after a backslash \\. Write \\\\ for a backslash itself.',
  }),
  'bad-number': () => ({
    de: 'Ungültige Zahl. Zahlen stehen ohne Anführungszeichen und mit Punkt als Dezimalzeichen (49.28).',
    en: 'Invalid number. Numbers have no quotes and use a point as decimal separator (49.28).',
  }),
  'bad-literal': (found) => ({
    de: `Unbekanntes Wort ${found}. Erlaubt sind true, false, null, Zahlen und Texte in doppelten Anführungszeichen.`,
    en: `Unknown word ${found}. Allowed are true, false, null, numbers and texts in double quotes.`,
  }),
  'unexpected-char': (found) => ({ de: `Unerwartetes Zeichen ${found}.`, en: `Unexpected character ${found}.` }),
  'trailing-text': () => ({
    de: 'Nach dem Ende der Daten folgt noch weiterer Text. Ist eine Klammer zu viel, oder sind zwei Dateien aneinandergehängt?',
    en: 'More text follows after the end of the data. Is there an extra bracket, or were two files joined?',
  }),
  'too-deep': () => ({ de: 'Die Daten sind zu tief verschachtelt.', en: 'The data is nested too deeply.' }),
};

const MAX_DEPTH = 2000;

class Scanner {
  pos = 0;
  readonly found = new Map<string, number>();
  constructor(readonly text: string, private readonly wanted: Set<string> = new Set(), private readonly prefixes: Set<string> = new Set()) {}

  private skipSpace(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 10 || c === 13 || c === 9) this.pos++;
      else if (c === 47 && (t[this.pos + 1] === '/' || t[this.pos + 1] === '*')) throw new ScanError('comment', this.pos);
      else return;
    }
  }

  private fail(expected: 'value' | 'key'): never {
    const c = this.text[this.pos];
    if (c === undefined) throw new ScanError('unexpected-end', this.pos);
    if (c === "'") throw new ScanError('single-quote', this.pos);
    if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.pos, this.pos + 40))?.[0] ?? c;
      throw new ScanError(expected === 'key' ? 'expected-key' : 'bad-literal', this.pos, `„${word}“`);
    }
    if (expected === 'key') throw new ScanError(/[0-9]/.test(c) ? 'decimal-comma' : 'expected-key', this.pos, `„${c}“`);
    throw new ScanError('unexpected-char', this.pos, `„${c}“`);
  }

  scanDocument(): void {
    this.skipSpace();
    if (this.pos >= this.text.length) throw new ScanError('empty', 0);
    this.value('', 0);
    this.skipSpace();
    if (this.pos < this.text.length) throw new ScanError('trailing-text', this.pos);
  }

  /** `pointer` is null when no wanted pointer lies below this value (then no paths are built). */
  private value(pointer: string | null, depth: number): void {
    if (depth > MAX_DEPTH) throw new ScanError('too-deep', this.pos);
    this.skipSpace();
    if (pointer !== null && this.wanted.has(pointer)) this.found.set(pointer, this.pos);
    const c = this.text[this.pos];
    if (c === '{') this.object(pointer, depth);
    else if (c === '[') this.array(pointer, depth);
    else if (c === '"') this.string(false);
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.number();
    else if (this.text.startsWith('true', this.pos) || this.text.startsWith('null', this.pos)) this.literal(4);
    else if (this.text.startsWith('false', this.pos)) this.literal(5);
    else this.fail('value');
  }

  private literal(length: number): void {
    this.pos += length;
    if (/[A-Za-z0-9_]/.test(this.text[this.pos] ?? '')) this.fail('value');
  }

  private child(pointer: string | null, key: string | number): string | null {
    if (pointer === null || !this.prefixes.has(pointer)) return null;
    return `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }

  private object(pointer: string | null, depth: number): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') { this.pos++; return; }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail('key');
      const key = this.string(pointer !== null && this.prefixes.has(pointer));
      this.skipSpace();
      if (this.text[this.pos] !== ':') throw new ScanError(this.pos >= this.text.length ? 'unexpected-end' : 'missing-colon', this.pos);
      this.pos++;
      this.value(this.child(pointer, key ?? ''), depth + 1);
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === '}') { this.pos++; return; }
      if (c !== ',') throw new ScanError(c === undefined ? 'unexpected-end' : 'missing-comma', this.pos);
      const comma = this.pos++;
      this.skipSpace();
      if (this.text[this.pos] === '}') throw new ScanError('trailing-comma', comma);
    }
  }

  private array(pointer: string | null, depth: number): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') { this.pos++; return; }
    for (let index = 0; ; index++) {
      this.value(this.child(pointer, index), depth + 1);
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ']') { this.pos++; return; }
      if (c !== ',') throw new ScanError(c === undefined ? 'unexpected-end' : 'missing-comma', this.pos);
      const comma = this.pos++;
      this.skipSpace();
      if (this.text[this.pos] === ']') throw new ScanError('trailing-comma', comma);
    }
  }

  /** Scans a string; returns its decoded value only when asked (keys on wanted paths). */
  private string(decode: boolean): string | undefined {
    const start = this.pos++;
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.pos);
      if (Number.isNaN(c)) throw new ScanError('unterminated-string', start);
      if (c === 34) break;
      if (c === 10 || c === 13) throw new ScanError('newline-in-string', start);
      if (c < 32) throw new ScanError('control-char', this.pos);
      if (c === 92) {
        const e = t[this.pos + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(t.slice(this.pos + 2, this.pos + 6))) throw new ScanError('bad-escape', this.pos);
          this.pos += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) this.pos += 2;
        else throw new ScanError('bad-escape', this.pos);
      } else this.pos++;
    }
    this.pos++;
    return decode ? (JSON.parse(t.slice(start, this.pos)) as string) : undefined;
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!match || match[0] === '-') throw new ScanError('bad-number', this.pos);
    this.pos += match[0].length;
    if (/[0-9.eE]/.test(this.text[this.pos] ?? '')) throw new ScanError('bad-number', this.pos);
  }
}

/** Line and column of each offset (one pass over the text, offsets in any order). */
function positionsOf(text: string, offsets: number[]): TextPosition[] {
  const order = offsets.map((offset, i) => ({ offset, i })).sort((a, b) => a.offset - b.offset);
  const out: TextPosition[] = new Array(offsets.length);
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const { offset, i } of order) {
    for (let p = text.indexOf('\n', scanned); p !== -1 && p < offset; p = text.indexOf('\n', p + 1)) {
      line++;
      lineStart = p + 1;
    }
    scanned = Math.max(scanned, lineStart);
    out[i] = { line, column: offset - lineStart + 1 };
  }
  return out;
}

/** The line holding `offset`, cut to about 100 characters around it for minified files. */
function excerptAt(text: string, offset: number): { excerpt: string; caret: number } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd === -1) lineEnd = text.length;
  const from = Math.max(lineStart, offset - 50);
  const to = Math.min(lineEnd, offset + 50);
  const prefix = from > lineStart ? '…' : '';
  const suffix = to < lineEnd ? '…' : '';
  return { excerpt: prefix + text.slice(from, to).replace(/\r$/, '').replace(/\t/g, ' ') + suffix, caret: prefix.length + offset - from };
}

/** Parses JSON; on failure says where (line:column) and what to do. A leading UTF-8 BOM (Excel) is ignored. */
export function parseJson(input: string): ParsedJson {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (parseError) {
    let error: ScanError;
    try {
      new Scanner(text).scanDocument();
      // JSON.parse failed but the scanner did not: should not happen; report V8's own words.
      error = new ScanError('unexpected-char', 0, String((parseError as Error).message));
    } catch (thrown) {
      error = thrown instanceof ScanError ? thrown : new ScanError('too-deep', 0);
    }
    const [position] = positionsOf(text, [error.offset]);
    const sentence = SENTENCES[error.code] ?? SENTENCES['unexpected-char']!;
    return { ok: false, problem: { ...position!, code: `json-${error.code}`, message: sentence(error.found), ...excerptAt(text, error.offset) } };
  }
}

/** Line and column of the value at each JSON Pointer (those that exist). */
export function locatePointers(input: string, pointers: Iterable<string>): Map<string, TextPosition> {
  const wanted = new Set(pointers);
  const prefixes = new Set<string>();
  for (const pointer of wanted) {
    const parts = pointer.split('/');
    for (let i = 1; i < parts.length; i++) prefixes.add(parts.slice(0, i).join('/'));
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const scanner = new Scanner(text, wanted, prefixes);
  try {
    scanner.scanDocument();
  } catch {
    // Locations are a help only; a file JSON.parse accepted scans fine anyway.
  }
  const found = [...scanner.found];
  const positions = positionsOf(text, found.map(([, offset]) => offset));
  return new Map(found.map(([pointer], i) => [pointer, positions[i]!]));
}
