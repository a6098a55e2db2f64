/** The styles of a page that hosts atlases directly (the app's page, test pages). */
import '@wikimedia/codex-design-tokens/theme-wikimedia-ui.css';
import 'leaflet/dist/leaflet.css';
import './global.css';
