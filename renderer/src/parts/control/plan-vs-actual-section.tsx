import { memo, useMemo, type ReactNode } from 'react';
import '../../styles/parts-actuals.css';
import type { Plan } from '../../../../shared/domain';
import {
  beyondThreshold,
  controlFigures,
  favourable,
  type ControlFiguresResult,
  type Direction,
  type Figure,
  type PlanVsActual,
  type PlanVsActualMeasure,
  type RatioFigure,
} from '../../../../shared/logic';
import { planVsActualChart } from '../../../../shared/charts';
import { Chart, useChartContext } from '../../components/chart';
import { PercentField, usePartField } from '../../components/form';
import { formatMonth, formatQuantity } from '../../components/grid/cell-values';
import { useTranslation } from '../../i18n/use-translation';
import { PartSection } from '../part-section';
import { percentText, useMoney } from '../budget/format';
import { signedText } from './format';

type Props = {
  plan: Pick<Plan, 'meta' | 'fields' | 'collections'>;
  pva: PlanVsActual;
  threshold: number;
  readOnly: boolean;
};

const DIRECTION: Record<PlanVsActualMeasure, Direction> = {
  revenue: 'moreIsBetter',
  units: 'moreIsBetter',
  spend: 'lessIsBetter',
  contribution: 'moreIsBetter',
};

type Tone = 'good' | 'warn' | 'bad' | 'none';

/** Better than plan: good; worse within the threshold: a warning; worse beyond it: bad. */
function toneOf(f: Figure, direction: Direction, threshold: number): Tone {
  const good = favourable(f, direction);
  if (good === null) return 'none';
  if (good) return 'good';
  return beyondThreshold(f, threshold) ? 'bad' : 'warn';
}

/** The threshold as typed; clearing it goes back to the default. */
function ThresholdField({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const field = usePartField<number | undefined>('control', 'varianceThresholdPct');
  return (
    <PercentField
      label={t('actuals.threshold.label')}
      hint={t('actuals.threshold.hint')}
      readOnly={readOnly}
      placeholder="10"
      className="actuals-threshold"
      {...field}
      value={field.value ?? null}
      onChange={(v: number | null) => field.onChange(v ?? undefined)}
    />
  );
}

/**
 * Plan versus actual (计划与实际对比): this plan year to date by figure, month by month, and the
 * figures of annual-plan, profitability and efficiency control; the threshold past which the
 * health flags a variance. Everything from shared/logic/actuals.
 */
export const PlanVsActualSection = memo(function PlanVsActualSection({ plan, pva, threshold, readOnly }: Props) {
  const { t } = useTranslation();
  const { plain, locale } = useMoney(plan.meta.currency);
  const controls = useMemo<ControlFiguresResult>(() => (pva.ytd ? controlFigures(plan, pva) : null), [plan, pva]);
  const pct = (v: number | null) => (v === null ? '—' : signedText(v, locale, true));
  const money = (v: number | null) => (v === null ? '—' : plain(v));
  const showOf = (m: PlanVsActualMeasure) => (m === 'units' ? (v: number | null) => (v === null ? '—' : formatQuantity(v, locale)) : money);

  return (
    <PartSection title={t('actuals.sections.dashboard')} lead={t('actuals.sections.dashboardLead')}>
      <div className="actuals-dashboard" data-field="control.planVsActual">
        <ThresholdField readOnly={readOnly} />
        {pva.ytd === null || pva.yearToDate === null ? (
          <p className="actuals-empty">{t('actuals.figures.noActuals')}</p>
        ) : (
          <>
            <p className="actuals-range">
              {t('actuals.figures.ytdRange', {
                year: pva.yearToDate.planYear,
                from: formatMonth(pva.yearToDate.from, locale),
                through: formatMonth(pva.yearToDate.through, locale),
              })}
            </p>
            <ul className="actuals-cards" aria-label={t('actuals.figures.ytd')}>
              {(['revenue', 'spend', 'contribution', 'units'] as const).map((m) => {
                const f = pva.ytd![m];
                const tone = toneOf(f, DIRECTION[m], threshold);
                const show = showOf(m);
                return (
                  <li key={m} className={`actuals-card actuals-card--${tone}`} data-measure={m}>
                    <span className="actuals-card__label">
                      {m === 'units'
                        ? t(`actuals.figures.${m}`)
                        : t('report.withUnit', { label: t(`actuals.figures.${m}`), unit: plan.meta.currency })}
                    </span>
                    <span className="actuals-card__actual num">{show(f.actual)}</span>
                    <span className="actuals-card__plan">
                      {/* Summed over the months compared: with none, there is no plan to show either. */}
                      {t('actuals.figures.plan')} <span className="num">{f.actual === null ? '—' : show(f.plan)}</span>
                    </span>
                    <span className={`actuals-variance actuals-variance--${tone} num`}>
                      {pct(f.variancePct)}
                      <span className="visually-hidden">
                        {' '}
                        {f.variance === 0
                          ? t('actuals.figures.onPlan')
                          : tone === 'good'
                            ? t('actuals.figures.favourable')
                            : tone === 'none'
                              ? ''
                              : t('actuals.figures.unfavourable')}
                      </span>
                    </span>
                  </li>
                );
              })}
            </ul>
            <MissingNote sales={pva.ytd.revenue.missing} spend={pva.ytd.spend.missing} locale={locale} />
            <SalesChart pva={pva} currency={plan.meta.currency} />
            <MonthsTable pva={pva} threshold={threshold} money={money} pct={pct} locale={locale} />
            {controls ? <Controls controls={controls} threshold={threshold} money={money} pct={pct} locale={locale} /> : null}
          </>
        )}
      </div>
    </PartSection>
  );
});

/** Sales by month, plan against actual (shared/charts). */
function SalesChart({ pva, currency }: { pva: PlanVsActual; currency: string }) {
  const { t } = useTranslation();
  const ctx = useChartContext(currency);
  const title = t('actuals.figures.chart');
  const option = useMemo(() => planVsActualChart(pva.months, 'revenue', t('actuals.figures.revenue'), currency, ctx), [pva.months, currency, ctx, t]);
  return (
    <figure className="kpi-chart actuals-chart">
      <figcaption className="kpi-chart__title">{title}</figcaption>
      <Chart option={option} label={title} height={220} />
    </figure>
  );
}

/** The months of the year so far not reported, for sales and for spend: they are left out of the comparison. */
function MissingNote({ sales, spend, locale }: { sales: readonly string[]; spend: readonly string[]; locale: string }) {
  const { t } = useTranslation();
  const list = (months: readonly string[]) => months.map((m) => formatMonth(m, locale)).join(locale.startsWith('zh') ? '、' : ', ');
  if (sales.length === 0 && spend.length === 0) return null;
  return (
    <p className="actuals-note">
      {[
        sales.length > 0 ? t('actuals.figures.missingSales', { months: list(sales) }) : '',
        spend.length > 0 ? t('actuals.figures.missingSpend', { months: list(spend) }) : '',
      ]
        .filter(Boolean)
        .join(' ')}
    </p>
  );
}

type Show = { money(v: number | null): string; pct(v: number | null): string; locale: string; threshold: number };

function MonthsTable({ pva, threshold, money, pct, locale }: Show & { pva: PlanVsActual }) {
  const { t } = useTranslation();
  const groups = ['revenue', 'spend', 'contribution'] as const;
  return (
    <ScrollTable label={t('actuals.figures.monthsTable')}>
      <table className="kpi-table actuals-table">
        <caption className="actuals-caption">{t('actuals.figures.monthsTable')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('actuals.figures.month')}
            </th>
            {groups.map((g) => (
              <th key={g} scope="colgroup" colSpan={3} className="actuals-table__group">
                {t(`actuals.figures.${g}`)}
              </th>
            ))}
          </tr>
          <tr>
            {groups.map((g) => (
              <ColumnHeads key={g} />
            ))}
          </tr>
        </thead>
        <tbody>
          {pva.months.map((row) => (
            <tr key={row.month} data-month={row.month}>
              <th scope="row">{formatMonth(row.month, locale)}</th>
              {groups.map((g) => (
                <FigureCells key={g} f={row[g]} tone={toneOf(row[g], DIRECTION[g], threshold)} money={money} pct={pct} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** A table that may scroll sideways: a labelled region the keyboard can reach to scroll it (WCAG 2.1.1). */
function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="actuals-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

function ColumnHeads() {
  const { t } = useTranslation();
  return (
    <>
      <th scope="col" className="num">
        {t('actuals.figures.plan')}
      </th>
      <th scope="col" className="num">
        {t('actuals.figures.actual')}
      </th>
      <th scope="col" className="num">
        {t('actuals.figures.variancePct')}
      </th>
    </>
  );
}

function FigureCells({ f, tone, money, pct }: { f: Figure; tone: Tone; money(v: number | null): string; pct(v: number | null): string }) {
  return (
    <>
      <td className="num">{money(f.plan)}</td>
      <td className="num">{f.actual === null ? '' : money(f.actual)}</td>
      <td className={`num actuals-variance actuals-variance--${tone}`}>{f.actual === null ? '' : pct(f.variancePct)}</td>
    </>
  );
}

/** One kind of control: its titled section and the sentence that says what it measures. */
function ControlBlock({ kind, id, children }: { kind: 'annualPlan' | 'profitability' | 'efficiency'; id: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="actuals-control" aria-labelledby={id}>
      <h3 id={id} className="actuals-subtitle">
        {t(`actuals.controls.${kind}`)}
      </h3>
      <p className="actuals-lead">{t(`actuals.controls.${kind}Lead`)}</p>
      {children}
    </section>
  );
}

function Controls({ controls, threshold, money, pct, locale }: Show & { controls: NonNullable<ControlFiguresResult> }) {
  const { t } = useTranslation();
  const ratio = (r: RatioFigure) => (
    <>
      <td className="num">{r.plan === null ? '—' : percentText(r.plan, locale)}</td>
      <td className="num">{r.actual === null ? '—' : percentText(r.actual, locale)}</td>
      <td className="num">{r.points === null ? '—' : t('actuals.controls.points', { value: signedText(Math.round(r.points * 10) / 10, locale) })}</td>
    </>
  );
  const { annualPlan, profitability, efficiency } = controls;
  return (
    <div className="actuals-controls">
      <ControlBlock kind="annualPlan" id="actuals-annual">
        <table className="kpi-table actuals-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('actuals.controls.annualPlan')}</span>
              </th>
              <th scope="col" className="num">
                {t('actuals.figures.plan')}
              </th>
              <th scope="col" className="num">
                {t('actuals.figures.actual')}
              </th>
              <th scope="col" className="num">
                {t('actuals.figures.variance')}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('actuals.controls.expenseToSales')}</th>
              {ratio(annualPlan.expenseToSales)}
            </tr>
            {annualPlan.share ? (
              <tr>
                <th scope="row">{t('actuals.controls.share')}</th>
                {ratio(annualPlan.share)}
              </tr>
            ) : null}
          </tbody>
        </table>
        {annualPlan.share ? null : <p className="actuals-note">{t('actuals.controls.shareNoMarket')}</p>}
      </ControlBlock>
      <ControlBlock kind="profitability" id="actuals-profitability">
        {profitability.products.length === 0 ? (
          <p className="actuals-note">{t('actuals.controls.noProducts')}</p>
        ) : (
          <ScrollTable label={t('actuals.controls.profitability')}>
            <table className="kpi-table actuals-table">
              <thead>
                <tr>
                  <th scope="col">{t('actuals.controls.product')}</th>
                  <th scope="col" className="num">
                    {t('actuals.figures.plan')}
                  </th>
                  <th scope="col" className="num">
                    {t('actuals.figures.actual')}
                  </th>
                  <th scope="col" className="num">
                    {t('actuals.figures.variancePct')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {profitability.products.map((p) => (
                  <tr key={p.productId}>
                    <th scope="row">{p.name}</th>
                    <FigureCells f={p.contribution} tone={toneOf(p.contribution, 'moreIsBetter', threshold)} money={money} pct={pct} />
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </ControlBlock>
      <ControlBlock kind="efficiency" id="actuals-efficiency">
        {efficiency.actions.length === 0 ? (
          <p className="actuals-note">{t('actuals.controls.noResults')}</p>
        ) : (
          <ScrollTable label={t('actuals.controls.efficiency')}>
            <table className="kpi-table actuals-table">
              <thead>
                <tr>
                  <th scope="col">{t('actuals.controls.action')}</th>
                  <th scope="col">{t('actuals.controls.result')}</th>
                  <th scope="col" className="num">
                    {t('actuals.controls.results')}
                  </th>
                  <th scope="col" className="num">
                    {t('actuals.controls.costPerResult')} · {t('actuals.figures.plan')}
                  </th>
                  <th scope="col" className="num">
                    {t('actuals.figures.actual')}
                  </th>
                  <th scope="col" className="num">
                    {t('actuals.figures.variancePct')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {efficiency.actions.map((e) => {
                  const per = e.costPerResult;
                  const tone = per.plan === null ? 'none' : toneOf({ ...per, plan: per.plan }, 'lessIsBetter', threshold);
                  return (
                    <tr key={e.actionId}>
                      <th scope="row">{e.title}</th>
                      <td>{e.result}</td>
                      <td className="num">
                        {formatQuantity(e.results, locale)}
                        {e.target === null ? '' : ` / ${formatQuantity(e.target, locale)}`}
                      </td>
                      <td className="num">{money(per.plan)}</td>
                      <td className="num">{money(per.actual)}</td>
                      <td className={`num actuals-variance actuals-variance--${tone}`}>{pct(per.variancePct)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </ControlBlock>
    </div>
  );
}
