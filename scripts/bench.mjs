// `npm run bench`: runs every scripts/bench/*.bench.mjs and prints one table. Benchmarks, not
// tests, hold the speed targets: timings on a shared 2-core machine make poor assertions.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './bench/common.mjs';

const only = process.argv[2];
const dir = path.join(root, 'scripts/bench');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs') && (!only || f.includes(only)))
  .sort();
const rows = [];
for (const file of files) {
  process.stdout.write(`running ${file}…\n`);
  const { run } = await import(pathToFileURL(path.join(dir, file)).href);
  rows.push(...(await run()));
}
const lines = ['| benchmark | median | p95 | runs |', '|---|---:|---:|---:|'];
for (const r of rows) lines.push(`| ${r.name} | ${r.median} ${r.unit} | ${r.p95} ${r.unit} | ${r.runs} |`);
console.log(`\n${lines.join('\n')}\n`);
