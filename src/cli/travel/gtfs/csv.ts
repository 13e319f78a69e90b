/**
 * Streaming CSV for GTFS files with csv-parse: UTF-8 BOM, quoted fields
 * (a stray quote inside an unquoted field is kept as text),
 * CRLF, columns in any order, extra and missing trailing columns. Rows are
 * handed over as arrays together with their line number (csv-parse emits
 * records synchronously while parsing, so `parser.info.lines` is the line
 * the record ends on).
 */
import { CsvSyntaxError, tokenizeCsv } from './csv-lines.js';
import { GtfsError } from './errors.js';
import type { GtfsSource } from './source.js';

export interface CsvHeader {
  readonly file: string;
  readonly names: readonly string[];
  /** Column index, -1 when the column is absent. */
  col(name: string): number;
  /** Column index; throws a GtfsError naming the file when absent. */
  required(name: string): number;
}

/** Called once per data row; `fields[i]` may be undefined for short rows. */
export type RowHandler = (fields: string[], line: number) => void;

export interface CsvReadOptions {
  /** Bytes of the file read so far (uncompressed), for progress. */
  onBytes?: (bytes: number) => void;
}

function makeHeader(file: string, record: string[]): CsvHeader {
  const names = record.map((n) => n.replace(/^\uFEFF/, '').trim().toLowerCase());
  const index = new Map<string, number>();
  names.forEach((n, i) => {
    if (!index.has(n)) index.set(n, i);
  });
  return {
    file,
    names,
    col: (name) => index.get(name) ?? -1,
    required: (name) => {
      const i = index.get(name);
      if (i === undefined) {
        throw new GtfsError(`${file}:1: the required column "${name}" is missing (the header has: ${names.join(', ') || 'nothing'}).`, file, 1);
      }
      return i;
    },
  };
}

/**
 * Streams one file of the feed. `start` receives the header and returns the
 * row handler. An empty file calls neither. Errors in the handler abort the
 * read and are rethrown; CSV syntax errors become a GtfsError with file:line.
 */
export async function readCsv(source: GtfsSource, file: string, start: (header: CsvHeader) => RowHandler, options: CsvReadOptions = {}): Promise<void> {
  const input = await source.open(file);
  let handler: RowHandler | undefined;
  let failure: unknown;
  // At most once a megabyte, and once at the end.
  let reported = 0, total = 0;
  const onBytes = options.onBytes
    ? (b: number) => {
        total = b;
        if (b - reported >= 1 << 20) options.onBytes!((reported = b));
      }
    : undefined;
  try {
    await tokenizeCsv(input, (record, line) => {
      try {
        if (handler) handler(record, line);
        else handler = start(makeHeader(file, record));
      } catch (e) {
        failure = e;
        throw e;
      }
    }, onBytes);
  } catch (e) {
    input.destroy();
    // Errors in the handler are rethrown as they are; errors of the file become a GtfsError.
    if (failure !== undefined) throw failure;
    if (e instanceof GtfsError) throw e;
    if (e instanceof CsvSyntaxError) throw new GtfsError(`${file}:${e.line}: the CSV cannot be read (${e.message}).`, file, e.line);
    throw new GtfsError(`${file} cannot be read: ${e instanceof Error ? e.message : String(e)}.`, file);
  }
  if (options.onBytes && total !== reported) options.onBytes(total);
}
