import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { SwotItem, SwotKind } from '../../../../shared/domain/swot';
import type { EvidenceGroup } from './evidence-options';
import { Quadrant } from './quadrant';
import { PartSection } from '../part-section';
import { useRowDelete } from './use-row-delete';

type BoardProps = {
  /** The items by quadrant, in plan order (arrays that change only with their quadrant). */
  byKind: Record<SwotKind, SwotItem[]>;
  answered: ReadonlySet<string>;
  evidenceGroups: readonly EvidenceGroup[];
  readOnly: boolean;
  onAnswer(threatId: string): void;
};

/**
 * The SWOT board: strengths and weaknesses (internal) over opportunities and threats (external),
 * helpful on the left, harmful on the right, as planners draw it.
 */
export const SwotBoard = memo(function SwotBoard({ byKind, answered, evidenceGroups, readOnly, onAnswer }: BoardProps) {
  const { t } = useTranslation();
  const { requestDelete: onDelete, dialog } = useRowDelete('swotItems');
  const quadrant = (kind: SwotKind) => (
    <Quadrant
      kind={kind}
      items={byKind[kind]}
      answered={answered}
      evidenceGroups={evidenceGroups}
      readOnly={readOnly}
      onDelete={onDelete}
      onAnswer={onAnswer}
    />
  );
  return (
    <PartSection title={t('swotEditor.board.title')} lead={t('swotEditor.board.lead')}>
      <div className="swot-container">
        <div className="swot-board" data-collection="swotItems">
          <span className="swot-board__corner" aria-hidden="true" />
          <span className="swot-board__axis swot-board__axis--col" aria-hidden="true">
            {t('swotEditor.board.helpful')}
          </span>
          <span className="swot-board__axis swot-board__axis--col" aria-hidden="true">
            {t('swotEditor.board.harmful')}
          </span>
          <span className="swot-board__axis swot-board__axis--row" aria-hidden="true">
            {t('swotEditor.board.internal')}
          </span>
          {quadrant('S')}
          {quadrant('W')}
          <span className="swot-board__axis swot-board__axis--row" aria-hidden="true">
            {t('swotEditor.board.external')}
          </span>
          {quadrant('O')}
          {quadrant('T')}
        </div>
      </div>
      {readOnly ? null : <p className="part-section__keys">{t('swotEditor.board.keys')}</p>}
      {dialog}
    </PartSection>
  );
});
