// First: asks for the dataset before the rest of the app is evaluated.
import './startData.ts';
import './styles/page.ts';
import { mountAtlas } from './mountAtlas.ts';
import { BUILT_IN_DATA } from './builtInData.ts';
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

// Mounted in a task of its own, not in the one that evaluated the app's script.
void nextTask().then(() => mountAtlas(target, { page: true, data: BUILT_IN_DATA, embed }));
