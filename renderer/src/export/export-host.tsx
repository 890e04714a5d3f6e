import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { getApi } from '../api';
import { exportTarget } from '../plan-files/plan-file-actions';
import { useRoute } from '../routing/use-route';
import { useStore } from '../state/store';
import { ExportDialog, type PlanLabel } from './export-dialog';
import './export-dialog.css';
import { useExportDialog } from './export-dialog-store';

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The report export once per window: File → Export → Word/PDF and Ctrl+E (⌘E) open the dialog
 * for the open plan (from the library, the selected row's), with that format chosen.
 */
export function ExportHost() {
  const { t } = useTranslation();
  const route = useRoute();
  const routeRef = useRef(route);
  routeRef.current = route;
  const request = useExportDialog((s) => s.request);
  const openPlan = useStore((s) => s.plan);
  const summaries = useStore((s) => s.plans);

  useEffect(() => {
    const open = (format?: 'docx' | 'pdf') => {
      const planId = exportTarget(routeRef.current);
      if (planId) useExportDialog.getState().openExport(planId, format);
      else useStore.getState().showToast({ message: t('exportDialog.noPlan') });
    };
    const unsubscribe = getApi().onMenu((command) => {
      if (command === 'export-docx') open('docx');
      else if (command === 'export-pdf') open('pdf');
    });
    // ⌘E on macOS (Ctrl+E there moves to the end of the line in a text field), Ctrl+E elsewhere.
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = isMac() ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
      if (!mod || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'e') return;
      if (routeRef.current.name !== 'plan' || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [t]);

  if (!request) return null;
  const plan: PlanLabel =
    openPlan?.meta.id === request.planId
      ? { name: openPlan.meta.name, client: openPlan.meta.client }
      : (summaries.find((p) => p.id === request.planId) ?? { name: '', client: '' });
  return (
    <ExportDialog
      key={request.planId}
      request={request}
      plan={{ name: plan.name, client: plan.client }}
      onFormatUsed={(format) => useExportDialog.getState().rememberFormat(format)}
      onClose={() => useExportDialog.getState().closeExport()}
    />
  );
}

/** The shortcut as the platform writes it, for the button's tooltip and aria-keyshortcuts. */
export function exportShortcut(): { label: string; aria: string } {
  return isMac() ? { label: '⌘E', aria: 'Meta+E' } : { label: 'Ctrl+E', aria: 'Control+E' };
}
