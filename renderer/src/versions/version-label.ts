import type { VersionInfo } from '../../../shared/contracts/views';
import type { Translate } from '../../../shared/i18n/types';

/** A version's name as the list shows it; an automatic version is named by why it was made. */
export function versionLabel(info: VersionInfo, t: Translate): string {
  if (info.kind === 'manual') return info.name;
  if (info.cause === 'restore') return t('versions.autoRestore', { name: info.causeDetail ?? '' });
  if (info.cause === 'paste') return t('versions.autoPaste');
  return info.name || t('versions.autoImport');
}
