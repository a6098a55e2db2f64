/**
 * A step's still picture for the overview and the printed handout: the world's outlines and the
 * step's places, as SVG path data from d3-geo (equirectangular, fitted to the places). Pure and
 * synchronous: no map library, no tiles, the same picture every time.
 */
import { geoEquirectangular, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import coarseOutlines from 'virtual:coarse-outlines';
import { unpackOutlines } from '../map/outlines.ts';
import type { Atlas } from '../model/atlas.ts';
import { relatedIds } from '../model/highlight.ts';

let world: FeatureCollection<Geometry> | null = null;
function worldOutlines(): FeatureCollection<Geometry> {
  if (!world) {
    // The map's coarse outlines (Antarctica is left out of them, as of the map).
    const topology = unpackOutlines(coarseOutlines);
    world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  }
  return world;
}

export interface Picture {
  land: string;
  /** Places of the step's records (emphasised) and of what they relate to. */
  points: { x: number; y: number; main: boolean }[];
}

function placeOf(atlas: Atlas, id: string): [number, number] | null {
  const record = atlas.byId.get(id)?.record;
  const location = record && 'location' in record ? record.location : undefined;
  return location ? [location.lon, location.lat] : null;
}

/** The picture of a step about `records`, `width` x `height` units. */
export function stepPicture(
  atlas: Atlas,
  records: readonly string[],
  width: number,
  height: number,
): Picture {
  const main = new Set(records);
  const ids = new Set<string>(records);
  for (const id of records) for (const r of relatedIds(atlas, id)) ids.add(r);
  const places: { at: [number, number]; main: boolean }[] = [];
  for (const id of ids) {
    const at = placeOf(atlas, id);
    if (at) places.push({ at, main: main.has(id) });
  }
  const projection = geoEquirectangular();
  const pad = Math.min(width, height) * 0.08;
  const extent: [[number, number], [number, number]] = [
    [pad, pad],
    [width - pad, height - pad],
  ];
  if (places.length === 0) projection.fitExtent(extent, worldOutlines());
  else {
    // Every place, and at least 20 degrees across so that one place shows its region.
    const lons = places.map((p) => p.at[0]);
    const lats = places.map((p) => p.at[1]);
    const cx = (Math.min(...lons) + Math.max(...lons)) / 2;
    const cy = (Math.min(...lats) + Math.max(...lats)) / 2;
    projection.fitExtent(extent, {
      type: 'MultiPoint',
      coordinates: [...places.map((p) => p.at), [cx - 10, cy - 10], [cx + 10, cy + 10]],
    });
  }
  const path = geoPath(projection);
  const points = places.flatMap(({ at, main: isMain }) => {
    const xy = projection(at);
    return xy ? [{ x: xy[0], y: xy[1], main: isMain }] : [];
  });
  // Emphasised places drawn last, on top.
  points.sort((a, b) => Number(a.main) - Number(b.main));
  return { land: path(worldOutlines()) ?? '', points };
}
