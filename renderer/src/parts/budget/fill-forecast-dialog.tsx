import { useId, useState, type FormEvent } from 'react';
import {
  growthFill,
  SEASONALITY_PRESET_NAMES,
  SEASONALITY_PRESETS,
  seasonalFill,
  type Month,
  type SeasonalityPreset,
} from '../../../../shared/logic';
import { describedBy, Field } from '../../components/field';
import { NumberField, PercentField, SelectField, TextField } from '../../components/form';
import { FormDialogFooter } from '../../components/form-dialog-footer';
import { formatMonth, formatQuantity, parseNumber } from '../../components/grid/cell-values';
import { Modal } from '../../components/modal';
import { useLocale } from '../../hooks/use-locale';
import { useTranslation } from '../../i18n/use-translation';
import type { ForecastGridViewRow } from './forecast-grid-editor';

type Method = 'growth' | 'season';
type Profile = SeasonalityPreset | 'typed';

type FillForecastDialogProps = {
  rows: readonly ForecastGridViewRow[];
  months: readonly Month[];
  onClose(): void;
  /** The row and its units, one per month, in order. */
  onFill(row: ForecastGridViewRow, units: number[]): void;
};

/** Twelve numbers ≥ 0, not all zero, from typed text ("1 1 2", "1,1,2", "1、1、2"); null otherwise. */
export function parseWeights(text: string): number[] | null {
  const parts = text
    .split(/[\s,，、;；]+/u)
    .filter(Boolean)
    .map((p) => parseNumber(p));
  if (parts.length !== 12 || parts.some((p) => p === null || Number.isNaN(p) || p < 0)) return null;
  const weights = parts as number[];
  return weights.some((w) => w > 0) ? weights : null;
}

/**
 * Fills one product's months (填充): a starting volume growing by a percentage each month, or an
 * annual total laid over the months by a seasonal profile (flat, summer, the Spring Festival,
 * Double 11, or typed weights) in whole units that sum exactly. The preview shows what lands.
 */
export function FillForecastDialog({ rows, months, onClose, onFill }: FillForecastDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rowSelectId = useId();
  const methodName = useId();
  const [rowId, setRowId] = useState(rows[0]?.id ?? '');
  const [method, setMethod] = useState<Method>('growth');
  const [start, setStart] = useState<number | null>(null);
  const [growth, setGrowth] = useState<number | null>(0);
  const [annual, setAnnual] = useState<number | null>(null);
  const [profile, setProfile] = useState<Profile>('flat');
  const [typed, setTyped] = useState('');
  const [tried, setTried] = useState(false);

  const row = rows.find((r) => r.id === rowId) ?? rows[0];
  const weights = profile === 'typed' ? parseWeights(typed) : [...SEASONALITY_PRESETS[profile]];
  const startBad = start === null || start < 0;
  const annualBad = annual === null || annual < 0;
  const units: number[] | null =
    method === 'growth'
      ? startBad
        ? null
        : growthFill(start, growth ?? 0, months.length)
      : annualBad || weights === null
        ? null
        : seasonalFill(annual, weights, months);

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!row || units === null) return;
    onFill(row, units);
  }

  const first = months[0];
  const last = months[months.length - 1];
  const total = units?.reduce((a, b) => a + b, 0) ?? 0;
  return (
    <Modal
      title={t('budgetEditor.fillTool.title', { name: row?.name ?? '' })}
      description={
        first && last ? t('budgetEditor.fillTool.description', { first: formatMonth(first, locale), last: formatMonth(last, locale) }) : undefined
      }
      onClose={onClose}
      size="lg"
    >
      <form className="form" onSubmit={submit} noValidate>
        <div className="modal__body budget-fill">
          <div className="form__grid">
            <Field id={rowSelectId} label={t('budgetEditor.grid.columns.product')} className="form__full">
              <select
                id={rowSelectId}
                className="select"
                value={row?.id ?? ''}
                onChange={(e) => setRowId(e.target.value)}
                {...describedBy(rowSelectId)}
              >
                {rows.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            </Field>
            <fieldset className="form__full forecast-fill__methods">
              <legend>{t('budgetEditor.fillTool.method')}</legend>
              {(['growth', 'season'] as const).map((m) => (
                <label key={m} className="forecast-fill__method">
                  <input type="radio" name={methodName} value={m} checked={method === m} onChange={() => setMethod(m)} />
                  {t(`budgetEditor.fillTool.methods.${m}`)}
                </label>
              ))}
            </fieldset>
            {method === 'growth' ? (
              <>
                <NumberField
                  label={t('budgetEditor.fillTool.start')}
                  value={start}
                  onChange={setStart}
                  error={tried && startBad ? t('budgetEditor.fillTool.needNumber') : undefined}
                />
                <PercentField
                  label={t('budgetEditor.fillTool.growth')}
                  hint={t('budgetEditor.fillTool.growthHint')}
                  value={growth}
                  onChange={setGrowth}
                />
              </>
            ) : (
              <>
                <NumberField
                  label={t('budgetEditor.fillTool.annual')}
                  hint={t('budgetEditor.fillTool.annualHint')}
                  value={annual}
                  onChange={setAnnual}
                  error={tried && annualBad ? t('budgetEditor.fillTool.needNumber') : undefined}
                />
                <SelectField
                  label={t('budgetEditor.fillTool.profile')}
                  value={profile}
                  nullable={false}
                  onChange={(v) => setProfile((v ?? 'flat') as Profile)}
                  options={[...SEASONALITY_PRESET_NAMES, 'typed' as const].map((p) => ({
                    value: p,
                    label: t(`budgetEditor.fillTool.profiles.${p}`),
                  }))}
                />
                {profile === 'typed' ? (
                  <TextField
                    className="form__full"
                    label={t('budgetEditor.fillTool.weights')}
                    hint={t('budgetEditor.fillTool.weightsHint')}
                    value={typed}
                    maxLength={200}
                    onChange={setTyped}
                    error={tried && weights === null ? t('budgetEditor.fillTool.weightsBad') : undefined}
                  />
                ) : null}
              </>
            )}
          </div>
          {units ? (
            <div className="preview-strip__scroll">
              <table className="preview-strip" aria-label={t('budgetEditor.fillTool.preview')}>
                <caption>{t('budgetEditor.fillTool.total', { units: formatQuantity(total, locale) })}</caption>
                <tbody>
                  <tr>
                    {months.map((m) => (
                      <th key={m} scope="col">
                        {formatMonth(m, locale)}
                      </th>
                    ))}
                  </tr>
                  <tr>
                    {units.map((u, i) => (
                      <td key={months[i]} className="num">
                        {formatQuantity(u, locale)}
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </div>
          ) : null}
        </div>
        <FormDialogFooter submitLabel={t('budgetEditor.fillTool.submit', { count: months.length })} busy={false} onCancel={onClose} />
      </form>
    </Modal>
  );
}
