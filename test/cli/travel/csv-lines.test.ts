/**
 * The GTFS CSV tokenizer against csv-parse (the parser it replaces, with the
 * same settings) on the real feeds in ../shared/data/gtfs and on hand-made
 * edge cases, whole and cut into chunks of every size from 1 byte.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { CsvSyntaxError, tokenizeCsv } from '../../../src/cli/travel/gtfs/csv-lines.js';
import { ROOT } from '../run-cli.js';

async function tokens(bytes: Buffer, chunk = 1 << 16): Promise<Array<[string[], number]>> {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
  const out: Array<[string[], number]> = [];
  await tokenizeCsv(Readable.from(parts), (f, line) => out.push([f, line]));
  return out;
}

const reference = (bytes: Buffer): string[][] => parse(bytes, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true }) as string[][];

test('the real GTFS feeds: the same records as csv-parse', async () => {
  const base = join(ROOT, '../shared/data/gtfs');
  let files = 0;
  for (const feed of readdirSync(base)) {
    for (const name of readdirSync(join(base, feed)).filter((f) => f.endsWith('.txt'))) {
      const bytes = readFileSync(join(base, feed, name));
      assert.deepEqual((await tokens(bytes, 4093)).map(([f]) => f), reference(bytes), `${feed}/${name}`);
      files++;
    }
  }
  assert.ok(files >= 10);
});

test('BOM, CRLF, quotes with commas, "" and line breaks, stray quotes, empty lines, spaces; any chunk size; line numbers', async () => {
  const text = '\uFEFFa,b,c\r\n1,"x, y",3\r\n\r\n"he said ""hi""", 2 ,"multi\nline"\nDorf "Mitte",5\n  \nlast,row';
  const bytes = Buffer.from(text, 'utf8');
  const want = [[['a', 'b', 'c'], 1], [['1', 'x, y', '3'], 2], [['he said "hi"', '2', 'multi\nline'], 5], [['Dorf "Mitte"', '5'], 6], [['last', 'row'], 8]];
  for (let chunk = 1; chunk <= bytes.length; chunk++) assert.deepEqual(await tokens(bytes, chunk), want, `chunks of ${chunk}`);
  // Umlauts cut between two chunks stay whole.
  assert.deepEqual(await tokens(Buffer.from('Größe,Ü\n', 'utf8'), 1), [[['Größe', 'Ü'], 1]]);
});

test('a quoted field that is never closed: an error with its line', async () => {
  await assert.rejects(tokens(Buffer.from('a,b\nk1,"Schule,1\n')), (e: unknown) => e instanceof CsvSyntaxError && e.line === 2);
});
