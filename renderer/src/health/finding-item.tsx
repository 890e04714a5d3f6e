import { memo, useId } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { HealthFinding } from '../../../shared/logic/health';
import { AlertIcon, ChevronRightIcon } from '../components/icons';
import { goToFix } from './fix-navigation';

type FindingItemProps = {
  planId: string;
  finding: HealthFinding;
  message: string;
  hint: string;
};

/**
 * One finding: what is wrong, how to fix it, and "Fix", which goes to the place to change. The
 * button is named "Fix" and described by the message, so a screen reader hears which one it is.
 */
export const FindingItem = memo(function FindingItem({ planId, finding, message, hint }: FindingItemProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <li className={`health-finding health-finding--${finding.severity}`} data-finding={finding.id} data-check={finding.check}>
      <span className="health-finding__icon" aria-hidden="true">
        {finding.severity === 'problem' ? <span className="health-finding__dot" /> : <AlertIcon size={14} />}
      </span>
      <div className="health-finding__text">
        <p className="health-finding__message" id={`${id}-message`}>
          <span className="visually-hidden">{t(`health.severity.${finding.severity}`)}: </span>
          {message}
        </p>
        <p className="health-finding__hint" id={`${id}-hint`}>
          {hint}
        </p>
      </div>
      <button type="button" className="health-finding__fix" aria-describedby={`${id}-message ${id}-hint`} onClick={() => goToFix(planId, finding)}>
        {t('health.fixAction')}
        <ChevronRightIcon size={12} />
      </button>
    </li>
  );
});
