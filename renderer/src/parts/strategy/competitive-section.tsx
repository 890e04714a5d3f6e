import { memo, useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { SituationFields } from '../../../../shared/domain/situation';
import { PartRichText } from '../../components/form';
import { LightbulbIcon } from '../../components/editor-icons';
import { ChevronRightIcon } from '../../components/icons';
import { routeHref } from '../../routing/route';
import { PartSection } from '../part-section';

const POINTS = ['a', 'b', 'c'] as const;

type Props = { planId: string; position: SituationFields['ourPosition']; readOnly: boolean };

/**
 * Competitive strategy (竞争战略): the narrative, with the strategies that fit the market position
 * set in the Situation part beside it (leader: defend and expand; challenger: attack; follower:
 * follow closely or at a distance; nicher: specialise).
 */
export const CompetitiveSection = memo(function CompetitiveSection({ planId, position, readOnly }: Props) {
  const { t } = useTranslation();
  const guideId = useId();
  const situationHref = routeHref({ name: 'plan', planId, section: 'situation' });
  return (
    <PartSection title={t('strategyEditor.sections.competitive')} lead={t('strategyEditor.sections.competitiveLead')}>
      <div className="competitive">
        <PartRichText
          part="strategy"
          path="competitiveStrategy"
          label={t('strategyEditor.competitive.label')}
          placeholder={t('strategyEditor.competitive.placeholder')}
          readOnly={readOnly}
          size="lg"
        />
        <aside className="position-guide" aria-labelledby={guideId}>
          <h3 id={guideId} className="position-guide__heading">
            <LightbulbIcon />
            {t('strategyEditor.competitive.guideLabel')}
          </h3>
          {position === null ? (
            <>
              <p className="position-guide__empty">{t('strategyEditor.competitive.noPosition')}</p>
              <a className="button button--secondary button--sm" href={situationHref}>
                {t('strategyEditor.competitive.setPosition')}
                <ChevronRightIcon />
              </a>
            </>
          ) : (
            <>
              <p className="position-guide__position">
                <span className="position-guide__caption">{t('strategyEditor.competitive.position')}</span>
                <span className="position-guide__name">{t(`situation.positions.${position}`)}</span>
                <a className="position-guide__change" href={situationHref}>
                  {t('strategyEditor.competitive.change')}
                </a>
              </p>
              <p className="position-guide__title">{t(`strategyEditor.competitive.guides.${position}.title`)}</p>
              <ul className="position-guide__points">
                {POINTS.map((p) => (
                  <li key={p}>{t(`strategyEditor.competitive.guides.${position}.${p}`)}</li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
    </PartSection>
  );
});
