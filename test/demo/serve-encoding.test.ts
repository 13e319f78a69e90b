/**
 * demo/serve.mjs serves the pre-compressed siblings `wegweiser compile
 * --shards` writes (`.br` preferred, then `.gz`) with Content-Encoding when
 * Accept-Encoding allows, a separate ETag per encoding, and 304 on a match.
 */
import '../../src/cli/berlin-time.js';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request, type Server } from 'node:http';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startServer } from '../../demo/serve.mjs';
import { compileShardsCommand } from '../../src/cli/commands/compile-shards.js';
import { ROOT } from '../cli/run-cli.js';

const folder = `land-test-${process.pid}`;
const dir = join(ROOT, 'demo', folder);
let server: Server;
let port = 0;

before(async () => {
  const code = await compileShardsCommand({
    sources: [join(ROOT, 'test/fixtures/land/heilbronn-land.source.json')], dir, now: new Date('2026-12-01T09:00:00+01:00'), today: '2026-12-01',
    pretty: false, lang: 'en', json: false, maxBytes: 1e8, color: false, limit: 200, out: () => undefined, err: () => undefined,
  });
  assert.equal(code, 0);
  server = (await startServer(0, '127.0.0.1')) as Server;
  port = (server.address() as { port: number }).port;
});
after(async () => {
  server?.close();
  await rm(dir, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

test('brotli when accepted, gzip as second choice, plain otherwise; each with its own ETag and 304', async () => {
  const path = `/${folder}/index.json`;
  const plain = await readFile(join(dir, 'index.json'));
  const br = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(br.status, 200);
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers.vary, 'Accept-Encoding');
  assert.ok(brotliDecompressSync(br.body).equals(plain));
  const gz = await get(path, { 'accept-encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.ok(gunzipSync(gz.body).equals(plain));
  const refused = await get(path, { 'accept-encoding': 'br;q=0, gzip' });
  assert.equal(refused.headers['content-encoding'], 'gzip');
  const none = await get(path, {});
  assert.equal(none.headers['content-encoding'], undefined);
  assert.ok(none.body.equals(plain));
  assert.equal(new Set([br.headers.etag, gz.headers.etag, none.headers.etag]).size, 3);

  const again = await get(path, { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  // Node's fetch (as the kit's loader in Node) decompresses by itself.
  const fetched = await fetch(`http://127.0.0.1:${port}${path}`);
  assert.deepEqual(await fetched.json(), JSON.parse(plain.toString('utf8')));
});
