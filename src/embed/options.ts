/** How an atlas is given its dataset and told it is embedded. */

/**
 * A dataset file to fetch, or a dataset's text already at hand (inline data, the built-in one),
 * or a source refused before any fetch (a `data` attribute that is not an http(s) URL), shown
 * as a file that could not be loaded.
 */
export type DataSource =
  /** `checked`: validated when the app was built (the built-in dataset): parsed, not checked. */
  | { url: string; label: string; checked?: boolean }
  | { text: string; label: string }
  | { refused: string; label: string };

export interface EmbedOptions {
  /** Show the timeline (`timeline=1`); embeds leave it out by default. */
  timeline: boolean;
  /** The full app, for the "Open in Movement Atlas" link (its path; the state is added). */
  appUrl: string;
}

/** The message an embedded page posts to its parent with the height it would like. */
export interface ResizeMessage {
  type: 'movement-atlas:resize';
  height: number;
}
