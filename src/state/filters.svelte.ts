/**
 * The filters a person set. Their effect on the views is derived elsewhere (model/filters.ts);
 * this class only holds the values that the URL mirrors.
 */
import { hasFilters, type Facet, type Filters } from '../model/filters.ts';

export class FilterState {
  network = $state.raw<readonly string[]>([]);
  kind = $state.raw<readonly string[]>([]);
  language = $state.raw<readonly string[]>([]);
  program = $state.raw<readonly string[]>([]);
  country = $state.raw<readonly string[]>([]);
  status = $state.raw<readonly string[]>([]);
  region = $state.raw<readonly string[]>([]);
  sourcedOnly = $state(false);
  from = $state<number | null>(null);
  to = $state<number | null>(null);
  q = $state('');

  /** The plain value the pure filter functions take. */
  get values(): Filters {
    return {
      network: this.network,
      kind: this.kind,
      status: this.status,
      language: this.language,
      program: this.program,
      country: this.country,
      region: this.region,
      from: this.from,
      to: this.to,
      sourcedOnly: this.sourcedOnly,
    };
  }

  get active(): boolean {
    return hasFilters(this.values);
  }

  /** Adds or removes one value of a facet. */
  toggle(facet: Facet, value: string): void {
    const list = this[facet];
    this[facet] = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  }

  setYears(from: number | null, to: number | null): void {
    this.from = from;
    this.to = to;
  }

  clear(): void {
    this.network = [];
    this.kind = [];
    this.status = [];
    this.language = [];
    this.program = [];
    this.country = [];
    this.region = [];
    this.sourcedOnly = false;
    this.from = null;
    this.to = null;
  }
}
