import { mount } from 'svelte';
import '@wikimedia/codex-design-tokens/theme-wikimedia-ui.css';
import 'leaflet/dist/leaflet.css';
import './styles/global.css';
import App from './views/App.svelte';
import defaultDataUrl from '../data/wikimedia.json?url';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

mount(App, { target, props: { defaultDataUrl, defaultDataLabel: 'data/wikimedia.json' } });
