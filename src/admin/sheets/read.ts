/**
 * Reads the files of `wegweiser import sheets` and of the Werkstatt: an .xlsx
 * workbook (one sheet per kind of entry) or CSV files (one file per kind,
 * named like the sheet: Angebote.csv, or kupferzell-angebote.csv). Cells come
 * back as trimmed strings with their spreadsheet row numbers (header = row 1).
 * Bytes in, sheets out: finding the files (a folder, a drop) is the caller's.
 */
// The browser builds of both libraries run in Node too: one reader for the CLI and the Werkstatt.
import { parse } from 'csv-parse/browser/esm/sync';
import readXlsxFile from 'read-excel-file/universal';
import { InputError } from '../input-error.js';
import { closestMatch } from '../../core/check-base.js';
import { closestColumn, columnFor, languageColumnFor, sheetFor, SHEETS, type ColumnSpec, type SheetSpec } from './spec.js';
import type { Problems } from './problems.js';

export interface RawRow {
  row: number;
  cells: string[];
}

/** A known column; `lang` for a translation column such as `Name-en` (German columns have none). */
export interface ColumnRef {
  spec: ColumnSpec;
  lang?: string;
}

export interface ReadOptions {
  /** Unknown columns are only warned about (default: an error). */
  allowUnknown?: boolean;
}

export interface RawSheet {
  /** The file as named in messages (the .xlsx or the .csv). */
  file: string;
  /** The sheet name as written (for CSV: the file name without folder). */
  sheet: string;
  spec: SheetSpec;
  header: string[];
  /** Column per position; undefined = unknown column (ignored). */
  columns: Array<ColumnRef | undefined>;
  /** Row of the header (1-based). */
  headerRow: number;
  rows: RawRow[];
}

/** One input: what one sender (a Gemeinde, a provider, the Kreis) sent. */
export interface InputUnit {
  name: string;
  sheets: RawSheet[];
}

type Cell = string | number | boolean | Date | null | undefined;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Excel values to text: dates as JJJJ-MM-TT, times of day as HH:MM, booleans as ja/nein. */
function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    if (value.getUTCFullYear() < 1901) return `${pad2(value.getUTCHours())}:${pad2(value.getUTCMinutes())}`;
    return `${value.getUTCFullYear()}-${pad2(value.getUTCMonth() + 1)}-${pad2(value.getUTCDate())}`;
  }
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  return String(value);
}

/** A file as read from disk or dropped into the Werkstatt. */
export interface SheetFile {
  /** As named in messages: the path, or the dropped file's (relative) name. */
  name: string;
  bytes: Uint8Array;
}

export const isSheetTable = (name: string): boolean => /\.(csv|tsv|txt)$/i.test(name);
export const isWorkbook = (name: string): boolean => /\.xlsx$/i.test(name);

/**
 * One file's sheets: every sheet of an .xlsx workbook, or the one sheet of a
 * CSV file. Anything else is an InputError that says what to do (.xls and
 * .ods: save as .xlsx or CSV).
 */
export async function readSheetFile(file: SheetFile, problems: Problems, options: ReadOptions = {}): Promise<RawSheet[]> {
  if (isWorkbook(file.name)) return readXlsx(file, problems, options);
  if (isSheetTable(file.name)) {
    const sheet = readCsv(file, problems, options);
    return sheet ? [sheet] : [];
  }
  const dot = file.name.lastIndexOf('.');
  const ext = dot > 0 ? file.name.slice(dot).toLowerCase() : '';
  throw new InputError(ext === '.xls' || ext === '.ods'
    ? { de: `„${file.name}“ ist im Format ${ext}. Speichern Sie die Mappe in Excel oder LibreOffice als „.xlsx“ oder als CSV (UTF-8).`, en: `"${file.name}" is a ${ext} file. Save the workbook as ".xlsx" or as CSV (UTF-8).` }
    : { de: `„${file.name}“ ist weder eine .xlsx-Datei noch eine CSV-Datei.`, en: `"${file.name}" is neither an .xlsx file nor a CSV file.` });
}

async function readXlsx(file: SheetFile, problems: Problems, options: ReadOptions): Promise<RawSheet[]> {
  const path = file.name;
  let workbook: Array<{ sheet: string; data: Cell[][] }>;
  try {
    const buffer = file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.byteLength) as ArrayBuffer;
    workbook = (await readXlsxFile(buffer, { trim: false })) as unknown as Array<{ sheet: string; data: Cell[][] }>;
  } catch (error) {
    throw new InputError({
      de: `„${path}“ lässt sich nicht als Excel-Mappe (.xlsx) lesen (${(error as Error).message}). Ist sie beschädigt oder mit Passwort geschützt?`,
      en: `"${path}" cannot be read as an Excel workbook (.xlsx) (${(error as Error).message}). Is it damaged or password-protected?`,
    });
  }
  const sheets: RawSheet[] = [];
  for (const { sheet, data } of workbook) {
    const raw = toSheet(path, sheet, data.map((row) => row.map(cellText)), problems, options);
    if (raw) sheets.push(raw);
  }
  return sheets;
}

/** UTF-8, or (with a warning) Windows-1252 as older Excel writes "CSV". */
function decode(path: string, bytes: Uint8Array, problems: Problems): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.warn({ file: path }, 'sheet-encoding',
      'Die Datei ist nicht UTF-8-kodiert; sie wurde als Windows-1252 („ANSI“) gelesen. Prüfen Sie die Umlaute und speichern Sie künftig als „CSV UTF-8“.',
      'The file is not UTF-8; it was read as Windows-1252 ("ANSI"). Check the umlauts and save as "CSV UTF-8" in future.');
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** German Excel writes `;`, others `,`; tabs for .tsv. Decided by the header line. */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const [best] = [';', ',', '\t'].map((d) => [d, first.split(d).length - 1] as const).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ';';
}

function readCsv(file: SheetFile, problems: Problems, options: ReadOptions): RawSheet | undefined {
  const { name: path, bytes } = file;
  const text = decode(path, bytes, problems).replace(/^\uFEFF/, '');
  let records: string[][];
  try {
    records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const e = error as Error & { lines?: number };
    problems.error({ file: path, ...(e.lines ? { row: e.lines } : {}) }, 'csv-syntax',
      `Die CSV-Datei ist nicht lesbar (${e.message}). Meist fehlt ein schließendes Anführungszeichen; öffnen Sie sie in Excel und speichern Sie sie neu als „CSV UTF-8“.`,
      `The CSV file cannot be read (${e.message}). Usually a closing quote is missing; open it in a spreadsheet and save it again as "CSV UTF-8".`);
    return undefined;
  }
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  // A CSV file someone chose that holds nothing is a mistake worth a word (an empty sheet of a workbook is not).
  if (!records.some((row) => row.some((cell) => cell.trim() !== ''))) {
    problems.warn({ file: path }, 'sheet-empty', 'Die Datei ist leer; aus ihr wurde nichts übernommen. War es die richtige Datei?',
      'The file is empty; nothing was taken from it. Was it the right file?');
    return undefined;
  }
  return toSheet(path, name, records, problems, options);
}

function toSheet(file: string, sheetName: string, data: string[][], problems: Problems, options: ReadOptions): RawSheet | undefined {
  const spec = sheetFor(sheetName);
  if (!spec) {
    problems.warn({ file, sheet: sheetName }, 'sheet-unknown',
      `Das Blatt „${sheetName}“ gehört nicht zur Vorlage und wird übersprungen. Bekannt sind: ${SHEETS.map((s) => s.name).join(', ')}.`,
      `Sheet "${sheetName}" is not part of the template and is skipped. Known: ${SHEETS.map((s) => s.name).join(', ')}.`);
    return undefined;
  }
  // A CSV file is named by its path already; its sheet is the template's.
  const sheet = /\.(csv|tsv|txt)$/i.test(sheetName) ? spec.name : sheetName;
  let trimmed = 0;
  let firstTrimmed: { row: number; column: string } | undefined;
  const clean = (value: string) => value.replace(/\u00a0/g, ' ').trim();
  const headerIndex = data.findIndex((row) => row.some((cell) => clean(cell) !== ''));
  if (headerIndex === -1) return undefined;
  const header = data[headerIndex]!.map(clean);
  const columns: Array<ColumnRef | undefined> = [];
  const seen = new Set<string>();
  header.forEach((title, i) => {
    if (!title) return columns.push(undefined);
    const exact = columnFor(spec, title);
    const translated = exact ? undefined : languageColumnFor(spec, title);
    const ref: ColumnRef | undefined = exact ? { spec: exact } : translated ? { spec: translated.column, ...(translated.lang === 'de' ? {} : { lang: translated.lang }) } : undefined;
    if (!ref) {
      unknownColumn({ file, sheet, row: headerIndex + 1, column: title }, spec, title, problems, options);
      return columns.push(undefined);
    }
    const id = `${ref.spec.key}@${ref.lang ?? ''}`;
    if (seen.has(id)) {
      const name = ref.lang ? `${ref.spec.header}-${ref.lang}` : ref.spec.header;
      problems.warn({ file, sheet, row: headerIndex + 1, column: title }, 'column-twice',
        `Die Spalte „${name}“ steht zweimal in der Kopfzeile${title !== name ? ` (hier als „${title}“)` : ''}; nur die erste wird gelesen.`,
        `Column "${name}" appears twice in the header row${title !== name ? ` (here as "${title}")` : ''}; only the first is read.`);
      return columns.push(undefined);
    }
    seen.add(id);
    return columns.push(ref);
  });
  for (const col of spec.columns) {
    if (col.required && !seen.has(`${col.key}@`)) {
      problems.error({ file, sheet, row: headerIndex + 1, column: col.header }, 'column-missing',
        `Die Pflichtspalte „${col.header}“ fehlt in der Kopfzeile (Zeile ${headerIndex + 1}). Fügen Sie sie hinzu (Inhalt: ${col.de})`,
        `The required column "${col.header}" is missing from the header row (row ${headerIndex + 1}). Add it (content: ${col.en})`);
    }
  }
  const rows: RawRow[] = [];
  let empty: number[] = [];
  for (let r = headerIndex + 1; r < data.length; r++) {
    const cells = data[r]!.map((value, i) => {
      const cleaned = clean(value);
      if (cleaned !== value && cleaned !== '' && columns[i]) {
        trimmed++;
        firstTrimmed ??= { row: r + 1, column: header[i] ?? '' };
      }
      return cleaned;
    });
    if (!cells.some((cell, i) => cell !== '' && columns[i])) {
      empty.push(r + 1);
      continue;
    }
    if (empty.length) {
      problems.warn({ file, sheet, row: empty[0] }, 'row-empty',
        `${empty.length === 1 ? `Zeile ${empty[0]} ist leer` : `Die Zeilen ${empty[0]}–${empty[empty.length - 1]} sind leer`} und ${empty.length === 1 ? 'wird' : 'werden'} übersprungen.`,
        `${empty.length === 1 ? `Row ${empty[0]} is empty` : `Rows ${empty[0]}–${empty[empty.length - 1]} are empty`} and skipped.`);
      empty = [];
    }
    rows.push({ row: r + 1, cells });
  }
  if (trimmed && firstTrimmed) {
    problems.warn({ file, sheet, row: firstTrimmed.row, column: firstTrimmed.column }, 'cell-spaces',
      `${trimmed === 1 ? 'Eine Zelle hatte' : `${trimmed} Zellen hatten`} Leerzeichen am Anfang oder Ende (die erste hier); sie wurden entfernt.`,
      `${trimmed === 1 ? 'One cell had' : `${trimmed} cells had`} leading or trailing spaces (the first here); they were removed.`);
  }
  return { file, sheet, spec, header, columns, rows, headerRow: headerIndex + 1 };
}

/** An unknown column is an error (data would be lost without a word), with the closest known column; a warning with --allow-unknown. */
function unknownColumn(place: { file: string; sheet: string; row: number; column: string }, spec: SheetSpec, title: string, problems: Problems, options: ReadOptions): void {
  const hint = closestColumn(spec, title);
  const known = spec.columns.map((c) => c.header).join(', ');
  const translatable = spec.columns.filter((c) => c.text).map((c) => c.header);
  const langHint = translatable.length
    ? { de: ` Übersetzungen heißen wie die Spalte mit Sprachkürzel, z. B. „${translatable[0]}-en“.`, en: ` Translations are named like the column plus a language tag, e.g. "${translatable[0]}-en".` }
    : { de: '', en: '' };
  const de = `Die Spalte „${title}“ kennt die Vorlage nicht; ihr Inhalt käme nicht in den Feed.${hint ? ` Meinten Sie „${hint}“?` : ` Spalten dieses Blatts: ${known}.`}${langHint.de}`;
  const en = `The template has no column "${title}"; its content would not reach the feed.${hint ? ` Did you mean "${hint}"?` : ` Columns of this sheet: ${known}.`}${langHint.en}`;
  if (options.allowUnknown) problems.warn(place, 'column-unknown', `${de} Sie wird ignoriert (--allow-unknown).`, `${en} It is ignored (--allow-unknown).`);
  else problems.error(place, 'column-unknown', `${de} Benennen Sie sie um oder löschen Sie sie (oder rufen Sie mit --allow-unknown auf, um sie zu ignorieren).`, `${en} Rename or delete it (or run with --allow-unknown to ignore it).`);
}

/**
 * Translation columns whose language the feed does not have (`Name-xy`):
 * reported like unknown columns and dropped. `allowed`: the interface
 * languages, the languages of the --base feed and of the Kreis sheet.
 */
export function checkLanguageColumns(units: InputUnit[], allowed: ReadonlySet<string>, problems: Problems, options: ReadOptions): Set<string> {
  const used = new Set<string>();
  for (const unit of units) {
    for (const sheet of unit.sheets) {
      sheet.columns.forEach((ref, i) => {
        if (!ref?.lang) return;
        if (allowed.has(ref.lang)) {
          used.add(ref.lang);
          return;
        }
        const title = sheet.header[i]!;
        const hint = closestMatch(ref.lang, allowed);
        const place = { file: sheet.file, sheet: sheet.sheet, row: sheet.headerRow, column: title };
        const list = [...allowed].join(', ');
        const de = `In der Spalte „${title}“ ist „${ref.lang}“ keine Sprache dieses Feeds${hint ? `. Meinten Sie „${ref.spec.header}-${hint}“?` : '.'} Möglich: ${list}; weitere Sprachen tragen Sie im Blatt „Kreis“ unter „Sprachen“ ein.`;
        const en = `In column "${title}", "${ref.lang}" is not a language of this feed${hint ? `. Did you mean "${ref.spec.header}-${hint}"?` : '.'} Possible: ${list}; add more languages in sheet "Kreis", column "Sprachen".`;
        if (options.allowUnknown) problems.warn(place, 'column-language', `${de} Die Spalte wird ignoriert (--allow-unknown).`, `${en} The column is ignored (--allow-unknown).`);
        else problems.error(place, 'column-language', de, en);
        sheet.columns[i] = undefined;
      });
    }
  }
  return used;
}
