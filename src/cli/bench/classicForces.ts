/**
 * The benchmarks' classic baseline: a layout simulation with d3's own many-body and collision
 * forces (the engine before its typed-array forces, src/graph/fastForces.ts), with the app's
 * settings. Used in Node (the `layout` suite) and in the browser (tests/bench/baseline-graph.ts),
 * so it imports nothing from Node.
 */
import { forceCollide, forceManyBody, type Simulation } from 'd3-force';
import { forceSettings, type LayoutLink, type LayoutNode } from '../../graph/layoutEngine.ts';

/** Swaps d3's forceManyBody and forceCollide into `simulation`, with the layout's settings. */
export function useClassicForces(simulation: Simulation<LayoutNode, LayoutLink>): void {
  const settings = forceSettings(simulation.nodes().length);
  simulation
    .force(
      'charge',
      forceManyBody<LayoutNode>()
        .strength(settings.charge)
        .theta(settings.theta)
        .distanceMax(settings.distanceMax),
    )
    .force(
      'collide',
      forceCollide<LayoutNode>(settings.collideRadius).strength(settings.collideStrength),
    );
}
