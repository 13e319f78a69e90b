import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { runCli, FIXTURES, ROOT } from './run-cli.js';
import { InputError, readInput } from '../../src/cli/read-input.js';

let server: Server;
let base: string;
let dir: string;
let valid: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wegweiser-input-'));
  valid = await readFile(join(ROOT, FIXTURES, 'valid-minimal.json'), 'utf8');
  server = createServer((req, res) => {
    if (req.url === '/feed.json') res.writeHead(200, { 'content-type': 'application/json' }).end(valid);
    else if (req.url === '/big.json') res.writeHead(200).end('x'.repeat(3 * 1048576));
    else if (req.url === '/slow.json') setTimeout(() => res.writeHead(200).end(valid), 3000);
    else res.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('reading feeds from a URL', () => {
  test('validate <URL>: same report, the URL as the name', async () => {
    const r = await runCli(['validate', `${base}/feed.json`, '--today', '2026-12-01']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`0 Fehler, 0 Warnungen in ${base}/feed\\.json`));
  });

  test('HTTP errors and size limits are read errors (exit 2 from the CLI)', async () => {
    const missing = await runCli(['validate', `${base}/missing.json`]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /404 Not Found – die Adresse gibt es nicht/);
    await assert.rejects(readInput(`${base}/big.json`, { maxBytes: 1048576 }), (e: unknown) => e instanceof InputError && /größer als die Grenze von 1\.0 MB/.test(e.sentence.de));
    await assert.rejects(readInput(`${base}/slow.json`, { maxBytes: 1048576, timeoutMs: 200 }), (e: unknown) => e instanceof InputError && /nicht innerhalb von 0\.2 Sekunden/.test(e.sentence.de));
    await assert.rejects(readInput('http://127.0.0.1:1/feed.json', { maxBytes: 1048576 }), (e: unknown) => e instanceof InputError && /nicht erreichbar/.test(e.sentence.de));
  });
});

describe('file contents', () => {
  test('not UTF-8 (Excel "ANSI"): an error at the first bad character, every other problem still reported', async () => {
    const latin1 = join(dir, 'latin1.json');
    // "Künzelsau" as Excel's Windows-1252 writes it: ü = the single byte 0xFC.
    const bytes = Buffer.from(valid.replace('"name": "Landratsamt Künzelsau"', '"name": "Landratsamt K#nzelsau", "titel": "x"'), 'utf8');
    bytes[bytes.indexOf('K#nzelsau')] = 0x4b;
    bytes[bytes.indexOf('#nzelsau')] = 0xfc;
    await writeFile(latin1, bytes);
    const r = await runCli(['validate', latin1, '--today', '2026-12-01']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /latin1\.json:\d+:\d+  Die Datei ist nicht UTF-8-kodiert \(\d+ unlesbare Zeichen/);
    assert.match(r.stdout, /\/locations\/0\/titel/);
  });

  test('a UTF-8 BOM is fine', async () => {
    const bom = join(dir, 'bom.json');
    await writeFile(bom, `\uFEFF${valid}`);
    const r = await runCli(['validate', bom, '--today', '2026-12-01']);
    assert.equal(r.code, 0, r.stdout);
  });

  test('not a feed at all: an empty file, an array, a string', async () => {
    for (const [name, text, pattern] of [
      ['empty.json', '', /:1:1  Die Datei ist leer/],
      ['array.json', '[1, 2]', /: \/version  Die Datei sagt nicht, welche Formatversion/],
      ['string.json', '"hallo"', /: \/version  /],
    ] as const) {
      const file = join(dir, name);
      await writeFile(file, text);
      const r = await runCli(['validate', file]);
      assert.equal(r.code, 1, name);
      assert.match(r.stdout, pattern, name);
    }
  });
});
