/** Modules the build makes (vite.config.ts). */
declare module 'virtual:coarse-outlines' {
  /** world-atlas countries-110m, packed (src/map/outlines.ts). */
  const packed: import('./map/outlines.ts').PackedOutlines;
  export default packed;
}

/** The UI languages in menu order with their names (vite.config.ts, i18n/languages.ts). */
declare const __LANGUAGE_MENU__: readonly { code: string; name: string }[];
