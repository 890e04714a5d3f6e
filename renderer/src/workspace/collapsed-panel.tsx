import type { Plan } from '../../../shared/domain';
import { useTranslation } from '../i18n/use-translation';
import { RailHealthBadge } from '../health/rail-badge';
import { useCountText } from '../health/use-count-text';
import { CheckCircleIcon } from '../components/icons';
import { useSideViews } from './use-side-views';

/**
 * The side panel folded to a strip: the plan's health stays in sight as one figure (or a tick when
 * all is clear), and choosing it opens the panel again.
 */
export function CollapsedPanel({ plan, onOpen }: { plan: Plan; onOpen: () => void }) {
  const { t } = useTranslation();
  const countText = useCountText();
  const { health } = useSideViews(plan);
  const clear = health.problems + health.warnings === 0;
  const label = clear ? t('health.allClearTitle') : countText(health).both;
  return (
    <button
      type="button"
      className="collapsed-panel"
      onClick={onOpen}
      title={`${t('health.title')}: ${label}`}
      aria-label={`${t('workspace.showPanel')} — ${t('health.title')}: ${label}`}
    >
      {clear ? <CheckCircleIcon className="collapsed-panel__clear" /> : <RailHealthBadge counts={health} />}
    </button>
  );
}
