import type { Event as ElectronEvent, HandlerDetails, Session, WebContents } from 'electron';

/** The parts of WebContents the guards touch, so tests can pass a fake. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Web links leave the app only to the system browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** The mailto: fields a letter uses. Others are refused: some mail apps read "attach=" as a file to attach. */
const MAILTO_FIELDS = new Set(['to', 'cc', 'bcc', 'subject', 'body']);
/** Longer links are cut by mail apps anyway; the letter composer copies the text instead. */
const MAILTO_MAX_LENGTH = 8000;

/** A mailto: link with only address, subject and body fields, for the system's email app. */
export function isMailtoUrl(url: string): boolean {
  if (url.length > MAILTO_MAX_LENGTH || !/^mailto:/i.test(url)) return false;
  try {
    const parsed = new URL(url);
    return [...parsed.searchParams.keys()].every((name) => MAILTO_FIELDS.has(name.toLowerCase()));
  } catch {
    return false;
  }
}

/** What may be handed to the system: web links (browser) and plain mailto: links (email app). */
export function isExternalUrl(url: string): boolean {
  return isExternalWebUrl(url) || isMailtoUrl(url);
}

/**
 * Denies every navigation, redirect, new window and <webview> in `contents`.
 * http(s) targets are handed to `openExternal` (the system browser), plain mailto: links
 * too (the email app); any other scheme (file:, javascript:, smb:, custom handlers ...)
 * is refused outright.
 */
export function hardenWebContents(contents: GuardedContents, openExternal: (url: string) => void): void {
  const sendOut = (url: string) => {
    if (isExternalUrl(url)) openExternal(url);
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
