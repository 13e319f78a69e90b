/**
 * Streaming CSV for GTFS files with csv-parse: UTF-8 BOM, quoted fields
 * (a stray quote inside an unquoted field is kept as text),
 * CRLF, columns in any order, extra and missing trailing columns. Rows are
 * handed over as arrays together with their line number (csv-parse emits
 * records synchronously while parsing, so `parser.info.lines` is the line
 * the record ends on).
 */
import { pipeline } from 'node:stream/promises';
import { parse, CsvError } from 'csv-parse';
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
  const parser = parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true });
  let handler: RowHandler | undefined;
  let failure: unknown;
  parser.on('data', (record: string[]) => {
    if (failure !== undefined) return;
    try {
      if (handler) handler(record, parser.info.lines);
      else handler = start(makeHeader(file, record));
    } catch (e) {
      failure = e;
      parser.destroy(e instanceof Error ? e : new Error(String(e)));
    }
  });
  if (options.onBytes) {
    // At most once a megabyte (zip entries arrive in 16 kB chunks), and once at the end.
    let bytes = 0, reported = 0;
    const onBytes = options.onBytes;
    input.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes - reported >= 1 << 20) onBytes((reported = bytes));
    });
    input.on('end', () => onBytes(bytes));
  }
  try {
    await pipeline(input, parser);
  } catch (e) {
    if (failure !== undefined) throw failure;
    if (e instanceof GtfsError) throw e;
    if (e instanceof CsvError) {
      const line = (e as CsvError & { lines?: number }).lines;
      throw new GtfsError(`${file}${line ? `:${line}` : ''}: the CSV cannot be read (${e.message.replace(/\.$/, '')}).`, file, line);
    }
    throw new GtfsError(`${file} cannot be read: ${e instanceof Error ? e.message : String(e)}.`, file);
  }
  if (failure !== undefined) throw failure;
}
