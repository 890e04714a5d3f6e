import type { TeamLinkView, TeamPlanState } from '../../../shared/team/views';
import { TeamIcon } from '../components/icons';
import { useTranslation } from '../i18n/use-translation';
import { linkState, stateTone } from './team-badges';
import './team.css';

/** A plan's standing with the team library, as a labelled badge (the colour only helps). */
export function TeamStateBadge({ state }: { state: TeamPlanState }) {
  const { t } = useTranslation();
  return (
    <span className={`team-badge team-badge--${stateTone(state)}`} title={t(`team.stateHint.${state}`)} data-team-state={state}>
      {t(`team.state.${state}`)}
    </span>
  );
}

/** The plan list's small mark for a plan linked to the team library, from its link (works offline). */
export function TeamLinkBadge({ link }: { link: TeamLinkView }) {
  const { t } = useTranslation();
  const state = linkState(link);
  const label = t('team.badge.title', { state: t(`team.state.${state}`) });
  return (
    <span className={`team-badge team-badge--mark team-badge--${stateTone(state)}`} title={label} role="img" aria-label={label}>
      <TeamIcon size={12} />
    </span>
  );
}
