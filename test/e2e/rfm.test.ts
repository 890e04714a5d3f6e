// Customer tiering by RFM in the situation's customer part: a pasted list is previewed (scores,
// segments, tiers), a bad row is named by its line, the tiers go into the customer table as one
// undo step, and the list itself is stored nowhere unless the planner ticks "keep": then it is
// shown in the customer section, can be tiered again with another split, and removed (the tiers stay).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { app, call, page, planId, useAppForFile } from './fixtures/app-session';
import { PartPage } from './pages/part-page';
import { RfmDialogPage } from './pages/rfm-dialog';

type Plan = {
  meta: { currency: string };
  collections: {
    segments: { name: string; size: number | null }[];
    actions: { title: string; mixElement: string | null; status: string }[];
    customerTiers: {
      tier: string;
      name: string;
      customers: number | null;
      recencyDays: number | null;
      frequency: number | null;
      monetary: number | null;
    }[];
  };
};

const LIST = `id,last purchase date,number of purchases,total spend
A,2027-03-31,10,5000.00
B,2027/3/1,5,1000
C,2027年1月30日,2,200
D,2026-12-31,1,50
E,,0,0`;

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's serious and critical WCAG A/AA findings on the page as it is, or within one element (as accessibility.test.ts runs it). */
async function seriousFindings(within = 'document'): Promise<string[]> {
  if (!(await page.evaluate<boolean>('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate<string[]>(`(async () => {
    const result = await axe.run(${within}, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '));
  })()`);
}

let part: PartPage;
let rfm: RfmDialogPage;
const storedPlan = () => call<Plan>('plans.get', { planId });

useAppForFile({ plan: 'Tiering' });

beforeAll(async () => {
  part = new PartPage(page);
  rfm = new RfmDialogPage(page);
  await part.open(app.url, planId, 'situation', 'Current marketing situation');
});

describe('Customer tiering by RFM', () => {
  it('names a bad row by its line, and tiers nothing', async () => {
    await rfm.open();
    await rfm.paste(`${LIST}\nF,2027-02-30,1,10`);
    const alert = rfm.dialog.getByRole('alert').filter({ hasText: 'problem' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Line 7: “2027-02-30” is not a date');
    await expect(rfm.dialog.getByRole('button', { name: 'Add to customer table' }).isDisabled()).resolves.toBe(true);
    expect(await seriousFindings()).toEqual([]);
  });

  it('previews scores, segments and tiers, then adds the tiers to the customer table in one undo step', async () => {
    await rfm.paste(LIST);
    expect(await rfm.table('Tiers')).toEqual([
      ['Opinion leaders', '1', '20%', expect.stringContaining('5,000.00'), '80%', expect.stringContaining('5,000.00'), '10', '0'],
      ['Intending customers', '2', '40%', expect.stringContaining('1,200.00'), '19.2%', expect.stringContaining('600.00'), '3.5', '45'],
      ['Customers to be nurtured', '2', '40%', expect.stringContaining('50.00'), '0.8%', expect.stringContaining('25.00'), '0.5', '90'],
    ]);
    const scores = await rfm.table('Scores of the first customers');
    expect(scores.map((r) => r.join('|'))).toEqual([
      'A|5|5|5|Champions|Opinion leaders',
      'B|4|4|4|Champions|Intending customers',
      'C|3|3|3|Hibernating|Intending customers',
      'D|2|2|2|Hibernating|Customers to be nurtured',
      'E|1|1|1|Lost|Customers to be nurtured',
    ]);
    const segments = await rfm.table('RFM segments');
    expect(segments.map((r) => `${r[0]}:${r[1]}`)).toEqual([
      'Champions:2',
      'Loyal:0',
      'Potential loyalists:0',
      'At risk:0',
      'Hibernating:2',
      'Lost:1',
    ]);

    // The dialog with its preview passes axe (labels, contrast, table headers).
    expect(await seriousFindings()).toEqual([]);

    // The 80/20 split is one choice away, previewed at once.
    await rfm.dialog.getByRole('radio', { name: /80\/20:/ }).check();
    expect((await rfm.table('Tiers')).map((r) => r.slice(0, 2))).toEqual([
      ['Top customers (80 % of spend)', '1'],
      ['Other customers', '4'],
    ]);
    await rfm.dialog.getByRole('radio', { name: /15 % opinion leaders/ }).check();

    await rfm.dialog.getByRole('button', { name: 'Add to customer table' }).click();
    await rfm.dialog.waitFor({ state: 'detached' });
    const grid = part.grid('Customer tiers');
    expect(await grid.values('Name')).toEqual(['Opinion leaders', 'Intending customers', 'Customers to be nurtured']);
    expect(await grid.values('Customers')).toEqual(['1', '2', '2']);
    await part.waitSaved();
    const stored = (await storedPlan()).collections.customerTiers;
    expect(stored.map((r) => [r.tier, r.customers, r.recencyDays, r.frequency, r.monetary])).toEqual([
      ['opinionLeader', 1, 0, 10, 500000],
      ['intending', 2, 45, 3.5, 60000],
      ['potential', 2, 90, 0.5, 2500],
    ]);
    // Only the tiers: no customer id from the list is kept anywhere in the plan.
    expect(JSON.stringify(await storedPlan())).not.toMatch(/2027-03-31|"A,"/);

    await part.undo();
    await part.waitSaved();
    expect(await grid.rowCount()).toBe(0);
    expect((await storedPlan()).collections.customerTiers).toEqual([]);
  });

  it('can also add each tier as a segment and a member-program action, all in the same undo step', async () => {
    await rfm.open();
    await rfm.paste(LIST);
    await rfm.dialog.getByRole('radio', { name: /80\/20:/ }).check();
    await rfm.dialog.getByRole('checkbox', { name: /target segment/ }).check();
    await rfm.dialog.getByRole('checkbox', { name: /member-program action/ }).check();
    await rfm.dialog.getByRole('button', { name: 'Add to customer table' }).click();
    await rfm.dialog.waitFor({ state: 'detached' });
    await part.waitSaved();
    const plan = await storedPlan();
    expect(plan.collections.customerTiers.map((r) => [r.tier, r.customers])).toEqual([
      ['keyAccount', 1],
      ['smallMid', 4],
    ]);
    expect(plan.collections.segments.map((r) => [r.name, r.size])).toEqual([
      ['Top customers (80 % of spend)', 1],
      ['Other customers', 4],
    ]);
    expect(plan.collections.actions.map((a) => [a.title.split(':')[0], a.mixElement, a.status])).toEqual([
      ['Member program for top customers', 'promotion', 'planned'],
      ['Member program for other customers', 'promotion', 'planned'],
    ]);

    await part.undo();
    await part.waitSaved();
    const undone = (await storedPlan()).collections;
    expect([undone.customerTiers.length, undone.segments.length, undone.actions.length]).toEqual([0, 0, 0]);
  });

  it('keeps the list only when asked: the panel shows it, it tiers again with the other split, and removing it leaves the tiers', async () => {
    type Kept = { customers: { id: string }[]; settings: { split: string; asOf: string | null } } | null;
    const keptList = () => call<Kept>('customerList.get', { planId });
    expect(await keptList()).toBeNull();
    expect(await rfm.keptPanel.count()).toBe(0);

    await rfm.open();
    await rfm.paste(LIST);
    await rfm.table('Tiers');
    const keep = rfm.dialog.getByRole('checkbox', { name: 'Keep the customer list in this plan' });
    // Off by default, with its word on client data beside it.
    expect(await keep.isChecked()).toBe(false);
    expect(await keep.getAttribute('aria-describedby')).toBeTruthy();
    expect(await rfm.dialog.getByText(/your client’s customer data/).count()).toBe(1);
    await keep.check();
    await rfm.dialog.getByRole('button', { name: 'Add to customer table' }).click();
    await rfm.dialog.waitFor({ state: 'detached' });
    await expect.poll(() => rfm.keptPanel.textContent()).toMatch(/Customer list kept in this plan: 5 customers, saved /);
    const kept = await keptList();
    expect(kept?.customers.map((c) => c.id)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(kept?.settings).toEqual({ split: '15/35/50', asOf: null });
    // The panel itself (the page around it has its own checks in accessibility.test.ts).
    expect(await seriousFindings(`document.querySelector('.kept-list')`)).toEqual([]);
    await part.waitSaved();
    expect((await storedPlan()).collections.customerTiers.map((r) => r.tier)).toEqual(['opinionLeader', 'intending', 'potential']);

    // Re-tier: the kept list is tiered at once, without importing it again; the other split, kept again.
    await rfm.retier();
    expect(await rfm.dialog.getByRole('status').filter({ hasText: 'customer list kept in this plan (5 customers)' }).count()).toBe(1);
    expect((await rfm.table('Tiers')).map((r) => r.slice(0, 2))).toEqual([
      ['Opinion leaders', '1'],
      ['Intending customers', '2'],
      ['Customers to be nurtured', '2'],
    ]);
    await rfm.dialog.getByRole('radio', { name: /80\/20:/ }).check();
    expect((await rfm.table('Tiers')).map((r) => r.slice(0, 2))).toEqual([
      ['Top customers (80 % of spend)', '1'],
      ['Other customers', '4'],
    ]);
    expect(await rfm.dialog.getByRole('checkbox', { name: 'Keep the customer list in this plan' }).isChecked()).toBe(true);
    await rfm.dialog.getByRole('button', { name: 'Add to customer table' }).click();
    await rfm.dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await keptList())?.settings.split).toBe('80/20');
    await part.waitSaved();
    const tiers = (await storedPlan()).collections.customerTiers;
    expect(tiers.map((r) => [r.tier, r.customers])).toEqual([
      ['opinionLeader', 1],
      ['intending', 2],
      ['potential', 2],
      ['keyAccount', 1],
      ['smallMid', 4],
    ]);

    // Remove: the list goes, the panel with it; the tiers stay.
    await rfm.removeKept();
    await expect.poll(() => rfm.keptPanel.count()).toBe(0);
    expect(await keptList()).toBeNull();
    expect((await storedPlan()).collections.customerTiers).toEqual(tiers);
    expect(await part.grid('Customer tiers').rowCount()).toBe(5);
  });
});
