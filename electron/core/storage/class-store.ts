import type { Statement } from 'better-sqlite3';
import type { ClassSummary } from '../../../shared/contracts/class-views';
import { newId } from '../../../shared/domain';
import { DomainError, notFound } from '../errors';
import { writeTransaction, type Db } from './database';

type ClassRow = { id: string; name: string; created_at: string; updated_at: string; plans: number };

/** Counts only the plans outside the trash: what the class's filter and board show. */
const CLASS_SELECT = `SELECT c.id, c.name, c.created_at, c.updated_at,
  (SELECT count(*) FROM class_plans cp JOIN plans p ON p.id = cp.plan_id WHERE cp.class_id = c.id AND p.deleted_at IS NULL) AS plans
  FROM classes c`;

const toSummary = (r: ClassRow): ClassSummary => ({ id: r.id, name: r.name, plans: r.plans, createdAt: r.created_at, updatedAt: r.updated_at });

/**
 * Classes (migration 4): named sets of plans. Every write is one transaction; a class holds its
 * plans by reference, so deleting a class never touches a plan.
 */
export class ClassStore {
  private readonly stmts = new Map<string, Statement>();

  constructor(
    private readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  private stmt(sql: string): Statement {
    let s = this.stmts.get(sql);
    if (!s) this.stmts.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  list(): ClassSummary[] {
    return (this.stmt(`${CLASS_SELECT} ORDER BY c.name COLLATE NOCASE, c.created_at`).all() as ClassRow[]).map(toSummary);
  }

  get(classId: string): ClassSummary {
    const r = this.stmt(`${CLASS_SELECT} WHERE c.id = ?`).get(classId) as ClassRow | undefined;
    if (!r) throw notFound('The class');
    return toSummary(r);
  }

  create(name: string, planIds: readonly string[] = []): ClassSummary {
    const id = newId();
    writeTransaction(this.db, () => {
      const at = this.now();
      this.stmt('INSERT INTO classes (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(id, name, at, at);
      this.insertPlans(id, planIds);
    });
    return this.get(id);
  }

  rename(classId: string, name: string): ClassSummary {
    writeTransaction(this.db, () => {
      if (this.stmt('UPDATE classes SET name = ?, updated_at = ? WHERE id = ?').run(name, this.now(), classId).changes === 0)
        throw notFound('The class');
    });
    return this.get(classId);
  }

  /** The class goes; its plans stay in the library. */
  delete(classId: string): void {
    writeTransaction(this.db, () => {
      if (this.stmt('DELETE FROM classes WHERE id = ?').run(classId).changes === 0) throw notFound('The class');
    });
  }

  addPlans(classId: string, planIds: readonly string[]): ClassSummary {
    writeTransaction(this.db, () => {
      this.existing(classId);
      this.insertPlans(classId, planIds);
    });
    return this.get(classId);
  }

  /** Adds one plan inside a transaction the caller holds (an import's). */
  addPlanWithin(classId: string, planId: string): void {
    this.existing(classId);
    this.insertPlans(classId, [planId]);
  }

  removePlans(classId: string, planIds: readonly string[]): ClassSummary {
    writeTransaction(this.db, () => {
      this.existing(classId);
      const remove = this.stmt('DELETE FROM class_plans WHERE class_id = ? AND plan_id = ?');
      for (const planId of planIds) remove.run(classId, planId);
      this.touch(classId);
    });
    return this.get(classId);
  }

  /** The ids of the class's plans outside the trash, in the order they were added. */
  planIds(classId: string): string[] {
    this.existing(classId);
    return (
      this.stmt(
        `SELECT cp.plan_id FROM class_plans cp JOIN plans p ON p.id = cp.plan_id
         WHERE cp.class_id = ? AND p.deleted_at IS NULL ORDER BY cp.position, cp.rowid`,
      ).all(classId) as { plan_id: string }[]
    ).map((r) => r.plan_id);
  }

  private existing(classId: string): void {
    if (!this.stmt('SELECT 1 FROM classes WHERE id = ?').get(classId)) throw notFound('The class');
  }

  private touch(classId: string): void {
    this.stmt('UPDATE classes SET updated_at = ? WHERE id = ?').run(this.now(), classId);
  }

  private insertPlans(classId: string, planIds: readonly string[]): void {
    const { next } = this.stmt('SELECT COALESCE(MAX(position) + 1, 0) AS next FROM class_plans WHERE class_id = ?').get(classId) as { next: number };
    const insert = this.stmt('INSERT INTO class_plans (class_id, plan_id, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
    let position = next;
    for (const planId of planIds) {
      if (!this.stmt('SELECT 1 FROM plans WHERE id = ?').get(planId))
        throw new DomainError('not_found', 'A plan to add to the class was not found.', [], { reason: 'notFound' });
      if (insert.run(classId, planId, position).changes > 0) position += 1;
    }
    this.touch(classId);
  }
}
