/** Modules the build makes (vite.config.ts). */
declare module 'virtual:coarse-outlines' {
  /** world-atlas countries-110m, packed (src/map/outlines.ts). */
  const packed: import('./map/outlines.ts').PackedOutlines;
  export default packed;
}

/** The UI languages in menu order with their names (vite.config.ts, i18n/languages.ts). */
declare const __LANGUAGE_MENU__: readonly { code: string; name: string }[];

/** schema.ts compiled to plain functions (vite.config.ts, src/model/compileSchema.ts). */
declare module 'virtual:compiled-schema' {
  type Parse = (value: unknown) => unknown;
  /** What a function answers for a value it does not plainly take. */
  export const FAIL: object;
  /** The dataset's own fields, each collection only an array (schema.ts `DatasetShell`). */
  export const shell: Parse;
  export const organizations: Parse;
  export const networks: Parse;
  export const meetups: Parse;
  export const programs: Parse;
  export const collaborations: Parse;
  export const sources: Parse;
}
