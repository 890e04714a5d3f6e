import { message } from '../../../shared/domain/messages';
import type { Statement } from 'better-sqlite3';
import type { PlanHeader, PlanPlaybooks, PlanSummary } from '../../../shared/contracts';
import {
  COLLECTION_NAMES,
  emptyCollections,
  emptyPlanFields,
  LIMITS,
  newId,
  PlanFields,
  REFERENCES,
  type CollectionName,
  type CollectionRow,
  type FieldsPartKey,
  type NewPlanInput,
  type Plan,
  type PlanMeta,
  type PlanMetaPatch,
} from '../../../shared/domain';
import { COMPLETENESS_FACTS, progressFrom, remapPlanIds, type CompletenessFacts } from '../../../shared/logic';
import { DomainError, notFound } from '../errors';
import { writeTransaction, type Db } from './database';
import { columnNames, decodeRow, encodeColumns } from './row-codec';
import { EVIDENCE_COLUMNS, TABLES } from './tables';

type DbRow = Record<string, unknown>;

/** What a write of part of a plan answers: progress is derived by whoever holds the plan. */
export type PlanStamp = { planId: string; updatedAt: string };

/** The default name of a copy, in the plan's own language. */
const COPY_SUFFIX = { en: ' (copy)', 'zh-CN': '（副本）' } as const;
type Row = Record<string, unknown>;

const META_COLUMNS: Record<keyof PlanMetaPatch, string> = {
  name: 'name',
  client: 'client',
  author: 'author',
  versionLabel: 'version_label',
  currency: 'currency',
  language: 'language',
  periodStart: 'period_start',
  periodEnd: 'period_end',
};

/** The columns of `plans` a summary is made of: never the fields document. */
const SUMMARY_COLUMNS =
  'id, name, client, author, version_label, currency, language, period_start, period_end, created_at, updated_at, deleted_at, progress';

/**
 * Whether each kind of row completeness looks at exists in a plan: one indexed probe per fact,
 * so it costs the same whatever the plan's or the library's size.
 */
const FACT_SQL: Record<keyof CompletenessFacts, string> = {
  segments: 'SELECT 1 FROM segments WHERE plan_id = @id',
  products: 'SELECT 1 FROM products WHERE plan_id = @id',
  competitors: 'SELECT 1 FROM competitors WHERE plan_id = @id',
  channels: 'SELECT 1 FROM channels WHERE plan_id = @id',
  macroForces: 'SELECT 1 FROM macro_forces WHERE plan_id = @id',
  customerTiers: 'SELECT 1 FROM customer_tiers WHERE plan_id = @id',
  swotS: "SELECT 1 FROM swot_items WHERE plan_id = @id AND kind = 'S'",
  swotW: "SELECT 1 FROM swot_items WHERE plan_id = @id AND kind = 'W'",
  swotO: "SELECT 1 FROM swot_items WHERE plan_id = @id AND kind = 'O'",
  swotT: "SELECT 1 FROM swot_items WHERE plan_id = @id AND kind = 'T'",
  towsStrategies: 'SELECT 1 FROM tows_strategies WHERE plan_id = @id',
  financialObjective: "SELECT 1 FROM objectives WHERE plan_id = @id AND kind = 'financial'",
  marketingObjective: "SELECT 1 FROM objectives WHERE plan_id = @id AND kind = 'marketing'",
  issues: 'SELECT 1 FROM issues WHERE plan_id = @id',
  targetedSegment: 'SELECT 1 FROM segment_scores WHERE plan_id = @id AND targeted = 1',
  actions: 'SELECT 1 FROM actions WHERE plan_id = @id',
  forecastLines: 'SELECT 1 FROM forecast_lines WHERE plan_id = @id',
  kpis: 'SELECT 1 FROM kpis WHERE plan_id = @id',
  kpiTarget: 'SELECT 1 FROM kpis k JOIN kpi_periods p ON p.kpi_id = k.id WHERE k.plan_id = @id AND p.target IS NOT NULL',
};
const FACTS_QUERY = `SELECT ${COMPLETENESS_FACTS.map((f) => `EXISTS (${FACT_SQL[f]}) AS ${f}`).join(', ')}`;

function summaryFromRow(r: DbRow, progress: number): PlanSummary {
  const { id, name, client, author, currency, language, periodStart, periodEnd, createdAt, updatedAt, deletedAt } = metaFromRow(r);
  return { id, name, client, author, currency, language, periodStart, periodEnd, createdAt, updatedAt, deletedAt, progress };
}

function metaFromRow(r: DbRow): PlanMeta {
  return {
    id: r.id as string,
    name: r.name as string,
    client: r.client as string,
    author: r.author as string,
    versionLabel: r.version_label as string,
    currency: r.currency as string,
    language: r.language as PlanMeta['language'],
    periodStart: r.period_start as string,
    periodEnd: r.period_end as string,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
    deletedAt: (r.deleted_at as string | null) ?? null,
    // Not among the summary's columns; read only with the whole plan.
    playbookIds: typeof r.playbooks === 'string' ? (JSON.parse(r.playbooks) as string[]) : [],
  };
}

/**
 * Every read and write of plans. Each public method that writes runs in exactly one
 * transaction, and nothing in here awaits: better-sqlite3 is synchronous, so a transaction can
 * never interleave with another request.
 */
export class PlanStore {
  private readonly stmts = new Map<string, Statement>();

  constructor(
    private readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  private stmt(sql: string): Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  // ---- reading -------------------------------------------------------------------------------

  list(options: { query?: string; trashed?: boolean; classId?: string } = {}): PlanSummary[] {
    const trashed = options.trashed === true;
    this.fillMissingProgress();
    // Answered from the covering index plans_listing alone (migration 3): never the plans' rows.
    // A class's plans are those of its ids (class_plans' primary key), still from that index.
    const inClass = options.classId === undefined ? '' : ' AND id IN (SELECT plan_id FROM class_plans WHERE class_id = @classId)';
    const listing = this.stmt(
      trashed
        ? `SELECT ${SUMMARY_COLUMNS} FROM plans WHERE deleted_at IS NOT NULL${inClass} ORDER BY deleted_at DESC`
        : `SELECT ${SUMMARY_COLUMNS} FROM plans WHERE deleted_at IS NULL${inClass} ORDER BY updated_at DESC`,
    );
    const rows = (options.classId === undefined ? listing.all() : listing.all({ classId: options.classId })) as DbRow[];
    // Matched in JS, not with LIKE: SQLite folds case for ASCII only, and names are often Chinese.
    const query = options.query?.trim().toLocaleLowerCase();
    const has = (r: DbRow, column: string) => (r[column] as string).toLocaleLowerCase().includes(query!);
    const matches = query ? rows.filter((r) => has(r, 'name') || has(r, 'client') || has(r, 'author')) : rows;
    return matches.map((r) => summaryFromRow(r, r.progress as number));
  }

  get(planId: string): Plan {
    const r = this.stmt('SELECT * FROM plans WHERE id = ?').get(planId) as DbRow | undefined;
    if (!r) throw notFound('The plan');
    const fields = PlanFields.safeParse(JSON.parse(r.fields as string));
    if (!fields.success) throw new DomainError('internal', 'This plan’s saved fields could not be read.');
    const collections = emptyCollections() as unknown as Record<CollectionName, Row[]>;
    for (const name of COLLECTION_NAMES) collections[name] = this.readCollection(planId, name);
    return { meta: metaFromRow(r), fields: fields.data, collections: collections as unknown as Plan['collections'] };
  }

  /** A plan's header and progress, from its row of `plans` alone. */
  summary(planId: string): PlanSummary {
    const { versionLabel: _versionLabel, ...summary } = this.header(planId);
    return summary;
  }

  /** The whole header (author and version too) with the progress: what a header save answers. */
  header(planId: string): PlanHeader {
    const r = this.stmt(`SELECT ${SUMMARY_COLUMNS} FROM plans WHERE id = ?`).get(planId) as DbRow | undefined;
    if (!r) throw notFound('The plan');
    const progress = (r.progress as number | null) ?? writeTransaction(this.db, () => this.storeProgress(planId));
    const { versionLabel } = metaFromRow(r);
    return { ...summaryFromRow(r, progress), versionLabel };
  }

  private readCollection(planId: string, name: CollectionName): Row[] {
    const spec = TABLES[name];
    const rows = (this.stmt(`SELECT * FROM ${spec.table} WHERE plan_id = ? ORDER BY position, rowid`).all(planId) as DbRow[]).map((r) =>
      decodeRow(spec, r),
    );
    if (spec.links.length === 0 && !spec.periods) return rows;
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    for (const link of spec.links) {
      const pairs = this.stmt(`SELECT ${link.owner} AS owner, ${link.target} AS target FROM ${link.table} WHERE plan_id = ? ORDER BY position`).all(
        planId,
      ) as { owner: string; target: string }[];
      for (const p of pairs) (byId.get(p.owner)?.[link.field] as string[] | undefined)?.push(p.target);
    }
    if (spec.periods) {
      const periods = this.stmt(
        `SELECT p.kpi_id, p.period, p.target, p.actual FROM kpi_periods p JOIN kpis k ON k.id = p.kpi_id
         WHERE k.plan_id = ? ORDER BY p.position`,
      ).all(planId) as DbRow[];
      for (const p of periods) {
        (byId.get(p.kpi_id as string)?.periods as unknown[] | undefined)?.push({ period: p.period, target: p.target, actual: p.actual });
      }
    }
    return rows;
  }

  // ---- whole plans ---------------------------------------------------------------------------

  create(input: NewPlanInput): PlanSummary {
    const at = this.now();
    const plan: Plan = {
      meta: {
        id: newId(),
        name: input.name,
        client: input.client,
        author: input.author ?? '',
        versionLabel: '1.0',
        currency: input.currency,
        language: input.language,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
        playbookIds: [],
      },
      fields: emptyPlanFields(),
      collections: emptyCollections(),
    };
    writeTransaction(this.db, () => this.insertPlan(plan));
    return this.summary(plan.meta.id);
  }

  /** Writes a whole, already validated plan as a new plan (import, duplicate). */
  insertPlan(plan: Plan): void {
    const m = plan.meta;
    this.stmt(
      `INSERT INTO plans (id, name, client, author, version_label, currency, language, period_start, period_end, fields, created_at, updated_at, deleted_at, playbooks)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      m.id,
      m.name,
      m.client,
      m.author,
      m.versionLabel,
      m.currency,
      m.language,
      m.periodStart,
      m.periodEnd,
      JSON.stringify(plan.fields),
      m.createdAt,
      m.updatedAt,
      m.deletedAt,
      JSON.stringify(m.playbookIds),
    );
    for (const name of COLLECTION_NAMES) {
      const rows = plan.collections[name] as unknown as Row[];
      rows.forEach((row, position) => this.writeRowColumns(m.id, name, row, position));
    }
    // Links after all rows, so a link may point forward (an action depending on a later one).
    for (const name of COLLECTION_NAMES) {
      for (const row of plan.collections[name] as unknown as Row[]) this.writeRowLinks(m.id, name, row);
    }
    this.storeProgress(m.id, plan.fields);
  }

  /**
   * Replaces a plan's header, fields and every row with `plan`'s (a version being restored),
   * keeping its id, creation time and place in the library. Call inside a write transaction.
   * Foreign keys are checked at commit (defer_foreign_keys), so rows can be removed and written
   * in any order; a row id used by another plan is refused before anything is written.
   */
  replaceContents(planId: string, plan: Plan): void {
    this.editable(planId);
    for (const name of COLLECTION_NAMES) {
      const ids = plan.collections[name].map((row) => row.id);
      if (ids.length === 0) continue;
      const taken = this.stmt(`SELECT 1 FROM ${TABLES[name].table} WHERE plan_id <> ? AND id IN (SELECT value FROM json_each(?)) LIMIT 1`).get(
        planId,
        JSON.stringify(ids),
      );
      if (taken)
        throw new DomainError(
          'conflict',
          'This version’s rows are used by another plan; it cannot be restored here. Duplicate it as a new plan instead.',
        );
    }
    this.db.pragma('defer_foreign_keys = ON');
    for (const name of [...COLLECTION_NAMES].reverse()) this.stmt(`DELETE FROM ${TABLES[name].table} WHERE plan_id = ?`).run(planId);
    const m = plan.meta;
    this.stmt(
      `UPDATE plans SET name = ?, client = ?, author = ?, version_label = ?, currency = ?, language = ?, period_start = ?, period_end = ?,
       fields = ?, updated_at = ? WHERE id = ?`,
    ).run(
      m.name,
      m.client,
      m.author,
      m.versionLabel,
      m.currency,
      m.language,
      m.periodStart,
      m.periodEnd,
      JSON.stringify(plan.fields),
      this.now(),
      planId,
    );
    for (const name of COLLECTION_NAMES) {
      (plan.collections[name] as unknown as Row[]).forEach((row, position) => this.writeRowColumns(planId, name, row, position));
    }
    for (const name of COLLECTION_NAMES) {
      for (const row of plan.collections[name] as unknown as Row[]) this.writeRowLinks(planId, name, row);
    }
    this.storeProgress(planId, plan.fields);
  }

  duplicate(planId: string, name?: string): PlanSummary {
    return writeTransaction(this.db, () => {
      const source = this.get(planId);
      const copy = remapPlanIds(source);
      const at = this.now();
      const copyName = name ?? `${source.meta.name}${COPY_SUFFIX[source.meta.language]}`.slice(0, LIMITS.shortText);
      copy.meta = { ...copy.meta, name: copyName, createdAt: at, updatedAt: at, deletedAt: null };
      this.insertPlan(copy);
      return this.summary(copy.meta.id);
    });
  }

  updateMeta(planId: string, patch: PlanMetaPatch): PlanHeader {
    return writeTransaction(this.db, () => {
      const current = this.editable(planId);
      const next = { ...current, ...patch };
      if (next.periodEnd < next.periodStart) {
        throw new DomainError(
          'invalid',
          'The plan period ends before it starts.',
          [{ path: patch.periodEnd !== undefined ? 'patch.periodEnd' : 'patch.periodStart', message: message('beforeStart') }],
          { reason: 'periodOrder' },
        );
      }
      const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as [keyof PlanMetaPatch, string][];
      if (entries.length > 0) {
        const sets = entries.map(([k]) => `${META_COLUMNS[k]} = ?`).join(', ');
        this.stmt(`UPDATE plans SET ${sets}, updated_at = ? WHERE id = ?`).run(...entries.map(([, v]) => v), this.now(), planId);
      }
      // The header alone: progress does not depend on it, and the plan's contents are not read.
      return this.header(planId);
    });
  }

  /** Attaches a playbook to a plan (at the end; attaching one already there changes nothing) or detaches it. */
  setPlaybook(planId: string, playbookId: string, attached: boolean): PlanPlaybooks {
    return writeTransaction(this.db, () => {
      this.editable(planId);
      const r = this.stmt('SELECT playbooks FROM plans WHERE id = ?').get(planId) as { playbooks: string };
      const current = JSON.parse(r.playbooks) as string[];
      const next = attached ? (current.includes(playbookId) ? current : [...current, playbookId]) : current.filter((id) => id !== playbookId);
      if (next.length > LIMITS.playbooks) {
        throw new DomainError('invalid', `A plan follows at most ${LIMITS.playbooks} playbooks.`, [
          { path: 'playbookId', message: message('listFull', { max: LIMITS.playbooks }) },
        ]);
      }
      this.stmt('UPDATE plans SET playbooks = ? WHERE id = ?').run(JSON.stringify(next), planId);
      // Progress does not depend on the playbooks: the stamp alone.
      const { updatedAt } = this.stamp(planId);
      return { planId, updatedAt, playbookIds: next };
    });
  }

  setFields<P extends FieldsPartKey>(planId: string, part: P, value: PlanFields[P]): PlanStamp {
    return writeTransaction(this.db, () => {
      this.editable(planId);
      const r = this.stmt('SELECT fields FROM plans WHERE id = ?').get(planId) as { fields: string };
      const fields = JSON.parse(r.fields) as PlanFields;
      fields[part] = value;
      this.stmt('UPDATE plans SET fields = ? WHERE id = ?').run(JSON.stringify(fields), planId);
      return this.touch(planId, fields);
    });
  }

  trash(planId: string): PlanSummary {
    return writeTransaction(this.db, () => {
      this.existing(planId);
      this.stmt('UPDATE plans SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(this.now(), planId);
      return this.summary(planId);
    });
  }

  restore(planId: string): PlanSummary {
    return writeTransaction(this.db, () => {
      this.existing(planId);
      this.stmt('UPDATE plans SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL').run(this.now(), planId);
      return this.summary(planId);
    });
  }

  /** Only a plan already in the trash can be deleted for good: two deliberate steps. */
  deletePermanently(planId: string): void {
    writeTransaction(this.db, () => {
      const meta = this.existing(planId);
      if (meta.deletedAt === null) throw new DomainError('conflict', 'Move the plan to the trash before deleting it permanently.');
      this.stmt('DELETE FROM plans WHERE id = ?').run(planId);
    });
  }

  emptyTrash(): number {
    return writeTransaction(this.db, () => this.stmt('DELETE FROM plans WHERE deleted_at IS NOT NULL').run().changes);
  }

  // ---- rows ----------------------------------------------------------------------------------

  /** Adds or replaces a row; `index` places a new row (default: last), an existing row keeps its place. */
  upsertRow<C extends CollectionName>(planId: string, collection: C, row: CollectionRow<C>, index?: number): PlanStamp {
    return writeTransaction(this.db, () => {
      this.editable(planId);
      const r = row as unknown as Row;
      this.checkLinks(planId, collection, r);
      const spec = TABLES[collection];
      const existing = this.stmt(`SELECT plan_id, position FROM ${spec.table} WHERE id = ?`).get(r.id) as
        { plan_id: string; position: number } | undefined;
      if (existing && existing.plan_id !== planId) throw new DomainError('conflict', 'This row belongs to another plan.');
      if (!existing) this.checkRoom(spec.table, planId);
      const position = existing?.position ?? this.nextPosition(spec.table, planId);
      this.writeRowColumns(planId, collection, r, position);
      this.writeRowLinks(planId, collection, r);
      if (!existing && index !== undefined) this.place(spec.table, planId, r.id as string, index);
      return this.touch(planId);
    });
  }

  /** Several rows added or replaced in one transaction: all of them, or none if any is refused (a spreadsheet import). */
  upsertRows(planId: string, rows: readonly { collection: CollectionName; row: CollectionRow<CollectionName> }[]): PlanStamp {
    return writeTransaction(this.db, () => {
      this.editable(planId);
      // Nested calls run as savepoints inside this one transaction.
      for (const { collection, row } of rows) this.upsertRow(planId, collection, row);
      return this.touch(planId);
    });
  }

  deleteRow(planId: string, collection: CollectionName, id: string): PlanStamp {
    return writeTransaction(this.db, () => {
      this.editable(planId);
      const spec = TABLES[collection];
      if (!this.stmt(`SELECT 1 FROM ${spec.table} WHERE plan_id = ? AND id = ?`).get(planId, id)) throw notFound('The row');
      // Rows holding a single link to this one lose the link (or go, if they mean nothing
      // without it); SQLite's SET NULL would null plan_id too. Link-table rows cascade.
      for (const ref of REFERENCES) {
        if (ref.to !== collection || ref.many) continue;
        const from = TABLES[ref.from];
        const column = ref.evidenceKind ? EVIDENCE_COLUMNS[ref.evidenceKind] : from.columns.find((c) => c.field === ref.field)!.column;
        const sql =
          ref.onDelete === 'delete'
            ? `DELETE FROM ${from.table} WHERE plan_id = ? AND ${column} = ?`
            : `UPDATE ${from.table} SET ${column} = NULL WHERE plan_id = ? AND ${column} = ?`;
        this.stmt(sql).run(planId, id);
      }
      this.stmt(`DELETE FROM ${spec.table} WHERE plan_id = ? AND id = ?`).run(planId, id);
      this.renumber(spec.table, planId);
      return this.touch(planId);
    });
  }

  moveRow(planId: string, collection: CollectionName, id: string, toIndex: number): PlanStamp {
    return writeTransaction(this.db, () => {
      this.editable(planId);
      const spec = TABLES[collection];
      if (!this.place(spec.table, planId, id, toIndex)) throw notFound('The row');
      // Order is not something progress looks at.
      return this.stamp(planId);
    });
  }

  // ---- settings ------------------------------------------------------------------------------

  getSetting(key: string): unknown {
    const r = this.stmt('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return r ? JSON.parse(r.value) : undefined;
  }

  setSetting(key: string, value: unknown): void {
    this.stmt('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
      key,
      JSON.stringify(value),
    );
  }

  // ---- internals -----------------------------------------------------------------------------

  private existing(planId: string): PlanMeta {
    const r = this.stmt(`SELECT ${SUMMARY_COLUMNS} FROM plans WHERE id = ?`).get(planId) as DbRow | undefined;
    if (!r) throw notFound('The plan');
    return metaFromRow(r);
  }

  private editable(planId: string): PlanMeta {
    const meta = this.existing(planId);
    if (meta.deletedAt !== null) throw new DomainError('conflict', 'This plan is in the trash. Restore it to edit it.', [], { reason: 'trashed' });
    return meta;
  }

  /** Stamps a write of part of a plan and keeps its progress in step, in the write's transaction. */
  private touch(planId: string, fields?: PlanFields): PlanStamp {
    const stamp = this.stamp(planId);
    this.storeProgress(planId, fields);
    return stamp;
  }

  private stamp(planId: string): PlanStamp {
    const updatedAt = this.now();
    this.stmt('UPDATE plans SET updated_at = ? WHERE id = ?').run(updatedAt, planId);
    return { planId, updatedAt };
  }

  /** Puts row `id` at `toIndex` among its plan's rows of `table` (renumbered 0…n−1); false if there is no such row. */
  private place(table: string, planId: string, id: string, toIndex: number): boolean {
    const ids = (this.stmt(`SELECT id FROM ${table} WHERE plan_id = ? ORDER BY position, rowid`).all(planId) as { id: string }[]).map((r) => r.id);
    const from = ids.indexOf(id);
    if (from < 0) return false;
    ids.splice(from, 1);
    ids.splice(Math.min(toIndex, ids.length), 0, id);
    const update = this.stmt(`UPDATE ${table} SET position = ? WHERE id = ?`);
    ids.forEach((rowId, position) => update.run(position, rowId));
    return true;
  }

  /** Works out a plan's progress from its fields and a few indexed probes of its rows, and stores it. */
  private storeProgress(planId: string, fields?: PlanFields): number {
    const facts = this.stmt(FACTS_QUERY).get({ id: planId }) as Record<keyof CompletenessFacts, number>;
    const has = Object.fromEntries(COMPLETENESS_FACTS.map((f) => [f, facts[f] === 1])) as CompletenessFacts;
    const progress = fields ? progressFrom(fields, has) : this.progressFromStoredFields(planId, has);
    this.stmt('UPDATE plans SET progress = ? WHERE id = ?').run(progress, planId);
    return progress;
  }

  /**
   * The stored fields were checked when written, so a row's save reads them with JSON.parse alone
   * (the schema check costs more than the rest of the save); only a document that does not work
   * out is checked, to say so.
   */
  private progressFromStoredFields(planId: string, has: CompletenessFacts): number {
    const r = this.stmt('SELECT fields FROM plans WHERE id = ?').get(planId) as { fields: string } | undefined;
    if (!r) throw notFound('The plan');
    try {
      return progressFrom(JSON.parse(r.fields) as PlanFields, has);
    } catch {
      const fields = PlanFields.safeParse(JSON.parse(r.fields));
      if (!fields.success) throw new DomainError('internal', 'This plan’s saved fields could not be read.');
      return progressFrom(fields.data, has);
    }
  }

  /** Plans written before progress was stored (schema version 2) get it the first time they are listed. */
  private fillMissingProgress(): void {
    const missing = this.stmt('SELECT id FROM plans WHERE progress IS NULL').all() as { id: string }[];
    if (missing.length > 0) writeTransaction(this.db, () => missing.forEach((r) => this.storeProgress(r.id)));
  }

  /** The row limit of shared/limits.ts, as the plan-file parser checks it: a plan the app builds can be imported again. */
  private checkRoom(table: string, planId: string): void {
    const { n } = this.stmt(`SELECT count(*) AS n FROM ${table} WHERE plan_id = ?`).get(planId) as { n: number };
    if (n >= LIMITS.listRows) {
      throw new DomainError(
        'invalid',
        `This list is full: a plan holds at most ${LIMITS.listRows} rows in each list. Nothing was changed.`,
        [{ path: 'row', message: message('listFull', { max: LIMITS.listRows }) }],
        { reason: 'listFull', params: { max: LIMITS.listRows } },
      );
    }
  }

  private nextPosition(table: string, planId: string): number {
    const r = this.stmt(`SELECT COALESCE(MAX(position) + 1, 0) AS next FROM ${table} WHERE plan_id = ?`).get(planId) as { next: number };
    return r.next;
  }

  private renumber(table: string, planId: string): void {
    const ids = this.stmt(`SELECT id FROM ${table} WHERE plan_id = ? ORDER BY position, rowid`).all(planId) as { id: string }[];
    const update = this.stmt(`UPDATE ${table} SET position = ? WHERE id = ?`);
    ids.forEach((r, position) => update.run(position, r.id));
  }

  private writeRowColumns(planId: string, collection: CollectionName, row: Row, position: number): void {
    const spec = TABLES[collection];
    const names = columnNames(spec);
    const updates = ['position', ...names].map((n) => `${n} = excluded.${n}`).join(', ');
    this.stmt(
      `INSERT INTO ${spec.table} (id, plan_id, position, ${names.join(', ')}) VALUES (?, ?, ?, ${names.map(() => '?').join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${updates}`,
    ).run(row.id, planId, position, ...encodeColumns(spec, row));
    if (spec.periods) {
      this.stmt('DELETE FROM kpi_periods WHERE kpi_id = ?').run(row.id);
      const insert = this.stmt('INSERT INTO kpi_periods (kpi_id, period, position, target, actual) VALUES (?, ?, ?, ?, ?)');
      (row.periods as { period: string; target: number | null; actual: number | null }[]).forEach((p, i) =>
        insert.run(row.id, p.period, i, p.target, p.actual),
      );
    }
  }

  private writeRowLinks(planId: string, collection: CollectionName, row: Row): void {
    for (const link of TABLES[collection].links) {
      this.stmt(`DELETE FROM ${link.table} WHERE ${link.owner} = ?`).run(row.id);
      const insert = this.stmt(`INSERT INTO ${link.table} (plan_id, ${link.owner}, ${link.target}, position) VALUES (?, ?, ?, ?)`);
      [...new Set(row[link.field] as string[])].forEach((target, i) => insert.run(planId, row.id, target, i));
    }
  }

  /** Names the field of a link that points at no row of this plan, before SQLite would refuse it. */
  private checkLinks(planId: string, collection: CollectionName, row: Row): void {
    const issues: { path: string; message: string }[] = [];
    for (const ref of REFERENCES) {
      if (ref.from !== collection) continue;
      ref.targets(row).forEach((target, i) => {
        if (collection === 'actions' && ref.field === 'dependsOn' && target === row.id) return;
        const table = TABLES[ref.to].table;
        if (!this.stmt(`SELECT 1 FROM ${table} WHERE plan_id = ? AND id = ?`).get(planId, target)) {
          const path = ref.field === 'evidence' ? 'row.evidence.id' : ref.many ? `row.${ref.field}[${i}]` : `row.${ref.field}`;
          issues.push({ path, message: message('missingRow', { collection: ref.to }) });
        }
      });
    }
    if (collection === 'actions' && issues.length === 0) this.checkNoDependencyCycle(planId, row);
    if (issues.length > 0)
      throw new DomainError('invalid', 'This row links to rows that do not exist in the plan.', issues, { reason: 'missingLinks' });
  }

  private checkNoDependencyCycle(planId: string, row: Row): void {
    const edges = this.stmt('SELECT action_id, depends_on_id FROM action_dependencies WHERE plan_id = ?').all(planId) as {
      action_id: string;
      depends_on_id: string;
    }[];
    const graph = new Map<string, string[]>();
    for (const e of edges) if (e.action_id !== row.id) graph.set(e.action_id, [...(graph.get(e.action_id) ?? []), e.depends_on_id]);
    graph.set(row.id as string, row.dependsOn as string[]);
    const stack = [...(row.dependsOn as string[])];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === row.id) {
        throw new DomainError(
          'invalid',
          'These dependencies would make a loop: an action would wait for itself.',
          [{ path: 'row.dependsOn', message: message('makesLoop') }],
          { reason: 'dependencyLoop' },
        );
      }
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(graph.get(next) ?? []));
    }
  }
}
