/**
 * Node shapes: the symbols every view shares (model/symbols.ts), traced into a canvas context
 * for the graph and into SVG path data for its legend, so both draw exactly the same shapes.
 */
export { SHAPE_EXTENT, svgShapePath, traceShape, type PathSink } from '../model/symbols.ts';
