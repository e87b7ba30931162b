import type { DesktopBridge } from '../../../shared/contract';
import type { Transport } from './transport';
import { httpTransport } from './transports/http';
import { ipcTransport } from './transports/ipc';

declare global {
  interface Window {
    /** Present only in the desktop app, put there by the preload. */
    careerOrganizer?: DesktopBridge;
  }
}

/** IPC when the desktop preload is there, HTTP to the host that served this page otherwise. */
export function chooseTransport(win: Window = window): Transport {
  return win.careerOrganizer ? ipcTransport(win.careerOrganizer) : httpTransport();
}
