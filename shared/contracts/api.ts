import type { CommandName, CommandRequest, CommandResponse } from './commands';
import type { Result } from './result';
import type { PresenterNotesView } from '../present/notes';

export type MenuCommand =
  | 'new-plan'
  | 'save-version'
  | 'versions'
  | 'export-docx'
  | 'export-pdf'
  | 'export-plan-file'
  | 'prepare-class'
  | 'team-publish'
  | 'team-sync'
  | 'import-plan-file'
  | 'undo'
  | 'redo'
  | 'toggle-theme'
  | 'present';

/**
 * The one object the renderer gets from the preload (`window.planwright`). In browser mode an
 * HTTP client implements the same type, so the UI never knows which side it runs on.
 */
export type PlanwrightApi = {
  invoke<N extends CommandName>(name: N, request: CommandRequest<N>): Promise<Result<CommandResponse<N>>>;
  /** Menu items of the native window; returns the unsubscribe function. */
  onMenu(listener: (command: MenuCommand) => void): () => void;
  /**
   * Saves bytes the renderer made (a plan file, a Word report) where the user chooses: a save
   * dialog in Electron, a download in the browser (`path` is then null). `saved: false` when the
   * user cancelled.
   */
  saveFile(request: SaveFileRequest): Promise<Result<SaveFileResult>>;
  /**
   * Writes several text files into a folder the user picks (the desktop app only: a page in a
   * browser cannot write into a folder, so browser mode leaves this out and offers a zip). A file
   * already there is never replaced unasked: the answer lists them with a one-time `replaceToken`,
   * and the same request with that token replaces them in the folder chosen then.
   */
  saveFiles?(request: SaveFilesRequest): Promise<Result<SaveFilesResult>>;
  /** The presenter's notes in a second window (the desktop app only; browser mode shows them as an overlay). */
  presenter?: PresenterWindowApi;
  readonly platform: string;
};

export type SaveFileFilter = { name: string; extensions: string[] };

export type SaveFileRequest = {
  /** A bare file name (no folder): `Spring launch.mplan`. */
  suggestedName: string;
  mime: string;
  /** UTF-8 text, or the bytes in base64 (`encoding: 'base64'`). */
  data: string;
  encoding: 'utf8' | 'base64';
  filters: SaveFileFilter[];
};

export type SaveFileResult = { saved: boolean; path: string | null };

export type SaveFilesRequest = {
  /** The folder picker's title, in the UI's language. */
  title: string;
  /** A folder to make inside the chosen one (a class's name), or none. */
  subfolder?: string;
  /** Bare file names (no folder), each once, with their UTF-8 text. */
  files: { name: string; text: string }[];
  /** From an `exists` answer: replace the files in the folder the user chose then. */
  replaceToken?: string;
};

export type SaveFilesResult =
  | { status: 'cancelled' }
  | { status: 'exists'; folder: string; existing: string[]; replaceToken: string }
  | { status: 'saved'; folder: string; count: number };

export type PresenterWindowApi = {
  /** Opens the notes window (or brings it forward). */
  open(): Promise<Result<null>>;
  /** The notes of the slide now shown, for the notes window (kept for it if it is still loading). */
  show(notes: PresenterNotesView): Promise<Result<null>>;
  close(): Promise<Result<null>>;
  /** In the notes window, once it runs: the notes of the slide shown now (null before the first). */
  current(): Promise<Result<PresenterNotesView | null>>;
  /** In the presenting window: the user closed the notes window (so N opens it again); returns the unsubscribe function. */
  onClosed(listener: () => void): () => void;
  /** In the notes window: each slide's notes as the presenter moves; returns the unsubscribe function. */
  onNotes(listener: (notes: PresenterNotesView) => void): () => void;
};
