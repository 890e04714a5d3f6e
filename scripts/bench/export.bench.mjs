// The Word report of the `stress` sample (300 actions, 60 SWOT items, 20 objectives, 40 KPIs ×
// 12 months, 150 budget lines), timed side by side with pandoc converting Planwright's Markdown
// export of the same plan to .docx. Both run as command-line processes, interleaved, so each
// pays its own start-up and the machine's load falls on both alike. Planwright's report also
// draws the charts (11 images) beside the tables pandoc's has; the target is "faster than pandoc".
// The machine's load average is printed before and after: on a shared machine it moves the
// figures more than most changes do.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile, root } from './common.mjs';

const cli = path.join(root, 'dist/node/cli.cjs');

function timed(command, args) {
  const start = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  return ms;
}

function mediaCount(docx) {
  const list = execFileSync('unzip', ['-Z1', docx], { encoding: 'utf8' });
  return list.split('\n').filter((f) => f.startsWith('word/media/')).length;
}

export async function run({ runs = 5 } = {}) {
  const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  if (pandoc.status !== 0) {
    console.log('  pandoc is not installed (apt-get install pandoc): the comparison is skipped');
    return [];
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-bench-export-'));
  try {
    const plan = path.join(dir, 'stress.mplan');
    const markdown = path.join(dir, 'stress.md');
    execFileSync(process.execPath, [cli, 'sample', 'stress', '--out', plan], { stdio: 'pipe' });
    execFileSync(process.execPath, [cli, 'export', plan, '--out', markdown], { stdio: 'pipe' });
    const ours = [];
    const theirs = [];
    const loadBefore = os.loadavg()[0];
    for (let i = 0; i < runs; i++) {
      ours.push(timed(process.execPath, [cli, 'export', plan, '--out', path.join(dir, `planwright-${i}.docx`)]));
      theirs.push(timed('pandoc', [markdown, '-o', path.join(dir, `pandoc-${i}.docx`)]));
    }
    console.log(`  load average ${loadBefore.toFixed(2)} before, ${os.loadavg()[0].toFixed(2)} after (${os.cpus().length} cores)`);
    const images = mediaCount(path.join(dir, 'planwright-0.docx'));
    const version = pandoc.stdout.split('\n')[0];
    return [
      { name: `stress plan → .docx, Planwright CLI (tables + ${images} chart images)`, unit: 'ms', median: percentile(ours, 50), p95: percentile(ours, 95), runs },
      { name: `stress plan Markdown → .docx, ${version} (tables, no charts)`, unit: 'ms', median: percentile(theirs, 50), p95: percentile(theirs, 95), runs },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
