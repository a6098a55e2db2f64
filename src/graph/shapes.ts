/**
 * Node shapes, traced into any path sink: a canvas context for the graph, an SVG path string
 * for the legend, so both draw exactly the same shapes. Shapes have about the area of a circle
 * of radius r, so no kind looks bigger than another of the same degree.
 */
import type { NodeShape } from './styles.ts';

export type PathSink = Pick<CanvasPath, 'moveTo' | 'lineTo' | 'arc' | 'rect' | 'closePath'>;

/** How far each shape reaches from its centre, in radii: rings go around it. */
export const SHAPE_EXTENT: Readonly<Record<NodeShape, number>> = {
  circle: 1,
  square: 1.25,
  diamond: 1.3,
  triangle: 1.5,
  hexagon: 1.1,
};

export function traceShape(
  sink: PathSink,
  shape: NodeShape,
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
      sink.moveTo(x, y - h);
      sink.lineTo(x + h, y);
      sink.lineTo(x, y + h);
      sink.lineTo(x - h, y);
      sink.closePath();
      return;
    }
    case 'triangle': {
      const h = 1.5 * r;
      sink.moveTo(x, y - h);
      sink.lineTo(x + 0.866 * h, y + 0.5 * h);
      sink.lineTo(x - 0.866 * h, y + 0.5 * h);
      sink.closePath();
      return;
    }
    case 'hexagon': {
      const h = 1.1 * r;
      sink.moveTo(x + h, y);
      for (let i = 1; i < 6; i++) {
        const a = (i * Math.PI) / 3;
        sink.lineTo(x + h * Math.cos(a), y + h * Math.sin(a));
      }
      sink.closePath();
      return;
    }
  }
}

/** The SVG path data of a shape (circles as two arcs). */
export function svgShapePath(shape: NodeShape, x: number, y: number, r: number): string {
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
