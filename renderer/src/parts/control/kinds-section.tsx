import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { CONTROL_KINDS } from '../../../../shared/domain';
import { PartRichText } from '../../components/form';
import { PartSection } from '../part-section';

const LOOP = ['setTargets', 'measure', 'diagnose', 'correct'] as const;

/**
 * The four kinds of control (年度计划控制, 盈利能力控制, 效率控制, 战略控制), each a narrative with a
 * line on what it asks, under the loop every kind follows.
 */
export const KindsSection = memo(function KindsSection({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <PartSection title={t('controlEditor.sections.kinds')} lead={t('controlEditor.sections.kindsLead')}>
      <div className="control-loop">
        <h3 className="control-loop__title">{t('controlEditor.loop.title')}</h3>
        <ol className="control-loop__steps">
          {LOOP.map((step, i) => (
            <li key={step} className="control-loop__step">
              <span className="control-loop__number num" aria-hidden="true">
                {i + 1}
              </span>
              <span className="control-loop__text">
                <span className="control-loop__name">{t(`controlEditor.loop.${step}`)}</span>
                <span className="control-loop__hint">{t(`controlEditor.loop.${step}Hint`)}</span>
              </span>
            </li>
          ))}
        </ol>
      </div>
      <div className="control-kinds">
        {CONTROL_KINDS.map((kind) => (
          <PartRichText
            key={kind}
            part="control"
            path={kind}
            label={t(`controlEditor.kinds.${kind}`)}
            hint={t(`controlEditor.kindHints.${kind}`)}
            placeholder={t(`controlEditor.kindPlaceholders.${kind}`)}
            readOnly={readOnly}
          />
        ))}
      </div>
    </PartSection>
  );
});
