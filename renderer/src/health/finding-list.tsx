import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { HealthFinding } from '../../../shared/logic/health';
import { formatInteger } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';
import { FindingItem } from './finding-item';
import { useFindingText } from './finding-text';

type FindingListProps = {
  planId: string;
  currency: string;
  findings: readonly HealthFinding[];
  /** How many show before "Show N more": a plan with 300 actions without an owner stays readable (and fast). */
  limit: number;
  labelledBy?: string;
};

/** Findings with their Fix buttons, the first few shown and the rest one click away. */
export function FindingList({ planId, currency, findings, limit, labelledBy }: FindingListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = useFindingText(currency);
  const [expanded, setExpanded] = useState(false);
  // A list cut by only one would read oddly: "Show 1 more" costs as much room as the item.
  const cut = !expanded && findings.length > limit + 1;
  const shown = cut ? findings.slice(0, limit) : findings;
  return (
    <>
      <ul className="health-findings" aria-labelledby={labelledBy}>
        {shown.map((finding) => {
          const { message, hint } = text(finding);
          return <FindingItem key={finding.id} planId={planId} finding={finding} message={message} hint={hint} />;
        })}
      </ul>
      {findings.length > limit + 1 ? (
        <button type="button" className="health-more" aria-expanded={!cut} onClick={() => setExpanded((e) => !e)}>
          {cut ? t('health.showMore', { more: formatInteger(findings.length - limit, locale) }) : t('health.showFewer')}
        </button>
      ) : null}
    </>
  );
}
