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
    rollupOptions: {
      onLog(level, log, handler) {
        // Third-party React packages start with "use client" for server-component bundlers; in a
        // plain client bundle the directive means nothing, and the warning told every start so.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && /node_modules/.test(log.id ?? log.message)) return;
        handler(level, log);
      },
    },
  },
});
