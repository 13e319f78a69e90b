// Three outputs from one source tree:
//  1. dist/npm/       ES modules for bundler users (lit and other deps external) + type declarations
//  2. dist/wegweiser-kit.js  the embed bundle for webmasters, with lazy chunks in dist/chunks/
//  3. dist/cli/wegweiser.js  the `wegweiser` CLI for Node
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { builtinModules } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import commonjs from '@rollup/plugin-commonjs';

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

/**
 * Lit records its version on \`window\` (\`litHtmlVersions\` …) only to warn about
 * duplicate copies in development. The embed bundle promises a page no
 * globals, so it leaves these markers out. (\`litPropertyMetadata\`, which Lit
 * shares between copies on purpose, stays.)
 */
const dropLitVersionMarkers = () => ({
  name: 'drop-lit-version-markers',
  transform(code, id) {
    if (!/[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
    const out = code.replace(/\((\w+)\.(litHtmlVersions|litElementVersions|reactiveElementVersions)\?\?=\[\]\)\.push\("[^"]*"\)/g, 'void 0');
    return out === code ? null : { code: out, map: null };
  },
});

/** dist/THIRD-PARTY-NOTICES.txt: licences of the libraries inside the embed bundle and its chunks. */
const thirdPartyNotices = (what = "wegweiser-kit.js and dist/chunks/") => ({
  name: 'third-party-notices',
  generateBundle(_options, bundle) {
    const packages = new Set();
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      for (const id of Object.keys(chunk.modules)) {
        const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
        if (match) packages.add(match[1].replace(/\\/g, '/'));
      }
    }
    const sections = [...packages].sort().map((name) => {
      const dir = `node_modules/${name}`;
      const meta = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
      const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].find((f) => existsSync(`${dir}/${f}`));
      return `${name} ${meta.version} — ${meta.license}\n\n${file ? readFileSync(`${dir}/${file}`, 'utf8').trim() : '(licence text not shipped by the package)'}`;
    });
    this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-NOTICES.txt', source: `Third-party software in ${what}\n\n${sections.join('\n\n' + '-'.repeat(72) + '\n\n')}\n` });
  },
});

/**
 * Lit's css\`…\` blocks keep every space and comment of the source; browsers do
 * not need them. Collapses whitespace and drops comments in the embed build
 * (only blocks without \`\${…}\`, so nothing dynamic is touched).
 */
const minifyCss = () => ({
  name: 'minify-css-literals',
  transform(code, id) {
    if (!/[\\/]src[\\/]components[\\/].*\.ts$/.test(id)) return null;
    const out = code.replace(/\bcss\s*`([^`$]*)`/g, (_match, body) => {
      const min = body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};:,>])\s*/g, '$1')
        .replace(/;}/g, '}')
        .trim();
      return `css\`${min}\``;
    });
    return out === code ? null : { code: out, map: null };
  },
});


/**
 * The Werkstatt compiles holidays with date-holidays in the browser: only
 * Germany's rules (its data file holds every country, 800 kB) and only the
 * Europe/Berlin zone of moment-timezone (its data holds every zone).
 */
const germanyOnly = () => ({
  name: 'germany-only',
  async resolveId(source, importer) {
    if (source === 'moment-timezone' && importer && !importer.includes('moment-timezone')) return '\0berlin-moment-timezone';
    return null;
  },
  async load(id) {
    if (id === '\0berlin-moment-timezone') {
      const packed = JSON.parse(readFileSync('node_modules/moment-timezone/data/packed/latest.json', 'utf8'));
      const data = { version: packed.version, zones: packed.zones.filter((z) => z.startsWith('Europe/Berlin|')), links: [], countries: [] };
      return `import moment from 'moment-timezone/moment-timezone.js';\nmoment.tz.load(${JSON.stringify(data)});\nexport default moment;\n`;
    }
    if (/[\\/]date-holidays[\\/]src[\\/]data\.js$/.test(id)) {
      const { data } = await import('./node_modules/date-holidays/src/data.js');
      return `export const data = ${JSON.stringify({ version: data.version, license: data.license, holidays: { DE: data.holidays.DE }, names: data.names })};\n`;
    }
    return null;
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
      // Element chunks are named after their folder (service-finder-…js), the rest after a module.
      chunkFileNames: (chunk) => {
        // (A dynamic entry's facade id is not known yet here; its entry module comes last.)
        const entry = chunk.facadeModuleId ?? (chunk.isDynamicEntry ? chunk.moduleIds[chunk.moduleIds.length - 1] : '') ?? '';
        const element = /components[\\/]([^\\/]+)[\\/]define\.ts$/.exec(entry);
        return element ? `chunks/${element[1]}-[hash].js` : 'chunks/[name]-[hash].js';
      },
      // What every element needs (Lit, the browser core, the base element, German strings) is one
      // shared chunk; the search, the map, the QR code and other languages stay chunks of their own.
      manualChunks: (id) => {
        if (/node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return 'shared';
        // The core every element reads the feed with; element-specific core (finder, programme list,
        // calendar files, live routing, search) goes with the element that needs it.
        if (/src[\\/]core[\\/](errors|load|parse|schema-check|store|text|dates|hours|feed-index|geo|queries|travel|validate|messages)\.ts$/.test(id)) return 'shared';
        if (/src[\\/]core[\\/]schema[\\/]/.test(id)) return 'shared';
        // The base every element has; building blocks only some elements use (combobox, print …) go with them.
        if (/src[\\/]components[\\/]shared[\\/](ww-element|feed-controller|styles|define|ui)\.ts$/.test(id)) return 'shared';
        // The script tag sets the page-wide defaults before it knows which code the page needs: not via the shared chunk.
        if (/src[\\/]components[\\/]shared[\\/]config\.ts$/.test(id)) return 'config';
        if (/src[\\/]i18n[\\/](index|de-base)\.ts$/.test(id)) return 'shared';
        if (/src[\\/]i18n[\\/]de-(lists|kinds)\.ts$/.test(id)) return 'blocks';
        // Building blocks of the list elements (finder, directory): search field, filters, result cards.
        if (/src[\\/]components[\\/]shared[\\/](combobox|form-styles|form-controls|result-styles|url-state|search-loader|contact-view|hours-view|language-name|list-strings|feed-memo|cost-status)\.ts$/.test(id)) return 'blocks';
        // The directory's entry view, shared with the finder's course details: one piece, not three.
        if (/src[\\/](components[\\/]programme-directory[\\/](entry-view|schedule-text)|i18n[\\/]de-programmes)\.ts$/.test(id)) return 'programme-view';
        // The travel line every list card shows: its own piece (entry-view above would otherwise take it along).
        if (/src[\\/](components[\\/]route-time[\\/]route-view|i18n[\\/]de-route-line)\.ts$/.test(id)) return 'shared';
        // Links between the site's pages and the "next best step" of an element without data.
        if (/src[\\/]components[\\/]shared[\\/](page-link|next-best)\.ts$/.test(id)) return 'blocks';
        return undefined;
      },
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      dropLitVersionMarkers(),
      ts({ outDir: 'dist', declaration: false, declarationMap: false, exclude: ['src/cli/**', 'test/**'] }),
      // After TypeScript, which compiles from the files on disk and ignores earlier transforms.
      minifyCss(),
      // Licence comments of bundled libraries (/*! … */, @license, @preserve) stay in.
      terser({ ecma: 2021, module: true, compress: { passes: 3 }, format: { comments: 'some' } }),
      thirdPartyNotices(),
    ],
    onwarn,
  },
  {
    // A Kreis portal page with several elements: all four in one file (dist/portal/), loaded by the script
    // tag instead of the per-element chunks. Its own build, so that nothing is split across files.
    input: 'src/portal.ts',
    output: { dir: 'dist/portal', format: 'es', entryFileNames: 'wegweiser-portal.js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      dropLitVersionMarkers(),
      ts({ outDir: 'dist/portal', declaration: false, declarationMap: false, exclude: ['src/cli/**', 'test/**'] }),
      minifyCss(),
      terser({ ecma: 2021, module: true, compress: { passes: 3 }, format: { comments: 'some' } }),
      thirdPartyNotices('dist/portal/'),
    ],
    onwarn,
  },
  {
    // The SDK as one file, for pages that use it from a CDN without a bundler.
    input: 'src/core/index.ts',
    output: { file: 'dist/wegweiser-core.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [
      nodeResolve({ browser: true }),
      stripSchemaDocs(),
      ts({ outDir: 'dist', declaration: false, declarationMap: false, exclude: ['src/cli/**', 'test/**'] }),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
    onwarn,
  },
  {
    // The Werkstatt: the Kreis admin's page (dist/werkstatt/), the admin module in a worker, the four
    // elements for the preview. Its own build: nothing of it reaches the embed bundle or its budgets.
    input: { werkstatt: 'src/werkstatt/main.ts', worker: 'src/werkstatt/worker.ts' },
    output: { dir: 'dist/werkstatt', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    plugins: [
      germanyOnly(),
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      commonjs(),
      dropLitVersionMarkers(),
      ts({ outDir: 'dist/werkstatt', declaration: false, declarationMap: false, exclude: ['src/cli/**', 'test/**'] }),
      minifyCss(),
      terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: 'some' } }),
      thirdPartyNotices('the Werkstatt (dist/werkstatt/)'),
      {
        // The page, the official Gemeinde list and the template travel with it.
        name: 'werkstatt-files',
        generateBundle() {
          for (const [fileName, from] of [
            ['index.html', 'src/werkstatt/index.html'], ['file-note.js', 'src/werkstatt/file-note.js'], ['werkstatt.css', 'src/werkstatt/werkstatt.css'],
            ['gemeinden.json', 'src/cli/data/gemeinden.json'], ['wegweiser-vorlage.xlsx', 'docs/template/wegweiser-vorlage.xlsx'], ['vorlage-README.md', 'docs/template/README.md'],
          ]) this.emitFile({ type: 'asset', fileName, source: readFileSync(from) });
        },
      },
    ],
    onwarn,
  },
  {
    input: 'src/cli/wegweiser.ts',
    external: isExternal([...deps, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]),
    output: { file: 'dist/cli/wegweiser.js', format: 'es', banner: '#!/usr/bin/env node', sourcemap: true, inlineDynamicImports: true },
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
