/**
 * Reads the inputs of `wegweiser import sheets`: an .xlsx workbook (one sheet
 * per kind of entry) or a folder of CSV files (one file per kind, named like
 * the sheet: Angebote.csv, or kupferzell-angebote.csv). Cells come back as
 * trimmed strings with their spreadsheet row numbers (header = row 1).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { InputError } from '../read-input.js';
import { columnFor, sheetFor, type ColumnSpec, type SheetSpec } from './spec.js';
import type { Problems } from './problems.js';

export interface RawRow {
  row: number;
  cells: string[];
}

export interface RawSheet {
  /** The file as named in messages (the .xlsx or the .csv). */
  file: string;
  /** The sheet name as written (for CSV: the file name without folder). */
  sheet: string;
  spec: SheetSpec;
  header: string[];
  /** Column spec per position; undefined = unknown column (ignored). */
  columns: Array<ColumnSpec | undefined>;
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

export async function readInputs(paths: string[], problems: Problems): Promise<InputUnit[]> {
  const units: InputUnit[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      throw new InputError({ de: `„${path}“ gibt es nicht. Stimmt der Pfad?`, en: `"${path}" does not exist. Is the path right?` });
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => !n.startsWith('.') && !n.startsWith('~$')).sort((a, b) => a.localeCompare(b, 'en'));
      const csv = names.filter((n) => /\.(csv|tsv|txt)$/i.test(n));
      const xlsx = names.filter((n) => /\.xlsx$/i.test(n));
      if (!csv.length && !xlsx.length) {
        throw new InputError({
          de: `Im Ordner „${path}“ liegen keine .csv- oder .xlsx-Dateien. Erwartet: Angebote.csv, Orte.csv … (Vorlage: wegweiser template).`,
          en: `The folder "${path}" holds no .csv or .xlsx files. Expected: Angebote.csv, Orte.csv … (template: wegweiser template).`,
        });
      }
      if (csv.length) {
        const sheets: RawSheet[] = [];
        for (const name of csv) {
          const sheet = await readCsv(join(path, name), problems);
          if (sheet) sheets.push(sheet);
        }
        units.push({ name: path, sheets });
      }
      for (const name of xlsx) units.push({ name: join(path, name), sheets: await readXlsx(join(path, name), problems) });
    } else if (/\.xlsx$/i.test(path)) {
      units.push({ name: path, sheets: await readXlsx(path, problems) });
    } else if (/\.(csv|tsv|txt)$/i.test(path)) {
      const sheet = await readCsv(path, problems);
      units.push({ name: path, sheets: sheet ? [sheet] : [] });
    } else {
      const ext = extname(path).toLowerCase();
      throw new InputError(ext === '.xls' || ext === '.ods'
        ? { de: `„${path}“ ist im Format ${ext}. Speichern Sie die Mappe in Excel oder LibreOffice als „.xlsx“ oder als CSV (UTF-8).`, en: `"${path}" is a ${ext} file. Save the workbook as ".xlsx" or as CSV (UTF-8).` }
        : { de: `„${path}“ ist weder eine .xlsx-Datei noch ein Ordner mit CSV-Dateien.`, en: `"${path}" is neither an .xlsx file nor a folder of CSV files.` });
    }
  }
  return units;
}

async function readXlsx(path: string, problems: Problems): Promise<RawSheet[]> {
  let workbook: Array<{ sheet: string; data: Cell[][] }>;
  try {
    workbook = (await readXlsxFile(path, { trim: false })) as unknown as Array<{ sheet: string; data: Cell[][] }>;
  } catch (error) {
    throw new InputError({
      de: `„${path}“ lässt sich nicht als Excel-Mappe (.xlsx) lesen (${(error as Error).message}). Ist sie beschädigt oder mit Passwort geschützt?`,
      en: `"${path}" cannot be read as an Excel workbook (.xlsx) (${(error as Error).message}). Is it damaged or password-protected?`,
    });
  }
  const sheets: RawSheet[] = [];
  for (const { sheet, data } of workbook) {
    const raw = toSheet(path, sheet, data.map((row) => row.map(cellText)), problems);
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

async function readCsv(path: string, problems: Problems): Promise<RawSheet | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError({ de: `„${path}“ kann nicht gelesen werden: ${(error as Error).message}`, en: `"${path}" cannot be read: ${(error as Error).message}` });
  }
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
  return toSheet(path, basename(path), records, problems);
}

function toSheet(file: string, sheetName: string, data: string[][], problems: Problems): RawSheet | undefined {
  const spec = sheetFor(sheetName);
  if (!spec) {
    problems.warn({ file, sheet: sheetName }, 'sheet-unknown',
      `Das Blatt „${sheetName}“ gehört nicht zur Vorlage und wird übersprungen. Bekannt sind: Kreis, Themen, Pflege, Organisationen, Orte, Angebote, Zeiten, Programme, Zuständigkeiten, Wege.`,
      `Sheet "${sheetName}" is not part of the template and is skipped. Known: Kreis, Themen, Pflege, Organisationen, Orte, Angebote, Zeiten, Programme, Zuständigkeiten, Wege.`);
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
  const columns: Array<ColumnSpec | undefined> = [];
  const seen = new Set<string>();
  header.forEach((title, i) => {
    if (!title) return columns.push(undefined);
    const col = columnFor(spec, title);
    if (!col) {
      problems.warn({ file, sheet, row: headerIndex + 1, column: title }, 'column-unknown',
        `Die Spalte „${title}“ kennt die Vorlage nicht; sie wird ignoriert. Spalten dieses Blatts: ${spec.columns.map((c) => c.header).join(', ')}.`,
        `The template has no column "${title}"; it is ignored. Columns of this sheet: ${spec.columns.map((c) => c.header).join(', ')}.`);
    } else if (seen.has(col.key)) {
      problems.warn({ file, sheet, row: headerIndex + 1, column: title }, 'column-twice',
        `Die Spalte „${col.header}“ steht zweimal in der Kopfzeile; nur die erste wird gelesen.`,
        `Column "${col.header}" appears twice in the header row; only the first is read.`);
      return columns.push(undefined);
    }
    seen.add(col?.key ?? `?${i}`);
    return columns.push(col);
  });
  for (const col of spec.columns) {
    if (col.required && !seen.has(col.key)) {
      problems.error({ file, sheet, row: headerIndex + 1, column: col.header }, 'column-missing',
        `Die Pflichtspalte „${col.header}“ fehlt in der Kopfzeile (Zeile ${headerIndex + 1}). Fügen Sie sie hinzu (Inhalt: ${col.de})`,
        `The required column "${col.header}" is missing from the header row (row ${headerIndex + 1}). Add it.`);
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
  return { file, sheet, spec, header, columns, rows };
}
