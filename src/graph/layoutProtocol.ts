/**
 * The messages between the graph view and its layout worker. Requests carry a `generation`
 * number (one per node set); replies carry it back, so the page drops replies about a node set
 * it has replaced. Positions travel as Float32Array [x0, y0, x1, y1, ...] in layout units, in
 * the order of the node ids sent, and are transferred, not copied.
 */

/** The seed of every layout the graph view asks for: same data and filters, same picture. */
export const LAYOUT_SEED = 1;

/** Above this many nodes the layout runs to its end before the first draw. */
export const LIVE_NODE_LIMIT = 5000;

export interface LayoutGraph {
  /** Node ids, in the order of every positions array: seeds each node's first position. */
  ids: readonly string[];
  /** Collision radius of each node in layout units. */
  radii: Float32Array;
  /** Edge endpoints as indices into `ids`: [source0, target0, source1, target1, ...]. */
  links: Uint32Array;
}

/** Starts a layout from scratch: forgets the previous node set and its pins. */
export interface InitRequest extends LayoutGraph {
  type: 'init';
  generation: number;
  /** Same seed and same graph give the same positions, to the last bit. */
  seed: number;
  /** Post positions while running; when false, post progress and draw only at the end. */
  live: boolean;
  /**
   * Where this layout is known to end (the built-in dataset's default view, laid out by the
   * same engine when the app was built, see builtInLayout.ts): the simulation starts there,
   * cooled, and the layout ends at once. Drags and pins then work as after any layout.
   */
  settled?: Float32Array;
}

/**
 * A new node set for the same dataset (filters, mode or edge kinds changed): laid out from the
 * same seeded start as `init` would (same filters, same picture), keeping the pins of the
 * nodes that remain.
 */
export interface UpdateRequest extends LayoutGraph {
  type: 'update';
  generation: number;
  seed: number;
  live: boolean;
  /**
   * A steady update (timeline playback): start from these positions ([x0, y0, ...] in the
   * order of `ids`, NaN for a node new to the picture, placed near its neighbours) and run
   * cool, so the nodes that stay hardly move. Without it, the seeded start of `init`.
   */
  start?: Float32Array;
}

/** Fixes a node where a person drags it; `active` while the pointer is down. */
export interface PinRequest {
  type: 'pin';
  id: string;
  x: number;
  y: number;
  active: boolean;
}

/** Releases a pinned node. */
export interface UnpinRequest {
  type: 'unpin';
  id: string;
}

/** Stops the simulation (the view is going away). */
export interface StopRequest {
  type: 'stop';
}

export type LayoutRequest = InitRequest | UpdateRequest | PinRequest | UnpinRequest | StopRequest;

/** Positions while the layout runs (live layouts, or any layout while a node is dragged). */
export interface PositionsReply {
  type: 'positions';
  generation: number;
  positions: Float32Array;
  /** Ticks run so far for this generation. */
  tick: number;
  alpha: number;
}

/** How far a layout that is not drawn live has come. */
export interface ProgressReply {
  type: 'progress';
  generation: number;
  tick: number;
  /** Ticks it will take at most (the alpha schedule is fixed). */
  total: number;
}

/** The layout has cooled down: final positions. */
export interface EndReply {
  type: 'end';
  generation: number;
  positions: Float32Array;
  tick: number;
}

/** A request could not be honoured; says which and why. */
export interface ErrorReply {
  type: 'error';
  generation: number | null;
  message: string;
}

export type LayoutReply = PositionsReply | ProgressReply | EndReply | ErrorReply;
