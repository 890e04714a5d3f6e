// `npm run test:soak`: the long runs of the safety tests that CI runs short — 200 kills of the
// browser-mode server mid-stream (CI: 20), 5,000 fuzz cases per property (CI: a few hundred),
// and the two-process test. Environment variables carry the counts, so this works on every OS.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const env = {
  ...process.env,
  PLANWRIGHT_CRASH_RUNS: process.env.PLANWRIGHT_CRASH_RUNS ?? '200',
  PLANWRIGHT_FUZZ_RUNS: process.env.PLANWRIGHT_FUZZ_RUNS ?? '5000',
};
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const files = ['test/e2e/crash-safety.test.ts', 'test/e2e/two-process.test.ts', 'test/unit/fuzz'];
const run = spawnSync(process.execPath, [vitest, 'run', ...files, '--testTimeout=3600000', '--hookTimeout=600000'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
