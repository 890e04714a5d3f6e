// One simulated laptop for the team library benchmark (team.bench.mjs): its own data folder and
// process, talking to the server through the app's own commands, as the desktop app does.
// Bundled by team.bench.mjs and run as
//   node team-laptop.cjs seed DATA_DIR COUNT PREFIX [stress]   plans of the workshop samples (or the stress plan), new ids
//   node team-laptop.cjs STEP DATA_DIR CONNECTION_JSON PASSWORD [ARG]
// where STEP is publish (every plan), pull (ARG: a JSON list of team plan ids), edit-sync (ARG: how
// many of its own plans to change before the sync) or sync. Prints one JSON line of timings (ms).
import fs from 'node:fs';
import path from 'node:path';
import { createBackend } from '../../electron/core/backend';
import { openDatabase } from '../../electron/core/storage/database';
import { PlanStore } from '../../electron/core/storage/plan-store';
import { richTextFromPlain, type Plan } from '../../shared/domain';
import type { Result } from '../../shared/contracts';
import { remapPlanIds } from '../../shared/logic';
import { buildSample } from '../../shared/samples';

const [step, dataDir, ...rest] = process.argv.slice(2);
if (!step || !dataDir) throw new Error('usage: team-laptop STEP DATA_DIR …');

// The laptop's own plans, in the order they were made (its neighbour opens the first ten).
const ownFile = path.join(dataDir, 'own-plans.json');

function seed(count: number, prefix: string, stress: boolean): void {
  const at = '2027-01-01T00:00:00.000Z';
  const cycle: Plan[] = stress
    ? [buildSample('stress', 'zh-CN', { now: at })]
    : [
        buildSample('education', 'en', { now: at }),
        buildSample('infant-formula', 'zh-CN', { now: at }),
        buildSample('trade-course', 'en', { now: at }),
        buildSample('social-campaign', 'zh-CN', { now: at }),
        buildSample('education', 'zh-CN', { now: at }),
      ];
  const db = openDatabase(dataDir!);
  const store = new PlanStore(db);
  const ids: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const plan = remapPlanIds(cycle[i % cycle.length]!);
      plan.meta = { ...plan.meta, name: `${prefix} ${plan.meta.name} ${i + 1}`.slice(0, 200) };
      store.insertPlan(plan);
      ids.push(plan.meta.id);
    }
  })();
  db.close();
  fs.writeFileSync(ownFile, JSON.stringify(ids));
}

async function call(backend: ReturnType<typeof createBackend>, name: string, request: unknown): Promise<unknown> {
  const result = (await backend.dispatch(name, request)) as Result<unknown>;
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

async function main(): Promise<void> {
  if (step === 'seed') return seed(Number(rest[0]), rest[1] ?? 'Laptop', rest[2] === 'stress');
  const [connectionJson, password, arg] = rest;
  const backend = createBackend({ dataDir: dataDir!, mode: 'test', version: 'bench' });
  try {
    await call(backend, 'team.saveSettings', { connection: JSON.parse(connectionJson!) as unknown, password });
    const own = fs.existsSync(ownFile) ? (JSON.parse(fs.readFileSync(ownFile, 'utf8')) as string[]) : [];
    const times: number[] = [];
    const results: Record<string, number> = {};
    const count = (outcomes: { result: string }[]) => outcomes.forEach((o) => (results[o.result] = (results[o.result] ?? 0) + 1));
    if (step === 'publish') {
      for (const planId of own) {
        const { ms, value } = await timed(() => call(backend, 'team.publish', { planId }) as Promise<{ result: string }>);
        times.push(ms);
        count([value]);
      }
    } else if (step === 'pull') {
      for (const remoteId of JSON.parse(arg!) as string[]) {
        const { ms, value } = await timed(() => call(backend, 'team.pull', { remoteId }) as Promise<{ outcome: { result: string } }>);
        times.push(ms);
        count([value.outcome]);
      }
    } else if (step === 'edit-sync' || step === 'sync') {
      const edits = step === 'edit-sync' ? Number(arg) : 0;
      for (const planId of own.slice(0, edits)) {
        backend.dispatch('fields.set', {
          planId,
          part: 'summary',
          fields: { narrative: richTextFromPlain(`Edited at ${new Date().toISOString()}`) },
        });
      }
      const { ms, value } = await timed(() => call(backend, 'team.sync', {}) as Promise<{ outcomes: { result: string }[]; interrupted: boolean }>);
      if (value.interrupted) throw new Error('the sync was interrupted');
      times.push(ms);
      count(value.outcomes);
    } else throw new Error(`unknown step ${step}`);
    process.stdout.write(`${JSON.stringify({ times, results, plans: own })}\n`);
  } finally {
    backend.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
