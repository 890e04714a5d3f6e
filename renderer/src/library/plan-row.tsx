import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { PlanSummary } from '../../../shared/contracts/views';
import {
  CopyIcon,
  DocumentIcon,
  ExportFileIcon,
  HandOutIcon,
  MoreIcon,
  OpenIcon,
  PencilIcon,
  PlusIcon,
  RestoreIcon,
  TeamIcon,
  TrashIcon,
} from '../components/icons';
import { MenuButton, type MenuItem } from '../components/menu-button';
import { ProgressBar } from '../components/progress-bar';
import { currencyName } from '../format/currencies';
import { formatPeriod, formatRelative, formatTimestamp } from '../format/dates';
import { useLocale } from '../hooks/use-locale';
import { routeHref } from '../routing/route';
import { useStore } from '../state/store';
import { TeamLinkBadge } from '../team/state-badge';

export type RowActions = {
  open(plan: PlanSummary): void;
  rename(plan: PlanSummary): void;
  duplicate(plan: PlanSummary): void;
  exportFile(plan: PlanSummary): void;
  trash(plan: PlanSummary): void;
  restore(plan: PlanSummary): void;
  deletePermanently(plan: PlanSummary): void;
  addToClass(plan: PlanSummary): void;
  /** "Prepare for class": one copy per participant. */
  handOut(plan: PlanSummary): void;
  /** "Publish to team…": the team library (renderer/src/team). */
  publishToTeam(plan: PlanSummary): void;
  /** Only while the list is filtered by a class. */
  removeFromClass?: (plan: PlanSummary) => void;
};

type PlanRowProps = {
  plan: PlanSummary;
  /** The row's place in the list (`data-index`: a windowed table measures the rows it renders). */
  index: number;
  view: 'plans' | 'trash';
  active: boolean;
  now: number;
  actions: RowActions;
  measureRef?: (el: HTMLTableRowElement | null) => void;
  onFocusRow: () => void;
  onRowKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => void;
};

export const PlanRow = memo(function PlanRow({ plan, index, view, active, now, actions, measureRef, onFocusRow, onRowKeyDown }: PlanRowProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const when = view === 'trash' && plan.deletedAt ? plan.deletedAt : plan.updatedAt;
  const relative = formatRelative(when, locale, now) ?? t('time.justNow');
  const inner = active ? 0 : -1;
  // The plan's link to the team library, as this computer knows it (offline too); most plans have none.
  const teamLink = useStore((s) => (view === 'plans' ? s.teamLinks.find((l) => l.planId === plan.id) : undefined));

  const items: MenuItem[] =
    view === 'plans'
      ? [
          { id: 'open', label: t('library.open'), icon: <OpenIcon />, onSelect: () => actions.open(plan) },
          { id: 'rename', label: t('library.rename'), icon: <PencilIcon />, onSelect: () => actions.rename(plan) },
          { id: 'duplicate', label: t('library.duplicate'), icon: <CopyIcon />, onSelect: () => actions.duplicate(plan) },
          { id: 'export-file', label: t('planFiles.exportPlanFile'), icon: <ExportFileIcon />, onSelect: () => actions.exportFile(plan) },
          { id: 'add-to-class', label: t('classes.addToClass'), icon: <PlusIcon />, onSelect: () => actions.addToClass(plan) },
          { id: 'hand-out', label: t('handOut.command'), icon: <HandOutIcon />, onSelect: () => actions.handOut(plan) },
          { id: 'publish-to-team', label: t('team.publish.command'), icon: <TeamIcon />, onSelect: () => actions.publishToTeam(plan) },
          ...(actions.removeFromClass
            ? [{ id: 'remove-from-class', label: t('classes.removeFromClass'), onSelect: () => actions.removeFromClass?.(plan) }]
            : []),
          {
            id: 'trash',
            label: t('library.moveToTrash'),
            icon: <TrashIcon />,
            danger: true,
            separatorBefore: true,
            onSelect: () => actions.trash(plan),
          },
        ]
      : [
          { id: 'restore', label: t('library.restore'), icon: <RestoreIcon />, onSelect: () => actions.restore(plan) },
          {
            id: 'delete',
            label: t('library.deletePermanently'),
            icon: <TrashIcon />,
            danger: true,
            separatorBefore: true,
            onSelect: () => actions.deletePermanently(plan),
          },
        ];

  return (
    <tr
      ref={measureRef}
      data-index={index}
      className="plan-row"
      tabIndex={active ? 0 : -1}
      data-plan-id={plan.id}
      onFocus={onFocusRow}
      onKeyDown={onRowKeyDown}
      onDoubleClick={() => (view === 'plans' ? actions.open(plan) : actions.restore(plan))}
    >
      <td className="plan-row__name">
        <span className="plan-row__icon" aria-hidden="true">
          <DocumentIcon />
        </span>
        {view === 'plans' ? (
          <>
            <a className="plan-row__link" href={routeHref({ name: 'plan', planId: plan.id, section: 'details' })} tabIndex={-1} title={plan.name}>
              {plan.name}
            </a>
            {teamLink ? <TeamLinkBadge link={teamLink} /> : null}
          </>
        ) : (
          <span className="plan-row__title">{plan.name}</span>
        )}
      </td>
      <td className={`plan-row__client${plan.client ? '' : ' plan-row__client--none'}`}>{plan.client || t('library.noClient')}</td>
      <td className={`plan-row__author${plan.author ? '' : ' plan-row__client--none'}`}>{plan.author || t('library.noAuthor')}</td>
      <td className="plan-row__period num">{formatPeriod(plan.periodStart, plan.periodEnd, locale)}</td>
      <td className="plan-row__currency">
        <abbr className="tag" title={currencyName(plan.currency, locale)}>
          {plan.currency}
        </abbr>
      </td>
      <td className="plan-row__progress">
        <ProgressBar value={plan.progress} label={t('library.progressLabel', { name: plan.name })} />
      </td>
      <td className="plan-row__modified">
        <time dateTime={when} title={formatTimestamp(when, locale)}>
          <span className="plan-row__relative">{relative}</span>
          <span className="plan-row__absolute num">{formatTimestamp(when, locale)}</span>
        </time>
      </td>
      <td className="plan-row__actions">
        {view === 'trash' ? (
          <button type="button" className="button button--sm button--secondary" tabIndex={inner} onClick={() => actions.restore(plan)}>
            {t('library.restore')}
          </button>
        ) : null}
        <MenuButton label={t('library.actionsFor', { name: plan.name })} items={items} tabIndex={inner} className="icon-button row-menu-button">
          <MoreIcon />
        </MenuButton>
      </td>
    </tr>
  );
});
