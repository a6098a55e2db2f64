/**
 * Colours of the map. Shape carries the kind of a marker; colour repeats it, so the two
 * channels agree and neither is needed alone. Colours come from the Okabe–Ito and Paul Tol
 * palettes, chosen to stay apart under the common colour-vision deficiencies.
 */
import { KIND_SYMBOLS } from '../model/symbols.ts';
import type { PointKind } from './points.ts';

/** The colours every view shares (model/symbols.ts). */
export const KIND_COLOURS: Readonly<Record<PointKind, string>> = {
  chapter: KIND_SYMBOLS.chapter.colour,
  user_group: KIND_SYMBOLS.user_group.colour,
  thematic_org: KIND_SYMBOLS.thematic_org.colour,
  meetup: KIND_SYMBOLS.meetup.colour,
};

/** Former organizations keep their shape but lose their colour. */
export const FORMER_COLOUR = '#72777d';

/**
 * One colour per network, in dataset order. Fifteen hues cannot all stay apart for everyone,
 * so colour never stands alone: a country's tooltip names its networks, the legend lists them,
 * and selecting a network shades only its countries.
 */
export const NETWORK_PALETTE: readonly string[] = [
  '#e69f00',
  '#56b4e9',
  '#009e73',
  '#cc6677',
  '#332288',
  '#ddcc77',
  '#117733',
  '#88ccee',
  '#882255',
  '#44aa99',
  '#999933',
  '#aa4499',
  '#0072b2',
  '#d55e00',
  '#f0e442',
];

export function networkColour(index: number): string {
  return NETWORK_PALETTE[index % NETWORK_PALETTE.length] ?? '#999';
}
