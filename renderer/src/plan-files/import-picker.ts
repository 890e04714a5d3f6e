/**
 * Opens the system's file chooser for an import. The host component owns the hidden input and
 * registers how to reach it, so a library button and the File menu open the same one.
 */
type Opener = () => void;

let opener: Opener | null = null;

export function registerImportPicker(open: Opener): () => void {
  opener = open;
  return () => {
    if (opener === open) opener = null;
  };
}

export function openImportPicker(): void {
  opener?.();
}
