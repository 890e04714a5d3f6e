import { create } from 'zustand';
import type { FieldIssue } from '../../../shared/contracts/result';

/** Why an import was refused: the file's name and every problem, each with its path. */
export type Refusal = { fileName: string; problems: FieldIssue[] };

type PlanFilesState = {
  refusal: Refusal | null;
  /** Many files chosen or dropped at once: the class import dialog lists them. */
  batch: File[] | null;
  showBatch(files: File[] | null): void;
  /** The file being imported, for the status line; null when idle. */
  importing: string | null;
  showRefusal(refusal: Refusal): void;
  closeRefusal(): void;
  setImporting(fileName: string | null): void;
  /** "Prepare for class" asked for this plan: the hand-out dialog is open. */
  handOut: { planId: string; planName: string } | null;
  showHandOut(handOut: { planId: string; planName: string } | null): void;
};

/** State of the plan-file screens only; the plans themselves stay in the app's store. */
export const usePlanFiles = create<PlanFilesState>()((set) => ({
  refusal: null,
  batch: null,
  showBatch: (batch) => set({ batch }),
  importing: null,
  showRefusal: (refusal) => set({ refusal }),
  closeRefusal: () => set({ refusal: null }),
  setImporting: (importing) => set({ importing }),
  handOut: null,
  showHandOut: (handOut) => set({ handOut }),
}));
