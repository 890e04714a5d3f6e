import type { ActualSale, ActualSpend, ForecastLine, Plan, Product } from '../../../../../shared/domain';
import { action, emptyPlan } from '../plans';

export const id = () => crypto.randomUUID();

export function product(name: string, overrides: Partial<Product> = {}): Product {
  return { id: id(), name, salesVolume: null, price: 10_000, marginPct: 40, stage: null, ...overrides };
}

export function line(p: Product, month: string, units: number, unitPrice = 10_000, unitCost = 6_000): ForecastLine {
  return { id: id(), productId: p.id, label: '', month, units, unitPrice, unitCost };
}

export function sale(p: Product, month: string, units: number | null, revenue: number | null): ActualSale {
  return { id: id(), productId: p.id, month, units, revenue };
}

export function spent(
  target: { actionId?: string; budgetLineId?: string },
  month: string,
  amount: number | null,
  results: number | null = null,
): ActualSpend {
  return { id: id(), actionId: target.actionId ?? null, budgetLineId: target.budgetLineId ?? null, month, amount, results };
}

/**
 * A calendar-year 2027 plan: two products (A 100 units a month at ¥100, cost ¥60; B 50 at ¥200,
 * cost ¥150) in Jan–Mar, an action of ¥3,100 over 1–31 March, a budget line of ¥1,000 in February.
 */
export function salesPlan(): { plan: Plan; a: Product; b: Product; actionId: string; lineId: string } {
  const plan = emptyPlan({ periodStart: '2027-01-01', periodEnd: '2027-12-31' });
  const a = product('Alpha');
  const b = product('Beta', { price: 20_000 });
  plan.collections.products = [a, b];
  for (const m of ['2027-01', '2027-02', '2027-03']) plan.collections.forecastLines.push(line(a, m, 100), line(b, m, 50, 20_000, 15_000));
  const act = action({ title: 'Spring ads', start: '2027-03-01', end: '2027-03-31', cost: 310_000 });
  plan.collections.actions = [act];
  const budgetLine = { id: id(), label: 'Retainer', month: '2027-02', amount: 100_000, mixElement: null };
  plan.collections.budgetLines = [budgetLine];
  return { plan, a, b, actionId: act.id, lineId: budgetLine.id };
}
