/**
 * The size checks in package.json ("size-limit") must count every piece a
 * page really loads: for each "a page with …" check, every chunk its element
 * imports statically (rollup splits shared pieces off as code moves) matches
 * one of the check's paths. Without this, a check can pass while the page
 * grows in a chunk nobody listed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

interface SizeCheck { name: string; path: string | string[] }

const files = existsSync('dist/chunks') ? readdirSync('dist/chunks').filter((f) => f.endsWith('.js')) : [];
const closure = (file: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, dep] of readFileSync(`dist/chunks/${file}`, 'utf8').matchAll(/(?:^|[;}])import\s*(?:[^'"]*?from\s*)?["']\.\/([^"']+)["']/g)) closure(dep!, seen);
  return seen;
};
const matches = (glob: string, file: string) => new RegExp(`^${glob.replace(/^dist\/chunks\//, '').replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(file);

test('every "a page with …" size check lists all the chunks its element loads', { skip: files.length === 0 && 'run `npm run build` first (npm test does)' }, () => {
  const checks = (JSON.parse(readFileSync('package.json', 'utf8'))['size-limit'] as SizeCheck[]).filter((c) => c.name.startsWith('a page with'));
  assert.ok(checks.length >= 4);
  for (const check of checks) {
    const paths = Array.isArray(check.path) ? check.path : [check.path];
    const element = paths.map((p) => p.match(/chunks\/(service-finder|route-time|programme-directory|wegweiser)-\*\.js$/)?.[1]).find(Boolean);
    assert.ok(element, `${check.name}: names no element chunk`);
    const file = files.find((f) => f.replace(/-[\w-]{8}\.js$/, '') === element)!;
    const missing = [...closure(file)].filter((f) => !paths.some((p) => matches(p, f)));
    assert.deepEqual(missing, [], `${check.name}: the page also loads ${missing.join(', ')}`);
  }
});
