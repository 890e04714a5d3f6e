// Builds everything the app, browser mode and the command line run from `dist/`:
// the renderer with Vite, the Node side (Electron main, preload, web server, CLI) with esbuild.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { rawText } from './raw-text-plugin.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const quiet = process.argv.includes('--quiet') || process.env.CI === 'true';
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

const nodeEntries = [
  { in: 'electron/main/main.ts', out: 'electron/main' },
  { in: 'electron/preload/preload.ts', out: 'electron/preload' },
  { in: 'electron/web/web.ts', out: 'node/web' },
  { in: 'electron/cli/cli.ts', out: 'node/cli' },
  { in: 'electron/launcher/launcher.ts', out: 'node/launcher' },
  // The export's chart thread, beside each bundle that exports (chart-drawer.ts finds it there).
  { in: 'electron/core/export/chart-worker.ts', out: 'node/chart-worker' },
  { in: 'electron/core/export/chart-worker.ts', out: 'electron/chart-worker' },
];

async function buildNode() {
  const { existsSync } = await import('node:fs');
  const entryPoints = nodeEntries.filter((e) => existsSync(path.join(root, e.in)));
  await esbuild({
    absWorkingDir: root,
    entryPoints,
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    // Native and Electron modules are resolved at run time, never bundled.
    // ws's optional native speed-ups (bufferutil, utf-8-validate) stay out: ws runs without them.
    external: ['electron', 'better-sqlite3', '@resvg/resvg-js', 'playwright-core', 'bufferutil', 'utf-8-validate', 'pg-native', 'pg-cloudflare'],
    logLevel: quiet ? 'warning' : 'info',
    plugins: [rawText],
    define: { 'process.env.PLANWRIGHT_VERSION': JSON.stringify(process.env.npm_package_version ?? '0.0.0') },
  });
}

async function buildRenderer() {
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info' });
}

const started = Date.now();
if (!only || only === 'renderer') await buildRenderer();
if (!only || only === 'node') await buildNode();
if (!quiet) console.log(`build done in ${Date.now() - started} ms`);
