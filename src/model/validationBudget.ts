/**
 * How long the app lets a file take before refusing it (the CLI has no limit). Wall-clock time:
 * generous, so a loaded machine does not refuse a file a quiet one accepts in a few seconds.
 * A module of its own: the page's first script reads it (state/earlyData.ts).
 */
export const VALIDATION_BUDGET_MS = 60_000;
