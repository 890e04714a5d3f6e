import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { z } from 'zod';
import {
  PRESENTER_CLOSE_CHANNEL,
  PRESENTER_CLOSED_CHANNEL,
  PRESENTER_CURRENT_CHANNEL,
  PRESENTER_NOTES_CHANNEL,
  PRESENTER_OPEN_CHANNEL,
  PRESENTER_SHOW_CHANNEL,
} from '../../shared/contracts/channels';
import { fail, ok, type Result } from '../../shared/contracts/result';
import { PART_KEYS } from '../../shared/domain/parts';
import type { PresenterNotesView } from '../../shared/present/notes';
import { zodIssues } from '../core/validate';
import { isTrustedSender } from './ipc';

const Line = z.string().max(2_000);

/** The notes as the presenting page sends them: words only, bounded, nothing else passes to the other window. */
export const PresenterNotesSchema = z.strictObject({
  lang: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
  part: z.enum(PART_KEYS),
  title: Line,
  slide: Line,
  healthHeading: Line,
  guidanceHeading: Line,
  findings: z.array(z.strictObject({ severity: z.enum(['problem', 'warning']), text: Line })).max(20),
  clear: Line.nullable(),
  more: Line.nullable(),
  tips: z.array(Line).max(30),
  keysHint: Line,
}) satisfies z.ZodType<PresenterNotesView>;

/**
 * The one notes window and the notes it shows. The presenting page opens it, sends each slide's
 * notes and closes it (when the presentation ends); the window's page, once it runs, asks for the
 * notes of the slide shown now (its first render comes after settings load, so a push on load
 * could arrive before anyone listens), then receives each change.
 */
export class PresenterNotesHub {
  private window: BrowserWindow | null = null;
  private last: PresenterNotesView | null = null;

  constructor(private readonly createWindow: () => BrowserWindow) {}

  get isOpen(): boolean {
    return this.window !== null && !this.window.isDestroyed();
  }

  /** `opener`: the presenting page, told if the user closes the notes window themselves. */
  open(opener?: Pick<WebContents, 'send' | 'isDestroyed'>): void {
    if (this.isOpen) {
      this.window!.showInactive();
      return;
    }
    const window = this.createWindow();
    this.window = window;
    window.on('closed', () => {
      if (this.window !== window) return;
      this.window = null;
      if (opener && !opener.isDestroyed()) opener.send(PRESENTER_CLOSED_CHANNEL);
    });
  }

  current(): PresenterNotesView | null {
    return this.last;
  }

  show(notes: PresenterNotesView): void {
    this.last = notes;
    if (this.isOpen) this.window!.webContents.send(PRESENTER_NOTES_CHANNEL, notes);
  }

  close(): void {
    const window = this.window;
    this.window = null;
    this.last = null;
    if (window && !window.isDestroyed()) window.close();
  }
}

type Event = Pick<IpcMainInvokeEvent, 'senderFrame'> & { sender?: WebContents };

export function handlePresenter(
  hub: PresenterNotesHub,
  indexUrl: string,
  event: Event,
  action: 'open' | 'show' | 'close' | 'current',
  request?: unknown,
): Result<PresenterNotesView | null> {
  if (!isTrustedSender(event, indexUrl)) return fail('unauthorized', 'This request did not come from the Planwright window.');
  if (action === 'current') return ok(hub.current());
  if (action === 'open') hub.open(event.sender);
  else if (action === 'close') hub.close();
  else {
    const parsed = PresenterNotesSchema.safeParse(request);
    if (!parsed.success) return fail('invalid', 'The presenter notes are not in the expected shape.', zodIssues(parsed.error));
    hub.show(parsed.data);
  }
  return ok(null);
}

export function registerPresenterNotes(ipcMain: Pick<IpcMain, 'handle'>, hub: PresenterNotesHub, indexUrl: string): void {
  ipcMain.handle(PRESENTER_OPEN_CHANNEL, (event) => handlePresenter(hub, indexUrl, event, 'open'));
  ipcMain.handle(PRESENTER_SHOW_CHANNEL, (event, notes: unknown) => handlePresenter(hub, indexUrl, event, 'show', notes));
  ipcMain.handle(PRESENTER_CLOSE_CHANNEL, (event) => handlePresenter(hub, indexUrl, event, 'close'));
  ipcMain.handle(PRESENTER_CURRENT_CHANNEL, (event) => handlePresenter(hub, indexUrl, event, 'current'));
}
