/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { languageMenu } from './src/i18n/languages.ts';
import { COMPILE_HINT, EAGER_CHUNKS } from './src/cli/compileHints.ts';

/**
 * Builds:
 * - default: the app (dist/);
 * - `--mode test`: the app plus the browser tests' own pages, never shipped;
 * - `--mode embed`: the `<movement-atlas>` element as one self-contained ES module,
 *   dist/embed/movement-atlas.js (workers, styles and the built-in dataset inside).
 * - vite.single.config.ts (`npm run build:single`): the app as one HTML file.
 */
const EMBED_ENTRY = fileURLToPath(new URL('./src/embed/element.ts', import.meta.url));
/** Where the element's stylesheet goes in its script (see src/embed/styles.ts). */
const CSS_PLACEHOLDER = '__MOVEMENT_ATLAS_CSS__';

/**
 * One-file builds start their workers from blob URLs carried in the script: a worker file beside
 * a script served from another origin (or from file://) cannot be started.
 */
export function inlineWorkers(): Plugin {
  const swaps: Record<string, string> = {
    '/src/graph/layoutWorker.ts': '/src/graph/layoutWorker.inline.ts',
    '/src/state/validateWorker.ts': '/src/state/validateWorker.inline.ts',
  };
  return {
    name: 'movement-atlas:inline-workers',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      for (const [from, to] of Object.entries(swaps)) {
        if (resolved.id.endsWith(from)) return resolved.id.slice(0, -from.length) + to;
      }
      return null;
    },
  };
}

/**
 * One-file builds import their lazy parts from inside the file: Vite's preload helper there has
 * nothing to preload, but its placeholder survives when code splitting is off. It means "no
 * dependencies" (what Vite writes itself when there are none).
 */
export function noPreloadPlaceholder(): Plugin {
  return {
    name: 'movement-atlas:no-preload-placeholder',
    enforce: 'post',
    renderChunk(code) {
      return code.includes('__VITE_PRELOAD__')
        ? { code: code.replaceAll('__VITE_PRELOAD__', 'void 0'), map: null }
        : null;
    },
  };
}

/**
 * Moves the element's CSS (its components', Leaflet's, the design tokens') into the script, as
 * one string its shadow root adopts: one file to copy, and nothing the host page's CSS reaches.
 * `:root` (where the tokens are defined) becomes `:host`.
 */
function cssIntoScript(): Plugin {
  return {
    name: 'movement-atlas:css-into-script',
    enforce: 'post',
    generateBundle(_options, bundle) {
      let css = '';
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === 'asset' && name.endsWith('.css')) {
          css += String(file.source);
          delete bundle[name];
        }
      }
      css = css.replaceAll(':root', ':host');
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.code.includes(CSS_PLACEHOLDER)) continue;
        file.code = file.code.replace(
          new RegExp(`(["'\`])${CSS_PLACEHOLDER}\\1`),
          JSON.stringify(css),
        );
        // The map no longer matches the code it describes.
        file.map = null;
      }
    },
  };
}

/**
 * The built-in dataset is checked here, with the same validator as `npm run validate`, and the
 * build fails if it has an error: the page then only parses it (src/builtInData.ts), and its
 * first map paint waits for neither the validator nor its worker.
 */
function checkBuiltInData(): Plugin {
  return {
    name: 'movement-atlas:check-built-in-data',
    apply: 'build',
    async buildStart() {
      const file = fileURLToPath(new URL('./data/wikimedia.json', import.meta.url));
      this.addWatchFile(file);
      const { validateDataset, formatIssue } = await import('./src/model/validate.ts');
      const result = validateDataset(readFileSync(file, 'utf8'), 'data/wikimedia.json');
      if (result.errors.length > 0) {
        this.error(
          `the built-in dataset is not valid:\n${result.errors.map(formatIssue).join('\n')}`,
        );
      }
    },
  };
}

/**
 * `virtual:coarse-outlines`: the map's first-paint outlines, world-atlas countries-110m packed
 * at build time (src/map/outlines.ts): the same shapes in fewer bytes.
 */
export function coarseOutlines(): Plugin {
  const id = 'virtual:coarse-outlines';
  return {
    name: 'movement-atlas:coarse-outlines',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    async load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
      this.addWatchFile(file);
      const { packOutlines } = await import('./src/map/outlines.ts');
      const { geoBounds } = await import('d3-geo');
      const { countryCodeOf } = await import('./src/map/countryCodes.ts');
      const packed = packOutlines(JSON.parse(readFileSync(file, 'utf8')), {
        measure: geoBounds,
        codeOf: countryCodeOf,
      });
      return `export default ${JSON.stringify(packed)};`;
    },
  };
}

/**
 * `virtual:compiled-schema`: the data contract (src/model/schema.ts) compiled to plain functions
 * (src/model/compileSchema.ts), which the validation worker runs instead of zod
 * (src/model/validateCompiled.ts). Made from the schema at each build: it cannot drift from it.
 */
export function compiledSchema(): Plugin {
  const id = 'virtual:compiled-schema';
  return {
    name: 'movement-atlas:compiled-schema',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    async load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const { compileSchemas } = await import('./src/model/compileSchema.ts');
      const { DatasetShell, RECORD_SCHEMAS } = await import('./src/model/schema.ts');
      const text = fileURLToPath(new URL('./src/model/text.ts', import.meta.url));
      return compileSchemas({ shell: DatasetShell, ...RECORD_SCHEMAS }, text);
    },
  };
}

/**
 * Keeps of the design tokens (Codex's custom properties, some 380) the few dozen that the app's
 * sources name, and those their values read (src/styles/pruneTokens.ts): the stylesheet of the
 * first load carries no unused tokens, and its name still follows its content.
 */
export function pruneDesignTokens(): Plugin {
  const src = fileURLToPath(new URL('./src/', import.meta.url));
  return {
    name: 'movement-atlas:prune-design-tokens',
    apply: 'build',
    async transform(code, id) {
      if (!/codex-design-tokens\/(dist\/)?theme-wikimedia-ui\.css$/.test(id)) return null;
      const { namedProperties, pruneTokens } = await import('./src/styles/pruneTokens.ts');
      const named = new Set<string>();
      for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
        if (!/\.(svelte|css|ts)$/.test(file)) continue;
        for (const name of namedProperties(readFileSync(src + file, 'utf8'))) named.add(name);
      }
      return { code: pruneTokens(code, named), map: null };
    },
  };
}

/**
 * The built-in dataset as the page fetches it: the same data without the indentation of the
 * file in data/ (written for people and diffs), 6% fewer bytes of gzip.
 */
function minifyBuiltInData(): Plugin {
  return {
    name: 'movement-atlas:minify-built-in-data',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !/^(.*\/)?wikimedia-[\w-]+\.json$/.test(file.fileName))
          continue;
        const text =
          typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
        file.source = JSON.stringify(JSON.parse(text));
      }
    },
  };
}

/**
 * Leaflet's stylesheet without the rules for what the atlas never creates
 * (src/styles/dropSelectors.ts): the layers control and the default marker icon (their pictures
 * alone, inlined, are 4 KB of gzip), the attribution and scale controls, popups and tooltips.
 * The atlas draws its own markers, legend, credit and tooltip; data never goes in a popup.
 */
export function leafletWithoutUnused(): Plugin {
  const unused = [
    'leaflet-control-layers',
    'leaflet-default-icon-path',
    'leaflet-control-attribution',
    'leaflet-attribution-flag',
    'leaflet-control-scale',
    'leaflet-popup',
    'leaflet-tooltip',
  ];
  return {
    name: 'movement-atlas:leaflet-without-unused',
    // Before Vite reads the stylesheet (and inlines the pictures).
    enforce: 'pre',
    async transform(code, id) {
      if (!/leaflet\/dist\/leaflet\.css$/.test(id)) return null;
      const { dropSelectors } = await import('./src/styles/dropSelectors.ts');
      const out = dropSelectors(code, unused);
      if (out.includes('url(images/')) this.error('leaflet.css: a picture is left');
      return { code: out, map: null };
    },
  };
}

/**
 * The chunks src/main.ts imports with `import()` to evaluate the app in tasks of its own
 * (Leaflet, then the app's modules): index.html preloads them, and the stylesheets they bring,
 * so that they are fetched with the page's script rather than after it has run.
 */
/**
 * The chunks of the app's start, named: Leaflet, and the app's own modules (everything
 * src/mountAtlas.ts imports statically, but not what the page's script imports itself) as one
 * chunk. Left to itself, the bundler cuts the app into a dozen small chunks shared with its lazy
 * parts, which cost 5 KB more gzip than one chunk does.
 */
export function startChunkName(
  id: string,
  ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null },
): string | null {
  const reach = (from: string): Set<string> => {
    const seen = new Set<string>();
    const visit = (at: string): void => {
      if (seen.has(at)) return;
      seen.add(at);
      ctx.getModuleInfo(at)?.importedIds.forEach(visit);
    };
    visit(from);
    return seen;
  };
  let found = startReach.get(ctx);
  if (!found) {
    found = { page: reach(PAGE_ENTRY), app: reach(APP_ENTRY) };
    startReach.set(ctx, found);
  }
  if (found.page.has(id) || !found.app.has(id)) return null;
  return /[\\/]node_modules[\\/]leaflet[\\/]/.test(id) ? 'leaflet' : 'app';
}
const PAGE_ENTRY = fileURLToPath(new URL('./src/main.ts', import.meta.url));
const APP_ENTRY = fileURLToPath(new URL('./src/mountAtlas.ts', import.meta.url));
/**
 * What the page's script and the app import statically, found once per chunking pass (its
 * context): a module-wide answer would go stale when one process builds again (`--watch`).
 */
const startReach = new WeakMap<object, { page: Set<string>; app: Set<string> }>();

export function preloadStartChunks(): Plugin {
  return {
    name: 'movement-atlas:preload-start-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk || !chunk.isEntry) return;
        // What the page loads already: its script and the chunks that imports statically.
        const loaded = new Set<string>();
        const load = (fileName: string): void => {
          const found = bundle[fileName];
          if (loaded.has(fileName) || found?.type !== 'chunk') return;
          loaded.add(fileName);
          found.imports.forEach(load);
        };
        load(chunk.fileName);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const add = (fileName: string): void => {
          const found = bundle[fileName];
          if (found?.type !== 'chunk' || scripts.has(fileName) || loaded.has(fileName)) return;
          scripts.add(fileName);
          for (const css of found.viteMetadata?.importedCss ?? []) styles.add(css);
          found.imports.forEach(add);
        };
        for (const name of chunk.dynamicImports) {
          const found = bundle[name];
          if (found?.type === 'chunk' && ['app', 'leaflet'].includes(found.name)) add(name);
        }
        return [
          ...[...styles].map((href) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `./${href}` },
            injectTo: 'head' as const,
          })),
          ...[...scripts].map((href) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${href}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

/** Puts Chromium's compile hint on the chunks named (see src/cli/compileHints.ts). */
export function compileHints(names: readonly string[] = EAGER_CHUNKS): Plugin {
  return {
    name: 'movement-atlas:compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !names.includes(chunk.name)) continue;
          chunk.code = COMPILE_HINT + chunk.code;
          // One line more at the top: the map's lines move down by one, in the chunk's map and
          // in the file written from it (a bundle asset by now).
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
          const file = bundle[`${chunk.fileName}.map`];
          if (file?.type === 'asset') {
            const map = JSON.parse(String(file.source)) as { mappings: string };
            map.mappings = `;${map.mappings}`;
            file.source = JSON.stringify(map);
          }
        }
      },
    },
  };
}

export default defineConfig(({ mode }) => ({
  // Relative base: the built app works from any folder a chapter copies it to.
  base: './',
  plugins: [
    ...(mode === 'embed' ? [inlineWorkers(), cssIntoScript(), noPreloadPlaceholder()] : []),
    checkBuiltInData(),
    coarseOutlines(),
    compiledSchema(),
    pruneDesignTokens(),
    leafletWithoutUnused(),
    minifyBuiltInData(),
    ...(mode === 'embed' ? [] : [preloadStartChunks(), compileHints()]),
    svelte(),
    svelteTesting(),
  ],
  define: {
    __MOVEMENT_ATLAS_CSS__: JSON.stringify(CSS_PLACEHOLDER),
    // The language menu, named by Node's Intl here rather than by the page's on its first load.
    __LANGUAGE_MENU__: JSON.stringify(languageMenu()),
  },
  build:
    mode === 'embed'
      ? {
          target: 'es2022',
          outDir: 'dist/embed',
          emptyOutDir: true,
          sourcemap: false,
          copyPublicDir: false,
          minify: true,
          // An app build of one script, not a library build: library builds keep whitespace.
          rollupOptions: {
            input: { 'movement-atlas': EMBED_ENTRY },
            output: { entryFileNames: '[name].js', codeSplitting: false },
          },
        }
      : {
          target: 'es2022',
          sourcemap: true,
          // Browsers that run the app (ES2022) all know `modulepreload`.
          modulePreload: { polyfill: false },
          // The browser tests' own pages are built only for them, never shipped.
          rollupOptions: {
            output: {
              codeSplitting: {
                groups: [{ name: startChunkName, includeDependenciesRecursively: false }],
              },
            },
            input: {
              main: 'index.html',
              ...(mode === 'test'
                ? {
                    'two-atlases': 'tests/pages/two-atlases.html',
                    'embed-host': 'tests/pages/embed-host.html',
                    'embed-csp': 'tests/pages/embed-csp.html',
                  }
                : {}),
            } as Record<string, string>,
          },
        },
  worker: {
    format: 'es',
    plugins: () => [compiledSchema()],
    // One-file builds start workers from blob URLs, where a worker's own chunks cannot be
    // found: each worker is one script there.
    ...(mode === 'embed' || mode === 'single'
      ? { rolldownOptions: { output: { codeSplitting: false } } }
      : {}),
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // Property tests do real work; on a loaded two-core CI machine 5 s is too short a bound.
    testTimeout: 30_000,
  },
}));
