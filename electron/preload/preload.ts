import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MenuCommand, PlanwrightApi } from '../../shared/contracts/api';
// channels.ts is free of zod, so the preload that runs in every window stays small.
import { INVOKE_CHANNEL, MENU_CHANNEL, SAVE_FILE_CHANNEL, SAVE_FILES_CHANNEL } from '../../shared/contracts/channels';

/**
 * The renderer's whole view of the outside world. ipcRenderer itself never crosses the bridge:
 * a page that could call it could open any channel; this object opens exactly these four.
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
  platform: process.platform,
} satisfies PlanwrightApi;

contextBridge.exposeInMainWorld('planwright', api);
