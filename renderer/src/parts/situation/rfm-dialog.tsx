import { useId, useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { newId } from '../../../../shared/domain/primitives';
import type { Action } from '../../../../shared/domain/actions';
import type { CustomerTier, Segment } from '../../../../shared/domain/situation';
import { formatMoney } from '../../../../shared/format/money';
import type { CustomerList } from '../../../../shared/domain/customer-list';
import { localizeError } from '../../../../shared/i18n/localize-issue';
import {
  analyseCustomers,
  GROUP_TIER,
  RFM_SPLITS,
  tierCustomerList,
  type CustomerColumn,
  type GroupSummary,
  type RfmProblem,
  type RfmSplit,
} from '../../../../shared/logic/rfm';
import { Field } from '../../components/field';
import { DateField, TextArea } from '../../components/form';
import { FormDialogFooter } from '../../components/form-dialog-footer';
import { Modal } from '../../components/modal';
import { formatDate } from '../../format/dates';
import { formatInteger } from '../../format/numbers';
import { useLocale } from '../../hooks/use-locale';
import { useTranslation } from '../../i18n/use-translation';
import { useStore } from '../../state/store';
import { readSheetFile, type SheetFile } from '../../components/sheet-import/read-sheet-file';
import { asTranslate } from '../../i18n/as-translate';
import { appTransport } from '../../state/transport';

const SHOWN_PROBLEMS = 20;
const SHOWN_CUSTOMERS = 10;

type RfmDialogProps = {
  currency: string;
  planId: string;
  /** The customer list kept in the plan: tiered again (its split and as-of date to start with) until another list is given. */
  kept?: CustomerList | null;
  /** A list was kept (or kept again) in the plan. */
  onKept?(list: CustomerList): void;
  onClose(): void;
};

/**
 * Customer tiering by RFM (shared/logic/rfm): a pasted or imported list is scored and tiered here,
 * in the page; only the tiers' counts and averages become rows of the customer table (and, if
 * asked, target segments and member-program actions), in one undo step. The list itself is stored
 * only when the planner ticks "keep" (customerList.set, off by default); a kept list can be tiered again here.
 */
export function RfmDialog({ currency, planId, kept = null, onKept, onClose }: RfmDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fileId = useId();
  const splitName = useId();
  const [text, setText] = useState('');
  const [previewed, setPreviewed] = useState<string | null>(null);
  const [asOf, setAsOf] = useState<string | null>(kept?.settings.asOf ?? null);
  const [split, setSplit] = useState<RfmSplit>(kept?.settings.split ?? '15/35/50');
  // Off by default: client data stays out of the plan unless asked; on when re-tiering a kept list, so it stays current.
  const [keep, setKeep] = useState(kept !== null);
  const keepId = useId();
  const keepHintId = useId();
  // The kept list is tiered until the planner types a list or picks a file.
  const [useKept, setUseKept] = useState(kept !== null);
  const keptRecords = useMemo(() => kept?.customers.map((c, i) => ({ ...c, line: i + 2 })) ?? null, [kept]);
  const [alsoSegments, setAlsoSegments] = useState(false);
  const [alsoActions, setAlsoActions] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [needList, setNeedList] = useState(false);
  // An .xlsx list is read into cells by the backend (sheets.read, as the spreadsheet import does);
  // nothing of it is stored, and it is scored here like a pasted list.
  const [sheetFile, setSheetFile] = useState<SheetFile | null>(null);
  const [sheetIndex, setSheetIndex] = useState(0);
  const sheetId = useId();
  const sheetRows = sheetFile?.sheets[sheetIndex]?.rows ?? null;

  const result = useMemo(() => {
    const options = { currency, split, asOf };
    if (sheetRows) return tierCustomerList(sheetRows, options);
    if (previewed === null && useKept && keptRecords) return analyseCustomers(keptRecords, options);
    return previewed === null ? null : tierCustomerList(previewed, options);
  }, [sheetRows, previewed, currency, split, asOf, useKept, keptRecords]);
  const percentFormat = useMemo(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }), [locale]);
  const decimalFormat = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }), [locale]);
  const money = (minor: number | bigint) => formatMoney(Number(minor), currency, locale);
  const pct = (value: number) => percentFormat.format(value / 100);

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (/\.xlsx$/i.test(file.name)) {
      const read = await readSheetFile(file, asTranslate(t));
      if (!read.ok) {
        setFileError(read.message);
        return;
      }
      setFileError(null);
      setNeedList(false);
      setUseKept(false);
      setText('');
      setPreviewed(null);
      setSheetFile(read.file);
      // The first sheet that holds anything: a workbook may open on an empty sheet.
      const first = read.file.sheets.findIndex((sheet) => sheet.rows.some((r) => r.some((c) => c !== null && c !== '')));
      setSheetIndex(Math.max(0, first));
      return;
    }
    try {
      // Strict: a GBK export would otherwise turn into replacement characters without a word.
      const content = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
      setFileError(null);
      setSheetFile(null);
      setUseKept(false);
      setText(content);
      setPreviewed(content);
    } catch {
      setFileError(t('rfm.fileNotUtf8'));
    }
  }

  function preview() {
    if (sheetFile && text.trim() === '') return;
    if (useKept && text.trim() === '') return;
    setSheetFile(null);
    setNeedList(text.trim() === '');
    setPreviewed(text.trim() === '' ? null : text);
  }

  function problemText(problem: RfmProblem): string {
    const params: Record<string, string | number> =
      problem.code === 'missingColumn' ? { column: t(`rfm.columnNames.${problem.params.column as CustomerColumn}`) } : problem.params;
    const reason = t(`rfm.problems.${problem.code}`, params);
    return problem.line === null ? reason : t(sheetRows ? 'rfm.problemRow' : 'rfm.problemLine', { line: problem.line, reason });
  }

  function apply(event: FormEvent) {
    event.preventDefault();
    if (!result?.ok) {
      if (result === null) preview();
      return;
    }
    const { analysis } = result;
    const store = useStore.getState();
    const asOfText = analysis.asOf ? formatDate(analysis.asOf, locale) : '—';
    store.editBatch(() => {
      for (const { group, summary } of analysis.tiers) {
        const row: CustomerTier = {
          id: newId(),
          tier: GROUP_TIER[group],
          name: t(`rfm.groups.${group}`),
          customers: summary.customers,
          recencyDays: summary.averageRecencyDays,
          frequency: summary.averagePurchases,
          monetary: summary.averageSpend,
          notes: t('rfm.note', {
            asOf: asOfText,
            customersPct: pct(summary.customersPct),
            spendPct: pct(summary.spendPct),
            total: money(summary.totalSpend),
          }),
        };
        store.upsertRow('customerTiers', row, { immediate: true });
      }
      if (alsoSegments)
        for (const { group, summary } of analysis.tiers) {
          const segment: Segment = { id: newId(), name: t(`rfm.groups.${group}`), size: summary.customers, growthPct: null, needs: '' };
          store.upsertRow('segments', segment, { immediate: true });
        }
      if (alsoActions)
        for (const { group } of analysis.tiers) {
          const action: Action = {
            id: newId(),
            title: t(`rfm.actions.${group}`),
            start: null,
            end: null,
            owner: '',
            cost: null,
            objectiveIds: [],
            mixElement: 'promotion',
            status: 'planned',
            dependsOn: [],
          };
          store.upsertRow('actions', action, { immediate: true });
        }
    });
    store.showToast({ message: t('rfm.applied', { count: analysis.tiers.length }) });
    if (keep) {
      const customers = analysis.customers.map(({ id, lastPurchase, purchases, spend }) => ({ id, lastPurchase, purchases, spend }));
      void appTransport.invoke('customerList.set', { planId, customers, settings: { split, asOf } }).then((saved) => {
        if (saved.ok) onKept?.(saved.value);
        else useStore.getState().showToast({ message: t('rfm.keepFailed', { reason: localizeError(saved.error, asTranslate(t)) }) });
      });
    }
    onClose();
  }

  const summaryCells = (s: GroupSummary) => (
    <>
      <td className="num">{formatInteger(s.customers, locale)}</td>
      <td className="num">{pct(s.customersPct)}</td>
      <td className="num">{money(s.totalSpend)}</td>
      <td className="num">{pct(s.spendPct)}</td>
    </>
  );

  return (
    <Modal title={t('rfm.title')} description={t('rfm.description')} onClose={onClose} size="lg">
      <form className="form" onSubmit={apply} noValidate>
        <div className="modal__body rfm">
          <div className="form__grid">
            <TextArea
              className="form__full rfm__list"
              label={t('rfm.list')}
              hint={t('rfm.listHint')}
              error={needList ? t('rfm.needList') : undefined}
              value={text}
              rows={6}
              placeholder={'id,last purchase date,number of purchases,total spend\nC001,2027-03-31,12,8600.00'}
              onChange={(value) => {
                setText(value);
                setNeedList(false);
                setSheetFile(null);
                setUseKept(false);
              }}
            />
            <Field id={fileId} label={t('rfm.file')} error={fileError}>
              <input
                id={fileId}
                type="file"
                className="input"
                accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => void importFile(e)}
              />
            </Field>
            {sheetFile ? (
              <Field
                id={sheetId}
                label={t('rfm.sheet')}
                hint={t('rfm.fromSheet', { file: sheetFile.fileName, sheet: sheetFile.sheets[sheetIndex]?.name ?? '' })}
              >
                <select id={sheetId} className="input" value={sheetIndex} onChange={(e) => setSheetIndex(Number(e.target.value))}>
                  {sheetFile.sheets.map((sheet, i) => (
                    <option key={i} value={i}>
                      {sheet.name}
                    </option>
                  ))}
                </select>
              </Field>
            ) : null}
            {useKept && kept && !sheetFile && previewed === null ? (
              <p className="form__full field__hint" role="status">
                {t('rfm.fromKept', { count: formatInteger(kept.customers.length, locale) })}
              </p>
            ) : null}
            <DateField label={t('rfm.asOf')} hint={t('rfm.asOfHint')} value={asOf} onChange={setAsOf} />
            <fieldset className="form__full rfm__split">
              <legend className="field__label">{t('rfm.split')}</legend>
              {RFM_SPLITS.map((value) => (
                <label key={value} className="rfm__choice">
                  <input type="radio" name={splitName} value={value} checked={split === value} onChange={() => setSplit(value)} />{' '}
                  {t(`rfm.splits.${value}`)}
                </label>
              ))}
            </fieldset>
          </div>
          <button type="button" className="button button--secondary rfm__preview-button" onClick={preview}>
            {t('rfm.preview')}
          </button>

          {result && !result.ok ? (
            <div className="rfm__problems" role="alert">
              <p>{t('rfm.problemsTitle', { count: result.problems.length })}</p>
              <ul>
                {result.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                  <li key={i}>{problemText(p)}</li>
                ))}
              </ul>
              {result.problems.length > SHOWN_PROBLEMS ? <p>{t('rfm.moreProblems', { count: result.problems.length - SHOWN_PROBLEMS })}</p> : null}
            </div>
          ) : null}

          {result?.ok ? (
            <div className="rfm__preview" aria-live="polite">
              <p>
                {result.analysis.asOf
                  ? t('rfm.summary', {
                      count: formatInteger(result.analysis.customers.length, locale),
                      total: money(result.analysis.totalSpend),
                      asOf: formatDate(result.analysis.asOf, locale),
                    })
                  : t('rfm.summaryNoDates', {
                      count: formatInteger(result.analysis.customers.length, locale),
                      total: money(result.analysis.totalSpend),
                    })}
              </p>
              <div className="rfm__scroll">
                <table className="rfm-table" aria-label={t('rfm.tiersTable')}>
                  <caption>{t('rfm.tiersTable')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('rfm.columns.tier')}</th>
                      <th scope="col" className="num">
                        {t('rfm.columns.customers')}
                      </th>
                      <th scope="col" className="num">
                        {t('rfm.columns.customersPct')}
                      </th>
                      <th scope="col" className="num">
                        {t('rfm.columns.totalSpend')}
                      </th>
                      <th scope="col" className="num">
                        {t('rfm.columns.spendPct')}
                      </th>
                      <th scope="col" className="num">
                        {t('rfm.columns.averageSpend')}
                      </th>
                      <th scope="col" className="num">
                        {t('rfm.columns.averagePurchases')}
                      </th>
                      <th scope="col" className="num">
                        {t('rfm.columns.averageRecency')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.analysis.tiers.map(({ group, summary }) => (
                      <tr key={group}>
                        <th scope="row">{t(`rfm.groups.${group}`)}</th>
                        {summaryCells(summary)}
                        <td className="num">{money(summary.averageSpend)}</td>
                        <td className="num">{decimalFormat.format(summary.averagePurchases)}</td>
                        <td className="num">{summary.averageRecencyDays === null ? '—' : formatInteger(summary.averageRecencyDays, locale)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="rfm__pair">
                <table className="rfm-table" aria-label={t('rfm.segmentsTable')}>
                  <caption>{t('rfm.segmentsTable')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('rfm.columns.segment')}</th>
                      <th scope="col" className="num">
                        {t('rfm.columns.customers')}
                      </th>
                      <th scope="col" className="num">
                        {t('rfm.columns.customersPct')}
                      </th>
                      <th scope="col" className="num">
                        {t('rfm.columns.totalSpend')}
                      </th>
                      <th scope="col" className="num">
                        {t('rfm.columns.spendPct')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.analysis.segments.map(({ segment, summary }) => (
                      <tr key={segment}>
                        <th scope="row">{t(`rfm.segments.${segment}`)}</th>
                        {summaryCells(summary)}
                      </tr>
                    ))}
                  </tbody>
                </table>
                <table className="rfm-table" aria-label={t('rfm.customersTable')}>
                  <caption>{t('rfm.customersTable')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('rfm.columns.id')}</th>
                      <th scope="col" className="num">
                        {t('rfm.columns.r')}
                      </th>
                      <th scope="col" className="num">
                        {t('rfm.columns.f')}
                      </th>
                      <th scope="col" className="num">
                        {t('rfm.columns.m')}
                      </th>
                      <th scope="col">{t('rfm.columns.segment')}</th>
                      <th scope="col">{t('rfm.columns.tier')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.analysis.customers.slice(0, SHOWN_CUSTOMERS).map((c) => (
                      <tr key={c.line}>
                        <th scope="row">{c.id}</th>
                        <td className="num">{c.r}</td>
                        <td className="num">{c.f}</td>
                        <td className="num">{c.m}</td>
                        <td>{t(`rfm.segments.${c.segment}`)}</td>
                        <td>{t(`rfm.groups.${c.group}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {result.analysis.customers.length > SHOWN_CUSTOMERS ? (
                <p className="field__hint">
                  {t('rfm.customersShown', { shown: SHOWN_CUSTOMERS, count: formatInteger(result.analysis.customers.length, locale) })}
                </p>
              ) : null}
              <label className="rfm__choice">
                <input type="checkbox" checked={alsoSegments} onChange={(e) => setAlsoSegments(e.target.checked)} /> {t('rfm.alsoSegments')}
              </label>
              <label className="rfm__choice">
                <input type="checkbox" checked={alsoActions} onChange={(e) => setAlsoActions(e.target.checked)} /> {t('rfm.alsoActions')}
              </label>
              <div className="rfm__keep">
                <label className="rfm__choice" htmlFor={keepId}>
                  <input id={keepId} type="checkbox" checked={keep} aria-describedby={keepHintId} onChange={(e) => setKeep(e.target.checked)} />{' '}
                  {t('rfm.keep')}
                </label>
                <p id={keepHintId} className="field__hint">
                  {t('rfm.keepHint')}
                </p>
              </div>
            </div>
          ) : null}
        </div>
        <FormDialogFooter submitLabel={t('rfm.apply')} busy={!result?.ok} onCancel={onClose} />
      </form>
    </Modal>
  );
}
