/**
 * Starts the layout worker from its own file, served beside the app. Builds that must be one
 * file (the `<movement-atlas>` element, the one-file offline build) swap this module for
 * layoutWorker.inline.ts (see `inlineWorkers` in vite.config.ts).
 */
export function startLayoutWorker(): Worker {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
}
