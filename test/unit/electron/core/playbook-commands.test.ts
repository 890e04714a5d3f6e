import { describe, expect, it } from 'vitest';
import { parsePlanFile, serializePlanFile } from '../../../../shared/file-format';
import { NEW_PLAN, testBackend } from '../../helpers/backend';
import { fullPlan } from '../../helpers/full-plan';

describe('attaching playbooks to a plan', () => {
  it('attaches in order, ignores a second attach, detaches, and keeps them with the plan', () => {
    const b = testBackend();
    const planId = b.call('plans.create', NEW_PLAN).id;
    expect(b.call('plans.get', { planId }).meta.playbookIds).toEqual([]);
    b.call('plans.attachPlaybook', { planId, playbookId: 'life-cycle' });
    b.call('plans.attachPlaybook', { planId, playbookId: 'social-media' });
    const again = b.call('plans.attachPlaybook', { planId, playbookId: 'life-cycle' });
    expect(again.playbookIds).toEqual(['life-cycle', 'social-media']);
    expect(b.call('plans.get', { planId }).meta.playbookIds).toEqual(['life-cycle', 'social-media']);
    expect(b.call('plans.detachPlaybook', { planId, playbookId: 'life-cycle' }).playbookIds).toEqual(['social-media']);
    const copy = b.call('plans.duplicate', { planId });
    expect(b.call('plans.get', { planId: copy.id }).meta.playbookIds).toEqual(['social-media']);
  });

  it('refuses a playbook the app does not know, and a plan in the trash, changing nothing', () => {
    const b = testBackend();
    const planId = b.call('plans.create', NEW_PLAN).id;
    const unknown = b.dispatch('plans.attachPlaybook', { planId, playbookId: 'no-such-method' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.issues?.[0]).toMatchObject({ path: 'playbookId', key: 'validation.playbookUnknown' });
    const bad = b.dispatch('plans.attachPlaybook', { planId, playbookId: 'Not An Id' });
    expect(bad.ok).toBe(false);
    b.call('plans.trash', { planId });
    expect(b.dispatch('plans.attachPlaybook', { planId, playbookId: 'omnichannel' }).ok).toBe(false);
    expect(b.call('plans.get', { planId }).meta.playbookIds).toEqual([]);
  });

  it('a plan file carries the playbooks; a file written before playbooks existed imports with none', () => {
    const plan = fullPlan();
    plan.meta.playbookIds = ['omnichannel', 'customer-care'];
    const text = serializePlanFile(plan, { app: { name: 'Planwright', version: '0.1.0' }, exportedAt: '2027-01-05T09:30:00.000Z' });
    const parsed = parsePlanFile(text);
    expect(parsed.ok && parsed.file.plan.meta.playbookIds).toEqual(['omnichannel', 'customer-care']);
    const older = JSON.parse(text) as { plan: { meta: Record<string, unknown> } };
    delete older.plan.meta['playbookIds'];
    const b = testBackend();
    const imported = b.call('plans.importFile', { content: JSON.stringify(older) });
    expect(b.call('plans.get', { planId: imported.summary.id }).meta.playbookIds).toEqual([]);
  });
});
