/** Modules the build makes (vite.config.ts). */
declare module 'virtual:coarse-outlines' {
  /** world-atlas countries-110m, packed (src/map/outlines.ts). */
  const packed: import('./map/outlines.ts').PackedOutlines;
  export default packed;
}
