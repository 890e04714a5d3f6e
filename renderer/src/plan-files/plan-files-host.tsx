import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { getApi } from '../api';
import { ImportFileIcon } from '../components/icons';
import { useRoute } from '../routing/use-route';
import { useStore } from '../state/store';
import { ImportDialog } from './import-dialog';
import { registerFolderPicker, registerImportPicker } from './import-picker';
import { MultiImportDialog } from '../classes/multi-import-dialog';
import { HandOutDialog } from '../classes/hand-out-dialog';
import { planFilesOf } from '../classes/read-plan-files';
import { appTranslate } from '../i18n/as-translate';
import { exportPlanFile, exportTarget, importPlanFile } from './plan-file-actions';
import { usePlanFiles } from './plan-files-store';
import { RefusalDialog } from './refusal-dialog';
import './plan-files.css';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * One file goes the way it always has (imported, then opened); several, or a folder's, go to the
 * class import dialog, which lists each with its participant before anything comes in.
 */
function takeFiles(files: File[], fromFolder: boolean): void {
  if (files.length === 0) return;
  if (files.length === 1 && !fromFolder) return void importPlanFile(files[0]!);
  const planFiles = fromFolder ? planFilesOf(files) : files;
  if (planFiles.length === 0) return void useStore.getState().showToast({ message: appTranslate('classes.noPlanFiles') });
  usePlanFiles.getState().showBatch(planFiles);
}

/**
 * Everything plan files need once per window: the hidden file input, the File menu's export and
 * import, dropping a file anywhere on the window, and the dialog that lists a refusal's problems.
 */
export function PlanFilesHost() {
  const { t } = useTranslation();
  const route = useRoute();
  const routeRef = useRef(route);
  routeRef.current = route;
  const inputRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const batch = usePlanFiles((s) => s.batch);
  const [dragging, setDragging] = useState(false);
  const [askToChoose, setAskToChoose] = useState(false);
  const refusal = usePlanFiles((s) => s.refusal);
  const importing = usePlanFiles((s) => s.importing);
  const handOut = usePlanFiles((s) => s.handOut);

  // A folder chooser: React has no prop for this non-standard attribute (Chromium's and Electron's).
  useEffect(() => {
    folderRef.current?.setAttribute('webkitdirectory', '');
    return registerFolderPicker(() => folderRef.current?.click());
  }, []);

  useEffect(
    () =>
      registerImportPicker(() => {
        // The chooser opens only inside the user's own click or key press; otherwise ask for one.
        const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
        if (activation && !activation.isActive) setAskToChoose(true);
        else inputRef.current?.click();
      }),
    [],
  );

  useEffect(
    () =>
      getApi().onMenu((command) => {
        if (command === 'import-plan-file') setAskToChoose(true);
        else if (command === 'export-plan-file') {
          const planId = exportTarget(routeRef.current);
          if (planId) void exportPlanFile(planId);
          else useStore.getState().showToast({ message: t('planFiles.nothingToExport') });
        } else if (command === 'prepare-class') {
          // The open plan, or the library's selected row, as for Export plan file.
          const planId = exportTarget(routeRef.current);
          const store = useStore.getState();
          const name = store.plans.find((p) => p.id === planId)?.name ?? (store.plan?.meta.id === planId ? store.plan?.meta.name : undefined);
          if (planId && name) usePlanFiles.getState().showHandOut({ planId, planName: name });
          else store.showToast({ message: t('handOut.nothingChosen') });
        }
      }),
    [t],
  );

  // Only drags that carry files are ours: dragging text between fields keeps working. Taking the
  // drop also keeps the browser (and Electron) from navigating to the dropped file.
  useEffect(() => {
    let depth = 0;
    const onDragEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDragLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0 || event.relatedTarget === null) {
        depth = 0;
        setDragging(false);
      }
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      setAskToChoose(false);
      takeFiles([...(event.dataTransfer?.files ?? [])], false);
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [t]);

  return (
    <>
      <input
        ref={inputRef}
        className="plan-file-input"
        type="file"
        accept=".mplan,application/json"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="plan-file-input"
        multiple
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared, so choosing the same file again still reports a change.
          event.target.value = '';
          setAskToChoose(false);
          takeFiles(files, false);
        }}
      />
      <input
        ref={folderRef}
        className="plan-file-input"
        type="file"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="plan-folder-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          setAskToChoose(false);
          takeFiles(files, true);
        }}
      />
      {dragging ? (
        <div className="plan-file-drop" aria-hidden="true">
          <div className="plan-file-drop__card">
            <ImportFileIcon size={28} />
            <p className="plan-file-drop__title">{t('planFiles.dropTitle')}</p>
            <p className="plan-file-drop__body">{t('planFiles.dropBody')}</p>
          </div>
        </div>
      ) : null}
      {importing ? (
        <div className="plan-file-status" role="status">
          {t('planFiles.importing', { file: importing })}
        </div>
      ) : null}
      {askToChoose && !refusal ? (
        <ImportDialog
          onChoose={() => inputRef.current?.click()}
          onChooseFolder={() => folderRef.current?.click()}
          onClose={() => setAskToChoose(false)}
        />
      ) : null}
      {batch ? <MultiImportDialog files={batch} onClose={() => usePlanFiles.getState().showBatch(null)} /> : null}
      {refusal ? <RefusalDialog refusal={refusal} onClose={() => usePlanFiles.getState().closeRefusal()} /> : null}
      {handOut ? <HandOutDialog {...handOut} onClose={() => usePlanFiles.getState().showHandOut(null)} /> : null}
    </>
  );
}
