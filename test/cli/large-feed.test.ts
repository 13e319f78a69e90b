import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, FIXTURES, ROOT } from './run-cli.js';

let dir: string;
let big: string;

/** About 50 MB: the valid fixture with tens of thousands of services, none saying which languages its staff speak. */
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wegweiser-large-'));
  const feed = JSON.parse(await readFile(join(ROOT, FIXTURES, 'valid-minimal.json'), 'utf8'));
  const template = { ...feed.services[0] };
  delete template.languages;
  const filler = 'Beratung zu Aufenthalt, Arbeit und Familie. '.repeat(14);
  feed.services.push(...Array.from({ length: 46_000 }, (_, i) => ({ ...template, id: `s${i}`, description: { de: filler } })));
  big = join(dir, 'big.json');
  await writeFile(big, JSON.stringify(feed, null, 1));
});
after(async () => { await rm(dir, { recursive: true, force: true }); });

test('a 50 MB feed: too large for browsers (error), issues beyond 200 summarised', async (t) => {
  const started = Date.now();
  const r = await runCli(['validate', big, '--today', '2026-12-01']);
  const seconds = (Date.now() - started) / 1000;
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /big\.json: \/  Der Feed ist (4\d|5\d) MB groß; Browser laden höchstens 20 MB.*Am größten: services \d+ MB \(46\.002 Einträge\)\./);
  assert.match(r.stdout, /… 45\.80\d weitere Probleme nicht gezeigt: 45\.80\d × no-languages\. Alle zeigt --json\./);
  assert.match(r.stdout, /^1 Fehler, 46\.000 Warnungen in /m);
  assert.ok(r.stdout.split('\n').length < 220, 'at most 200 problems printed');
  // How long it takes is a figure for the bench, not a pass/fail line here.
  t.diagnostic(`validate of the 50 MB feed took ${seconds.toFixed(1)} s`);
});

test('--max-size refuses to read a bigger file (exit 2, says how to raise it)', async () => {
  const r = await runCli(['validate', big, '--max-size', '10']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /ist (4\d|5\d)(\.\d)? MB groß, mehr als die Grenze von 10(\.0)? MB.*--max-size/);
});
