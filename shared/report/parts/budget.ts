import { MIX_ELEMENTS } from '../../domain';
import { formatMoney } from '../../format/money';
import { actionSpan, countsAsSpend, MIX_KEYS, type MixKey } from '../../logic/budget';
import { wholeBreakEvenUnits } from '../../logic/break-even';
import type { ReportCharts } from '../chart-blocks';
import { cell, col, keyValue, table, type BuildContext, type PartWriter } from '../context';
import type { Cell } from '../types';

/** Key figures, then revenue, marketing spend and the projected P&L, each with its chart and table. */
export function writeBudget(w: PartWriter, ctx: BuildContext, charts: ReportCharts): void {
  const { plan, t, f, budget } = ctx;
  const B = (key: string, params?: Record<string, string | number>) => t(`report.budget.${key}`, params);
  const dash = t('report.empty');
  const { forecastLines, budgetLines, actions } = plan.collections;
  const granted = plan.fields.budget.marketingBudget;
  const hasRevenue = forecastLines.length > 0;
  const hasSpend = budget.totals.marketing !== 0 || budgetLines.length > 0 || actions.some((a) => a.cost !== null);
  if (!hasRevenue && !hasSpend && granted === null && plan.fields.budget.fixedCosts === null) return;

  // The P&L is a column of amounts: full digits throughout (万 only where a sum divided exactly
  // would mix styles down the column).
  const money = (minor: number) => formatMoney(minor, f.currency, f.locale, { chineseUnits: false });
  const right = (label: string, value: string, bold = false) => ({ label, value, align: 'right' as const, bold });
  const diff = budget.budget.difference;
  const be = budget.breakEven;
  w.h2(B('keyFigures'), 'key-figures');
  w.push(
    keyValue(
      'budget-key-figures',
      [
        hasRevenue ? right(B('revenue'), money(budget.totals.revenue)) : null,
        hasRevenue ? right(B('cogs'), money(budget.totals.cogs)) : null,
        hasRevenue
          ? right(
              B('grossMargin'),
              ctx.paren(money(budget.totals.grossMargin), budget.totals.grossMarginPct === null ? '' : f.percent(budget.totals.grossMarginPct)),
            )
          : null,
        right(B('marketing'), money(budget.totals.marketing)),
        ...(budget.totals.manualSpend !== 0 && budget.totals.actionsSpend !== 0
          ? [right(B('actionsSpend'), money(budget.totals.actionsSpend)), right(B('manualSpend'), money(budget.totals.manualSpend))]
          : []),
        hasRevenue ? right(B('contribution'), money(budget.totals.contribution)) : null,
        budget.totals.fixedCosts !== 0 ? right(B('fixedCosts'), money(budget.totals.fixedCosts)) : null,
        hasRevenue ? right(B('profit'), money(budget.totals.profit), true) : null,
        granted !== null ? right(B('granted'), money(granted)) : null,
        diff !== null ? right(diff >= 0 ? B('remaining') : B('over'), money(Math.abs(diff)), diff < 0) : null,
        hasRevenue ? right(B('breakEvenUnits'), be.units === null ? B('notReached') : f.number(wholeBreakEvenUnits(be.units))) : null,
        hasRevenue && be.revenue !== null ? right(B('breakEvenRevenue'), money(be.revenue)) : null,
        hasRevenue ? right(B('breakEvenMonth'), be.month === null ? B('notReached') : f.month(be.month)) : null,
      ],
      dash,
    ),
  );

  if (hasRevenue) {
    w.h2(B('forecast'), 'forecast');
    w.push(charts.revenueForecast());
    w.push(
      table(
        'forecast-by-product',
        [
          col(B('product'), 'left', 4),
          col(B('units'), 'right', 1.6),
          col(t('report.withUnit', { label: B('revenue'), unit: f.currency }), 'right', 2.2),
          col('%', 'right', 1),
        ],
        budget.forecastByProduct.map((p) => [
          cell(p.label || dash, { bold: true }),
          cell(f.number(p.units)),
          cell(f.amount(p.revenue)),
          cell(budget.totals.revenue === 0 ? dash : f.percent((p.revenue / budget.totals.revenue) * 100)),
        ]),
        {
          caption: B('forecastByProduct'),
          footer: [[cell(t('report.total')), cell(f.number(budget.totals.units)), cell(f.amount(budget.totals.revenue)), cell('')]],
        },
      ),
    );
  }

  if (hasSpend) {
    w.h2(B('marketing'), 'marketing');
    w.push(charts.budgetByMix(), charts.monthlySpend());
    const undatedByMix = undatedSpendByMix(ctx);
    const undated = MIX_KEYS.reduce((sum, k) => sum + undatedByMix[k], 0);
    const shown: MixKey[] = [...MIX_ELEMENTS, ...(budget.spendByMix.unassigned !== 0 ? (['unassigned'] as const) : [])];
    const mixCells = (values: Record<MixKey, number>, bold = false): Cell[] => [
      ...shown.map((k) => cell(values[k] === 0 ? dash : f.wholeAmount(values[k]), { bold })),
      cell(f.wholeAmount(shown.reduce((sum, k) => sum + values[k], 0)), { bold: true }),
    ];
    const months = budget.months.filter((m) => MIX_KEYS.some((k) => budget.spendByMonthAndMix[m]![k] !== 0));
    w.push(
      table(
        'monthly-budget',
        [col(B('month'), 'left', 1.6), ...shown.map((k) => col(t(`report.mix.${k}`), 'right', 1.5)), col(t('report.total'), 'right', 1.7)],
        [
          ...months.map((m) => [cell(f.month(m)), ...mixCells(budget.spendByMonthAndMix[m]!)]),
          ...(undated !== 0 ? [[cell(B('undated')), ...mixCells(undatedByMix)]] : []),
        ],
        {
          caption: B('monthlyBudget'),
          footer: [[cell(t('report.total')), ...mixCells(budget.spendByMix, true)]],
          note: B('amountsInWhole', { currency: f.currency }),
        },
      ),
    );
    if (budgetLines.length > 0) {
      w.h3(B('otherExpenses'), 'other-expenses');
      w.push(
        table(
          'budget-lines',
          [
            col(B('item'), 'left', 4),
            col(B('month'), 'left', 1.6),
            col(t('report.actions.mixElement'), 'left', 1.6),
            col(t('report.withUnit', { label: B('amount'), unit: f.currency }), 'right', 1.8),
          ],
          [...budgetLines]
            .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))
            .map((line) => [
              cell(line.label),
              cell(f.month(line.month)),
              cell(line.mixElement ? t(`report.mix.${line.mixElement}`) : dash),
              cell(f.amount(line.amount)),
            ]),
          { footer: [[cell(t('report.total')), cell(''), cell(''), cell(f.amount(budget.totals.manualSpend))]] },
        ),
      );
    }
  }

  if (hasRevenue) {
    w.h2(B('pnl'), 'pnl');
    const T = budget.totals;
    const undatedSpend = T.undatedActionsSpend;
    const row = (label: string, revenue: number, cogs: number, marketing: number): Cell[] => [
      cell(label),
      cell(f.wholeAmount(revenue)),
      cell(f.wholeAmount(cogs)),
      cell(f.wholeAmount(revenue - cogs)),
      cell(f.wholeAmount(marketing)),
      cell(f.wholeAmount(revenue - cogs - marketing), { tone: revenue - cogs - marketing < 0 ? 'bad' : undefined }),
    ];
    const blank = cell('');
    w.push(
      table(
        'pnl',
        [
          col(B('month'), 'left', 1.6),
          col(B('revenue'), 'right', 1.8),
          col(B('cogs'), 'right', 1.8),
          col(B('grossMargin'), 'right', 1.8),
          col(B('marketing'), 'right', 1.8),
          col(B('contribution'), 'right', 1.8),
        ],
        [
          ...budget.months.map((m) => row(f.month(m), budget.revenue[m]!, budget.cogs[m]!, budget.marketing[m]!)),
          ...(undatedSpend !== 0 ? [row(B('undated'), 0, 0, undatedSpend)] : []),
        ],
        {
          footer: [
            [
              cell(t('report.total')),
              cell(f.wholeAmount(T.revenue)),
              cell(f.wholeAmount(T.cogs)),
              cell(f.wholeAmount(T.grossMargin)),
              cell(f.wholeAmount(T.marketing)),
              cell(f.wholeAmount(T.contribution)),
            ],
            ...(T.fixedCosts !== 0 ? [[cell(B('fixedCosts')), blank, blank, blank, blank, cell(f.wholeAmount(-T.fixedCosts))]] : []),
            [cell(B('profit')), blank, blank, blank, blank, cell(f.wholeAmount(T.profit), { tone: T.profit < 0 ? 'bad' : 'good' })],
          ],
          note: B('amountsInWhole', { currency: f.currency }),
        },
      ),
    );
  }
}

/** Costs of actions without any date: in the totals but in no month, so the tables show them on a row of their own. */
function undatedSpendByMix(ctx: BuildContext): Record<MixKey, number> {
  const out = Object.fromEntries(MIX_KEYS.map((k) => [k, 0])) as Record<MixKey, number>;
  for (const action of ctx.plan.collections.actions) {
    if (!countsAsSpend(action) || action.cost === null || actionSpan(action) !== null) continue;
    out[action.mixElement ?? 'unassigned'] += action.cost;
  }
  return out;
}
