import { useId, useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Segment } from '../../../../shared/domain/situation';
import type { SegmentScore } from '../../../../shared/domain/strategy';
import { attractiveness, rankByAttractiveness } from '../../../../shared/logic/targeting';
import { formatPercentValue, formatQuantity } from '../../components/grid';
import { useLocale } from '../../hooks/use-locale';

type Props = { segments: readonly Segment[]; scores: readonly SegmentScore[]; names: ReadonlyMap<string, string> };

/** The chosen targets, the most attractive first, with what the Situation part says of each segment. */
export function TargetList({ segments, scores, names }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const targets = useMemo(() => {
    const byId = new Map(segments.map((s) => [s.id, s]));
    return rankByAttractiveness(scores.filter((s) => s.targeted)).flatMap((score) => {
      const segment = byId.get(score.segmentId);
      return segment ? [{ score, segment, value: attractiveness(score) }] : [];
    });
  }, [segments, scores]);

  return (
    <section className="targets" aria-labelledby={headingId}>
      <h3 id={headingId} className="targets__title">
        {t('strategyEditor.targets.title')}
        <span className="count-badge num">{targets.length}</span>
      </h3>
      {targets.length === 0 ? (
        <p className="targets__empty">{t('strategyEditor.targets.empty')}</p>
      ) : (
        <ol className="targets__list">
          {targets.map(({ score, segment, value }) => (
            <li key={score.id} className="target-card">
              <div className="target-card__head">
                <span className="target-card__name">{names.get(segment.id)}</span>
                <span className={`target-card__score num${value === null ? ' target-card__score--none' : ''}`}>
                  {value === null
                    ? t('strategyEditor.targets.notScored')
                    : t('strategyEditor.targets.score', { value: formatQuantity(value, locale) })}
                </span>
              </div>
              {segment.size !== null || segment.growthPct !== null ? (
                <dl className="target-card__facts">
                  {segment.size !== null ? (
                    <div>
                      <dt>{t('strategyEditor.targets.size')}</dt>
                      <dd className="num">{formatQuantity(segment.size, locale)}</dd>
                    </div>
                  ) : null}
                  {segment.growthPct !== null ? (
                    <div>
                      <dt>{t('strategyEditor.targets.growth')}</dt>
                      <dd className="num">{formatPercentValue(segment.growthPct, locale)}</dd>
                    </div>
                  ) : null}
                </dl>
              ) : null}
              {segment.needs.trim() ? <p className="target-card__needs">{segment.needs}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
