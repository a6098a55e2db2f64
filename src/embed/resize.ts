/**
 * Auto height for iframe embeds. The embedded page posts `{type: "movement-atlas:resize", height}`
 * to its parent whenever the height it would like changes: its fixed parts (toolbar, timeline)
 * plus a stage in proportion to its width. A few lines on the host page apply it (README,
 * "Embed it"); without them the iframe keeps the height its snippet gives it.
 */
import type { ResizeMessage } from './options.ts';

/** The stage's preferred height for a width: 5:8, between 200 and 800 px. */
export function preferredStageHeight(width: number): number {
  return Math.round(Math.min(800, Math.max(200, width * 0.625)));
}

/**
 * Watches `root` (the atlas, filling the iframe) and posts the preferred height to `parent`.
 * The stage is the element marked `data-stage`; everything else keeps its own height.
 */
export function postPreferredHeight(root: HTMLElement, parent: Window): () => void {
  let last = -1;
  const measure = (): void => {
    const stage = root.querySelector<HTMLElement>('[data-stage]');
    const fixed = root.offsetHeight - (stage?.offsetHeight ?? 0);
    const height = fixed + preferredStageHeight(root.offsetWidth);
    if (height === last) return;
    last = height;
    const message: ResizeMessage = { type: 'movement-atlas:resize', height };
    // Only a number is sent, so any parent may read it.
    parent.postMessage(message, '*');
  };
  let frame = 0;
  const soon = (): void => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(measure);
  };
  // The stage changes size when a part above or below it does (a notice, a wrapped toolbar).
  const observer = new ResizeObserver(soon);
  observer.observe(root);
  const stageWatch = new MutationObserver(() => {
    const stage = root.querySelector<HTMLElement>('[data-stage]');
    if (stage) observer.observe(stage);
  });
  stageWatch.observe(root, { childList: true });
  measure();
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
    stageWatch.disconnect();
  };
}
