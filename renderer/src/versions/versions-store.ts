import { create } from 'zustand';
import type { VersionInfo } from '../../../shared/contracts/views';
import type { PartKey, Plan } from '../../../shared/domain';

/** One side of a comparison: the open plan as it is now, one of its versions, or another plan. */
export type CompareSource = { kind: 'now' } | { kind: 'version'; id: string } | { kind: 'plan'; id: string };

/** A version opened read-only in the workspace, on one of its parts. */
export type ViewedVersion = { info: VersionInfo; plan: Plan; part: PartKey };

type VersionsUi = {
  saveOpen: boolean;
  panelOpen: boolean;
  compare: { from: CompareSource; to: CompareSource } | null;
  viewing: ViewedVersion | null;
  /** Bumped after every write, so the panel lists again. */
  revision: number;
  openSave(): void;
  openPanel(): void;
  openCompare(from: CompareSource, to: CompareSource): void;
  view(version: ViewedVersion | null): void;
  close(): void;
  changed(): void;
};

export const useVersionsUi = create<VersionsUi>()((set) => ({
  saveOpen: false,
  panelOpen: false,
  compare: null,
  viewing: null,
  revision: 0,
  openSave: () => set({ saveOpen: true, panelOpen: false, compare: null }),
  openPanel: () => set({ panelOpen: true, saveOpen: false, compare: null }),
  openCompare: (from, to) => set({ compare: { from, to }, panelOpen: false, saveOpen: false }),
  view: (viewing) => set({ viewing, panelOpen: false, compare: null }),
  close: () => set({ saveOpen: false, panelOpen: false, compare: null }),
  changed: () => set((s) => ({ revision: s.revision + 1 })),
}));
