import type { AppError } from '../../../shared/contracts/result';
import type { TeamServerInfo } from '../../../shared/team/views';
import { AlertIcon, CheckCircleIcon } from '../components/icons';
import { errorText } from '../format/issues';
import { useTranslation } from '../i18n/use-translation';

/** What Test found: the server, who it says we are, our teams and roles, TLS; or the refusal, translated. */
export function TestResult({ tested }: { tested: { ok: true; info: TeamServerInfo } | { ok: false; error: AppError } }) {
  const { t } = useTranslation();
  if (!tested.ok) {
    return (
      <section className="team-test team-test--failed" aria-label={t('team.test.failedTitle')}>
        <h3 className="team-test__title">
          <AlertIcon />
          {t('team.test.failedTitle')}
        </h3>
        <p>{errorText(tested.error)}</p>
      </section>
    );
  }
  const { info } = tested;
  const you = info.displayName && info.displayName !== info.user ? `${info.displayName} (${info.user})` : info.user;
  return (
    <section className="team-test team-test--ok" aria-label={t('team.test.okTitle')}>
      <h3 className="team-test__title">
        <CheckCircleIcon />
        {t('team.test.okTitle')}
      </h3>
      <dl className="team-test__facts">
        <dt>{t('team.test.server')}</dt>
        <dd>{t('team.test.serverValue', { version: info.serverVersion, schema: info.schemaVersion })}</dd>
        <dt>{t('team.test.you')}</dt>
        <dd>{you}</dd>
        <dt>{t('team.test.teams')}</dt>
        <dd>
          {info.teams.length === 0
            ? t('team.test.noTeams')
            : info.teams.map((m) => t('team.test.teamRole', { team: m.name, role: t(`team.role.${m.role}`) })).join(t('team.listSeparator'))}
        </dd>
        <dt>{t('team.test.tls')}</dt>
        <dd>{info.tls ? t('team.test.tlsOn') : t('team.test.tlsOff')}</dd>
      </dl>
    </section>
  );
}
