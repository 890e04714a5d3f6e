import { fitsTable, RememberedColumns } from '../../../shared/sheets/column-memory';
import type { ImportTable } from '../../../shared/sheets/import-tables';
import { DomainError, notFound } from '../errors';
import { writeTransaction, type Db } from './database';

/**
 * The spreadsheet column mappings remembered per plan and table (migration 9). What is stored was
 * valid when written; it is checked again when read, and what no longer fits is forgotten rather
 * than failing the import dialog.
 */
export class SheetMappingStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  private deletedAt(planId: string): string | null {
    const row = this.db.prepare('SELECT deleted_at FROM plans WHERE id = ?').get(planId) as { deleted_at: string | null } | undefined;
    if (!row) throw notFound('The plan');
    return row.deleted_at;
  }

  get(planId: string, table: ImportTable): RememberedColumns {
    this.deletedAt(planId);
    const row = this.db.prepare('SELECT columns FROM sheet_mappings WHERE plan_id = ? AND table_id = ?').get(planId, table) as
      { columns: string } | undefined;
    if (!row) return {};
    const stored = RememberedColumns.safeParse(JSON.parse(row.columns));
    return stored.success && fitsTable(stored.data, table) ? stored.data : {};
  }

  set(planId: string, table: ImportTable, columns: RememberedColumns): RememberedColumns {
    return writeTransaction(this.db, () => {
      if (this.deletedAt(planId) !== null)
        throw new DomainError('conflict', 'This plan is in the trash. Restore it to edit it.', [], { reason: 'trashed' });
      this.db
        .prepare(
          `INSERT INTO sheet_mappings (plan_id, table_id, columns, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (plan_id, table_id) DO UPDATE SET columns = excluded.columns, updated_at = excluded.updated_at`,
        )
        .run(planId, table, JSON.stringify(columns), this.now());
      return columns;
    });
  }
}
