import { useState } from 'react';
import type { Translate } from '../../../shared/i18n/types';
import type { TeamLinkView } from '../../../shared/team/views';
import { AlertIcon } from '../components/icons';
import { formatTimestamp } from '../format/dates';
import { formatInteger } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';
import { useTranslation } from '../i18n/use-translation';
import { useStore } from '../state/store';
import { ResolveDialog } from './resolve-dialog';
import { compareConflict } from './team-actions';

/**
 * The plans whose changes clashed with a newer team version, from this computer's links (so they
 * show offline too): who published the other version and when, Compare, Keep mine, Take theirs.
 */
export function ConflictsList({ links }: { links: TeamLinkView[] }) {
  const { t: rawT } = useTranslation();
  const t = rawT as Translate;
  const locale = useLocale();
  const plans = useStore((s) => s.plans);
  const listing = useStore((s) => s.teamListing);
  const [resolving, setResolving] = useState<{ link: TeamLinkView; name: string; keep: 'mine' | 'theirs' } | null>(null);
  const conflicts = links.filter((l) => l.conflict !== null);
  if (conflicts.length === 0) return null;

  const nameOf = (link: TeamLinkView) =>
    plans.find((p) => p.id === link.planId)?.name ?? listing?.plans.find((p) => p.remoteId === link.remoteId)?.name ?? '';

  return (
    <section className="team-section team-conflicts" aria-labelledby="team-conflicts-title">
      <h2 id="team-conflicts-title" className="team-section__title">
        <AlertIcon />
        {t('team.conflicts.title')}
        <span className="count-badge num">{formatInteger(conflicts.length, locale)}</span>
      </h2>
      <p className="team-section__lead">{t('team.conflicts.body')}</p>
      <ul className="team-conflicts__list">
        {conflicts.map((link) => {
          const conflict = link.conflict!;
          const name = nameOf(link);
          return (
            <li key={link.planId} className="team-conflicts__item" data-plan-id={link.planId}>
              <div className="team-conflicts__text">
                <strong className="team-conflicts__name">{name}</strong>
                <span className="team-conflicts__detail">
                  {t('team.conflicts.item', {
                    version: formatInteger(conflict.version, locale),
                    who: conflict.publishedBy,
                    when: formatTimestamp(conflict.publishedAt, locale),
                  })}
                </span>
              </div>
              <div className="team-conflicts__actions">
                <button
                  type="button"
                  className="button button--sm button--secondary"
                  disabled={!conflict.versionId}
                  title={conflict.versionId ? undefined : t('team.conflicts.noCompare')}
                  aria-label={`${t('team.conflicts.compare')} ${name}`}
                  onClick={() => compareConflict(link)}
                >
                  {t('team.conflicts.compare')}
                </button>
                <button
                  type="button"
                  className="button button--sm button--secondary"
                  aria-label={`${t('team.conflicts.keepMine')} ${name}`}
                  onClick={() => setResolving({ link, name, keep: 'mine' })}
                >
                  {t('team.conflicts.keepMine')}
                </button>
                <button
                  type="button"
                  className="button button--sm button--secondary"
                  aria-label={`${t('team.conflicts.takeTheirs')} ${name}`}
                  onClick={() => setResolving({ link, name, keep: 'theirs' })}
                >
                  {t('team.conflicts.takeTheirs')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {resolving ? <ResolveDialog {...resolving} onClose={() => setResolving(null)} /> : null}
    </section>
  );
}
