import { CustomerList, type CustomerListSettings, type KeptCustomer } from '../../../shared/domain/customer-list';
import { DomainError, notFound } from '../errors';
import { writeTransaction, type Db } from './database';

type Stored = { customers: string; split: string; as_of: string | null; saved_at: string };

/**
 * Customer lists kept in plans (migration 10), at most one a plan. Only the planner's explicit
 * "keep" writes one; removing it leaves the tiers made from it. What is stored was valid when
 * written; it is checked again when read, and a list that no longer parses is treated as absent.
 */
export class CustomerListStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  private deletedAt(planId: string): string | null {
    const row = this.db.prepare('SELECT deleted_at FROM plans WHERE id = ?').get(planId) as { deleted_at: string | null } | undefined;
    if (!row) throw notFound('The plan');
    return row.deleted_at;
  }

  private editable(planId: string): void {
    if (this.deletedAt(planId) !== null)
      throw new DomainError('conflict', 'This plan is in the trash. Restore it to edit it.', [], { reason: 'trashed' });
  }

  /** The plan's kept list, or null when it keeps none. */
  get(planId: string): CustomerList | null {
    this.deletedAt(planId);
    return this.read(planId);
  }

  private read(planId: string): CustomerList | null {
    const row = this.db.prepare('SELECT customers, split, as_of, saved_at FROM customer_lists WHERE plan_id = ?').get(planId) as Stored | undefined;
    if (!row) return null;
    const parsed = CustomerList.safeParse({
      customers: JSON.parse(row.customers) as unknown,
      settings: { split: row.split, asOf: row.as_of },
      savedAt: row.saved_at,
    });
    return parsed.success ? parsed.data : null;
  }

  /** Keeps (or replaces) the plan's list, stamped now. */
  set(planId: string, customers: KeptCustomer[], settings: CustomerListSettings): CustomerList {
    return writeTransaction(this.db, () => {
      this.editable(planId);
      const list: CustomerList = { customers, settings, savedAt: this.now() };
      this.write(planId, list);
      return list;
    });
  }

  /** Writes a whole, already validated list (set, a plan file's, a duplicate's); inside the caller's transaction. */
  write(planId: string, list: CustomerList): void {
    this.db
      .prepare(
        `INSERT INTO customer_lists (plan_id, customers, split, as_of, saved_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (plan_id) DO UPDATE SET customers = excluded.customers, split = excluded.split, as_of = excluded.as_of, saved_at = excluded.saved_at`,
      )
      .run(planId, JSON.stringify(list.customers), list.settings.split, list.settings.asOf, list.savedAt);
  }

  /** Forgets the plan's list (the tiers stay); says whether there was one. */
  remove(planId: string): { planId: string; removed: boolean } {
    return writeTransaction(this.db, () => {
      this.editable(planId);
      const { changes } = this.db.prepare('DELETE FROM customer_lists WHERE plan_id = ?').run(planId);
      return { planId, removed: changes > 0 };
    });
  }

  /** Gives a copy of a plan the original's list (duplicate); inside the caller's transaction. */
  copy(fromPlanId: string, toPlanId: string): void {
    const list = this.read(fromPlanId);
    if (list) this.write(toPlanId, list);
  }
}
