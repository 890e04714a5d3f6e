import { defineConfig } from 'vite';
import path from 'node:path';

// The renderer is a plain static bundle: Electron loads it from disk, browser mode serves it.
export default defineConfig({
  root: path.resolve(__dirname, 'renderer'),
  base: './',
  build: {
    outDir: path.resolve(__dirname, 'dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
  resolve: { alias: { '@shared': path.resolve(__dirname, 'shared') } },
});
