import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../../electron/core/storage/database';
import type { Result } from '../../../../shared/contracts';
import { LIMITS } from '../../../../shared/limits';
import { parsePlanFile } from '../../../../shared/file-format';
import { NEW_PLAN, testBackend } from '../../helpers/backend';

const customers = [
  { id: 'C001', lastPurchase: '2027-03-31', purchases: 12, spend: 860_000 },
  { id: 'C002', lastPurchase: null, purchases: 0, spend: 0 },
  { id: '客户-3', lastPurchase: '2026-11-02', purchases: 3, spend: 12_050 },
];
const settings = { split: '80/20', asOf: '2027-04-01' } as const;

function codeOf(result: Result<unknown>): string | undefined {
  return result.ok ? undefined : (result.error.reason ?? result.error.code);
}

describe('customerList commands: a customer list kept in a plan only when asked', () => {
  it('keeps none by default; set, get, replace and remove, the tiers untouched', () => {
    const b = testBackend();
    const planId = b.call('plans.createFromSample', { sample: 'education', language: 'en' }).id;
    const tiers = b.call('plans.get', { planId }).collections.customerTiers;
    expect(b.call('customerList.get', { planId })).toBeNull();

    const kept = b.call('customerList.set', { planId, customers, settings });
    expect(kept.customers).toEqual(customers);
    expect(kept.settings).toEqual(settings);
    expect(kept.savedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(b.call('customerList.get', { planId })).toEqual(kept);

    const again = b.call('customerList.set', { planId, customers: customers.slice(0, 1), settings: { split: '15/35/50', asOf: null } });
    expect(b.call('customerList.get', { planId })).toEqual(again);
    expect(again.customers).toHaveLength(1);

    expect(b.call('customerList.remove', { planId })).toEqual({ planId, removed: true });
    expect(b.call('customerList.get', { planId })).toBeNull();
    expect(b.call('customerList.remove', { planId })).toEqual({ planId, removed: false });
    expect(b.call('plans.get', { planId }).collections.customerTiers).toEqual(tiers);
  });

  it('refuses what its schema does not accept, and changes nothing', () => {
    const b = testBackend();
    const planId = b.call('plans.create', NEW_PLAN).id;
    const refused = (request: unknown) => codeOf(b.dispatch('customerList.set', request) as Result<unknown>);
    const one = customers[0]!;
    expect(refused({ planId, customers: [], settings })).toBe('invalidRequest');
    expect(refused({ planId, customers: [one, { ...one }], settings })).toBe('invalidRequest');
    expect(refused({ planId, customers: [{ ...one, spend: -1 }], settings })).toBe('invalidRequest');
    expect(refused({ planId, customers: [{ ...one, spend: 1.5 }], settings })).toBe('invalidRequest');
    expect(refused({ planId, customers: [{ ...one, purchases: '3' }], settings })).toBe('invalidRequest');
    expect(refused({ planId, customers: [{ ...one, lastPurchase: '31/03/2027' }], settings })).toBe('invalidRequest');
    expect(refused({ planId, customers: [{ ...one, id: '' }], settings })).toBe('invalidRequest');
    expect(refused({ planId, customers: [{ ...one, line: 2 }], settings })).toBe('invalidRequest');
    expect(refused({ planId, customers: [one], settings: { split: '70/30', asOf: null } })).toBe('invalidRequest');
    expect(refused({ planId, customers: [one], settings, savedAt: '2027-01-01T00:00:00.000Z' })).toBe('invalidRequest');
    expect(refused({ planId: 'nope', customers: [one], settings })).toBe('invalidRequest');
    const tooMany = Array.from({ length: LIMITS.customerListRows + 1 }, (_, i) => ({ ...one, id: `C${i}` }));
    expect(refused({ planId, customers: tooMany, settings })).toBe('invalidRequest');
    expect(b.call('customerList.get', { planId })).toBeNull();

    // A plan that is not there, or in the trash, keeps no list.
    expect(refused({ planId: crypto.randomUUID(), customers: [one], settings })).toBe('notFound');
    b.call('plans.trash', { planId });
    expect(refused({ planId, customers: [one], settings })).toBe('trashed');
    expect(codeOf(b.dispatch('customerList.remove', { planId }) as Result<unknown>)).toBe('trashed');
  });

  it('goes with its plan when the plan is deleted, and a duplicate keeps a copy', () => {
    const b = testBackend();
    const planId = b.call('plans.create', NEW_PLAN).id;
    const kept = b.call('customerList.set', { planId, customers, settings });
    const copy = b.call('plans.duplicate', { planId });
    expect(b.call('customerList.get', { planId: copy.id })).toEqual(kept);
    // The copy's list is its own.
    b.call('customerList.remove', { planId: copy.id });
    expect(b.call('customerList.get', { planId })).toEqual(kept);

    b.call('customerList.set', { planId: copy.id, customers, settings });
    b.call('plans.trash', { planId });
    b.call('plans.deletePermanently', { planId });
    b.call('plans.trash', { planId: copy.id });
    b.call('plans.deletePermanently', { planId: copy.id });
    const raw = new Database(path.join(b.dataDir, DATABASE_FILE), { readonly: true });
    expect(raw.prepare('SELECT plan_id FROM customer_lists').all()).toEqual([]);
    raw.close();
  });

  it('travels in a plan file only when kept, and comes back with the plan', () => {
    const b = testBackend();
    const planId = b.call('plans.createFromSample', { sample: 'education', language: 'en' }).id;
    const without = b.call('plans.exportFile', { planId }).content;
    expect(without).not.toContain('customerList');

    const kept = b.call('customerList.set', { planId, customers, settings });
    const file = b.call('plans.exportFile', { planId }).content;
    const parsed = parsePlanFile(file);
    expect(parsed.ok && parsed.file.customerList).toEqual(kept);

    const imported = b.call('plans.importFile', { content: file });
    expect(imported.summary.id).not.toBe(planId);
    expect(b.call('customerList.get', { planId: imported.summary.id })).toEqual(kept);
    // An older file, without the list, imports as before and keeps none.
    const older = b.call('plans.importFile', { content: without });
    expect(b.call('customerList.get', { planId: older.summary.id })).toBeNull();
    // A file's list is held to the same rules as the command's.
    const bad = JSON.parse(file) as { customerList: { customers: { spend: number }[] } };
    bad.customerList.customers[0]!.spend = -5;
    expect(codeOf(b.dispatch('plans.importFile', { content: JSON.stringify(bad) }) as Result<unknown>)).toBe('invalid');
  });
});
