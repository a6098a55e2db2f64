import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { dropSelectors } from '../../src/styles/dropSelectors.ts';

describe('dropSelectors', () => {
  it('drops the selectors of unused class families, and rules left with none', () => {
    const css =
      '/* x */\n.a-popup, .b { color: red }\n.a-popup-tip { x: 1 }\n.a-popup-pane { z-index: 7 }\n@media print { .a-popup { y: 2 } }';
    expect(dropSelectors(css, ['a-popup'])).toBe(
      '\n.b { color: red }\n.a-popup-pane { z-index: 7 }\n@media print { .a-popup { y: 2 } }',
    );
  });

  it("keeps Leaflet's rules for what the atlas uses (zoom control on touch screens)", () => {
    const require = createRequire(import.meta.url);
    const css = readFileSync(require.resolve('leaflet/dist/leaflet.css'), 'utf8');
    const out = dropSelectors(css, ['leaflet-popup', 'leaflet-control-layers']);
    expect(out).toContain('.leaflet-touch .leaflet-bar {');
    expect(out).toContain('.leaflet-control-zoom-in');
    expect(out).not.toContain('.leaflet-popup-tip');
    expect(out).not.toContain('layers.png');
  });
});
