/**
 * The filters a person set. Their effect on the views is derived elsewhere (model/filters.ts);
 * this class only holds the values that the URL mirrors.
 */
export class FilterState {
  network = $state.raw<readonly string[]>([]);
  kind = $state.raw<readonly string[]>([]);
  language = $state.raw<readonly string[]>([]);
  program = $state.raw<readonly string[]>([]);
  country = $state.raw<readonly string[]>([]);
  from = $state<number | null>(null);
  to = $state<number | null>(null);
  q = $state('');

  get active(): boolean {
    return (
      this.network.length + this.kind.length + this.language.length + this.program.length +
        this.country.length >
        0 ||
      this.from !== null ||
      this.to !== null
    );
  }

  clear(): void {
    this.network = [];
    this.kind = [];
    this.language = [];
    this.program = [];
    this.country = [];
    this.from = null;
    this.to = null;
  }
}
