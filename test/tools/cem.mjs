// Writes dist/custom-elements.json (the Custom Elements Manifest) from the
// components' JSDoc, for IDEs, Storybook and CMS integrations.
import { spawnSync } from 'node:child_process';
const result = spawnSync(
  process.execPath,
  ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--litelement', '--globs', 'src/components/**/*.ts', '--exclude', 'src/components/**/*.test.ts', '--outdir', 'dist'],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
process.exit(result.status ?? 1);
