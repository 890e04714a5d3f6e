import { create } from 'zustand';
import type { ReportFormat } from '../../../shared/report/options';

/** Which plan's report the dialog is open for, and the format it starts on. */
export type ExportRequest = { planId: string; format: ReportFormat };

type ExportDialogState = {
  request: ExportRequest | null;
  /** The format last exported in this session: the next opening starts there unless told otherwise. */
  lastFormat: ReportFormat;
  openExport(planId: string, format?: ReportFormat): void;
  closeExport(): void;
  rememberFormat(format: ReportFormat): void;
};

export const useExportDialog = create<ExportDialogState>()((set, get) => ({
  request: null,
  lastFormat: 'docx',
  openExport(planId, format) {
    // A second shortcut or menu command while the dialog is open must not reset what is chosen there.
    if (get().request) return;
    set({ request: { planId, format: format ?? get().lastFormat } });
  },
  closeExport: () => set({ request: null }),
  rememberFormat: (lastFormat) => set({ lastFormat }),
}));
