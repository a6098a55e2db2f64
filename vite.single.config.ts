/**
 * `npm run build:single`: the app as one HTML file, dist-single/movement-atlas.html, that opens
 * from `file://` with no network: script, styles, workers (inlined, see vite.config.ts), the
 * built-in dataset and its tours inside. The app's own build settings, with these on top.
 */
import { defineConfig, mergeConfig, type ConfigEnv, type Plugin, type UserConfig } from 'vite';
import app, { inlineWorkers, noPreloadPlaceholder } from './vite.config.ts';

/**
 * Puts the one-file build's script and styles into its HTML page and names it
 * movement-atlas.html. The page's Content-Security-Policy then allows exactly that script (by
 * its hash) and the dataset carried as a data: URL; everything else stays as strict.
 */
function inlineIntoHtml(): Plugin {
  return {
    name: 'movement-atlas:inline-into-html',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const { createHash } = await import('node:crypto');
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') return;
      let html = String(page.source);
      let css = '';
      let js = '';
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === 'asset' && name.endsWith('.css')) css += String(file.source);
        else if (file.type === 'chunk' && file.isEntry) js += file.code;
        else continue;
        delete bundle[name];
      }
      // `</script` inside the code would end the element early.
      js = js.replaceAll('</script', '<\\/script');
      const hash = createHash('sha256').update(js).digest('base64');
      html = html
        .replace(/<script type="module"[^>]*src="[^"]*"[^>]*><\/script>\s*/g, '')
        .replace(/<link rel="stylesheet"[^>]*>\s*/g, '')
        .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
        .replace(/<link rel="icon"[^>]*>\s*/, '')
        .replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`)
        .replace("connect-src 'self'", "connect-src 'self' data:")
        .replace('</head>', () => `<style>${css}</style>\n</head>`)
        .replace('</body>', () => `<script type="module">${js}</script>\n</body>`);
      delete bundle['index.html'];
      this.emitFile({ type: 'asset', fileName: 'movement-atlas.html', source: html });
    },
  };
}

export default defineConfig((env: ConfigEnv) =>
  mergeConfig((app as (env: ConfigEnv) => UserConfig)(env), {
    plugins: [inlineWorkers(), noPreloadPlaceholder(), inlineIntoHtml()],
    build: {
      outDir: 'dist-single',
      emptyOutDir: true,
      sourcemap: false,
      copyPublicDir: false,
      minify: true,
      cssCodeSplit: false,
      // The dataset (imported `?url`) and everything else becomes a data: URL in the code.
      assetsInlineLimit: () => true,
      rollupOptions: { output: { codeSplitting: false } },
    },
  } satisfies UserConfig),
);
