import { memo, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { SWOT_KINDS, type SwotItem, type SwotKind, type TowsStrategy } from '../../../../shared/domain/swot';
import { ChevronDownIcon } from '../../components/editor-icons';
import { CloseIcon } from '../../components/icons';
import { useFieldError } from '../../state/use-field-error';
import { useStore } from '../../state/store';
import { CardTools } from './card-tools';
import { clipLabel } from './evidence-options';
import { moveInGroup, patchRow } from './row-edits';
import { pairedKinds } from './rows';

type TowsCardProps = {
  strategy: TowsStrategy;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  /** The board's items by quadrant, in order: an item's code is its letter and place ("S2"). */
  byKind: Record<SwotKind, SwotItem[]>;
  readOnly: boolean;
  onDelete(id: string, name: string): void;
};

const onBlur = () => void useStore.getState().flushEdits();

type Located = { item: SwotItem; code: string; order: number };

function locate(byKind: Record<SwotKind, SwotItem[]>, id: string): Located | null {
  for (const [k, kind] of SWOT_KINDS.entries()) {
    const index = byKind[kind].findIndex((i) => i.id === id);
    if (index >= 0) return { item: byKind[kind][index]!, code: `${kind}${index + 1}`, order: k * 10_000 + index };
  }
  return null;
}

/**
 * One TOWS strategy: its text, the SWOT items it pairs as chips, and a checklist of the items it
 * may pair (only the two matching quadrants). The checklist opens by itself while nothing is
 * paired. An item of another quadrant (from an imported plan) still shows as a chip, marked, so
 * it can be unpaired.
 */
export const TowsCard = memo(TowsCardInner, sameCard);

function TowsCardInner({ strategy, number, isFirst, isLast, byKind, readOnly, onDelete }: TowsCardProps) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(strategy.swotItemIds.length === 0);
  const error = useFieldError(`towsStrategies:${strategy.id}:strategy`);
  const pairsError = useFieldError(`towsStrategies:${strategy.id}:swotItemIds`);
  const [first, second] = pairedKinds(strategy.kind);
  const name = t('swotEditor.tows.itemLabel', { kind: strategy.kind, number });
  const kindNames = { first: t(`swotEditor.kindOne.${first}`), second: t(`swotEditor.kindOne.${second}`) };
  // Shown as the board orders them (S, W, O, T, then by place), whatever order they were ticked in.
  const paired = strategy.swotItemIds
    .map((itemId) => ({ itemId, at: locate(byKind, itemId) }))
    .sort((a, b) => (a.at?.order ?? 1e9) - (b.at?.order ?? 1e9));

  const setPairs = (ids: string[]) => patchRow('towsStrategies', strategy.id, { swotItemIds: ids }, { immediate: true });
  const toggle = (itemId: string, on: boolean) => {
    const current = strategy.swotItemIds.filter((i) => i !== itemId);
    setPairs(on ? [...current, itemId] : current);
  };

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (readOnly || !event.altKey || event.ctrlKey || event.metaKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    moveInGroup('towsStrategies', strategy.id, event.key === 'ArrowUp' ? -1 : 1);
  }

  const choices = [first, second].map((kind) => ({ kind, items: byKind[kind] }));
  const nothingToPair = choices.every((c) => c.items.length === 0);

  return (
    <li className="tows-card" data-card-id={strategy.id}>
      <article className="tows-card__body" aria-labelledby={`${id}-label`} onKeyDown={onKeyDown}>
        <header className="swot-card__header">
          <label className="swot-card__label" id={`${id}-label`} htmlFor={`${id}-text`}>
            {name}
          </label>
          {readOnly ? null : (
            <CardTools
              name={name}
              canMoveUp={!isFirst}
              canMoveDown={!isLast}
              onMove={(step) => moveInGroup('towsStrategies', strategy.id, step)}
              onDelete={() => onDelete(strategy.id, strategy.strategy)}
            />
          )}
        </header>
        <textarea
          id={`${id}-text`}
          data-card-text
          className={`card-text${error ? ' card-text--invalid' : ''}`}
          value={strategy.strategy}
          rows={1}
          readOnly={readOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-text-error` : undefined}
          onChange={(e) => patchRow('towsStrategies', strategy.id, { strategy: e.target.value })}
          onBlur={onBlur}
        />
        {error ? (
          <p className="field__error" id={`${id}-text-error`} role="alert">
            {error}
          </p>
        ) : null}

        <div className="tows-card__pairs">
          <span className="tows-card__pairs-label" id={`${id}-pairs`}>
            {t('swotEditor.tows.pairs')}
          </span>
          <ul className="chip-list" aria-labelledby={`${id}-pairs`}>
            {paired.length === 0 ? <li className="chip-list__none">{t('swotEditor.tows.pairsNone')}</li> : null}
            {paired.map(({ itemId, at }) => {
              const kind = at?.item.kind;
              const fits = kind === first || kind === second;
              const text = at ? clipLabel(at.item.statement, 48) : t('swotEditor.evidenceMissing');
              return (
                <li
                  key={itemId}
                  className={`pair-chip pair-chip--${kind ?? 'missing'}${fits ? '' : ' pair-chip--misfit'}`}
                  title={fits ? at?.item.statement : t('swotEditor.tows.wrongKind', kindNames)}
                >
                  <span className="pair-chip__code">{at?.code ?? '?'}</span> <span className="pair-chip__text">{text}</span>
                  {readOnly ? null : (
                    <button
                      type="button"
                      className="pair-chip__remove"
                      aria-label={t('swotEditor.tows.unpair', { name: at ? `${at.code} ${text}` : text })}
                      onClick={() => toggle(itemId, false)}
                    >
                      <CloseIcon size={11} />
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {readOnly ? null : (
            <button
              type="button"
              className="button button--sm button--ghost tows-card__toggle"
              aria-expanded={open}
              aria-controls={`${id}-choices`}
              onClick={() => setOpen((o) => !o)}
            >
              {open ? t('swotEditor.tows.hide') : t('swotEditor.tows.choose')}
              <ChevronDownIcon size={14} className={open ? 'tows-card__chevron--open' : undefined} />
            </button>
          )}
        </div>
        {pairsError ? (
          <p className="field__error" role="alert">
            {pairsError}
          </p>
        ) : null}

        {open && !readOnly ? (
          <fieldset className="tows-choices" id={`${id}-choices`}>
            <legend className="tows-choices__legend">{t('swotEditor.tows.checklist')}</legend>
            {nothingToPair ? (
              <p className="tows-choices__empty">
                {t('swotEditor.tows.nothingToPair', { first: t(`swotEditor.kinds.${first}`), second: t(`swotEditor.kinds.${second}`) })}
              </p>
            ) : (
              <div className="tows-choices__columns">
                {choices.map(({ kind, items }) => (
                  <div key={kind} className="tows-choices__column" role="group" aria-labelledby={`${id}-${kind}`}>
                    <p className={`tows-choices__kind tows-choices__kind--${kind}`} id={`${id}-${kind}`}>
                      {t(`swotEditor.kinds.${kind}`)}
                    </p>
                    {items.length === 0 ? <p className="tows-choices__none">{t('swotEditor.empty')}</p> : null}
                    {items.map((item, index) => (
                      <label key={item.id} className="tows-choice" title={item.statement}>
                        <input type="checkbox" checked={strategy.swotItemIds.includes(item.id)} onChange={(e) => toggle(item.id, e.target.checked)} />
                        <span className="tows-choice__code">{`${kind}${index + 1}`}</span>{' '}
                        <span className="tows-choice__text">{item.statement || t('swotEditor.untitled')}</span>
                      </label>
                    ))}
                  </div>
                ))}
              </div>
            )}
          </fieldset>
        ) : null}
      </article>
    </li>
  );
}

function kindOf(byKind: Record<SwotKind, SwotItem[]>, id: string): SwotKind | null {
  return SWOT_KINDS.find((kind) => byKind[kind].some((i) => i.id === id)) ?? null;
}

/**
 * Typing in a SWOT item gives the board a new quadrant array on every key: a card re-renders only
 * when a quadrant it shows changed (the two it pairs, and any a paired item sits in).
 */
function sameCard(a: TowsCardProps, b: TowsCardProps): boolean {
  if (a.strategy !== b.strategy || a.number !== b.number || a.isFirst !== b.isFirst || a.isLast !== b.isLast) return false;
  if (a.readOnly !== b.readOnly || a.onDelete !== b.onDelete) return false;
  if (a.byKind === b.byKind) return true;
  const kinds = new Set<SwotKind>(pairedKinds(a.strategy.kind));
  for (const id of a.strategy.swotItemIds) {
    const kind = kindOf(a.byKind, id);
    if (!kind) return false;
    kinds.add(kind);
  }
  return [...kinds].every((kind) => a.byKind[kind] === b.byKind[kind]);
}
