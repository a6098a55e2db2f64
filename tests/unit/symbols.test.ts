/** One symbol per kind: the map, the graph and their legends draw each kind the same way. */
import { describe, expect, it } from 'vitest';
import { KIND_SYMBOLS, svgShapePath } from '../../src/model/symbols.ts';
import { NODE_LOOKS, NODE_STYLES } from '../../src/graph/styles.ts';
import { KIND_COLOURS } from '../../src/map/palette.ts';

describe('symbols', () => {
  it('gives each kind its own shape', () => {
    const shapes = Object.values(KIND_SYMBOLS).map((s) => s.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  it.each(NODE_LOOKS)('the graph draws %s as the map does', (look) => {
    expect(NODE_STYLES[look]).toEqual({
      shape: KIND_SYMBOLS[look].shape,
      color: KIND_SYMBOLS[look].colour,
    });
  });

  it.each(['chapter', 'user_group', 'thematic_org', 'meetup'] as const)(
    'the map colours %s as the graph does',
    (kind) => {
      expect(KIND_COLOURS[kind]).toBe(NODE_STYLES[kind].color);
    },
  );

  it('traces every shape as closed SVG path data', () => {
    for (const { shape } of Object.values(KIND_SYMBOLS))
      expect(svgShapePath(shape, 0, 0, 5)).toMatch(/^M.*(Z|A.*)$/);
  });
});
