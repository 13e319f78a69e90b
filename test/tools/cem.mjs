// Writes dist/custom-elements.json (the Custom Elements Manifest) from the
// components' JSDoc, for IDEs, Storybook and CMS integrations.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const result = spawnSync(
  process.execPath,
  ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--litelement', '--globs', 'src/components/**/*.ts', '--exclude', 'src/components/**/*.test.ts', '--outdir', 'dist'],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
if (result.status !== 0) process.exit(result.status ?? 1);

// The analyzer also lists the base class's generic `emit(name, …)` as an event called "name";
// the real events are the documented `ww-*` ones.
const path = 'dist/custom-elements.json';
const manifest = JSON.parse(readFileSync(path, 'utf8'));
for (const module of manifest.modules ?? []) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('ww-'));
  }
}
writeFileSync(path, JSON.stringify(manifest, null, 2) + '\n');
