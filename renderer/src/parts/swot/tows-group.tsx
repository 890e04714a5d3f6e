import { memo, useCallback, useId, useRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { SwotItem, SwotKind, TowsKind, TowsStrategy } from '../../../../shared/domain/swot';
import { formatInteger } from '../../format/numbers';
import { useLocale } from '../../hooks/use-locale';
import { useStore } from '../../state/store';
import { AddBox } from './add-box';
import { newTowsStrategy } from './rows';
import { TowsCard } from './tows-card';
import { useProgressiveCount } from '../../components/deferred';

type TowsGroupProps = {
  kind: TowsKind;
  strategies: readonly TowsStrategy[];
  byKind: Record<SwotKind, SwotItem[]>;
  readOnly: boolean;
  onDelete(id: string, name: string, group: readonly TowsStrategy[], fallback: () => void): void;
};

/** The strategies of one TOWS kind (SO, ST, WO, WT): heading, cards, and a box that adds one. */
export const TowsGroup = memo(function TowsGroup({ kind, strategies, byKind, readOnly, onDelete }: TowsGroupProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const root = useRef<HTMLElement>(null);
  const latest = useRef(strategies);
  latest.current = strategies;
  const focusAdd = useCallback(() => root.current?.querySelector<HTMLElement>('.add-box__input')?.focus(), []);
  const deleteCard = useCallback((rowId: string, name: string) => onDelete(rowId, name, latest.current, focusAdd), [onDelete, focusAdd]);
  const add = useCallback(
    (text: string) => useStore.getState().upsertRow('towsStrategies', newTowsStrategy(kind, text), { immediate: true }),
    [kind],
  );

  // In a large plan the first few cards come with the step, the rest a frame later.
  const shown = useProgressiveCount(strategies.length, 4);
  return (
    <section ref={root} className={`tows-group tows-group--${kind}`} aria-labelledby={`${id}-title`}>
      <header className="quadrant__header">
        <span className="tows-group__letters" aria-hidden="true">
          <span className={`tows-group__letter tows-group__letter--${kind[0]}`}>{kind[0]}</span>
          <span className={`tows-group__letter tows-group__letter--${kind[1]}`}>{kind[1]}</span>
        </span>
        <div className="quadrant__heading">
          <h3 className="quadrant__title">
            <span id={`${id}-title`}>{t(`swotEditor.tows.kinds.${kind}`)}</span>
            <span className="count-badge num" aria-label={t('swotEditor.count', { count: strategies.length })}>
              {formatInteger(strategies.length, locale)}
            </span>
          </h3>
          <p className="quadrant__hint">{t(`swotEditor.tows.hints.${kind}`)}</p>
        </div>
      </header>
      {strategies.length > 0 ? (
        <ol className="quadrant__list" aria-labelledby={`${id}-title`}>
          {strategies.slice(0, shown).map((strategy, index) => (
            <TowsCard
              key={strategy.id}
              strategy={strategy}
              number={index + 1}
              isFirst={index === 0}
              isLast={index === strategies.length - 1}
              byKind={byKind}
              readOnly={readOnly}
              onDelete={deleteCard}
            />
          ))}
        </ol>
      ) : (
        <p className="quadrant__empty">{t('swotEditor.tows.empty')}</p>
      )}
      {readOnly ? null : <AddBox label={t(`swotEditor.tows.add.${kind}`)} placeholder={t('swotEditor.tows.addPlaceholder')} onAdd={add} />}
    </section>
  );
});
