import type { Event as ElectronEvent, HandlerDetails, Session, WebContents } from 'electron';

/** The parts of WebContents the guards touch, so tests can pass a fake. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Only web links leave the app, and only to the system browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Denies every navigation, redirect, new window and <webview> in `contents`.
 * http(s) targets are handed to `openExternal` (the system browser); any other scheme
 * (file:, javascript:, smb:, custom handlers ...) is refused outright.
 */
export function hardenWebContents(contents: GuardedContents, openExternal: (url: string) => void): void {
  const sendOut = (url: string) => {
    if (isExternalWebUrl(url)) openExternal(url);
  };
  contents.on('will-navigate', (event: ElectronEvent, url: string) => {
    event.preventDefault();
    sendOut(url);
  });
  // Sub-frames navigate through their own event; the CSP already limits frames, deny anyway.
  contents.on('will-frame-navigate', (event: ElectronEvent) => event.preventDefault());
  contents.on('will-redirect', (event: ElectronEvent) => event.preventDefault());
  contents.on('will-attach-webview', (event: ElectronEvent) => event.preventDefault());
  contents.setWindowOpenHandler((details: HandlerDetails) => {
    sendOut(details.url);
    return { action: 'deny' };
  });
}

/** Refuses every permission a page might ask for (camera, location, notifications API ...). */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
