import { memo, useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { kpiChart } from '../../../../shared/charts';
import type { Kpi } from '../../../../shared/domain';
import {
  computeKpi,
  isLinked,
  kpiPeriodRows,
  periodMatchesKind,
  periodsOfOtherKind,
  planPeriods,
  setKpiPeriodValue,
  unlinkKpi,
  type KpiPeriodResult,
} from '../../../../shared/logic';
import { Chart, useChartContext } from '../../components/chart';
import { describedBy, Field } from '../../components/field';
import { TextArea } from '../../components/form';
import { parseNumber } from '../../components/grid/cell-values';
import { AlertIcon } from '../../components/icons';
import { useLocale } from '../../hooks/use-locale';
import { useStore } from '../../state/store';
import { useFieldError } from '../../state/use-field-error';
import { PartSection } from '../part-section';
import { useStable } from '../budget/use-stable';
import { signedText, usePeriodLabel } from './format';
import { ForecastTargetsDialog } from './forecast-targets-dialog';
import { PeriodInput } from './period-input';
import { StatusBadge } from './status-badge';
import { SheetImportButton } from '../../components/sheet-import/sheet-import-button';

type TrackingProps = {
  kpis: readonly Kpi[];
  selectedId: string | null;
  onSelect(kpiId: string): void;
  period: { periodStart: string; periodEnd: string };
  currency: string;
  readOnly: boolean;
  /** The KPI select's id, so "Show" in the overview can move the focus here. */
  selectId: string;
};

/** The KPI that is being tracked: the latest row it had, read at the moment of an edit. */
function latestKpi(id: string): Kpi | undefined {
  return useStore.getState().plan?.collections.kpis.find((k) => k.id === id);
}

/** Targets and actuals (目标值与实际值) of one KPI: its period table, corrective action and chart. */
export const TrackingSection = memo(function TrackingSection({ kpis, selectedId, onSelect, period, currency, readOnly, selectId }: TrackingProps) {
  const { t } = useTranslation();
  const kpi = kpis.find((k) => k.id === selectedId) ?? kpis[0] ?? null;
  return (
    <PartSection title={t('controlEditor.sections.tracking')} lead={t('controlEditor.sections.trackingLead')}>
      {kpi === null ? (
        <p className="kpi-empty">{t('controlEditor.detail.noKpi')}</p>
      ) : (
        <>
          <Field id={selectId} label={t('controlEditor.detail.kpi')} className="kpi-select">
            <select id={selectId} className="select" value={kpi.id} onChange={(e) => onSelect(e.target.value)} {...describedBy(selectId)}>
              {kpis.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.metric || t('controlEditor.detail.untitled')}
                </option>
              ))}
            </select>
          </Field>
          <KpiDetail kpi={kpi} period={period} currency={currency} readOnly={readOnly} />
          {readOnly ? null : (
            <div className="part-section__tools">
              <SheetImportButton table="kpi-actuals" />
            </div>
          )}
        </>
      )}
    </PartSection>
  );
});

function KpiDetail({ kpi, period, currency, readOnly }: { kpi: Kpi; period: TrackingProps['period']; currency: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const result = useMemo(() => computeKpi(kpi), [kpi]);
  const metric = kpi.metric || t('controlEditor.detail.untitled');
  const stranded = periodsOfOtherKind(kpi);
  const correctiveError = useFieldError(`kpis:${kpi.id}:correctiveAction`);
  const [copying, setCopying] = useState(false);
  const [copied, setCopied] = useState('');
  const ctx = useChartContext(currency);
  // Typing the corrective action changes the KPI but nothing the chart draws: keep the chart.
  const drawn = useStable(result);
  const { metric: chartMetric, unit } = kpi;
  const chart = useMemo(
    () => (drawn.periods.length > 0 ? kpiChart({ metric: chartMetric, unit }, drawn, ctx) : null),
    [chartMetric, unit, drawn, ctx],
  );

  const clearStranded = () => {
    const current = latestKpi(kpi.id);
    if (!current) return;
    useStore
      .getState()
      .upsertRow(
        'kpis',
        { ...current, periods: current.periods.filter((p) => periodMatchesKind(p.period, current.periodKind)) },
        { immediate: true },
      );
  };

  return (
    <div className="kpi-detail">
      {stranded.length > 0 ? (
        <div className="banner banner--warning kpi-mismatch" role="alert">
          <AlertIcon />
          <span>
            {t('controlEditor.mismatch.message', {
              kind: t(`controlEditor.periodKinds.${kpi.periodKind}`).toLocaleLowerCase(),
              count: stranded.length,
            })}
          </span>
          {readOnly ? null : (
            <button type="button" className="button button--secondary button--sm" onClick={clearStranded}>
              {t('controlEditor.mismatch.clear')}
            </button>
          )}
        </div>
      ) : null}
      {readOnly ? null : (
        <div className="kpi-detail__tools">
          <button type="button" className="button button--secondary button--sm" onClick={() => setCopying(true)}>
            {t('controlEditor.fromForecast.button')}
          </button>
          <span role="status" aria-live="polite" className="kpi-detail__notice">
            {copied}
          </span>
        </div>
      )}
      {copying ? (
        <ForecastTargetsDialog
          kpi={kpi}
          period={period}
          currency={currency}
          onClose={() => setCopying(false)}
          onDone={(count, linked) => {
            setCopying(false);
            setCopied(linked ? t('kpiLink.linkedDone') : t('controlEditor.fromForecast.done', { count }));
          }}
        />
      ) : null}
      {isLinked(kpi) ? <LinkedNotice kpi={kpi} readOnly={readOnly} onUnlinked={() => setCopied(t('kpiLink.unlinkedDone'))} /> : null}
      <PeriodTable kpi={kpi} result={result.periods} period={period} readOnly={readOnly} metric={metric} />
      <div className="kpi-detail__bottom">
        <TextArea
          label={t('controlEditor.detail.corrective')}
          hint={t('controlEditor.detail.correctiveHint')}
          placeholder={t('controlEditor.detail.correctivePlaceholder')}
          rows={4}
          maxLength={2000}
          readOnly={readOnly}
          value={kpi.correctiveAction}
          error={correctiveError}
          onChange={(text) => {
            const current = latestKpi(kpi.id);
            if (current) useStore.getState().upsertRow('kpis', { ...current, correctiveAction: text }, { key: `kpi:${kpi.id}:correctiveAction` });
          }}
          onBlur={() => void useStore.getState().flushEdits()}
        />
        {chart ? (
          <figure className="kpi-chart">
            <figcaption className="kpi-chart__title">{t('controlEditor.detail.chart', { metric })}</figcaption>
            <Chart option={chart} label={t('controlEditor.detail.chart', { metric })} height={220} />
          </figure>
        ) : null}
      </div>
    </div>
  );
}

/** Says where a linked KPI's targets come from, with the way back to targets of its own. */
function LinkedNotice({ kpi, readOnly, onUnlinked }: { kpi: Kpi; readOnly: boolean; onUnlinked(): void }) {
  const { t } = useTranslation();
  const products = useStore((s) => s.plan?.collections.products);
  const product = kpi.targetsProductId ? products?.find((p) => p.id === kpi.targetsProductId)?.name : undefined;
  const unlink = () => {
    const store = useStore.getState();
    const current = latestKpi(kpi.id);
    if (!current || !store.plan) return;
    // One edit: the forecast's current targets copied into the KPI and the link dropped, so one undo relinks.
    store.upsertRow('kpis', unlinkKpi(current, store.plan), { immediate: true });
    onUnlinked();
  };
  return (
    <div className="banner kpi-linked" role="note">
      <span>{t('kpiLink.linked', { measure: t(`kpiLink.measures.${kpi.targetsFrom ?? 'units'}`), scope: product ?? t('kpiLink.allProducts') })}</span>
      {readOnly ? null : (
        <button type="button" className="button button--secondary button--sm" onClick={unlink}>
          {t('kpiLink.unlink')}
        </button>
      )}
    </div>
  );
}

function PeriodTable({
  kpi,
  result,
  period,
  readOnly,
  metric,
}: {
  kpi: Kpi;
  result: KpiPeriodResult[];
  period: TrackingProps['period'];
  readOnly: boolean;
  metric: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const label = usePeriodLabel();
  const captionId = useId();
  // The paste's report belongs to the KPI it was made in, until the next value is typed.
  const [pasteNotice, setPasteNotice] = useState<{ kpiId: string; text: string } | null>(null);
  const notice = pasteNotice?.kpiId === kpi.id ? pasteNotice.text : '';
  const rows = useMemo(() => kpiPeriodRows(period, kpi), [period, kpi]);
  const inPlan = useMemo(() => new Set(planPeriods(period, kpi.periodKind)), [period, kpi.periodKind]);
  const byPeriod = useMemo(() => new Map(result.map((r) => [r.period, r])), [result]);
  // A linked KPI's targets are the forecast's: shown, never typed.
  const linked = isLinked(kpi);

  const setValue = useCallback(
    (periodKey: string, field: 'target' | 'actual', value: number | null) => {
      const current = latestKpi(kpi.id);
      if (!current) return;
      setPasteNotice(null);
      useStore
        .getState()
        .upsertRow(
          'kpis',
          { ...current, periods: setKpiPeriodValue(current.periods, periodKey, field, value) },
          { key: `kpi:${kpi.id}:${periodKey}:${field}` },
        );
    },
    [kpi.id],
  );

  const pasteLines = useCallback(
    (from: number, field: 'target' | 'actual', lines: string[]) => {
      const current = latestKpi(kpi.id);
      // A linked KPI's targets are the forecast's: nothing pasted there is kept.
      if (!current || (field === 'target' && isLinked(current))) return;
      let periods = current.periods;
      let filled = 0;
      let refused = 0;
      lines.forEach((line, i) => {
        const key = rows[from + i];
        if (!key) return;
        const value = parseNumber(line.split('\t')[0] ?? '');
        if (value !== null && Number.isNaN(value)) {
          refused++;
          return;
        }
        periods = setKpiPeriodValue(periods, key, field, value);
        filled++;
      });
      useStore.getState().upsertRow('kpis', { ...current, periods }, { immediate: true });
      setPasteNotice({
        kpiId: kpi.id,
        text: [t('controlEditor.detail.pasted', { count: filled }), refused > 0 ? t('controlEditor.detail.pasteRefused', { count: refused }) : '']
          .filter(Boolean)
          .join(' '),
      });
    },
    [kpi.id, rows, t],
  );

  return (
    <div className="kpi-periods">
      <div className="kpi-table__scroll">
        <table className="kpi-table kpi-table--periods" aria-labelledby={captionId}>
          <caption id={captionId} className="kpi-table__caption">
            {t('controlEditor.detail.periodTable', { metric })}
            {kpi.unit ? <span className="kpi-table__unit">{kpi.unit}</span> : null}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('controlEditor.detail.period')}</th>
              <th scope="col" className="num">
                {t('controlEditor.detail.target')}
              </th>
              <th scope="col" className="num">
                {t('controlEditor.detail.actual')}
              </th>
              <th scope="col" className="num">
                {t('controlEditor.detail.variance')}
              </th>
              <th scope="col" className="num">
                {t('controlEditor.detail.variancePct')}
              </th>
              <th scope="col">{t('controlEditor.detail.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((key, index) => {
              const r = byPeriod.get(key);
              const stored = kpi.periods.findIndex((p) => p.period === key);
              const name = label(key);
              return (
                <tr key={key} data-period={key} className={r ? `kpi-row--${r.status}` : undefined}>
                  <th scope="row">
                    {name}
                    {inPlan.has(key) ? null : <span className="kpi-table__flag">{t('controlEditor.detail.outside')}</span>}
                  </th>
                  <td>
                    <PeriodValue
                      kpiId={kpi.id}
                      storedIndex={stored}
                      field="target"
                      value={r?.target ?? null}
                      label={
                        linked
                          ? t('kpiLink.targetLinked', { label: t('controlEditor.detail.targetFor', { period: name }) })
                          : t('controlEditor.detail.targetFor', { period: name })
                      }
                      readOnly={readOnly || linked}
                      row={index}
                      onChange={(v) => setValue(key, 'target', v)}
                      onPasteLines={(lines) => pasteLines(index, 'target', lines)}
                    />
                  </td>
                  <td>
                    <PeriodValue
                      kpiId={kpi.id}
                      storedIndex={stored}
                      field="actual"
                      value={r?.actual ?? null}
                      label={t('controlEditor.detail.actualFor', { period: name })}
                      readOnly={readOnly}
                      row={index}
                      onChange={(v) => setValue(key, 'actual', v)}
                      onPasteLines={(lines) => pasteLines(index, 'actual', lines)}
                    />
                  </td>
                  <td className={`num kpi-variance${r?.variance != null && r.variance < 0 ? ' kpi-variance--bad' : ''}`}>
                    {r?.variance != null ? signedText(r.variance, locale) : '—'}
                  </td>
                  <td className={`num kpi-variance${r?.variancePct != null && r.variancePct < 0 ? ' kpi-variance--bad' : ''}`}>
                    {r?.variancePct != null ? signedText(r.variancePct, locale, true) : '—'}
                  </td>
                  <td>
                    <StatusBadge status={r?.status ?? 'noData'} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="kpi-hint">
        {t('controlEditor.detail.varianceHint')}
        {locale.startsWith('zh') ? '' : ' '}
        <span aria-live="polite">{notice || t('controlEditor.detail.pasteHint')}</span>
      </p>
    </div>
  );
}

/** One input of the period table, with the stored value's refusal (keyed by its index in `periods`). */
function PeriodValue({
  kpiId,
  storedIndex,
  field,
  ...props
}: {
  kpiId: string;
  storedIndex: number;
  field: 'target' | 'actual';
  value: number | null;
  label: string;
  readOnly: boolean;
  row: number;
  onChange(value: number | null): void;
  onPasteLines(lines: string[]): void;
}) {
  const error = useFieldError(storedIndex < 0 ? '' : `kpis:${kpiId}:periods.${storedIndex}.${field}`);
  return <PeriodInput {...props} column={field} error={storedIndex < 0 ? null : error} />;
}
