import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Product } from '../../../../shared/domain';
import { newId } from '../../../../shared/domain/primitives';
import { fillForecastMonths } from '../../../../shared/logic';
import { describedBy, Field } from '../../components/field';
import { MoneyField, NumberField, TextField } from '../../components/form';
import { FormDialogFooter } from '../../components/form-dialog-footer';
import { formatMonth } from '../../components/grid/cell-values';
import { Modal } from '../../components/modal';
import { sentence } from '../../format/issues';
import { useLocale } from '../../hooks/use-locale';
import { useStore } from '../../state/store';

type FillMonthsDialogProps = {
  months: readonly string[];
  products: readonly Product[];
  currency: string;
  onClose(): void;
  /** Called with the number of lines added. */
  onDone(count: number): void;
};

type Problems = { item?: string; units?: string; unitPrice?: string };

/**
 * "Fill every month": one forecast line per month of the plan for one product (or a free
 * label), with the same units and prices. Months that already forecast the item are left alone.
 * All lines land as one undo step.
 */
export function FillMonthsDialog({ months, products, currency, onClose, onDone }: FillMonthsDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const productSelectId = useId();
  const named = products.filter((p) => p.name.trim() !== '');
  const existing = useStore((s) => s.plan?.collections.forecastLines);
  // Start with the first product that still has months to fill; with none, a free label.
  const [initial] = useState(
    () =>
      named.find(
        (p) => fillForecastMonths(months, existing ?? [], { productId: p.id, label: '', units: 0, unitPrice: 0, unitCost: 0 }).lines.length > 0,
      ) ?? null,
  );
  const [productId, setProductId] = useState<string | null>(initial?.id ?? null);
  const [label, setLabel] = useState('');
  const [units, setUnits] = useState<number | null>(null);
  const [unitPrice, setUnitPrice] = useState<number | null>(initial?.price ?? null);
  const [unitCost, setUnitCost] = useState<number | null>(null);
  const [problems, setProblems] = useState<Problems>({});

  const fill = { productId, label: productId === null ? label : '', units: units ?? 0, unitPrice: unitPrice ?? 0, unitCost: unitCost ?? 0 };
  const preview = fillForecastMonths(months, existing ?? [], fill);
  const monthList = (list: readonly string[]) =>
    new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format(list.map((m) => formatMonth(m, locale)));

  function chooseProduct(id: string | null) {
    setProductId(id);
    setProblems((p) => ({ ...p, item: undefined }));
    const product = named.find((p) => p.id === id);
    if (product?.price != null) setUnitPrice(product.price);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Problems = {};
    if (productId === null && label.trim() === '') found.item = t('budgetEditor.fill.needItem');
    if (units === null) found.units = t('budgetEditor.fill.needUnits');
    else if (units < 0) found.units = sentence(t('validation.notNegative'));
    if (unitPrice === null) found.unitPrice = t('budgetEditor.fill.needPrice');
    setProblems(found);
    if (Object.keys(found).length > 0 || preview.lines.length === 0) return;
    const store = useStore.getState();
    store.editBatch(() => {
      for (const line of preview.lines) store.upsertRow('forecastLines', { id: newId(), ...line }, { immediate: true });
    });
    onDone(preview.lines.length);
  }

  const first = months[0];
  const last = months[months.length - 1];
  return (
    <Modal
      title={t('budgetEditor.fill.title')}
      description={
        first && last ? t('budgetEditor.fill.description', { first: formatMonth(first, locale), last: formatMonth(last, locale) }) : undefined
      }
      onClose={onClose}
    >
      <form className="form" onSubmit={submit} noValidate>
        <div className="modal__body budget-fill">
          <div className="form__grid">
            <Field
              id={productSelectId}
              label={t('budgetEditor.fill.product')}
              error={productId === null ? undefined : problems.item}
              className="form__full"
            >
              <select
                id={productSelectId}
                className="select"
                value={productId ?? ''}
                onChange={(e) => chooseProduct(e.target.value === '' ? null : e.target.value)}
                {...describedBy(productSelectId, problems.item)}
              >
                {named.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
                <option value="">{t('budgetEditor.fill.noProduct')}</option>
              </select>
            </Field>
            {productId === null ? (
              <TextField
                className="form__full"
                label={t('budgetEditor.fill.label')}
                hint={t('budgetEditor.fill.labelHint')}
                error={problems.item}
                value={label}
                maxLength={200}
                onChange={(v) => {
                  setLabel(v);
                  setProblems((p) => ({ ...p, item: undefined }));
                }}
              />
            ) : null}
            <NumberField label={t('budgetEditor.fill.units')} value={units} onChange={setUnits} error={problems.units} />
            <MoneyField
              label={t('budgetEditor.fill.unitPrice')}
              currency={currency}
              value={unitPrice}
              onChange={setUnitPrice}
              error={problems.unitPrice}
            />
            <MoneyField
              label={t('budgetEditor.fill.unitCost')}
              hint={t('budgetEditor.fill.unitCostHint')}
              currency={currency}
              value={unitCost}
              onChange={setUnitCost}
            />
          </div>
          {preview.skipped.length > 0 && preview.lines.length > 0 ? (
            <p className="budget-fill__note">{t('budgetEditor.fill.skipped', { months: monthList(preview.skipped) })}</p>
          ) : null}
          {preview.lines.length === 0 ? (
            <p className="budget-fill__note budget-fill__note--warning" role="alert">
              {t('budgetEditor.fill.nothing')}
            </p>
          ) : null}
        </div>
        <FormDialogFooter
          submitLabel={t('budgetEditor.fill.submit', { count: preview.lines.length })}
          busy={preview.lines.length === 0}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
