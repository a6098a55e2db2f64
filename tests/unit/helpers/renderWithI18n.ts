/**
 * Renders a component the way App does: inside a context holding an I18n, so `getI18n()` works.
 * Use in jsdom test files (`// @vitest-environment jsdom`).
 */
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { I18n, I18N_CONTEXT_KEY } from '../../../src/i18n/i18n.svelte.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function renderWithI18n<P extends Record<string, any>>(
  component: Component<P>,
  props: P,
  locale = 'en',
) {
  const i18n = new I18n(locale);
  const options = { props, context: new Map([[I18N_CONTEXT_KEY, i18n]]) };
  // MountOptions<P> is a conditional type TypeScript cannot resolve for a generic P; `props` is
  // already checked by this function's signature.
  const result = render(component, options as never);
  return { ...result, i18n };
}
