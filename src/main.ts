import { mountAtlas } from './mountAtlas.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

mountAtlas(target, { page: true });
