/**
 * Loads one dataset file, validates it with the same validator as `npm run validate`, and
 * exposes the normalized Atlas. Errors are kept and shown, never swallowed.
 */
import { buildAtlas, type Atlas } from '../model/atlas.ts';
import { validateDataset, type Issue } from '../model/validate.ts';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'invalid' | 'failed';

export class DatasetState {
  status = $state<LoadStatus>('idle');
  /** The normalized model; raw because it is large and never mutated. */
  atlas = $state.raw<Atlas | null>(null);
  errors = $state.raw<readonly Issue[]>([]);
  warnings = $state.raw<readonly Issue[]>([]);
  /** Why fetching failed (network, HTTP status), for `failed`. */
  failure = $state<string | null>(null);
  source = $state<string>('');

  async load(url: string, label = url, fetcher: typeof fetch = fetch): Promise<void> {
    this.status = 'loading';
    this.source = label;
    this.failure = null;
    let text: string;
    try {
      const response = await fetcher(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      text = await response.text();
    } catch (e) {
      this.failure = `${label}: ${e instanceof Error ? e.message : String(e)}`;
      this.status = 'failed';
      return;
    }
    this.loadText(text, label);
  }

  loadText(text: string, label: string): void {
    this.source = label;
    const result = validateDataset(text, label);
    this.errors = result.errors;
    this.warnings = result.warnings;
    if (result.dataset && result.errors.length === 0) {
      this.atlas = buildAtlas(result.dataset);
      this.status = 'ready';
    } else {
      this.atlas = null;
      this.status = 'invalid';
    }
  }
}
