/** Follows a value of an atlas's (Svelte) state from plain code, such as the custom element. */
import { untrack } from 'svelte';

/** Calls `onchange` with `read()` now and whenever it changes; returns a function that stops. */
export function watch<T>(read: () => T, onchange: (value: T) => void): () => void {
  return $effect.root(() => {
    $effect(() => {
      const value = read();
      untrack(() => onchange(value));
    });
  });
}
