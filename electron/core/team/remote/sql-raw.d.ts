// A `.sql?raw` import is the file's text: Vite/vitest read it so, and scripts/build.mjs's
// raw-text plugin does the same for the esbuild bundles.
declare module '*.sql?raw' {
  const text: string;
  export default text;
}
