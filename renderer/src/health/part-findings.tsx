import { useId } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { Plan } from '../../../shared/domain';
import type { PartKey } from '../../../shared/domain/parts';
import { CheckIcon } from '../components/icons';
import { FindingList } from './finding-list';
import { usePlanHealth } from './use-plan-health';
import { useCountText } from './use-count-text';
import './health.css';

/** Findings shown on a part's page before "Show N more". */
const PART_LIMIT = 4;

/** The part's own findings at the top of its page, each with "Fix"; a quiet tick when there are none. */
export function PartFindings({ plan, part }: { plan: Plan; part: PartKey }) {
  const { t } = useTranslation();
  const titleId = useId();
  const countText = useCountText();
  const group = usePlanHealth(plan).byPart[part];

  if (group.findings.length === 0) {
    return (
      <p className="part-health part-health--clear" data-part-health>
        <CheckIcon size={12} />
        {t('health.partClear')}
      </p>
    );
  }
  const counts = countText(group);
  return (
    <section className="part-health" aria-labelledby={titleId} data-part-health>
      <header className="part-health__header">
        <h2 className="part-health__title" id={titleId}>
          {t('health.partTitle')}
        </h2>
        <p className="part-health__counts">
          {group.problems > 0 ? <span className="health-count health-count--problem">{counts.problems}</span> : null}
          {group.warnings > 0 ? <span className="health-count health-count--warning">{counts.warnings}</span> : null}
        </p>
      </header>
      <FindingList planId={plan.meta.id} currency={plan.meta.currency} findings={group.findings} limit={PART_LIMIT} labelledBy={titleId} />
    </section>
  );
}
