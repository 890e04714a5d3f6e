import { useEffect, useId, useState } from 'react';
import type { AppError } from '../../../shared/contracts/result';
import type { PlanSummary } from '../../../shared/contracts/views';
import type { Plan } from '../../../shared/domain';
import { formatPlanTimestamp } from '../../../shared/format/dates';
import type { Translate } from '../../../shared/i18n/types';
import { comparePlans, type PlanDiff } from '../../../shared/logic/compare';
import { getApi } from '../api';
import { Field } from '../components/field';
import { Modal } from '../components/modal';
import { errorText } from '../format/issues';
import { useLocale } from '../hooks/use-locale';
import { useTranslation } from '../i18n/use-translation';
import { useStore } from '../state/store';
import { CompareResult } from './compare-result';
import { useVersions } from './use-versions';
import { versionLabel } from './version-label';
import { useVersionsUi, type CompareSource } from './versions-store';

const encode = (s: CompareSource) => (s.kind === 'now' ? 'now' : `${s.kind}:${s.id}`);
function decode(value: string): CompareSource {
  if (value === 'now') return { kind: 'now' };
  const [kind, id] = value.split(':') as ['version' | 'plan', string];
  return { kind, id };
}

/** The plan a side of the comparison stands for: the open plan (its edits saved first), a version, another plan. */
async function load(source: CompareSource): Promise<{ ok: true; plan: Plan } | { ok: false; error: AppError }> {
  if (source.kind === 'now') {
    await useStore.getState().flushEdits();
    const plan = useStore.getState().plan;
    return plan ? { ok: true, plan } : { ok: false, error: { code: 'not_found', message: 'The plan is not open.', reason: 'notFound' } };
  }
  const result =
    source.kind === 'version'
      ? await getApi().invoke('versions.get', { versionId: source.id })
      : await getApi().invoke('plans.get', { planId: source.id });
  if (!result.ok) return result;
  return { ok: true, plan: 'info' in result.value ? result.value.plan : result.value };
}

/** Compare any two versions, a version with now, or this plan with another plan. */
export function CompareDialog({ planId, initial }: { planId: string; initial: { from: CompareSource; to: CompareSource } }) {
  const { t: rawT } = useTranslation();
  const t = rawT as Translate;
  const locale = useLocale();
  const { versions } = useVersions(planId);
  const [plans, setPlans] = useState<PlanSummary[]>([]);
  const [from, setFrom] = useState(encode(initial.from));
  const [to, setTo] = useState(encode(initial.to));
  const [result, setResult] = useState<{ diff: PlanDiff; currency: string; fromName: string; toName: string } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const fromId = useId();
  const toId = useId();

  useEffect(() => {
    void getApi()
      .invoke('plans.list', {})
      .then((r) => r.ok && setPlans(r.value.filter((p) => p.id !== planId)));
  }, [planId]);

  const nameOf = (value: string): string => {
    const source = decode(value);
    if (source.kind === 'now') return t('versions.now');
    if (source.kind === 'plan') return plans.find((p) => p.id === source.id)?.name ?? '';
    const info = versions?.find((v) => v.id === source.id);
    return info ? versionLabel(info, t) : '';
  };

  async function run(fromValue: string, toValue: string) {
    setError(null);
    const [a, b] = await Promise.all([load(decode(fromValue)), load(decode(toValue))]);
    if (!a.ok) return setError(a.error);
    if (!b.ok) return setError(b.error);
    setResult({ diff: comparePlans(a.plan, b.plan), currency: b.plan.meta.currency, fromName: nameOf(fromValue), toName: nameOf(toValue) });
  }

  // The first comparison runs as soon as the names of its sides are known.
  const ready = versions !== null;
  useEffect(() => {
    if (ready) void run(from, to);
    // Only on opening: later comparisons run when the user presses Compare.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  const options = (
    <>
      <option value="now">{t('versions.now')}</option>
      {versions && versions.length > 0 ? (
        <optgroup label={t('versions.groupVersions')}>
          {versions.map((v) => (
            <option key={v.id} value={`version:${v.id}`}>
              {`${versionLabel(v, t)} — ${formatPlanTimestamp(v.createdAt, locale)}`}
            </option>
          ))}
        </optgroup>
      ) : null}
      {plans.length > 0 ? (
        <optgroup label={t('versions.groupPlans')}>
          {plans.map((p) => (
            <option key={p.id} value={`plan:${p.id}`}>
              {p.name}
            </option>
          ))}
        </optgroup>
      ) : null}
    </>
  );

  return (
    <Modal title={t('versions.compareTitle')} description={t('versions.compareBody')} onClose={() => useVersionsUi.getState().close()} size="lg">
      <div className="modal__body compare-dialog">
        <form
          className="compare-dialog__pickers"
          onSubmit={(event) => {
            event.preventDefault();
            void run(from, to);
          }}
        >
          <Field id={fromId} label={t('versions.from')}>
            <select id={fromId} className="input" value={from} onChange={(e) => setFrom(e.target.value)} data-autofocus>
              {options}
            </select>
          </Field>
          <Field id={toId} label={t('versions.to')}>
            <select id={toId} className="input" value={to} onChange={(e) => setTo(e.target.value)}>
              {options}
            </select>
          </Field>
          <button type="submit" className="button button--primary">
            {t('versions.compare')}
          </button>
        </form>
        {error ? <p role="alert">{errorText(error)}</p> : null}
        {result ? (
          <>
            <h2 className="compare-dialog__title">{t('versions.comparing', { from: result.fromName, to: result.toName })}</h2>
            <CompareResult diff={result.diff} currency={result.currency} />
          </>
        ) : null}
      </div>
    </Modal>
  );
}
