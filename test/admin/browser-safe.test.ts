/**
 * src/admin is shared by the CLI and the Werkstatt (a browser worker): it may
 * import the core, itself and libraries that run in both, never Node's
 * built-ins or the CLI.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';

const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

test('src/admin imports no Node built-in and nothing of src/cli', () => {
  const builtins = new Set(builtinModules);
  const offending: string[] = [];
  for (const file of files('src/admin').filter((f) => f.endsWith('.ts'))) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      if (spec!.startsWith('node:') || builtins.has(spec!.split('/')[0]!) || /(^|\/)cli\//.test(spec!)) offending.push(`${file}: ${spec}`);
    }
  }
  assert.deepEqual(offending, []);
});
