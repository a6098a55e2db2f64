/** Mounts two independent atlases with different scopes (see two-atlases.html). */
import { mountAtlas } from '../../src/mountAtlas.ts';

function target(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`two-atlases.html has no #${id}`);
  return element;
}

mountAtlas(target('iberocoop'), { params: 'view=map&network=iberocoop' });
mountAtlas(target('chapters'), { params: 'view=split&kind=chapter' });
