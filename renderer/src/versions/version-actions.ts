import type { VersionInfo } from '../../../shared/contracts/views';
import type { PartKey } from '../../../shared/domain';
import type { Translate } from '../../../shared/i18n/types';
import { getApi } from '../api';
import { errorText } from '../format/issues';
import { useStore } from '../state/store';
import { versionLabel } from './version-label';
import { useVersionsUi } from './versions-store';

function failed(t: Translate, error: Parameters<typeof errorText>[0]): void {
  useStore.getState().showToast({ message: t('versions.failed', { reason: errorText(error) }) });
}

/**
 * Restores a version over the open plan. Edits still waiting are saved first, so the automatic
 * version the backend makes before replacing the plan holds them: restoring it undoes this.
 */
export async function restoreVersion(info: VersionInfo, t: Translate): Promise<void> {
  await useStore.getState().flushEdits();
  const result = await getApi().invoke('versions.restore', { versionId: info.id });
  if (!result.ok) return failed(t, result.error);
  useStore.getState().replaceOpenPlan(result.value.plan);
  useVersionsUi.getState().view(null);
  useVersionsUi.getState().changed();
  useStore.getState().showToast({ message: t('versions.restored', { name: versionLabel(info, t) }) });
}

export async function deleteVersion(info: VersionInfo, t: Translate): Promise<void> {
  const result = await getApi().invoke('versions.delete', { versionId: info.id });
  if (!result.ok) return failed(t, result.error);
  useVersionsUi.getState().changed();
  useStore.getState().showToast({ message: t('versions.deleted') });
}

export async function duplicateVersion(info: VersionInfo, t: Translate): Promise<void> {
  const result = await getApi().invoke('versions.duplicateAsPlan', { versionId: info.id });
  if (!result.ok) return failed(t, result.error);
  useStore.getState().acceptSummary(result.value);
  useStore.getState().showToast({ message: t('versions.duplicated', { name: result.value.name }) });
}

/** Opens a version read-only in the workspace, on the part the user is on. */
export async function openVersion(info: VersionInfo, part: PartKey, t: Translate): Promise<void> {
  const result = await getApi().invoke('versions.get', { versionId: info.id });
  if (!result.ok) return failed(t, result.error);
  useVersionsUi.getState().view({ info: result.value.info, plan: result.value.plan, part });
}
