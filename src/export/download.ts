/**
 * Saving a file the page made: a blob URL on a link with `download`, clicked. Nothing leaves
 * the browser (a blob URL is local memory, not a request to any host).
 */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has read the blob by the next task; a minute leaves room for slow machines.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
