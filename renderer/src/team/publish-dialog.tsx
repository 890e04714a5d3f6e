import { useEffect, useId, useState, type FormEvent } from 'react';
import type { AppError } from '../../../shared/contracts/result';
import type { Translate } from '../../../shared/i18n/types';
import { Field } from '../components/field';
import { FormDialogFooter } from '../components/form-dialog-footer';
import { Modal } from '../components/modal';
import { errorText } from '../format/issues';
import { useTranslation } from '../i18n/use-translation';
import { navigate } from '../routing/use-route';
import { useStore } from '../state/store';
import { teamConfigured, toastOutcome } from './team-actions';

/**
 * Publish to team…: a plan new to the library goes to one of the user's teams (asked when there
 * are several); a plan already there sends its changes as the next version.
 */
export function PublishDialog({ plan, onClose }: { plan: { id: string; name: string }; onClose: () => void }) {
  const { t: rawT } = useTranslation();
  const t = rawT as Translate;
  const settings = useStore((s) => s.teamSettings);
  const server = useStore((s) => s.teamServer);
  const linked = useStore((s) => s.teamLinks.some((l) => l.planId === plan.id));
  const [teamId, setTeamId] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const teamField = useId();

  // Which teams we are in is the server's answer: asked once, with the saved connection.
  useEffect(() => {
    void (async () => {
      if (!(await teamConfigured()) || useStore.getState().teamServer || linked) return;
      const result = await useStore.getState().testTeam();
      if (!result.ok) setError(result.error);
    })();
  }, [linked]);

  const teams = server?.teams ?? [];
  const chosen = teamId || teams[0]?.teamId || '';
  const notSetUp = settings !== null && !settings.connection;
  const ready = !notSetUp && (linked || teams.length > 0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    const result = await useStore.getState().publishToTeam(plan.id, linked ? undefined : chosen);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    toastOutcome(result, t);
    onClose();
  }

  return (
    <Modal
      title={t('team.publish.title', { name: plan.name })}
      description={t(linked ? 'team.publish.bodyLinked' : 'team.publish.body')}
      onClose={onClose}
      size="sm"
    >
      <form className="form" onSubmit={submit} noValidate>
        <div className="modal__body">
          {notSetUp ? (
            <p>{t('team.publish.notSetUp')}</p>
          ) : linked ? null : teams.length > 1 ? (
            <Field id={teamField} label={t('team.publish.team')}>
              <select id={teamField} className="select" value={chosen} onChange={(e) => setTeamId(e.target.value)} data-autofocus>
                {teams.map((m) => (
                  <option key={m.teamId} value={m.teamId}>
                    {m.name}
                  </option>
                ))}
              </select>
            </Field>
          ) : teams.length === 1 ? (
            <p>
              {t('team.publish.team')}: <strong>{teams[0].name}</strong>
            </p>
          ) : server ? (
            <p>{t('team.test.noTeams')}</p>
          ) : !error ? (
            <p className="loading-text">{t('team.publish.loadingTeams')}</p>
          ) : null}
          {error ? <p role="alert">{errorText(error)}</p> : null}
        </div>
        {notSetUp ? (
          <div className="modal__footer">
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              data-autofocus
              onClick={() => {
                onClose();
                navigate({ name: 'team' });
              }}
            >
              {t('team.publish.goToTeam')}
            </button>
          </div>
        ) : (
          <FormDialogFooter submitLabel={busy ? t('team.publish.publishing') : t('team.publish.publish')} busy={busy || !ready} onCancel={onClose} />
        )}
      </form>
    </Modal>
  );
}
