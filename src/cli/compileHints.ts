/**
 * Chromium's explicit compile hints: a script whose first line is this comment has every
 * function compiled by V8 as the script arrives, on a thread of its own, rather than each on the
 * page's thread at its first call. Other browsers read a comment.
 *
 * The build (vite.config.ts `compileHints`) puts it on the chunks the default view runs while
 * the data loads and shows: the app and Leaflet. Compiled lazily, they were most of the app's
 * mount (a task of 23-63 ms at 20,000 organizations on a two-core machine, 5-23 ms with the
 * hint) and a share of every first run after it. The first-load check (first-load-size.ts)
 * makes sure they carry it.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The chunks (by their name in the build) that carry the hint. */
export const EAGER_CHUNKS: readonly string[] = ['app', 'leaflet'];
