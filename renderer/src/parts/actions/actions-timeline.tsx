import { memo, useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { actionTimelineChart, TIMELINE_MAX_ROWS, timelineActions, timelineHeight } from '../../../../shared/charts/action-timeline';
import type { Action } from '../../../../shared/domain/actions';
import type { Month } from '../../../../shared/logic/months';
import { Chart, useChartContext } from '../../components/chart';
import { formatInteger } from '../../format/numbers';
import { useLocale } from '../../hooks/use-locale';
import type { TimelineColour } from './view-state';

type ActionsTimelineProps = {
  /** The filtered actions; the chart puts the dated ones in order of their start. */
  shown: readonly Action[];
  /** The plan's months: the axis covers at least the plan period. */
  months: readonly Month[];
  currency: string;
  colourBy: TimelineColour;
  filtered: boolean;
  /** Puts the focus on the month filter, the quickest way to a readable chart. */
  onFilterByMonth(): void;
  /** The count and cost line under the heading. */
  summary: ReactNode;
};

const NAMED_UNDATED = 5;

/** The actions as a Gantt chart (shared/charts' actionTimelineChart), following the table's filters. */
export const ActionsTimeline = memo(function ActionsTimeline({
  shown,
  months,
  currency,
  colourBy,
  filtered,
  onFilterByMonth,
  summary,
}: ActionsTimelineProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const ctx = useChartContext(currency);
  const dated = useMemo(() => timelineActions(shown), [shown]);
  const undated = useMemo(() => shown.filter((a) => a.start === null && a.end === null), [shown]);
  const option = useMemo(() => actionTimelineChart(shown, ctx, { colourBy, months }), [shown, ctx, colourBy, months]);
  const hidden = dated.length - Math.min(dated.length, TIMELINE_MAX_ROWS);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const untitled = t('editor.grid.untitled');

  return (
    <section className="grid-block actions-timeline" aria-labelledby={headingId}>
      <div className="grid-block__header">
        <h2 id={headingId} className="grid-block__title">
          {t('actionsEditor.timeline.title')}
        </h2>
        <span className="count-badge num" aria-hidden="true">
          {formatInteger(dated.length, locale)}
        </span>
      </div>
      <p className="grid-block__description">{summary}</p>
      {dated.length === 0 ? (
        <p className="actions-timeline__empty">{t(filtered ? 'actionsEditor.timeline.emptyFiltered' : 'actionsEditor.timeline.empty')}</p>
      ) : (
        <div className="actions-timeline__chart">
          <Chart option={option} label={t('actionsEditor.timeline.label')} height={timelineHeight(dated.length)} />
        </div>
      )}
      {hidden > 0 ? (
        <div className="actions-timeline__note actions-timeline__note--capped" role="note">
          <p>
            {t('actionsEditor.timeline.capped', { shown: formatInteger(TIMELINE_MAX_ROWS, locale), count: formatInteger(dated.length, locale) })}{' '}
            {t('actionsEditor.timeline.cappedHint')}
          </p>
          <button type="button" className="button button--sm button--secondary" onClick={onFilterByMonth}>
            {t('actionsEditor.timeline.filterByMonth')}
          </button>
        </div>
      ) : null}
      {undated.length > 0 ? (
        <p className="actions-timeline__note">
          {undated.length <= NAMED_UNDATED
            ? t('actionsEditor.timeline.undated', { names: list.format(undated.map((a) => `“${a.title.trim() || untitled}”`)) })
            : t('actionsEditor.timeline.undatedMany', { count: formatInteger(undated.length, locale) })}
        </p>
      ) : null}
    </section>
  );
});
