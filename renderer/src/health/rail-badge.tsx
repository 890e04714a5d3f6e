import { useLocale } from '../hooks/use-locale';
import { formatInteger } from '../format/numbers';
import type { HealthCounts } from './plan-health-cache';
import { useCountText } from './use-count-text';
import './health.css';

/**
 * A part's findings in the rail: one figure, red when any is a problem, amber when all are
 * warnings; read aloud as "2 problems, 1 warning". Nothing when the part is clear.
 */
export function RailHealthBadge({ counts }: { counts: HealthCounts }) {
  const locale = useLocale();
  const countText = useCountText();
  const total = counts.problems + counts.warnings;
  if (total === 0) return null;
  const text = countText(counts);
  const label = counts.problems > 0 && counts.warnings > 0 ? text.both : counts.problems > 0 ? text.problems : text.warnings;
  return (
    <span className={`rail-health rail-health--${counts.problems > 0 ? 'problem' : 'warning'}`} title={label}>
      <span className="rail-health__figure num" aria-hidden="true">
        {formatInteger(total, locale)}
      </span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
