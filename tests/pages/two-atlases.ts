/** Mounts two independent atlases with different scopes (see two-atlases.html). */
import '../../src/styles/page.ts';
import { mountAtlas } from '../../src/mountAtlas.ts';
import { BUILT_IN_DATA } from '../../src/builtInData.ts';

function target(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`two-atlases.html has no #${id}`);
  return element;
}

mountAtlas(target('iberocoop'), { data: BUILT_IN_DATA, params: 'view=map&network=iberocoop' });
mountAtlas(target('chapters'), { data: BUILT_IN_DATA, params: 'view=split&kind=chapter' });
