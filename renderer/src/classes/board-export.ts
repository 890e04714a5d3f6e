import type { CommandRequest } from '../../../shared/contracts/commands';
import { getApi } from '../api';
import { errorText } from '../format/issues';
import { appTranslate } from '../i18n/as-translate';
import { useStore } from '../state/store';

const t = appTranslate;
const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** The board as a file (Word or CSV, in the order shown): built by the backend, saved where the user chooses (a download in the browser). */
export async function exportBoard(request: CommandRequest<'classes.exportBoard'>): Promise<void> {
  const toast = useStore.getState().showToast;
  const built = await getApi().invoke('classes.exportBoard', request);
  if (!built.ok) return void toast({ message: t('classes.exportFailed', { reason: errorText(built.error) }) });
  const format = request.format;
  const saved = await getApi().saveFile({
    suggestedName: built.value.fileName,
    mime: built.value.mime,
    data: built.value.base64,
    encoding: 'base64',
    filters: [{ name: format === 'csv' ? 'CSV' : 'Word', extensions: [format] }],
  });
  if (!saved.ok) toast({ message: t('classes.exportFailed', { reason: errorText(saved.error) }) });
  else if (saved.value.saved && saved.value.path) toast({ message: t('classes.exported', { file: baseName(saved.value.path) }) });
  else if (saved.value.saved) toast({ message: t('classes.downloaded', { file: built.value.fileName }) });
}
