#!/usr/bin/env node
// `npx planwright …`: runs Planwright's command line, dist/node/cli.cjs (bundled from
// electron/cli/cli.ts by scripts/build.mjs), building it first if it is not there yet.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'dist', 'node', 'cli.cjs');

if (!fs.existsSync(cli)) {
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  // The build's own output goes to stderr: stdout belongs to the command, which may be piped.
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--quiet', '--only=node'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
    env: { ...process.env, npm_package_version: version },
  });
  if (built.status !== 0 || !fs.existsSync(cli)) {
    console.error('planwright: could not build dist/node/cli.cjs; try: npm run build');
    process.exit(1);
  }
}

// Same process: the bundle reads process.argv.slice(2), which are this script's arguments too.
createRequire(import.meta.url)(cli);
