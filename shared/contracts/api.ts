import type { CommandName, CommandRequest, CommandResponse } from './commands';
import type { Result } from './result';

export type MenuCommand =
  | 'new-plan'
  | 'export-docx'
  | 'export-pdf'
  | 'export-plan-file'
  | 'import-plan-file'
  | 'undo'
  | 'redo'
  | 'toggle-theme';

/**
 * The one object the renderer gets from the preload (`window.planwright`). In browser mode an
 * HTTP client implements the same type, so the UI never knows which side it runs on.
 */
export type PlanwrightApi = {
  invoke<N extends CommandName>(name: N, request: CommandRequest<N>): Promise<Result<CommandResponse<N>>>;
  /** Menu items of the native window; returns the unsubscribe function. */
  onMenu(listener: (command: MenuCommand) => void): () => void;
  readonly platform: string;
};
