import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// The end-to-end fixture's own list, so the benchmark runs Chromium exactly as the tests do.
export { default as CHROMIUM_ARGS } from '../../test/e2e/fixtures/chromium-args.json' with { type: 'json' };

export function chromiumPath() {
  const p = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(p)) throw new Error(`Chromium not found at ${p}: apt-get install chromium, or set CHROMIUM_PATH`);
  return p;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[i] * 10) / 10;
}
