// First: asks for the dataset before the rest of the app is evaluated.
import './startData.ts';
import './styles/page.ts';
import { BUILT_IN_DATA } from './builtInData.ts';
import { earlyWorkerLoaded } from './state/earlyData.ts';
import { nextTask } from './state/tasks.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// `embed=1`: the app inside another site's iframe (README, "Embed it").
const params = new URLSearchParams(window.location.search);
const embed =
  params.get('embed') === '1'
    ? {
        timeline: params.get('timeline') === '1',
        appUrl: `${window.location.origin}${window.location.pathname}`,
      }
    : null;

/**
 * The rest of the app is evaluated, and then mounted, each in a task of its own, after the one
 * that asked for the data (and, for a file checked in a worker, once that worker has loaded its
 * validator: see `earlyWorkerLoaded`): Leaflet, then the app's own modules, then the mount. One script
 * evaluated at once was a task of 100-170 ms on a two-core machine; meanwhile the data's worker
 * could not start. index.html preloads these chunks (vite.config.ts `preloadStartChunks`), so
 * they are fetched with this script, not after it.
 */
async function start(page: HTMLElement): Promise<void> {
  await earlyWorkerLoaded();
  await nextTask();
  await import('leaflet');
  await nextTask();
  const { mountAtlas } = await import('./mountAtlas.ts');
  await nextTask();
  mountAtlas(page, { page: true, data: BUILT_IN_DATA, embed });
}
void start(target);
