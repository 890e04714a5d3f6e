import { message } from './messages';
import type { CollectionName, Plan } from './plan';
import { COLLECTION_NAMES } from './plan';
import type { Evidence } from './swot';
import { findActualsProblems } from './actuals';

/**
 * The links between a plan's rows. Storage enforces them with foreign keys; this map lets the
 * app say which link is broken (on import) and what a delete would touch (in the editors).
 */
export type Reference = {
  from: CollectionName;
  field: string;
  to: CollectionName;
  /** The ids a row points at through this field. */
  targets: (row: Record<string, unknown>) => string[];
  many: boolean;
  /**
   * What deleting the target does to the row: a link is dropped and the row stays ('unlink'),
   * or the row means nothing without its target and goes too ('delete', a segment's score).
   */
  onDelete: 'unlink' | 'delete';
  /** For SWOT evidence: which kind of situation row this reference cites. */
  evidenceKind?: Evidence['kind'];
};

const one = (field: string) => (row: Record<string, unknown>) => (typeof row[field] === 'string' ? [row[field] as string] : []);
const many = (field: string) => (row: Record<string, unknown>) => (Array.isArray(row[field]) ? (row[field] as string[]) : []);

const EVIDENCE_COLLECTION: Record<Evidence['kind'], CollectionName> = {
  segment: 'segments',
  product: 'products',
  competitor: 'competitors',
  channel: 'channels',
  macroForce: 'macroForces',
  customerTier: 'customerTiers',
};

function evidenceRef(kind: Evidence['kind']): Reference {
  return {
    from: 'swotItems',
    field: 'evidence',
    to: EVIDENCE_COLLECTION[kind],
    many: false,
    onDelete: 'unlink',
    evidenceKind: kind,
    targets: (row) => {
      const ev = row.evidence as Evidence | null;
      return ev && ev.kind === kind ? [ev.id] : [];
    },
  };
}

export const REFERENCES: Reference[] = [
  ...(Object.keys(EVIDENCE_COLLECTION) as Evidence['kind'][]).map(evidenceRef),
  { from: 'towsStrategies', field: 'swotItemIds', to: 'swotItems', many: true, onDelete: 'unlink', targets: many('swotItemIds') },
  { from: 'issues', field: 'objectiveIds', to: 'objectives', many: true, onDelete: 'unlink', targets: many('objectiveIds') },
  { from: 'segmentScores', field: 'segmentId', to: 'segments', many: false, onDelete: 'delete', targets: one('segmentId') },
  { from: 'actions', field: 'objectiveIds', to: 'objectives', many: true, onDelete: 'unlink', targets: many('objectiveIds') },
  { from: 'actions', field: 'dependsOn', to: 'actions', many: true, onDelete: 'unlink', targets: many('dependsOn') },
  { from: 'forecastLines', field: 'productId', to: 'products', many: false, onDelete: 'unlink', targets: one('productId') },
  { from: 'scenarioOverrides', field: 'scenarioId', to: 'scenarios', many: false, onDelete: 'delete', targets: one('scenarioId') },
  { from: 'scenarioOverrides', field: 'productId', to: 'products', many: false, onDelete: 'delete', targets: one('productId') },
  { from: 'scenarioOverrides', field: 'budgetLineId', to: 'budgetLines', many: false, onDelete: 'delete', targets: one('budgetLineId') },
  { from: 'scenarioOverrides', field: 'actionId', to: 'actions', many: false, onDelete: 'delete', targets: one('actionId') },
  { from: 'kpis', field: 'objectiveId', to: 'objectives', many: false, onDelete: 'unlink', targets: one('objectiveId') },
  { from: 'kpis', field: 'targetsProductId', to: 'products', many: false, onDelete: 'unlink', targets: one('targetsProductId') },
  // An actual means nothing without the product, action or budget line it was entered for.
  { from: 'actualSales', field: 'productId', to: 'products', many: false, onDelete: 'delete', targets: one('productId') },
  { from: 'actualSpend', field: 'actionId', to: 'actions', many: false, onDelete: 'delete', targets: one('actionId') },
  { from: 'actualSpend', field: 'budgetLineId', to: 'budgetLines', many: false, onDelete: 'delete', targets: one('budgetLineId') },
  { from: 'actionResults', field: 'actionId', to: 'actions', many: false, onDelete: 'delete', targets: one('actionId') },
];

export type PlanProblem = { path: string; message: string };

function rows(plan: Plan, name: CollectionName): Record<string, unknown>[] {
  return plan.collections[name] as unknown as Record<string, unknown>[];
}

/** Ids used twice and links to rows that do not exist, each with the path of the offending value. */
export function findReferenceProblems(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const idsByCollection = new Map<CollectionName, Set<string>>();
  const seen = new Set<string>();
  for (const name of COLLECTION_NAMES) {
    const ids = new Set<string>();
    rows(plan, name).forEach((row, i) => {
      const id = row.id as string;
      if (seen.has(id)) problems.push({ path: `collections.${name}[${i}].id`, message: message('idTwice') });
      seen.add(id);
      ids.add(id);
    });
    idsByCollection.set(name, ids);
  }
  for (const ref of REFERENCES) {
    const targets = idsByCollection.get(ref.to)!;
    rows(plan, ref.from).forEach((row, i) => {
      ref.targets(row).forEach((target, j) => {
        if (!targets.has(target)) {
          const where = ref.field === 'evidence' ? 'evidence.id' : ref.many ? `${ref.field}[${j}]` : ref.field;
          problems.push({ path: `collections.${ref.from}[${i}].${where}`, message: message('missingRow', { collection: ref.to }) });
        }
      });
    });
  }
  const scored = new Set<string>();
  plan.collections.segmentScores.forEach((score, i) => {
    if (scored.has(score.segmentId)) problems.push({ path: `collections.segmentScores[${i}].segmentId`, message: message('scoredTwice') });
    scored.add(score.segmentId);
  });
  problems.push(...findActualsProblems(plan.collections));
  return problems;
}

/** The rows that point at one row: what deleting it would unlink (or delete, for scores). */
export function referencesTo(plan: Plan, collection: CollectionName, id: string): { collection: CollectionName; field: string; rowId: string }[] {
  const found: { collection: CollectionName; field: string; rowId: string }[] = [];
  for (const ref of REFERENCES) {
    if (ref.to !== collection) continue;
    for (const row of rows(plan, ref.from)) {
      if (ref.targets(row).includes(id)) found.push({ collection: ref.from, field: ref.field, rowId: row.id as string });
    }
  }
  return found;
}
