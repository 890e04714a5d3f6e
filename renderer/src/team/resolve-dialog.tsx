import { useState } from 'react';
import type { TeamLinkView } from '../../../shared/team/views';
import { Modal } from '../components/modal';
import { formatInteger } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';
import type { Translate } from '../../../shared/i18n/types';
import { useTranslation } from '../i18n/use-translation';
import { useStore } from '../state/store';
import { toastFailure } from './team-actions';

type ResolveDialogProps = { link: TeamLinkView; name: string; keep: 'mine' | 'theirs'; onClose: () => void };

/**
 * Keep mine or Take theirs, with what happens said first: nothing is lost either way (the other
 * side stays in the team history, or as a saved version of the plan). Not a destructive
 * confirmation, so the choice itself is the primary button.
 */
export function ResolveDialog({ link, name, keep, onClose }: ResolveDialogProps) {
  const { t: rawT } = useTranslation();
  const t = rawT as Translate;
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const version = formatInteger(link.conflict?.version ?? 0, locale);
  const mine = keep === 'mine';

  async function resolve() {
    setBusy(true);
    const result = await useStore.getState().resolveTeamConflict(link.planId, keep);
    setBusy(false);
    onClose();
    if (!result.ok) return toastFailure(result.error, t);
    const done = formatInteger(result.value.version, locale);
    useStore.getState().showToast({ message: t(mine ? 'team.conflicts.kept' : 'team.conflicts.taken', { name, version: done }) });
  }

  return (
    <Modal
      title={t(mine ? 'team.conflicts.keepMineTitle' : 'team.conflicts.takeTheirsTitle', { name })}
      description={t(mine ? 'team.conflicts.keepMineBody' : 'team.conflicts.takeTheirsBody', { version })}
      onClose={onClose}
      size="sm"
      role="alertdialog"
    >
      <div className="modal__footer">
        <button type="button" className="button button--secondary" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void resolve()}>
          {t(mine ? 'team.conflicts.keepMine' : 'team.conflicts.takeTheirs')}
        </button>
      </div>
    </Modal>
  );
}
