import path from 'node:path';

/**
 * `import sql from './x.sql?raw'` as text, as Vite (and so vitest) reads it: the team library's
 * server migrations stay plain .sql files a DBA can read and run, and ship inside the bundle.
 * Used by build.mjs and by the benchmarks that bundle code of their own.
 */
export const rawText = {
  name: 'raw-text',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)),
      namespace: 'raw-text',
    }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      return { contents: await readFile(args.path, 'utf8'), loader: 'text', watchFiles: [args.path] };
    });
  },
};
