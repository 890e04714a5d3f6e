// RFM tiering of a 100,000-customer list (shared/logic/rfm): reading the CSV text, then scoring,
// segmenting and tiering (15/35/50 and 80/20). The target: under a second for the whole.
// The unit test checks the result on the same shape of list; this measures it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { percentile, root } from './common.mjs';

const RUNS = 7;

function customerList(n) {
  const lines = ['id,last purchase date,number of purchases,total spend'];
  const start = Date.UTC(2027, 0, 1);
  for (let i = 0; i < n; i++) {
    const day = new Date(start - ((i * 7) % 730) * 86_400_000).toISOString().slice(0, 10);
    lines.push(`c${i},${day},${(i * 13) % 60},${((i * 7919) % 100_000) / 100}`);
  }
  return lines.join('\n');
}

export async function run() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-rfm-bench-'));
  const out = path.join(dir, 'rfm.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['shared/logic/rfm/index.ts'],
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const { readCustomerList, analyseCustomers } = await import(pathToFileURL(out).href);
  const text = customerList(100_000);
  const read = [];
  const analyse = [];
  const total = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const list = readCustomerList(text, 'CNY');
    const t1 = performance.now();
    const result = analyseCustomers(list.customers, { split: i % 2 === 0 ? '15/35/50' : '80/20' });
    const t2 = performance.now();
    if (!result.ok || list.customers.length !== 100_000) throw new Error('the bench list was refused');
    read.push(t1 - t0);
    analyse.push(t2 - t1);
    total.push(t2 - t0);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const row = (name, values) => ({ name, median: percentile(values, 50), p95: percentile(values, 95), unit: 'ms', runs: RUNS });
  return [
    row('rfm: read 100,000-row CSV', read),
    row('rfm: score + segment + tier 100,000', analyse),
    row('rfm: 100,000 customers, whole (target < 1,000 ms)', total),
  ];
}
