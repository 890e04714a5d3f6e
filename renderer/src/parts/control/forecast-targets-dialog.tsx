import { useState, type FormEvent } from 'react';
import type { Kpi } from '../../../../shared/domain';
import { forecastTargets, linkKpi, withTargets, type ForecastMeasure } from '../../../../shared/logic';
import { SelectField } from '../../components/form';
import { FormDialogFooter } from '../../components/form-dialog-footer';
import { formatQuantity } from '../../components/grid/cell-values';
import { Modal } from '../../components/modal';
import { useLocale } from '../../hooks/use-locale';
import { useTranslation } from '../../i18n/use-translation';
import { useStore } from '../../state/store';
import { usePeriodLabel } from './format';

type ForecastTargetsDialogProps = {
  kpi: Kpi;
  period: { periodStart: string; periodEnd: string };
  currency: string;
  onClose(): void;
  /** `linked`: the targets now follow the forecast; otherwise `count` targets were copied. */
  onDone(count: number, linked: boolean): void;
};

/**
 * A KPI's targets copied from the revenue forecast (目标取自收入预测): the units or the revenue of
 * all products or one, per month or quarter as the KPI counts. One edit of the KPI, so one undo.
 */
export function ForecastTargetsDialog({ kpi, period, currency, onClose, onDone }: ForecastTargetsDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const periodLabel = usePeriodLabel();
  const lines = useStore((s) => s.plan?.collections.forecastLines) ?? [];
  const products = useStore((s) => s.plan?.collections.products) ?? [];
  const [measure, setMeasure] = useState<ForecastMeasure>('units');
  const [productId, setProductId] = useState<string | null>(null);
  const [mode, setMode] = useState<'copy' | 'link'>('copy');
  const targets = forecastTargets(lines, period, kpi.periodKind, measure, productId, currency);
  const empty = lines.length === 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (empty) return;
    const store = useStore.getState();
    const current = store.plan?.collections.kpis.find((k) => k.id === kpi.id);
    if (!current) return;
    // A link stores which measure and product, never the targets themselves: they are derived on reading.
    const row = mode === 'link' ? linkKpi(current, measure, productId) : { ...current, periods: withTargets(current.periods, targets) };
    store.upsertRow('kpis', row, { immediate: true });
    onDone(targets.length, mode === 'link');
  }

  return (
    <Modal
      title={t('controlEditor.fromForecast.title')}
      description={t('controlEditor.fromForecast.description', { kind: t(`controlEditor.fromForecast.kinds.${kpi.periodKind}`) })}
      onClose={onClose}
    >
      <form className="form" onSubmit={submit} noValidate>
        <div className="modal__body">
          <div className="form__grid">
            <SelectField
              label={t('controlEditor.fromForecast.measure')}
              value={measure}
              nullable={false}
              onChange={(v) => setMeasure((v ?? 'units') as ForecastMeasure)}
              options={(['units', 'revenue'] as const).map((m) => ({ value: m, label: t(`controlEditor.fromForecast.measures.${m}`, { currency }) }))}
            />
            <SelectField
              label={t('controlEditor.fromForecast.product')}
              value={productId ?? ''}
              nullable={false}
              onChange={(v) => setProductId(v === '' || v === null ? null : v)}
              options={[
                { value: '', label: t('controlEditor.fromForecast.allProducts') },
                ...products.filter((p) => p.name.trim() !== '').map((p) => ({ value: p.id, label: p.name })),
              ]}
            />
            <SelectField
              label={t('kpiLink.mode')}
              hint={mode === 'link' ? t('kpiLink.linkHint') : undefined}
              value={mode}
              nullable={false}
              onChange={(v) => setMode(v === 'link' ? 'link' : 'copy')}
              options={(['copy', 'link'] as const).map((m) => ({ value: m, label: t(`kpiLink.modes.${m}`) }))}
            />
          </div>
          {empty ? (
            <p className="budget-fill__note budget-fill__note--warning" role="alert">
              {t('controlEditor.fromForecast.noForecast')}
            </p>
          ) : (
            <div className="preview-strip__scroll">
              <table className="preview-strip" aria-label={t('controlEditor.fromForecast.preview')}>
                <caption>{t('controlEditor.fromForecast.preview')}</caption>
                <tbody>
                  <tr>
                    <th scope="row">{t('controlEditor.fromForecast.period')}</th>
                    {targets.map((target) => (
                      <th key={target.period} scope="col">
                        {periodLabel(target.period)}
                      </th>
                    ))}
                  </tr>
                  <tr>
                    <th scope="row">{t('controlEditor.fromForecast.target')}</th>
                    {targets.map((target) => (
                      <td key={target.period}>{formatQuantity(target.target, locale)}</td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </div>
          )}
        </div>
        <FormDialogFooter
          submitLabel={mode === 'link' ? t('kpiLink.submitLink') : t('controlEditor.fromForecast.submit', { count: targets.length })}
          busy={empty}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
