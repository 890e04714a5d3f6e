import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MenuCommand, PlanwrightApi } from '../../shared/contracts/api';
// channels.ts is free of zod, so the preload that runs in every window stays small.
import {
  INVOKE_CHANNEL,
  MENU_CHANNEL,
  PRESENTER_CLOSE_CHANNEL,
  PRESENTER_CLOSED_CHANNEL,
  PRESENTER_CURRENT_CHANNEL,
  PRESENTER_NOTES_CHANNEL,
  PRESENTER_OPEN_CHANNEL,
  PRESENTER_SHOW_CHANNEL,
  SAVE_FILE_CHANNEL,
  SAVE_FILES_CHANNEL,
} from '../../shared/contracts/channels';
import type { PresenterNotesView } from '../../shared/present/notes';

/**
 * The renderer's whole view of the outside world. ipcRenderer itself never crosses the bridge:
 * a page that could call it could open any channel; this object opens exactly the app's own few.
 */
export const api = {
  invoke: (name, request) => ipcRenderer.invoke(INVOKE_CHANNEL, name, request),
  onMenu: (listener) => {
    // The event carries `sender` (the ipcRenderer); only the command string reaches the page.
    const forward = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },
  saveFile: (request) => ipcRenderer.invoke(SAVE_FILE_CHANNEL, request),
  saveFiles: (request) => ipcRenderer.invoke(SAVE_FILES_CHANNEL, request),
  presenter: {
    open: () => ipcRenderer.invoke(PRESENTER_OPEN_CHANNEL),
    show: (notes) => ipcRenderer.invoke(PRESENTER_SHOW_CHANNEL, notes),
    close: () => ipcRenderer.invoke(PRESENTER_CLOSE_CHANNEL),
    current: () => ipcRenderer.invoke(PRESENTER_CURRENT_CHANNEL),
    onClosed: (listener) => {
      const forward = () => listener();
      ipcRenderer.on(PRESENTER_CLOSED_CHANNEL, forward);
      return () => {
        ipcRenderer.removeListener(PRESENTER_CLOSED_CHANNEL, forward);
      };
    },
    onNotes: (listener) => {
      // As onMenu: the notes alone reach the page, never the IPC event.
      const forward = (_event: IpcRendererEvent, notes: PresenterNotesView) => listener(notes);
      ipcRenderer.on(PRESENTER_NOTES_CHANNEL, forward);
      return () => {
        ipcRenderer.removeListener(PRESENTER_NOTES_CHANNEL, forward);
      };
    },
  },
  platform: process.platform,
} satisfies PlanwrightApi;

contextBridge.exposeInMainWorld('planwright', api);
