import { useId, useState, type ClipboardEvent, type FormEvent, type RefObject } from 'react';
import type { AppError } from '../../../shared/contracts/result';
import type { TeamServerInfo, TeamSettingsView } from '../../../shared/team/views';
import { ConfirmDialog } from '../components/confirm-dialog';
import { describedBy, Field } from '../components/field';
import { errorText, issuesByField } from '../format/issues';
import type { Translate } from '../../../shared/i18n/types';
import { useTranslation } from '../i18n/use-translation';
import { useStore } from '../state/store';
import { checkDraft, draftFrom, offeredSslModes, type ConnectionDraft, type ConnectionField } from './connection-form';
import { parseConnectionUrl } from './connection-url';
import { TestResult } from './test-result';

type Tested = { ok: true; info: TeamServerInfo } | { ok: false; error: AppError };

/** Which line under the password says where it is kept: it is never shown back. */
function passwordHintKey(settings: TeamSettingsView | null): string {
  if (settings?.hasPassword) return settings.passwordStorage === 'keychain' ? 'team.connection.passwordKeychain' : 'team.connection.passwordSession';
  return settings?.keychainAvailable === false ? 'team.connection.passwordNoKeychain' : 'team.connection.passwordNew';
}

/**
 * The team library's server: host, port, database, user, password (kept apart, never shown),
 * TLS mode and an optional CA file; Test connects without saving, Save keeps it, Forget drops it.
 * Keyed by the saved settings, so it starts again from them after a save or a forget.
 */
export function ConnectionPanel({ settings, hostRef }: { settings: TeamSettingsView | null; hostRef: RefObject<HTMLInputElement | null> }) {
  const { t: rawT } = useTranslation();
  const t = rawT as Translate;
  const [draft, setDraft] = useState<ConnectionDraft>(() => draftFrom(settings?.connection ?? null));
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState<'test' | 'save' | null>(null);
  const [tested, setTested] = useState<Tested | null>(null);
  const [saveError, setSaveError] = useState<AppError | null>(null);
  const [pasteNote, setPasteNote] = useState<string | null>(null);
  const [confirmForget, setConfirmForget] = useState(false);
  const base = useId();
  const id = (field: string) => `${base}-${field}`;

  const checked = checkDraft(draft);
  const problems = 'problems' in checked ? checked.problems : {};
  const backendIssues = issuesByField(saveError);
  /** A field's message: the TLS rule at once (it depends on the host typed), the rest once the user tried. */
  const error = (field: ConnectionField | 'caFile'): string | null => {
    const problem = field === 'caFile' ? undefined : problems[field];
    if (problem && (attempted || field === 'sslMode')) return t(`team.connection.${problem}`);
    return backendIssues[field] ?? null;
  };

  const update = (patch: Partial<ConnectionDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaveError(null);
  };

  function onHostPaste(event: ClipboardEvent<HTMLInputElement>) {
    const parts = parseConnectionUrl(event.clipboardData.getData('text'));
    if (!parts) return;
    // The link never lands in a field as text: its password would show.
    event.preventDefault();
    update({
      host: parts.host,
      ...(parts.port !== undefined ? { port: String(parts.port) } : {}),
      ...(parts.database !== undefined ? { database: parts.database } : {}),
      ...(parts.user !== undefined ? { user: parts.user } : {}),
      ...(parts.password !== undefined ? { password: parts.password } : {}),
      ...(parts.sslMode !== undefined ? { sslMode: parts.sslMode } : {}),
      ...(parts.caFile !== undefined ? { caFile: parts.caFile } : {}),
    });
    setPasteNote(t(parts.password !== undefined ? 'team.connection.pastedWithPassword' : 'team.connection.pasted'));
  }

  async function test() {
    setAttempted(true);
    if (!('connection' in checked)) return;
    setBusy('test');
    setTested(null);
    const result = await useStore.getState().testTeam(checked.connection, draft.password || undefined);
    setBusy(null);
    setTested(result.ok ? { ok: true, info: result.value } : { ok: false, error: result.error });
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (!('connection' in checked) || busy) return;
    setBusy('save');
    const result = await useStore.getState().saveTeamSettings(checked.connection, draft.password || undefined);
    setBusy(null);
    if (result.ok) useStore.getState().showToast({ message: t('team.connection.saved') });
    else setSaveError(result.error);
  }

  const sslModes = offeredSslModes(draft.host, draft.sslMode);
  const hostHint = pasteNote ?? t('team.connection.hostHint');
  const passwordHint = t(passwordHintKey(settings));
  const sslHint = t(`team.connection.sslHint.${draft.sslMode}`);
  const wholeError = saveError && Object.keys(backendIssues).length === 0 ? errorText(saveError) : null;

  return (
    <form className="team-connection" onSubmit={save} noValidate aria-label={t('team.connection.title')}>
      <div className="team-connection__grid">
        <Field id={id('host')} label={t('team.connection.host')} error={error('host')} hint={hostHint} className="team-connection__host">
          <input
            ref={hostRef}
            id={id('host')}
            className="input"
            value={draft.host}
            autoComplete="off"
            spellCheck={false}
            maxLength={255}
            onPaste={onHostPaste}
            onChange={(e) => {
              setPasteNote(null);
              update({ host: e.target.value });
            }}
            {...describedBy(id('host'), error('host'), hostHint)}
          />
        </Field>
        <Field id={id('port')} label={t('team.connection.port')} error={error('port')} className="team-connection__port">
          <input
            id={id('port')}
            className="input num"
            value={draft.port}
            inputMode="numeric"
            autoComplete="off"
            maxLength={5}
            onChange={(e) => update({ port: e.target.value })}
            {...describedBy(id('port'), error('port'))}
          />
        </Field>
        <Field id={id('database')} label={t('team.connection.database')} error={error('database')}>
          <input
            id={id('database')}
            className="input"
            value={draft.database}
            autoComplete="off"
            spellCheck={false}
            maxLength={63}
            onChange={(e) => update({ database: e.target.value })}
            {...describedBy(id('database'), error('database'))}
          />
        </Field>
        <Field id={id('user')} label={t('team.connection.user')} error={error('user')}>
          <input
            id={id('user')}
            className="input"
            value={draft.user}
            autoComplete="off"
            spellCheck={false}
            maxLength={63}
            onChange={(e) => update({ user: e.target.value })}
            {...describedBy(id('user'), error('user'))}
          />
        </Field>
        <Field id={id('password')} label={t('team.connection.password')} hint={passwordHint} className="team-connection__password">
          <input
            id={id('password')}
            className="input"
            type="password"
            value={draft.password}
            autoComplete="off"
            maxLength={1000}
            onChange={(e) => update({ password: e.target.value })}
            {...describedBy(id('password'), null, passwordHint)}
          />
        </Field>
        {/* The widest of the second row: its choices are sentences, cut short in a narrower select. */}
        <Field id={id('sslMode')} label={t('team.connection.sslMode')} error={error('sslMode')} hint={sslHint} className="team-connection__wide">
          <select
            id={id('sslMode')}
            className="select"
            value={draft.sslMode}
            onChange={(e) => update({ sslMode: e.target.value as ConnectionDraft['sslMode'] })}
            {...describedBy(id('sslMode'), error('sslMode'), sslHint)}
          >
            {sslModes.map((mode) => (
              <option key={mode} value={mode}>
                {t(`team.connection.ssl.${mode}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('caFile')} label={t('team.connection.caFile')} error={error('caFile')} hint={t('team.connection.caFileHint')}>
          <input
            id={id('caFile')}
            className="input"
            value={draft.caFile}
            autoComplete="off"
            spellCheck={false}
            maxLength={1000}
            onChange={(e) => update({ caFile: e.target.value })}
            {...describedBy(id('caFile'), error('caFile'), t('team.connection.caFileHint'))}
          />
        </Field>
      </div>
      {wholeError ? (
        <p className="team-connection__error" role="alert">
          {wholeError}
        </p>
      ) : null}
      <div className="team-connection__actions">
        {settings?.connection ? (
          <button type="button" className="button button--danger-ghost" onClick={() => setConfirmForget(true)}>
            {t('team.connection.forget')}
          </button>
        ) : null}
        <span className="team-connection__spacer" />
        <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void test()}>
          {busy === 'test' ? t('team.connection.testing') : t('team.connection.test')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy !== null}>
          {busy === 'save' ? t('team.connection.saving') : t('team.connection.save')}
        </button>
      </div>
      <div aria-live="polite">{tested ? <TestResult tested={tested} /> : null}</div>
      {confirmForget ? (
        <ConfirmDialog
          title={t('team.connection.forgetTitle')}
          body={t('team.connection.forgetBody')}
          confirmLabel={t('team.connection.forget')}
          onClose={() => setConfirmForget(false)}
          onConfirm={async () => {
            const result = await useStore.getState().forgetTeam();
            useStore.getState().showToast({
              message: result.ok ? t('team.connection.forgotten') : t('team.failed', { reason: errorText(result.error) }),
            });
          }}
        />
      ) : null}
    </form>
  );
}
