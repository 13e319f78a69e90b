/**
 * A streaming CSV tokenizer for GTFS, written for the national feed's
 * 2.6 GB stop_times.txt: csv-parse spent three quarters of the reading time
 * on per-character state and per-field buffers. Here each chunk is decoded
 * once and a line without a quote is split with indexOf(',') (the common
 * case); lines with quotes go through a small RFC 4180 parser (fields with
 * commas, "" for a quote, line breaks inside quotes). Like the csv-parse
 * settings it replaces: UTF-8 BOM dropped, CRLF or LF, fields trimmed, empty
 * lines skipped, a quote inside an unquoted field kept as text, rows of any
 * length. A quoted field that is never closed is an error with its line.
 */
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

export class CsvSyntaxError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

/** Calls `onRecord(fields, line)` for each record; `line` is the 1-based line the record ends on. */
export async function tokenizeCsv(input: Readable, onRecord: (fields: string[], line: number) => void, onBytes?: (bytes: number) => void): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let line = 0;
  let first = true;
  let bytes = 0;

  /** Parses complete records of `text` from 0; returns where the unfinished part starts. */
  const parse = (text: string, final: boolean): number => {
    let pos = 0;
    const n = text.length;
    let q = -2; // the next quote at or after pos (-1: none left), looked up again only once passed
    while (pos < n) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) {
        if (!final) return pos;
        nl = n;
      }
      if (q !== -1 && q < pos) q = text.indexOf('"', pos);
      if (q < 0 || q > nl) {
        let end = nl;
        if (end > pos && text.charCodeAt(end - 1) === 13) end--;
        line++;
        if (end > pos) {
          const fields = text.slice(pos, end).split(',');
          for (let i = 0; i < fields.length; i++) fields[i] = fields[i]!.trim();
          if (fields.length > 1 || fields[0] !== '') onRecord(fields, line);
        }
        pos = nl + 1;
        continue;
      }
      const r = quoted(text, pos, final);
      if (r === null) return pos; // the record goes on in the next chunk
      line += r.lines;
      if (r.fields.length > 1 || r.fields[0] !== '') onRecord(r.fields, line);
      pos = r.next;
    }
    return pos;
  };

  /** One record that contains a quote, from `pos`; null when it is not complete in `text` (and not final). */
  const quoted = (text: string, pos: number, final: boolean): { fields: string[]; next: number; lines: number } | null => {
    const fields: string[] = [];
    const n = text.length;
    let lines = 1;
    let i = pos;
    for (;;) {
      while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
      if (text[i] === '"') {
        let value = '';
        let j = i + 1;
        for (;;) {
          const k = text.indexOf('"', j);
          if (k < 0) {
            if (!final) return null;
            throw new CsvSyntaxError('a quoted field is not closed', line + 1);
          }
          value += text.slice(j, k);
          if (text[k + 1] === '"') {
            value += '"';
            j = k + 2;
            continue;
          }
          j = k + 1;
          break;
        }
        for (let c = value.indexOf('\n'); c >= 0; c = value.indexOf('\n', c + 1)) lines++;
        // Text after the closing quote (sloppy files) is kept with the field.
        let end = j;
        while (end < n && text[end] !== ',' && text[end] !== '\n') end++;
        if (end === n && !final) return null;
        fields.push((value + text.slice(j, end).replace(/\r$/, '')).trim());
        i = end;
      } else {
        let end = i;
        while (end < n && text[end] !== ',' && text[end] !== '\n') end++;
        if (end === n && !final) return null;
        fields.push(text.slice(i, end).replace(/\r$/, '').trim());
        i = end;
      }
      if (i >= n) return { fields, next: n, lines };
      if (text[i] === '\n') return { fields, next: i + 1, lines };
      i++; // the comma
    }
  };

  for await (const chunk of input as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    onBytes?.(bytes);
    let text = rest + decoder.write(chunk);
    if (first && text.length) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    rest = text.slice(parse(text, false));
  }
  let text = rest + decoder.end();
  if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  parse(text, true);
}
