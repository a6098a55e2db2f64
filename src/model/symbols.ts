/**
 * One symbol per kind of record, the same in the map, the graph and both legends: chapter ●,
 * user group ■, thematic organization ▲, network ⬢, language ◆, program ✚, meetup ★. Shape
 * carries the kind and colour repeats it (colours reach 3:1 against white, WCAG 1.4.11), so
 * neither channel is needed alone. Shapes are traced into any path sink (a canvas context, an
 * SVG path string) and have about the area of a circle of radius r. Pure: no DOM.
 */

export type SymbolShape =
  'circle' | 'square' | 'triangle' | 'hexagon' | 'diamond' | 'cross' | 'star';

/** The kinds of record that get a symbol (organizations by their kind). */
export type SymbolKind =
  'chapter' | 'user_group' | 'thematic_org' | 'network' | 'language' | 'program' | 'meetup';

export interface KindSymbol {
  shape: SymbolShape;
  colour: string;
}

export const KIND_SYMBOLS: Readonly<Record<SymbolKind, KindSymbol>> = {
  chapter: { shape: 'circle', colour: '#3366cc' },
  user_group: { shape: 'square', colour: '#14866d' },
  thematic_org: { shape: 'triangle', colour: '#a2379b' },
  network: { shape: 'hexagon', colour: '#ac6600' },
  language: { shape: 'diamond', colour: '#54595d' },
  program: { shape: 'cross', colour: '#d73333' },
  meetup: { shape: 'star', colour: '#6b4ba1' },
};

/** How far each shape reaches from its centre, in radii: rings go around it. */
export const SHAPE_EXTENT: Readonly<Record<SymbolShape, number>> = {
  circle: 1,
  square: 1.25,
  diamond: 1.3,
  triangle: 1.5,
  hexagon: 1.1,
  cross: 1.3,
  star: 1.45,
};

export type PathSink = Pick<CanvasPath, 'moveTo' | 'lineTo' | 'arc' | 'rect' | 'closePath'>;

function polygon(sink: PathSink, points: readonly (readonly [number, number])[]): void {
  points.forEach(([px, py], i) => (i === 0 ? sink.moveTo(px, py) : sink.lineTo(px, py)));
  sink.closePath();
}

export function traceShape(
  sink: PathSink,
  shape: SymbolShape,
  x: number,
  y: number,
  r: number,
): void {
  switch (shape) {
    case 'circle':
      sink.moveTo(x + r, y);
      sink.arc(x, y, r, 0, 2 * Math.PI);
      return;
    case 'square': {
      const h = 0.88 * r;
      sink.rect(x - h, y - h, 2 * h, 2 * h);
      return;
    }
    case 'diamond': {
      const h = 1.3 * r;
      polygon(sink, [
        [x, y - h],
        [x + h, y],
        [x, y + h],
        [x - h, y],
      ]);
      return;
    }
    case 'triangle': {
      const h = 1.5 * r;
      polygon(sink, [
        [x, y - h],
        [x + 0.866 * h, y + 0.5 * h],
        [x - 0.866 * h, y + 0.5 * h],
      ]);
      return;
    }
    case 'hexagon': {
      const h = 1.1 * r;
      polygon(
        sink,
        Array.from({ length: 6 }, (_, i) => {
          const a = (i * Math.PI) / 3;
          return [x + h * Math.cos(a), y + h * Math.sin(a)] as const;
        }),
      );
      return;
    }
    case 'cross': {
      const h = 1.3 * r;
      const w = 0.45 * r;
      polygon(sink, [
        [x - w, y - h],
        [x + w, y - h],
        [x + w, y - w],
        [x + h, y - w],
        [x + h, y + w],
        [x + w, y + w],
        [x + w, y + h],
        [x - w, y + h],
        [x - w, y + w],
        [x - h, y + w],
        [x - h, y - w],
        [x - w, y - w],
      ]);
      return;
    }
    case 'star': {
      const outer = 1.45 * r;
      const inner = outer * 0.48;
      polygon(
        sink,
        Array.from({ length: 10 }, (_, i) => {
          const a = -Math.PI / 2 + (i * Math.PI) / 5;
          const rr = i % 2 === 0 ? outer : inner;
          return [x + rr * Math.cos(a), y + rr * Math.sin(a)] as const;
        }),
      );
      return;
    }
  }
}

/** The SVG path data of a shape (circles as two arcs), for legends. */
export function svgShapePath(shape: SymbolShape, x: number, y: number, r: number): string {
  const parts: string[] = [];
  const f = (n: number) => String(Math.round(n * 100) / 100);
  traceShape(
    {
      moveTo: (px, py) => void parts.push(`M${f(px)} ${f(py)}`),
      lineTo: (px, py) => void parts.push(`L${f(px)} ${f(py)}`),
      arc: (cx, cy, radius) =>
        void parts.push(
          `A${f(radius)} ${f(radius)} 0 1 1 ${f(cx - radius)} ${f(cy)}`,
          `A${f(radius)} ${f(radius)} 0 1 1 ${f(cx + radius)} ${f(cy)}`,
        ),
      rect: (rx, ry, w, h) => void parts.push(`M${f(rx)} ${f(ry)}h${f(w)}v${f(h)}h${f(-w)}Z`),
      closePath: () => void parts.push('Z'),
    },
    shape,
    x,
    y,
    r,
  );
  return parts.join('');
}
