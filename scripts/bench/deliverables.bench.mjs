// The `stress` sample exported by the command line to each deliverable a consultant sends: the
// Word report (its page numbers laid out by LibreOffice where it is installed), the slides
// (.pptx) and the tables (.xlsx). The three run in turn, run after run, so the machine's load
// falls on each alike; every run is a fresh process and pays its own start-up, as a user's
// export from the command line does.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile, root } from './common.mjs';

const cli = path.join(root, 'dist/node/cli.cjs');
const FORMATS = [
  { ext: 'docx', label: 'Word report (.docx)' },
  { ext: 'pptx', label: 'slides (.pptx)' },
  { ext: 'xlsx', label: 'tables (.xlsx)' },
];

export async function run({ runs = Number(process.env.PLANWRIGHT_BENCH_RUNS) || 5 } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-bench-deliverables-'));
  try {
    const stress = path.join(dir, 'stress.mplan');
    execFileSync(process.execPath, [cli, 'sample', 'stress', '--out', stress], { stdio: 'pipe' });
    const times = new Map(FORMATS.map((f) => [f.ext, []]));
    const export_ = (ext) => {
      const out = path.join(dir, `stress.${ext}`);
      const start = performance.now();
      const result = spawnSync(process.execPath, [cli, 'export', stress, '--out', out], { encoding: 'utf8' });
      const ms = performance.now() - start;
      if (result.status !== 0) throw new Error(`export to .${ext} failed: ${result.stderr || result.stdout}`);
      return { ms, bytes: fs.statSync(out).size };
    };
    // One of each first, not counted: the file cache, and LibreOffice's own first start.
    for (const f of FORMATS) export_(f.ext);
    const sizes = new Map();
    const loadBefore = os.loadavg()[0];
    for (let i = 0; i < runs; i++)
      for (const f of FORMATS) {
        const { ms, bytes } = export_(f.ext);
        times.get(f.ext).push(ms);
        sizes.set(f.ext, bytes);
      }
    console.log(`  load average ${loadBefore.toFixed(2)} before, ${os.loadavg()[0].toFixed(2)} after`);
    return FORMATS.map((f) => ({
      name: `stress plan: planwright export → ${f.label}, ${Math.round(sizes.get(f.ext) / 1024)} KiB`,
      unit: 'ms',
      median: percentile(times.get(f.ext), 50),
      p95: percentile(times.get(f.ext), 95),
      runs,
    }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
