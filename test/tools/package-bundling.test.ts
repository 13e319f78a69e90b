/**
 * A site that bundles the npm package itself (esbuild here; webpack and
 * Rollup read `sideEffects` the same way) must keep the modules that only
 * register strings: with them dropped, the finder would show raw keys
 * such as "search.label" instead of "Was suchen Sie?".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

for (const entry of ['service-finder', 'programme-directory', 'wegweiser']) {
  test(`bundling dist/npm/components/${entry}/define.js keeps the list strings`, async () => {
    const file = `dist/npm/components/${entry}/define.js`;
    assert.ok(existsSync(file), 'run `npm run build` first (npm test does)');
    const result = await build({ entryPoints: [file], bundle: true, write: false, format: 'esm', minify: true, logLevel: 'silent', external: ['leaflet', 'supercluster', 'qrcode-generator'] });
    // (Warnings about type-only modules, empty once compiled, are harmless.)
    assert.deepEqual(result.warnings.map((w) => w.text).filter((t) => t.includes('strings')), []);
    assert.match(result.outputFiles[0]!.text, /Was suchen Sie\?/);
  });
}
