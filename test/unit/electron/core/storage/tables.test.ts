import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/storage/database';
import { PlanStore } from '../../../../../electron/core/storage/plan-store';
import { TABLES } from '../../../../../electron/core/storage/tables';
import { COLLECTION_NAMES, COLLECTIONS, Plan } from '../../../../../shared/domain';
import { fullPlan } from '../../../helpers/full-plan';
import { tempDir } from '../../../helpers/temp-dir';

function schemaKeys(schema: unknown): string[] {
  // Row schemas may be wrapped in refinements; zod 4 keeps the object shape on `.shape` or in `def.in`.
  const s = schema as { shape?: Record<string, unknown>; def?: { in?: unknown; schema?: unknown } };
  if (s.shape) return Object.keys(s.shape);
  return schemaKeys(s.def?.in ?? s.def?.schema);
}

describe('table mapping', () => {
  it.each(COLLECTION_NAMES)('maps every field of %s to a column, a link table or a child table', (name) => {
    const spec = TABLES[name];
    const mapped = new Set(['id', ...spec.columns.map((c) => c.field), ...spec.links.map((l) => l.field)]);
    if (spec.evidence) mapped.add('evidence');
    if (spec.periods) mapped.add('periods');
    expect([...mapped].sort()).toEqual(schemaKeys(COLLECTIONS[name].row).sort());
  });

  it('writes and reads back a plan with every collection and link, unchanged', () => {
    const db = openDatabase(tempDir());
    const store = new PlanStore(db);
    const plan = Plan.parse(fullPlan());
    db.transaction(() => store.insertPlan(plan))();
    expect(store.get(plan.meta.id)).toEqual(plan);
    db.close();
  });
});
