import type { AppError } from '../../../shared/contracts/result';
import { decodePlanFileBytes } from '../../../shared/file-format/decode';
import { MAX_PLAN_FILE_BYTES, PLAN_FILE_EXTENSION, PLAN_FILE_MIME } from '../../../shared/file-format/format';
import { inMegabytes } from '../../../shared/limits';
import { fileMessage } from '../../../shared/file-format/messages';
import { getApi } from '../api';
import { errorText } from '../format/issues';
import { navigate } from '../routing/use-route';
import { settleSaves } from '../state/settle-saves';
import { useStore } from '../state/store';
import { usePlanFiles } from './plan-files-store';
import { errorMessage } from '../../../shared/error-message';
import { appTranslate } from '../i18n/as-translate';

const t = appTranslate;

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * Saves one plan as a `.mplan` file: a save dialog in the app, a download in the browser. Its
 * saved versions go in only when asked for (`withVersions`, from the Versions panel).
 */
export async function exportPlanFile(planId: string, options: { withVersions?: boolean } = {}): Promise<void> {
  const toast = useStore.getState().showToast;
  await settleSaves();
  const exported = await getApi().invoke('plans.exportFile', { planId, ...(options.withVersions ? { withVersions: true } : {}) });
  if (!exported.ok) {
    toast({ message: t('planFiles.exportFailed', { reason: errorText(exported.error) }) });
    return;
  }
  const saved = await getApi().saveFile({
    suggestedName: exported.value.fileName,
    mime: PLAN_FILE_MIME,
    data: exported.value.content,
    encoding: 'utf8',
    filters: [{ name: t('planFiles.filterName'), extensions: [PLAN_FILE_EXTENSION] }],
  });
  if (!saved.ok) toast({ message: t('planFiles.exportFailed', { reason: errorText(saved.error) }) });
  else if (saved.value.saved && saved.value.path) toast({ message: t('planFiles.exported', { file: baseName(saved.value.path) }) });
  else if (saved.value.saved) toast({ message: t('planFiles.downloaded', { file: exported.value.fileName }) });
}

/** The plan the File menu's "Export plan file" means: the open one, else the library's selected row. */
export function exportTarget(route: { name: string; planId?: string }): string | null {
  if (route.name === 'plan' && route.planId) return route.planId;
  if (route.name !== 'library') return null;
  const row = document.querySelector<HTMLElement>('.plan-table tbody tr[tabindex="0"][data-plan-id]');
  return row?.dataset.planId ?? null;
}

function refuse(fileName: string, error: AppError): void {
  const problems = error.code === 'invalid' && error.issues && error.issues.length > 0 ? error.issues : [{ path: '', message: errorText(error) }];
  usePlanFiles.getState().showRefusal({ fileName, problems });
}

/**
 * Imports one file chosen or dropped by the user. The backend checks it and imports all of it or
 * nothing; a refusal opens the dialog that lists each problem, a success opens the new plan.
 */
export async function importPlanFile(file: File): Promise<void> {
  const state = usePlanFiles.getState();
  if (state.importing) return;
  if (!/\.(mplan|json)$/i.test(file.name)) {
    state.showRefusal({ fileName: file.name, problems: [{ path: '', message: t('planFiles.notPlanFile', { file: file.name }) }] });
    return;
  }
  if (file.size > MAX_PLAN_FILE_BYTES) {
    state.showRefusal({ fileName: file.name, problems: [{ path: '', message: fileMessage('tooLarge', { max: inMegabytes(MAX_PLAN_FILE_BYTES) }) }] });
    return;
  }
  state.setImporting(file.name);
  try {
    let content: string;
    try {
      // Strictly UTF-8: file.text() would turn what it cannot decode into U+FFFD and import that.
      const decoded = decodePlanFileBytes(new Uint8Array(await file.arrayBuffer()));
      if (!decoded.ok) {
        state.showRefusal({ fileName: file.name, problems: [{ path: '', message: decoded.message }] });
        return;
      }
      content = decoded.text;
    } catch (error) {
      state.showRefusal({ fileName: file.name, problems: [{ path: '', message: t('planFiles.readFailed', { reason: errorMessage(error) }) }] });
      return;
    }
    const result = await getApi().invoke('plans.importFile', { content });
    if (!result.ok) {
      refuse(file.name, result.error);
      return;
    }
    const { summary, reIded } = result.value;
    const store = useStore.getState();
    store.acceptSummary(summary);
    store.showToast({ message: t(reIded ? 'planFiles.importedCopy' : 'planFiles.imported', { name: summary.name }) });
    navigate({ name: 'plan', planId: summary.id, section: 'details' });
  } finally {
    usePlanFiles.getState().setImporting(null);
  }
}
