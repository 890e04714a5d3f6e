// Fills a data folder with `count` plans for the library benchmark, straight through the store
// in one transaction (the app would take minutes to import 10,000 plans one by one).
// A cycle of eight mixes sizes: the four workshop samples in both languages' turns, the
// `stress` plan (300 actions, 40 KPIs × 12 months…) and an empty plan. Every plan's client is
// "Client <i mod 8>", so a search for "Client 3" matches one plan in eight.
// Bundled and run by library.bench.mjs: `node seed.cjs DATA_DIR COUNT`.
import { openDatabase } from '../../electron/core/storage/database';
import { PlanStore } from '../../electron/core/storage/plan-store';
import { emptyCollections, emptyPlanFields, type Plan } from '../../shared/domain';
import { remapPlanIds } from '../../shared/logic';
import { buildSample } from '../../shared/samples';

const [dataDir, countText] = process.argv.slice(2);
const count = Number(countText);
if (!dataDir || !Number.isInteger(count) || count < 0) throw new Error('usage: seed DATA_DIR COUNT');

const at = '2026-01-01T00:00:00.000Z';
const empty: Plan = {
  meta: {
    id: crypto.randomUUID(), name: 'Empty plan', client: '', author: '', versionLabel: '1.0', currency: 'CNY', language: 'en',
    periodStart: '2027-01-01', periodEnd: '2027-12-31', createdAt: at, updatedAt: at, deletedAt: null,
  },
  fields: emptyPlanFields(),
  collections: emptyCollections(),
};
const cycle: Plan[] = [
  buildSample('education', 'en', { now: at }),
  buildSample('infant-formula', 'zh-CN', { now: at }),
  buildSample('trade-course', 'en', { now: at }),
  buildSample('social-campaign', 'zh-CN', { now: at }),
  buildSample('stress', 'en', { now: at }),
  buildSample('education', 'zh-CN', { now: at }),
  empty,
  buildSample('trade-course', 'zh-CN', { now: at }),
];

const db = openDatabase(dataDir);
const store = new PlanStore(db);
const start = Date.parse(at);
db.transaction(() => {
  for (let i = 0; i < count; i++) {
    const plan = remapPlanIds(cycle[i % cycle.length]);
    const stamp = new Date(start + i * 60_000).toISOString();
    plan.meta = { ...plan.meta, name: `${plan.meta.name} ${i + 1}`.slice(0, 200), client: `Client ${i % cycle.length}`, createdAt: stamp, updatedAt: stamp };
    store.insertPlan(plan);
  }
})();
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
