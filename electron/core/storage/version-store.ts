import type { Statement } from 'better-sqlite3';
import type { PlanSummary, VersionInfo } from '../../../shared/contracts';
import { LIMITS, MAX_VERSIONS_PER_PLAN, newId, type Plan, type VersionCause, type VersionMeta, type VersionWithPlan } from '../../../shared/domain';
import { remapPlanIds } from '../../../shared/logic';
import { DomainError, notFound } from '../errors';
import { writeTransaction, type Db } from './database';
import type { PlanStore } from './plan-store';
import { decodeSnapshot, encodeSnapshot } from './snapshot-codec';

type VersionRow = {
  id: string;
  plan_id: string;
  created_at: string;
  name: string;
  note: string;
  kind: 'manual' | 'auto';
  cause: VersionCause | null;
  cause_detail: string;
  format: number;
  encoding: string;
  raw_bytes: number;
  stored_bytes: number;
};

const INFO_COLUMNS = 'id, plan_id, created_at, name, note, kind, cause, cause_detail, format, encoding, raw_bytes, length(snapshot) AS stored_bytes';

function infoFromRow(r: VersionRow): VersionInfo {
  return {
    id: r.id,
    planId: r.plan_id,
    createdAt: r.created_at,
    name: r.name,
    note: r.note,
    kind: r.kind,
    ...(r.cause ? { cause: r.cause } : {}),
    ...(r.cause_detail ? { causeDetail: r.cause_detail } : {}),
    rawBytes: r.raw_bytes,
    storedBytes: r.stored_bytes,
  };
}

const COPY_SUFFIX = { en: ' (version copy)', 'zh-CN': '（版本副本）' } as const;

/**
 * Saved versions of plans (migration 5): each a compressed snapshot of the whole plan
 * (snapshot-codec.ts). Every write runs in one transaction; nothing here awaits.
 */
export class VersionStore {
  private readonly stmts = new Map<string, Statement>();

  constructor(
    private readonly db: Db,
    private readonly plans: PlanStore,
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

  /** A plan's versions, newest first. */
  list(planId: string): VersionInfo[] {
    this.plans.summary(planId);
    const rows = this.stmt(`SELECT ${INFO_COLUMNS} FROM plan_versions WHERE plan_id = ? ORDER BY created_at DESC, rowid DESC`).all(
      planId,
    ) as VersionRow[];
    return rows.map(infoFromRow);
  }

  info(versionId: string): VersionInfo {
    return infoFromRow(this.row(versionId));
  }

  /** A version and the plan as it was when it was saved. */
  get(versionId: string): { info: VersionInfo; plan: Plan } {
    const r = this.row(versionId);
    const { snapshot } = this.stmt('SELECT snapshot FROM plan_versions WHERE id = ?').get(versionId) as { snapshot: Buffer };
    return { info: infoFromRow(r), plan: decodeSnapshot({ encoding: r.encoding, format: r.format, data: snapshot }) };
  }

  /** Saves the plan as it is now, by hand (`kind` manual) or before a change that replaces much of it. */
  save(planId: string, input: { name: string; note: string; cause?: VersionCause; causeDetail?: string }): VersionInfo {
    return writeTransaction(this.db, () => this.saveInTransaction(planId, input));
  }

  /**
   * Puts a version back: first the plan as it is now is saved as an automatic version (so the
   * restore can be undone by restoring that), then the plan's contents are replaced; one transaction.
   */
  restore(versionId: string): { plan: Plan; autoVersion: VersionInfo } {
    return writeTransaction(this.db, () => {
      const { info, plan: snapshot } = this.get(versionId);
      const autoVersion = this.saveInTransaction(info.planId, {
        name: '',
        note: '',
        cause: 'restore',
        causeDetail: info.name || info.createdAt,
      });
      this.plans.replaceContents(info.planId, { ...snapshot, meta: { ...snapshot.meta, id: info.planId } });
      return { plan: this.plans.get(info.planId), autoVersion };
    });
  }

  delete(versionId: string): void {
    writeTransaction(this.db, () => {
      this.row(versionId);
      this.stmt('DELETE FROM plan_versions WHERE id = ?').run(versionId);
    });
  }

  /** A version as a new plan of the library, with new ids, named after the plan and the version. */
  duplicateAsPlan(versionId: string, name?: string): PlanSummary {
    return writeTransaction(this.db, () => {
      const { info, plan } = this.get(versionId);
      const copy = remapPlanIds(plan);
      const at = this.now();
      const label = info.name ? ` – ${info.name}` : '';
      const copyName = name ?? `${plan.meta.name}${label}${COPY_SUFFIX[plan.meta.language]}`.slice(0, LIMITS.shortText).trim();
      copy.meta = { ...copy.meta, name: copyName, createdAt: at, updatedAt: at, deletedAt: null };
      this.plans.insertPlan(copy);
      return this.plans.summary(copy.meta.id);
    });
  }

  /** Every version of a plan with its snapshot, oldest first: what a plan file carries when asked to. */
  withPlans(planId: string): VersionWithPlan[] {
    return this.list(planId)
      .reverse()
      .map((info) => {
        const { plan } = this.get(info.id);
        const { planId: _planId, rawBytes: _raw, storedBytes: _stored, ...meta } = info;
        return { ...meta, plan };
      });
  }

  /** Stores versions that came with a plan file, under the plan they were imported with. Call inside a write transaction. */
  insertImported(planId: string, versions: (VersionMeta & { plan: Plan })[]): void {
    for (const v of versions) this.insertRow(planId, newId(), v.createdAt, v, v.plan);
  }

  private saveInTransaction(planId: string, input: { name: string; note: string; cause?: VersionCause; causeDetail?: string }): VersionInfo {
    const plan = this.plans.get(planId);
    if (plan.meta.deletedAt !== null)
      throw new DomainError('conflict', 'This plan is in the trash. Restore it to edit it.', [], { reason: 'trashed' });
    const { n } = this.stmt('SELECT count(*) AS n FROM plan_versions WHERE plan_id = ?').get(planId) as { n: number };
    if (n >= MAX_VERSIONS_PER_PLAN) this.dropOldestAuto(planId, n);
    const id = newId();
    this.insertRow(
      planId,
      id,
      this.now(),
      { name: input.name, note: input.note, kind: input.cause ? 'auto' : 'manual', cause: input.cause, causeDetail: input.causeDetail },
      plan,
    );
    return this.info(id);
  }

  /**
   * Keeps another copy of the plan (the team library's, when it clashed with this laptop's) as a
   * version saved by hand, so it is listed, compared and restored like any other and never
   * dropped to make room. Call inside a write transaction.
   */
  saveCopy(planId: string, copy: Plan, input: { name: string; note: string }): VersionInfo {
    const { n } = this.stmt('SELECT count(*) AS n FROM plan_versions WHERE plan_id = ?').get(planId) as { n: number };
    if (n >= MAX_VERSIONS_PER_PLAN) this.dropOldestAuto(planId, n);
    const id = newId();
    this.insertRow(planId, id, this.now(), { name: input.name, note: input.note, kind: 'manual' }, { ...copy, meta: { ...copy.meta, id: planId } });
    return this.info(id);
  }

  /** Saves the plan as it is now as an automatic version, inside the caller's transaction. */
  saveAutoInTransaction(planId: string, cause: VersionCause, causeDetail: string): VersionInfo {
    return this.saveInTransaction(planId, { name: '', note: '', cause, causeDetail });
  }

  /** A plan at the limit loses its oldest automatic version; one of only hand-saved versions refuses another. */
  private dropOldestAuto(planId: string, count: number): void {
    const oldest = this.stmt("SELECT id FROM plan_versions WHERE plan_id = ? AND kind = 'auto' ORDER BY created_at, rowid LIMIT 1").get(planId) as
      { id: string } | undefined;
    if (!oldest) {
      throw new DomainError('invalid', `A plan keeps at most ${MAX_VERSIONS_PER_PLAN} versions (it has ${count}). Delete one to save another.`);
    }
    this.stmt('DELETE FROM plan_versions WHERE id = ?').run(oldest.id);
  }

  private insertRow(planId: string, id: string, createdAt: string, meta: Omit<VersionMeta, 'id' | 'createdAt'>, plan: Plan): void {
    const encoded = encodeSnapshot(plan);
    this.stmt(
      `INSERT INTO plan_versions (id, plan_id, created_at, name, note, kind, cause, cause_detail, format, encoding, raw_bytes, snapshot)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      planId,
      createdAt,
      meta.name,
      meta.note,
      meta.kind,
      meta.kind === 'auto' ? (meta.cause ?? 'import') : null,
      meta.causeDetail ?? '',
      encoded.format,
      encoded.encoding,
      encoded.rawBytes,
      encoded.data,
    );
  }

  private row(versionId: string): VersionRow {
    const r = this.stmt(`SELECT ${INFO_COLUMNS} FROM plan_versions WHERE id = ?`).get(versionId) as VersionRow | undefined;
    if (!r) throw notFound('The version');
    return r;
  }
}
