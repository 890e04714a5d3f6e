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

let folderOpener: Opener | null = null;

/** The same for a whole folder (a class's hand-ins): every `.mplan` file in it goes to the class import. */
export function registerFolderPicker(open: Opener): () => void {
  folderOpener = open;
  return () => {
    if (folderOpener === open) folderOpener = null;
  };
}

export function openFolderPicker(): void {
  folderOpener?.();
}
