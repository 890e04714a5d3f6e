import { useMemo, useRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Action, ActionStatus } from '../../../../shared/domain/actions';
import type { Objective } from '../../../../shared/domain/objectives';
import type { GridColumn, GridOption } from '../../components/grid';
import { useLocale } from '../../hooks/use-locale';
import type { ActionOptions } from './options';

/**
 * The same array while its options read the same: the columns (and so all 300 memoized rows)
 * change only when a linked row's title does, not with every cost or date typed.
 */
function useStableOptions(next: GridOption[]): GridOption[] {
  const ref = useRef(next);
  const prev = ref.current;
  if (prev !== next && (prev.length !== next.length || prev.some((o, i) => o.value !== next[i]!.value || o.label !== next[i]!.label)))
    ref.current = next;
  return ref.current;
}

function titled(rows: readonly { id: string; title: string }[], locale: string): GridOption[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return rows
    .filter((r) => r.title.trim() !== '')
    .map((r) => ({ value: r.id, label: r.title }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

function StatusBadge({ status, label }: { status: ActionStatus; label: string }) {
  return (
    <span className={`action-status action-status--${status}`}>
      <span className="action-status__dot" aria-hidden="true" />
      {label}
    </span>
  );
}

type Targets = { options: GridOption[]; labels: Map<string, string>; linked: string };

/**
 * The actions a "Depends on" cell may name. Typing a new action's title changes what the editor
 * offers, but what a cell shows only if some action depends on the retitled one: only then do
 * the columns change (and so every one of 300 memoized rows render again). Otherwise the same
 * list is refilled in place; the editor and paste read it when they run.
 */
function useActionTargets(actions: readonly Action[], locale: string): Targets {
  const shared = useRef<Targets>({ options: [], labels: new Map(), linked: '' });
  const latest = useRef(actions);
  latest.current = actions;
  const titles = useMemo(() => actions.map((a) => `${a.id}\u0001${a.title}`).join('\u0000'), [actions]);
  useMemo(() => {
    const { options, labels } = shared.current;
    options.splice(0, options.length, ...titled(latest.current, locale));
    labels.clear();
    for (const o of options) labels.set(o.value, o.label);
    // Sorting 300 titles is paid only when a title changes, not with every date or cost typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [titles, locale]);
  const linked = useMemo(() => {
    const ids = [...new Set(actions.flatMap((a) => a.dependsOn))].sort();
    return ids.map((id) => `${id}\u0001${shared.current.labels.get(id) ?? ''}`).join('\u0000');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the labels read here are refilled (in shared.current) when the titles or the language change: those must recompute this too
  }, [actions, titles, locale]);
  shared.current.linked = linked;
  return shared.current;
}

const SHOWN_LINKS = 2;

/**
 * Linked rows one per line, cut to one line each and at most two, so a row stays short however
 * long the objectives' titles are; the whole list is in the tooltip and in the cell's editor.
 */
function LinkList({ ids, labels, more }: { ids: readonly string[]; labels: ReadonlyMap<string, string>; more: (n: number) => string }) {
  const names = ids.flatMap((id) => labels.get(id) ?? []);
  if (names.length === 0) return null;
  const hidden = names.length - SHOWN_LINKS;
  return (
    <span className="action-links" title={names.join('\n')}>
      {names.slice(0, SHOWN_LINKS).map((name, i) => (
        <span key={i} className="action-links__item">
          {name}
        </span>
      ))}
      {hidden > 0 ? <span className="action-links__more">{more(hidden)}</span> : null}
    </span>
  );
}

/** The table's columns, memoized on what they show: labels, the objectives, the actions' titles. */
export function useActionColumns(actions: readonly Action[], objectives: readonly Objective[], options: ActionOptions): GridColumn<Action>[] {
  const { t } = useTranslation();
  const locale = useLocale();
  const objectiveOptions = useStableOptions(useMemo(() => titled(objectives, locale), [objectives, locale]));
  const targets = useActionTargets(actions, locale);

  return useMemo<GridColumn<Action>[]>(() => {
    const more = (n: number) => t('actionsEditor.moreLinks', { count: n });
    const objectiveLabels = new Map(objectiveOptions.map((o) => [o.value, o.label]));
    const links = (labels: ReadonlyMap<string, string>) => (value: unknown) =>
      Array.isArray(value) ? <LinkList ids={value} labels={labels} more={more} /> : null;
    return [
      { id: 'title', header: t('actionsEditor.columns.title'), type: 'text', width: 260, sortable: true },
      { id: 'start', header: t('actionsEditor.columns.start'), type: 'date', width: 128, sortable: true },
      { id: 'end', header: t('actionsEditor.columns.end'), type: 'date', width: 128, sortable: true },
      { id: 'owner', header: t('actionsEditor.columns.owner'), type: 'text', width: 140, sortable: true },
      { id: 'cost', header: t('actionsEditor.columns.cost'), type: 'money', unit: t('actionsEditor.columns.costUnit'), width: 128, sortable: true },
      {
        id: 'objectiveIds',
        header: t('actionsEditor.columns.objectiveIds'),
        type: 'multiLink',
        options: objectiveOptions,
        width: 220,
        sortable: true,
        render: links(objectiveLabels),
      },
      { id: 'mixElement', header: t('actionsEditor.columns.mixElement'), type: 'select', options: options.mix, width: 130, sortable: true },
      {
        id: 'status',
        header: t('actionsEditor.columns.status'),
        type: 'select',
        options: options.statuses,
        nullable: false,
        width: 132,
        sortable: true,
        render: (value) =>
          typeof value === 'string' ? <StatusBadge status={value as ActionStatus} label={options.statusLabels[value as ActionStatus]} /> : null,
      },
      {
        id: 'dependsOn',
        header: t('actionsEditor.columns.dependsOn'),
        type: 'multiLink',
        options: targets.options,
        // An action cannot wait for itself: its own title is not offered.
        rowOptions: (row) => targets.options.filter((o) => o.value !== row.id),
        width: 220,
        sortable: true,
        render: links(targets.labels),
      },
    ];
    // targets.linked stands for the titles the cells show; the lists themselves are refilled in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, objectiveOptions, targets.linked, options]);
}
