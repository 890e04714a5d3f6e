import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (domain, storage, handlers, i18n) and the end-to-end tests,
// which drive Chromium (and Electron where it exists) against built output.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at a time: each drives its own server, data folder and Chromium, so files
          // cannot see each other, and a page mostly waits (renders, debounced saves, polls), so a
          // second lane fills the time one file leaves the cores idle. CI stays under 15 minutes.
          fileParallelism: true,
        },
      },
    ],
  },
});
