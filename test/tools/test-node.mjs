#!/usr/bin/env node
// Runs the Node-side tests (core and CLI) with Node's own test runner.
// Node 20's --test does not expand globs, so the files are listed here.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function collect(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) collect(p, out);
    else if (name.endsWith('.test.ts') && !name.endsWith('.browser.test.ts')) out.push(p);
  }
  return out;
}

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['test/core', 'test/cli', 'test/i18n', 'test/tools', 'test/demo', 'test/werkstatt', 'test/admin'];
const files = roots.flatMap((r) => (statSync(r, { throwIfNoEntry: false })?.isDirectory() ? collect(r) : statSync(r, { throwIfNoEntry: false }) ? [r] : [])).sort();
if (!files.length) {
  console.error('no test files found in', roots.join(', '));
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  env: { ...process.env, TZ: process.env.TZ ?? 'Europe/Berlin' },
});
process.exit(r.status ?? 1);
