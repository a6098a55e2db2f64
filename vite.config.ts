/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig(({ mode }) => ({
  // Relative base: the built app works from any folder a chapter copies it to.
  base: './',
  plugins: [svelte(), svelteTesting()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The browser tests' own pages are built only for them (`vite build --mode test`), never shipped.
    rollupOptions: {
      input: {
        main: 'index.html',
        ...(mode === 'test' ? { 'two-atlases': 'tests/pages/two-atlases.html' } : {}),
      } as Record<string, string>,
    },
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
  },
}));
