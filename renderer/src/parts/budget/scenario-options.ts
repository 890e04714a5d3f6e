import { useMemo } from 'react';
import type { Action, BudgetLine, Product, ScenarioOverride } from '../../../../shared/domain';
import type { GridOption } from '../../components/grid';
import { useTranslation } from '../../i18n/use-translation';

type LineKind = 'product' | 'budgetLine' | 'action';
const FIELD: Record<LineKind, 'productId' | 'budgetLineId' | 'actionId'> = { product: 'productId', budgetLine: 'budgetLineId', action: 'actionId' };

/** The line an override names, as one choice value: `product:<id>`, `budgetLine:<id>`, `action:<id>`; null for none. */
export function overrideLineValue(row: Pick<ScenarioOverride, 'productId' | 'budgetLineId' | 'actionId'>): string | null {
  if (row.productId !== null) return `product:${row.productId}`;
  if (row.budgetLineId !== null) return `budgetLine:${row.budgetLineId}`;
  if (row.actionId !== null) return `action:${row.actionId}`;
  return null;
}

/** The override with the line a choice names (and the other two lines cleared, as an override names one). */
export function withOverrideLine<R extends Pick<ScenarioOverride, 'productId' | 'budgetLineId' | 'actionId'>>(row: R, value: unknown): R {
  const next = { ...row, productId: null, budgetLineId: null, actionId: null };
  if (typeof value !== 'string') return next;
  const [kind, id] = value.split(':') as [LineKind, string | undefined];
  return FIELD[kind] && id ? { ...next, [FIELD[kind]]: id } : next;
}

/** Every line an override can name, by kind and name in the UI's language. */
export function useOverrideLineOptions(products: readonly Product[], budgetLines: readonly BudgetLine[], actions: readonly Action[]): GridOption[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const named = (name: string) => (name.trim() === '' ? t('scenarios.overrides.unnamed') : name);
    return [
      ...products.map((p) => ({ value: `product:${p.id}`, label: t('scenarios.overrides.kind.product', { name: named(p.name) }) })),
      ...budgetLines.map((b) => ({ value: `budgetLine:${b.id}`, label: t('scenarios.overrides.kind.budgetLine', { name: named(b.label) }) })),
      ...actions.map((a) => ({ value: `action:${a.id}`, label: t('scenarios.overrides.kind.action', { name: named(a.title) }) })),
    ];
  }, [products, budgetLines, actions, t]);
}
