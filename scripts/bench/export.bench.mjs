// The Word report of the `stress` sample (300 actions, 60 SWOT items, 20 objectives, 40 KPIs ×
// 12 months, 150 budget lines) and of the same plan grown to 2,000 actions, each timed side by
// side with pandoc converting Planwright's Markdown export of the same plan to .docx. Both run as
// command-line processes, in turn (ours, pandoc's, ours, …), so each pays its own start-up and
// the machine's load falls on both alike; the figure to read is the ratio of each pair's wall
// times, its median and range. Planwright's report also draws the charts (11 images) and gives
// the contents their page numbers, which pandoc's has not: with LibreOffice installed it lays the
// report out once for them, without it docx estimates Word's layout; both ways are measured.
// Peak memory is the largest resident size of the process, from GNU time (/usr/bin/time).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile, root } from './common.mjs';
import { scalePlanFile } from './scaled-plan.mjs';

const cli = path.join(root, 'dist/node/cli.cjs');
const GNU_TIME = '/usr/bin/time';

/** One run: wall seconds, and peak memory in MiB where GNU time is there to say. */
function timed(command, args, env) {
  const withTime = fs.existsSync(GNU_TIME);
  const start = performance.now();
  const result = withTime
    ? spawnSync(GNU_TIME, ['-f', 'planwright-bench-peak-kib %M', command, ...args], { encoding: 'utf8', env: { ...process.env, ...env } })
    : spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  const kib = /planwright-bench-peak-kib (\d+)/.exec(result.stderr ?? '')?.[1];
  return { ms, mib: kib === undefined ? null : Number(kib) / 1024 };
}

function mediaCount(docx) {
  const list = execFileSync('unzip', ['-Z1', docx], { encoding: 'utf8' });
  return list.split('\n').filter((f) => f.startsWith('word/media/')).length;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (value, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

export async function run({ runs = Number(process.env.PLANWRIGHT_BENCH_RUNS) || 5 } = {}) {
  const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  if (pandoc.status !== 0) {
    console.log('  pandoc is not installed (apt-get install pandoc): the comparison is skipped');
    return [];
  }
  const version = pandoc.stdout.split('\n')[0];
  // As findSoffice() looks: PLANWRIGHT_SOFFICE, else soffice or libreoffice on the PATH (or the usual places).
  const hasSoffice = process.env.PLANWRIGHT_SOFFICE
    ? fs.existsSync(process.env.PLANWRIGHT_SOFFICE)
    : spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { stdio: 'ignore' }).status === 0 ||
      ['/usr/lib/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'].some((f) => fs.existsSync(f));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-bench-export-'));
  try {
    const stress = path.join(dir, 'stress.mplan');
    execFileSync(process.execPath, [cli, 'sample', 'stress', '--out', stress], { stdio: 'pipe' });
    const plans = [
      { label: 'stress', file: stress, estimate: true },
      // Estimating a 2,000-action report's pages takes docx's layout minutes on a shared machine: LibreOffice's way only, where it is installed.
      { label: '2,000 actions', file: scalePlanFile(stress, 2000, path.join(dir, 'actions-2000.mplan')), estimate: false },
    ];
    const modes = [
      ...(hasSoffice ? [{ label: 'page numbers by LibreOffice', env: {}, estimate: false }] : []),
      // A path that is not there: findSoffice() then finds none, as on a machine without LibreOffice.
      { label: 'page numbers estimated (no LibreOffice)', env: { PLANWRIGHT_SOFFICE: path.join(dir, 'no-soffice') }, estimate: true },
    ];
    const rows = [];
    for (const plan of plans) {
      const markdown = plan.file.replace(/\.mplan$/, '.md');
      execFileSync(process.execPath, [cli, 'export', plan.file, '--out', markdown], { stdio: 'pipe' });
      for (const mode of modes.filter((m) => plan.estimate || !m.estimate || !hasSoffice)) {
        const ours = [];
        const theirs = [];
        const loadBefore = os.loadavg()[0];
        const out = path.join(dir, 'planwright.docx');
        // One of each first, not counted: the file cache, and LibreOffice's own first start.
        timed(process.execPath, [cli, 'export', plan.file, '--out', out], mode.env);
        timed('pandoc', [markdown, '-o', path.join(dir, 'pandoc.docx')]);
        for (let i = 0; i < runs; i++) {
          ours.push(timed(process.execPath, [cli, 'export', plan.file, '--out', out], mode.env));
          theirs.push(timed('pandoc', [markdown, '-o', path.join(dir, 'pandoc.docx')]));
        }
        const ratios = ours.map((o, i) => o.ms / theirs[i].ms);
        const name = `${plan.label}, ${mode.label}`;
        const peak = (list) => (list.every((r) => r.mib !== null) ? median(list.map((r) => r.mib)) : null);
        const oursPeak = peak(ours);
        const theirsPeak = peak(theirs);
        console.log(
          `  ${name}: wall ${round(median(ours.map((o) => o.ms)) / 1000)} s against pandoc's ${round(median(theirs.map((t) => t.ms)) / 1000)} s;` +
            ` ratio ${round(median(ratios))}× (${round(Math.min(...ratios))}–${round(Math.max(...ratios))}), n = ${runs};` +
            (oursPeak === null
              ? ''
              : ` peak memory ${Math.round(oursPeak)} MiB against ${Math.round(theirsPeak)} MiB (${round(oursPeak / theirsPeak)}×);`) +
            ` load average ${loadBefore.toFixed(2)} before, ${os.loadavg()[0].toFixed(2)} after`,
        );
        rows.push(
          {
            name: `${name}: Planwright's wall time ÷ pandoc's, pair by pair (target ≤ 1)`,
            unit: '×',
            median: round(median(ratios)),
            p95: round(percentile(ratios, 95)),
            runs,
          },
          {
            name: `${name}: Planwright CLI → .docx (tables + ${mediaCount(out)} chart images)`,
            unit: 'ms',
            median: percentile(
              ours.map((o) => o.ms),
              50,
            ),
            p95: percentile(
              ours.map((o) => o.ms),
              95,
            ),
            runs,
          },
          {
            name: `${name}: ${version}, Markdown → .docx (tables, no charts)`,
            unit: 'ms',
            median: percentile(
              theirs.map((t) => t.ms),
              50,
            ),
            p95: percentile(
              theirs.map((t) => t.ms),
              95,
            ),
            runs,
          },
        );
        if (oursPeak !== null) {
          rows.push({
            name: `${name}: peak memory, Planwright ÷ pandoc (target ≤ 2)`,
            unit: '×',
            median: round(oursPeak / theirsPeak),
            p95: round(Math.max(...ours.map((o) => o.mib)) / Math.min(...theirs.map((t) => t.mib))),
            runs,
          });
          rows.push({
            name: `${name}: peak memory, Planwright / pandoc`,
            unit: 'MiB',
            median: `${Math.round(oursPeak)} / ${Math.round(theirsPeak)}`,
            p95: `${Math.round(Math.max(...ours.map((o) => o.mib)))} / ${Math.round(Math.max(...theirs.map((t) => t.mib)))}`,
            runs,
          });
        }
      }
    }
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
