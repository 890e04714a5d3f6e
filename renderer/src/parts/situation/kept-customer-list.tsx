import { useEffect, useId, useState } from 'react';
import type { CustomerList } from '../../../../shared/domain/customer-list';
import { localizeError } from '../../../../shared/i18n/localize-issue';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatTimestamp } from '../../format/dates';
import { formatInteger } from '../../format/numbers';
import { useLocale } from '../../hooks/use-locale';
import { asTranslate } from '../../i18n/as-translate';
import { useTranslation } from '../../i18n/use-translation';
import { useStore } from '../../state/store';
import { appTransport } from '../../state/transport';

/** The customer list kept in a plan (customerList.get), read when the plan opens; `set` replaces it after a keep. */
export function useKeptCustomerList(planId: string): [CustomerList | null, (list: CustomerList | null) => void] {
  const [kept, setKept] = useState<CustomerList | null>(null);
  useEffect(() => {
    let live = true;
    setKept(null);
    void appTransport.invoke('customerList.get', { planId }).then((result) => {
      if (live && result.ok) setKept(result.value);
    });
    return () => {
      live = false;
    };
  }, [planId]);
  return [kept, setKept];
}

type KeptCustomerListProps = { planId: string; list: CustomerList; onRetier(): void; onRemoved(): void };

/** A kept list, labelled, with what can be done with it: tier it again, or remove it (the tiers stay). */
export function KeptCustomerList({ planId, list, onRetier, onRemoved }: KeptCustomerListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const count = formatInteger(list.customers.length, locale);

  async function remove() {
    const result = await appTransport.invoke('customerList.remove', { planId });
    const store = useStore.getState();
    if (!result.ok) {
      store.showToast({ message: t('rfm.kept.removeFailed', { reason: localizeError(result.error, asTranslate(t)) }) });
      return;
    }
    onRemoved();
    store.showToast({ message: t('rfm.kept.removed') });
  }

  return (
    <section className="kept-list" aria-labelledby={titleId}>
      <h4 id={titleId} className="kept-list__title">
        {t('rfm.kept.title')}
      </h4>
      <p className="kept-list__summary">{t('rfm.kept.summary', { count, date: formatTimestamp(list.savedAt, locale) })}</p>
      <div className="kept-list__tools">
        <button type="button" className="button button--sm button--secondary" onClick={onRetier}>
          {t('rfm.kept.retier')}
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={() => setConfirming(true)}>
          {t('rfm.kept.remove')}
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('rfm.kept.removeTitle')}
          body={t('rfm.kept.removeBody', { count })}
          confirmLabel={t('rfm.kept.remove')}
          onConfirm={remove}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
