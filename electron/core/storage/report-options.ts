import type { Plan } from '../../../shared/domain';
import { defaultReportOptions, ReportOptions } from '../../../shared/report/options';
import { DomainError, notFound } from '../errors';
import { writeTransaction, type Db } from './database';

/**
 * The report options remembered per plan. What is stored was valid when it was written; it is
 * checked again when read (a later version may have narrowed a choice), and whatever no longer
 * passes falls back to the plan's defaults rather than failing the export dialog.
 */
export class ReportOptionsStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  private planMeta(planId: string): Pick<Plan['meta'], 'language' | 'currency' | 'deletedAt'> {
    const row = this.db.prepare('SELECT language, currency, deleted_at FROM plans WHERE id = ?').get(planId) as
      { language: Plan['meta']['language']; currency: string; deleted_at: string | null } | undefined;
    if (!row) throw notFound('The plan');
    return { language: row.language, currency: row.currency, deletedAt: row.deleted_at };
  }

  get(planId: string): ReportOptions {
    const meta = this.planMeta(planId);
    const defaults = defaultReportOptions({ meta: meta as Plan['meta'] });
    const row = this.db.prepare('SELECT options FROM report_options WHERE plan_id = ?').get(planId) as { options: string } | undefined;
    if (!row) return defaults;
    const stored = ReportOptions.safeParse({ ...defaults, ...(JSON.parse(row.options) as object) });
    return stored.success ? stored.data : defaults;
  }

  set(planId: string, options: ReportOptions): ReportOptions {
    return writeTransaction(this.db, () => {
      const meta = this.planMeta(planId);
      if (meta.deletedAt !== null) throw new DomainError('conflict', 'This plan is in the trash. Restore it to edit it.', [], { reason: 'trashed' });
      this.db
        .prepare(
          `INSERT INTO report_options (plan_id, options, updated_at) VALUES (?, ?, ?)
           ON CONFLICT (plan_id) DO UPDATE SET options = excluded.options, updated_at = excluded.updated_at`,
        )
        .run(planId, JSON.stringify(options), this.now());
      return options;
    });
  }
}
