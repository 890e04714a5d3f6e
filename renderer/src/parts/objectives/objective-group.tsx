import { memo, useCallback, useId, useRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Objective } from '../../../../shared/domain/objectives';
import type { SelectOption } from '../../components/form';
import { formatInteger } from '../../format/numbers';
import { useLocale } from '../../hooks/use-locale';
import { useStore } from '../../state/store';
import { AddBox } from '../swot/add-box';
import { coverageOf, type Coverage } from './coverage';
import { ObjectiveCard } from './objective-card';
import { objectiveForecast, type BudgetReport } from '../../../../shared/logic';
import { newObjective } from './rows';
import { useProgressiveCount } from '../../components/deferred';

type ObjectiveGroupProps = {
  kind: Objective['kind'];
  objectives: readonly Objective[];
  coverage: ReadonlyMap<string, Coverage>;
  /** The budget, for the forecast's figure beside a revenue or profit target; null when it cannot be computed. */
  report: BudgetReport | null;
  currency: string;
  kinds: readonly SelectOption[];
  metrics: readonly SelectOption[];
  readOnly: boolean;
  onDelete(id: string, name: string, group: readonly Objective[], fallback: () => void): void;
};

/** The financial or the marketing objectives: heading, cards in plan order, and a box that adds one. */
export const ObjectiveGroup = memo(function ObjectiveGroup({
  kind,
  objectives,
  coverage,
  report,
  currency,
  kinds,
  metrics,
  readOnly,
  onDelete,
}: ObjectiveGroupProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const root = useRef<HTMLElement>(null);
  const latest = useRef(objectives);
  latest.current = objectives;
  const focusAdd = useCallback(() => root.current?.querySelector<HTMLElement>('.add-box__input')?.focus(), []);
  const deleteCard = useCallback((rowId: string, name: string) => onDelete(rowId, name, latest.current, focusAdd), [onDelete, focusAdd]);
  const add = useCallback((title: string) => useStore.getState().upsertRow('objectives', newObjective(kind, title), { immediate: true }), [kind]);

  // In a large plan the first few cards come with the step, the rest a frame later.
  const shown = useProgressiveCount(objectives.length, 2);
  return (
    <section ref={root} className={`objective-group objective-group--${kind}`} aria-labelledby={`${id}-title`}>
      <header className="objective-group__header">
        <h3 className="quadrant__title">
          <span id={`${id}-title`}>{t(`objectivesEditor.groups.${kind}`)}</span>
          <span className="count-badge num" aria-label={t('objectivesEditor.count', { count: objectives.length })}>
            {formatInteger(objectives.length, locale)}
          </span>
        </h3>
        <p className="quadrant__hint">{t(`objectivesEditor.groupHints.${kind}`)}</p>
      </header>
      {objectives.length > 0 ? (
        <ol className="quadrant__list" aria-labelledby={`${id}-title`}>
          {objectives.slice(0, shown).map((objective, index) => {
            const forecast = report ? objectiveForecast(objective, report, currency) : null;
            return (
              <ObjectiveCard
                key={objective.id}
                objective={objective}
                number={index + 1}
                isFirst={index === 0}
                isLast={index === objectives.length - 1}
                coverage={coverageOf(coverage, objective.id)}
                forecastValue={forecast?.value ?? null}
                forecastReached={forecast?.reached ?? false}
                kinds={kinds}
                metrics={metrics}
                readOnly={readOnly}
                onDelete={deleteCard}
              />
            );
          })}
        </ol>
      ) : (
        <p className="quadrant__empty">{t('objectivesEditor.empty')}</p>
      )}
      {readOnly ? null : <AddBox label={t(`objectivesEditor.add.${kind}`)} placeholder={t('objectivesEditor.addPlaceholder')} onAdd={add} />}
    </section>
  );
});
