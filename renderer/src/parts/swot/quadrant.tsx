import { memo, useCallback, useId, useRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { SwotItem, SwotKind } from '../../../../shared/domain/swot';
import { isMajorThreat } from '../../../../shared/logic/health';
import { formatInteger } from '../../format/numbers';
import { useLocale } from '../../hooks/use-locale';
import { useStore } from '../../state/store';
import { AddBox } from './add-box';
import type { EvidenceGroup } from './evidence-options';
import { newSwotItem } from './rows';
import { SwotCard } from './swot-card';
import { useProgressiveCount } from '../../components/deferred';

type QuadrantProps = {
  kind: SwotKind;
  items: readonly SwotItem[];
  /** Ids of the items some TOWS strategy pairs. */
  answered: ReadonlySet<string>;
  evidenceGroups: readonly EvidenceGroup[];
  readOnly: boolean;
  onDelete(id: string, name: string, group: readonly SwotItem[], fallback: () => void): void;
  onAnswer(id: string): void;
};

/** One quadrant of the board: its heading and count, its cards in order, and a box that adds one. */
export const Quadrant = memo(function Quadrant({ kind, items, answered, evidenceGroups, readOnly, onDelete, onAnswer }: QuadrantProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const root = useRef<HTMLElement>(null);
  const focusAdd = useCallback(() => root.current?.querySelector<HTMLElement>('.add-box__input')?.focus(), []);
  // Read through a ref: the cards keep the same callback while the quadrant's items change.
  const latest = useRef(items);
  latest.current = items;
  const deleteCard = useCallback((itemId: string, name: string) => onDelete(itemId, name, latest.current, focusAdd), [onDelete, focusAdd]);
  const add = useCallback((text: string) => useStore.getState().upsertRow('swotItems', newSwotItem(kind, text), { immediate: true }), [kind]);

  // In a large plan the first few cards come with the step, the rest a frame later.
  const shown = useProgressiveCount(items.length, 3);
  return (
    <section ref={root} className={`quadrant quadrant--${kind}`} aria-labelledby={`${id}-title`}>
      <header className="quadrant__header">
        <span className="quadrant__letter" aria-hidden="true">
          {kind}
        </span>
        <div className="quadrant__heading">
          <h3 className="quadrant__title">
            <span id={`${id}-title`}>{t(`swotEditor.kinds.${kind}`)}</span>
            <span className="count-badge num" aria-label={t('swotEditor.count', { count: items.length })}>
              {formatInteger(items.length, locale)}
            </span>
          </h3>
          <p className="quadrant__hint">{t(`swotEditor.hints.${kind}`)}</p>
        </div>
      </header>
      {items.length > 0 ? (
        <ol className="quadrant__list" aria-labelledby={`${id}-title`}>
          {items.slice(0, shown).map((item, index) => {
            const major = isMajorThreat(item);
            return (
              <SwotCard
                key={item.id}
                item={item}
                number={index + 1}
                isFirst={index === 0}
                isLast={index === items.length - 1}
                major={major}
                unanswered={major && !answered.has(item.id)}
                evidenceGroups={evidenceGroups}
                readOnly={readOnly}
                onDelete={deleteCard}
                onAnswer={onAnswer}
              />
            );
          })}
        </ol>
      ) : (
        <p className="quadrant__empty">{t('swotEditor.empty')}</p>
      )}
      {readOnly ? null : <AddBox label={t(`swotEditor.add.${kind}`)} placeholder={t('swotEditor.addPlaceholder')} onAdd={add} />}
    </section>
  );
});
