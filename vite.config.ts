import { defineConfig } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

// The renderer is a plain static bundle: Electron loads it from disk, browser mode serves it.
export default defineConfig({
  root: path.resolve(here, 'renderer'),
  base: './',
  build: {
    outDir: path.resolve(here, 'dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
});
