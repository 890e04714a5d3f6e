import type { PlanSummary } from '../../../shared/contracts';
import { COLLECTION_NAMES, newId, type Language, type Plan, type VersionWithPlan } from '../../../shared/domain';
import { parsePlanFile, type PlanFileProblem } from '../../../shared/file-format';
import { remapPlanIds } from '../../../shared/logic';
import { sideBySideName } from '../../../shared/logic/import-name';
import type { ClassStore } from '../storage/class-store';
import { DomainError } from '../errors';
import { writeTransaction, type Db } from '../storage/database';
import type { PlanStore } from '../storage/plan-store';
import type { VersionStore } from '../storage/version-store';
import type { CustomerListStore } from '../storage/customer-lists';
import type { CustomerList } from '../../../shared/domain/customer-list';
import { TABLES } from '../storage/tables';

export type ImportedPlanFile = {
  summary: PlanSummary;
  /** The file's ids were in use here, so the plan and every row got new ones. */
  reIded: boolean;
  /** A plan of the same name exists, so the import was named "<name> (imported)". */
  renamed: boolean;
};

/**
 * Whether any id of the file is taken. Row ids are unique across the whole database, not per
 * plan, so a row id used by another plan counts too: inserting it would change that plan's row.
 */
export function idsInUse(db: Db, plan: Plan): boolean {
  if (db.prepare('SELECT 1 FROM plans WHERE id = ?').get(plan.meta.id)) return true;
  return COLLECTION_NAMES.some((name) => {
    const ids = plan.collections[name].map((row) => row.id);
    if (ids.length === 0) return false;
    return (
      db.prepare(`SELECT 1 FROM ${TABLES[name].table} WHERE id IN (SELECT value FROM json_each(?)) LIMIT 1`).get(JSON.stringify(ids)) !== undefined
    );
  });
}

/** The plan's name, or, if a plan (in the trash too) has it, one beside it: by its author, else "(imported)". */
function freeName(db: Db, name: string, author: string, language: Language): string {
  const taken = new Set((db.prepare('SELECT name FROM plans').all() as { name: string }[]).map((r) => r.name));
  return sideBySideName(name, author, taken, language);
}

export function refusalMessage(problems: PlanFileProblem[]): string {
  const first = problems[0]!;
  const detail = first.path ? `${first.path}: ${first.message}` : first.message;
  const more = problems.length > 1 ? ` and ${problems.length - 1} more problem${problems.length === 2 ? '' : 's'}` : '';
  return `The file cannot be imported (${detail})${more}. Nothing was imported.`;
}

/**
 * Imports a `.mplan` file's text as a new plan: all of it in one transaction, or nothing. An
 * existing plan is never overwritten: if the file's ids are in use the plan comes in as a copy
 * with new ids, and a name already in use gets a suffix. A plan exported from the trash comes
 * back out of it; its created and updated times are kept.
 */
export function importPlanFile(db: Db, store: PlanStore, content: string, options: ImportOptions = {}): ImportedPlanFile {
  const parsed = parsePlanFile(content);
  if (!parsed.ok) throw new DomainError('invalid', refusalMessage(parsed.problems), parsed.problems);
  const { versions, customerList } = parsed.file;
  return insertAsNewPlan(db, store, parsed.file.plan, { ...options, ...(versions ? { versions } : {}), ...(customerList ? { customerList } : {}) });
}

/**
 * An import's choices: the participant's name (the plan's author, as edited in a class import's
 * dialog) and the class the plan joins, in the import's own transaction; and the versions that
 * came with the file, stored where a version store is given.
 */
export type ImportOptions = {
  author?: string;
  classId?: string;
  classes?: ClassStore;
  versions?: VersionWithPlan[];
  versionStore?: VersionStore;
  /** The customer list the file kept, stored with the plan where a list store is given. */
  customerList?: CustomerList;
  customerLists?: CustomerListStore;
};

/**
 * Adds a whole plan (from a file, from a backup) as a new plan: new ids if its ids are in use, a
 * new name if its name is. Versions that came with it are stored under it, their rows given the
 * same new ids as the plan's, so they still compare and restore row by row.
 */
export function insertAsNewPlan(db: Db, store: PlanStore, original: Plan, options: ImportOptions = {}): ImportedPlanFile {
  return writeTransaction(db, () => {
    const reIded = idsInUse(db, original);
    const ids = new Map<string, string>();
    const plan = reIded ? remapPlanIds(original, newId(), ids) : structuredClone(original);
    const author = options.author ?? plan.meta.author;
    const name = freeName(db, plan.meta.name, author, plan.meta.language);
    plan.meta = { ...plan.meta, name, author, deletedAt: null };
    store.insertPlan(plan);
    if (options.classId !== undefined && options.classes) options.classes.addPlanWithin(options.classId, plan.meta.id);
    if (options.versions && options.versionStore) {
      const versions = options.versions.map((v) => ({ ...v, plan: reIded ? remapPlanIds(v.plan, plan.meta.id, ids) : v.plan }));
      options.versionStore.insertImported(plan.meta.id, versions);
    }
    if (options.customerList && options.customerLists) options.customerLists.write(plan.meta.id, options.customerList);
    return { summary: store.summary(plan.meta.id), reIded, renamed: name !== original.meta.name };
  });
}
