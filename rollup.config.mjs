// Three outputs from one source tree:
//  1. dist/npm/       ES modules for bundler users (lit and other deps external) + type declarations
//  2. dist/wegweiser-kit.js  the embed bundle for webmasters, with lazy chunks in dist/chunks/
//  3. dist/cli/wegweiser.js  the `wegweiser` CLI for Node
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const deps = Object.keys(pkg.dependencies ?? {});
const isExternal = (names) => (id) => names.some((name) => id === name || id.startsWith(name + '/'));

const ts = (extra = {}) =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    exclude: ['test/**'],
    noEmitOnError: true,
    ...extra,
  });

/**
 * Field descriptions in the schema (`d('…')`) feed the JSON Schema and
 * docs/feed.md; browsers never show them, so the SDK's one-file build drops
 * the text. (The embed bundle does not contain the valibot schema at all.)
 */
const stripSchemaDocs = () => ({
  name: 'strip-schema-docs',
  transform(code, id) {
    if (!/[\\/]src[\\/]core[\\/]schema[\\/]/.test(id)) return null;
    return { code: code.replace(/\bd\((?:'(?:[^'\\]|\\.)*'|`[^`]*`)\)/g, "d('')"), map: null };
  },
});

const onwarn = (warning, warn) => {
  // Lit's decorators file and some deps use `this` at top level; harmless.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  {
    input: { index: 'src/index.ts', 'core/index': 'src/core/index.ts', define: 'src/define.ts' },
    external: isExternal([...deps, 'lit']),
    output: { dir: 'dist/npm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [nodeResolve(), ts({ outDir: 'dist/npm', declaration: true, declarationDir: 'dist/npm/types', rootDir: '.', exclude: ['src/cli/**', 'test/**'] })],
    onwarn,
  },
  {
    input: 'src/embed.ts',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'wegweiser-kit.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      ts({ outDir: 'dist', declaration: false, declarationMap: false, exclude: ['src/cli/**', 'test/**'] }),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
    onwarn,
  },
  {
    // The SDK as one file, for pages that use it from a CDN without a bundler.
    input: 'src/core/index.ts',
    output: { file: 'dist/wegweiser-core.js', format: 'es', sourcemap: true },
    plugins: [
      nodeResolve({ browser: true }),
      stripSchemaDocs(),
      ts({ outDir: 'dist', declaration: false, declarationMap: false, exclude: ['src/cli/**', 'test/**'] }),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
    onwarn,
  },
  {
    input: 'src/cli/wegweiser.ts',
    external: isExternal([...deps, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]),
    output: { file: 'dist/cli/wegweiser.js', format: 'es', banner: '#!/usr/bin/env node', sourcemap: true },
    plugins: [
      nodeResolve({ preferBuiltins: true }),
      ts({ outDir: 'dist/cli', declaration: false, declarationMap: false }),
      {
        // The official Gemeinde list travels with the CLI (read at run time beside the bundle).
        name: 'gemeinden-data',
        generateBundle() {
          this.emitFile({ type: 'asset', fileName: 'data/gemeinden.json', source: readFileSync('src/cli/data/gemeinden.json') });
        },
      },
    ],
    onwarn,
  },
];
