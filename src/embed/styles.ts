/**
 * The element's stylesheet (its components', Leaflet's, the design tokens' and host.css), put
 * here as one string by the `embed` build (vite.config.ts, `cssIntoScript`). It is adopted as a
 * constructed stylesheet, which a host page's Content-Security-Policy for inline styles allows.
 */
import '@wikimedia/codex-design-tokens/theme-wikimedia-ui.css';
import 'leaflet/dist/leaflet.css';
import '../styles/global.css';
import './host.css';

declare const __MOVEMENT_ATLAS_CSS__: string;

let sheet: CSSStyleSheet | null = null;

/** One stylesheet object shared by every element on the page. */
export function elementStyleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(__MOVEMENT_ATLAS_CSS__);
  }
  return sheet;
}
