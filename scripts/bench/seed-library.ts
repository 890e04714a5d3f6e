// Fills a data folder with `count` plans for the library benchmark in one transaction (the app
// would take minutes to import 10,000 plans one by one).
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
    id: crypto.randomUUID(),
    name: 'Empty plan',
    client: '',
    author: '',
    versionLabel: '1.0',
    currency: 'CNY',
    language: 'en',
    periodStart: '2027-01-01',
    periodEnd: '2027-12-31',
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    playbookIds: [],
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
// A throw-away folder filled in one go: no journal, no syncs, a cache that holds the work.
db.pragma('journal_mode = OFF');
db.pragma('synchronous = OFF');
db.pragma('cache_size = -512000');
// The copies are of rows that passed every check; tables are filled parents first.
db.pragma('foreign_keys = OFF');
const store = new PlanStore(db);
const start = Date.parse(at);
const stamp = (i: number) => new Date(start + i * 60_000).toISOString();

// The first cycle through the store (it works out what it keeps per plan), the rest copied from
// those by SQL, table by table, with every id remapped: 10,000 plans in seconds, not minutes.
// A copy's id keeps the original's first 24 characters (version and variant included: still a
// UUID) and ends with the copy's number.
const copyId = (column: string) => `substr(${column}, 1, 24) || printf('%012x', @k)`;
const tables = (
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN ('plans', 'settings') ORDER BY rowid").all() as { name: string }[]
)
  .map((t) => ({ name: t.name, columns: (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(t.name) as { name: string }[]).map((c) => c.name) }))
  .filter((t) => t.columns.includes('plan_id') || t.name === 'kpi_periods');
const planColumns = (db.prepare("SELECT name FROM pragma_table_info('plans')").all() as { name: string }[]).map((c) => c.name);
const isId = (column: string) => column === 'id' || column.endsWith('_id');

db.transaction(() => {
  const originals: string[] = [];
  for (let i = 0; i < Math.min(count, cycle.length); i++) {
    const plan = remapPlanIds(cycle[i]!);
    plan.meta = { ...plan.meta, name: `${plan.meta.name} ${i + 1}`.slice(0, 200), client: `Client ${i}`, createdAt: stamp(i), updatedAt: stamp(i) };
    store.insertPlan(plan);
    originals.push(plan.meta.id);
  }
  db.exec('CREATE TEMP TABLE seed_source (plan_id TEXT PRIMARY KEY, slot INTEGER NOT NULL, name TEXT NOT NULL)');
  const source = db.prepare('INSERT INTO seed_source (plan_id, slot, name) VALUES (?, ?, ?)');
  originals.forEach((id, slot) => source.run(id, slot, cycle[slot]!.meta.name.slice(0, 190)));
  const plansExpr = planColumns.map((c) =>
    c === 'id'
      ? copyId('p.id')
      : c === 'name'
        ? "s.name || ' ' || (@k * 8 + s.slot + 1)"
        : c === 'created_at' || c === 'updated_at'
          ? `strftime('%Y-%m-%dT%H:%M:%fZ', '${at}', '+' || ((@k * 8 + s.slot) * 60) || ' seconds')`
          : `p.${c}`,
  );
  const copyPlans = db.prepare(
    `INSERT INTO plans (${planColumns.join(', ')}) SELECT ${plansExpr.join(', ')} FROM plans p JOIN seed_source s ON s.plan_id = p.id WHERE s.slot < @slots`,
  );
  const copyRows = tables.map((t) => {
    const exprs = t.columns.map((c) => (isId(c) ? copyId(c) : c));
    const where = t.columns.includes('plan_id')
      ? 'plan_id IN (SELECT plan_id FROM seed_source WHERE slot < @slots)'
      : 'kpi_id IN (SELECT k.id FROM kpis k JOIN seed_source s ON s.plan_id = k.plan_id WHERE s.slot < @slots)';
    return db.prepare(`INSERT INTO ${t.name} (${t.columns.join(', ')}) SELECT ${exprs.join(', ')} FROM ${t.name} WHERE ${where}`);
  });
  for (let k = 1; k * cycle.length < count; k++) {
    const slots = Math.min(cycle.length, count - k * cycle.length);
    // BigInt: bound as integers, so the names read "… 9", not "… 9.0".
    const params = { k: BigInt(k), slots: BigInt(slots) };
    copyPlans.run(params);
    for (const copy of copyRows) copy.run(params);
  }
})();
if ((db.prepare('SELECT count(*) AS n FROM plans').get() as { n: number }).n !== count) throw new Error('seeding went wrong');
db.pragma('journal_mode = WAL');
db.close();
