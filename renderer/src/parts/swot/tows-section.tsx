import { memo, useId, useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { TOWS_KINDS, type SwotItem, type SwotKind, type TowsStrategy } from '../../../../shared/domain/swot';
import { AlertIcon } from '../../components/icons';
import { clipLabel } from './evidence-options';
import { rowsByGroup } from './group-order';
import { useStableGroups } from './use-stable-groups';
import { PartSection } from '../part-section';
import { TowsGroup } from './tows-group';
import { useRowDelete } from './use-row-delete';

type TowsSectionProps = {
  strategies: readonly TowsStrategy[];
  byKind: Record<SwotKind, SwotItem[]>;
  /** Major threats that no strategy pairs yet, in board order. */
  unanswered: readonly SwotItem[];
  readOnly: boolean;
  onAnswer(threatId: string): void;
};

/** The TOWS matrix: SO and ST over WO and WT, each a list of strategies naming the items they pair. */
export const TowsSection = memo(function TowsSection({ strategies, byKind, unanswered, readOnly, onAnswer }: TowsSectionProps) {
  const { t } = useTranslation();
  const alertId = useId();
  const groups = useStableGroups(useMemo(() => rowsByGroup(strategies, TOWS_KINDS, (s) => s.kind), [strategies]));
  const { requestDelete: onDelete, dialog } = useRowDelete('towsStrategies');
  const threatCode = (item: SwotItem) => `T${byKind.T.indexOf(item) + 1}`;

  return (
    <PartSection title={t('swotEditor.tows.title')} lead={t('swotEditor.tows.lead')}>
      {unanswered.length > 0 ? (
        <div className="tows-alert" role="region" aria-labelledby={alertId}>
          <AlertIcon className="tows-alert__icon" />
          <div className="tows-alert__body">
            <h3 className="tows-alert__title" id={alertId}>
              {t('swotEditor.tows.unansweredTitle')}
            </h3>
            <p className="tows-alert__lead">{t('swotEditor.tows.unansweredLead')}</p>
            <ul className="tows-alert__list">
              {unanswered.map((item) => (
                <li key={item.id} className="tows-alert__item">
                  <span className="pair-chip__code">{threatCode(item)}</span>{' '}
                  <span className="tows-alert__text">{clipLabel(item.statement, 90)}</span>
                  {readOnly ? null : (
                    <button type="button" className="button button--sm button--ghost tows-alert__answer" onClick={() => onAnswer(item.id)}>
                      {t('swotEditor.answer')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <div className="swot-container">
        <div className="tows-matrix" data-collection="towsStrategies">
          {TOWS_KINDS.map((kind) => (
            <TowsGroup key={kind} kind={kind} strategies={groups[kind]} byKind={byKind} readOnly={readOnly} onDelete={onDelete} />
          ))}
        </div>
      </div>
      {dialog}
    </PartSection>
  );
});
