/**
 * Starts the validation worker from its own file, served beside the app. One-file builds swap
 * this module for validateWorker.inline.ts (see `inlineWorkers` in vite.config.ts).
 */
export function startValidateWorker(): Worker {
  return new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
}
