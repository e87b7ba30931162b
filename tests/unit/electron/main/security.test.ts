import type { HandlerDetails, Session, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, hardenWebContents, isExternalUrl, isExternalWebUrl, isMailtoUrl, type GuardedContents } from '../../../../electron/main/security';

type Listener = (...args: unknown[]) => unknown;

/** A WebContents stand-in that records what the guards register, so a test can fire them. */
function guardedFake() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse) {
      openHandler = handler;
    },
  };
  const openExternal = vi.fn<(url: string) => void>();
  hardenWebContents(contents as unknown as GuardedContents, openExternal);
  return {
    openExternal,
    /** Fires `event` as Electron would and returns the event object the guards saw. */
    fire(event: string, url = '') {
      const registered = listeners.get(event) ?? [];
      expect(registered.length, `a listener for ${event}`).toBeGreaterThan(0);
      const evt = { preventDefault: vi.fn() };
      for (const listener of registered) listener(evt, url);
      return evt;
    },
    open(url: string) {
      if (!openHandler) throw new Error('no window.open handler was set');
      return openHandler({ url, frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' } } as HandlerDetails);
    },
  };
}

const REFUSED_OUTRIGHT = [
  'file:///etc/passwd',
  'javascript:alert(1)',
  'smb://host/share',
  // mailto: with a field some mail apps read as a file to attach, and one too long to be a letter.
  'mailto:someone@example.com?attach=/etc/passwd',
  'mailto:?subject=Hi&Attachment=C:%5CUsers%5Cme%5Csecret.txt',
  `mailto:?body=${'x'.repeat(8000)}`,
  'custom-scheme://do-something',
  'app://app/index.html',
  'data:text/html,<script>alert(1)</script>',
  'not a url',
  'http://',
];

describe('isExternalWebUrl', () => {
  it.each<[string, boolean]>([
    ['https://example.com', true],
    ['http://example.com/path?q=1#x', true],
    ['HTTPS://EXAMPLE.COM/', true],
    ['http://localhost:5173/', true],
    ...REFUSED_OUTRIGHT.map((url): [string, boolean] => [url, false]),
    ['ftp://example.com/file', false],
    ['//example.com/protocol-relative', false],
    ['', false],
  ])('%s -> %s', (url, expected) => {
    expect(isExternalWebUrl(url)).toBe(expected);
  });
});

const LETTER_MAILTO = 'mailto:zoe@riverside.example?subject=Thank%20you&body=Dear%20Zo%C3%AB%2C%0D%0A%0D%0AThank%20you.';

describe('isMailtoUrl and isExternalUrl', () => {
  it.each<[string, boolean]>([
    [LETTER_MAILTO, true],
    ['mailto:someone@example.com', true],
    ['MAILTO:?subject=Hi&CC=a@b.example&bcc=c@d.example', true],
    ['mailto:', true],
    ['mailto:a@b.example?attach=/etc/passwd', false],
    ['mailto:a@b.example?x-evil=1', false],
    ['https://example.com', false],
    ['not a url', false],
  ])('%s is a plain mailto: link -> %s', (url, expected) => {
    expect(isMailtoUrl(url)).toBe(expected);
  });

  it('lets web links and plain mailto: links out, nothing else', () => {
    expect(isExternalUrl('https://example.com')).toBe(true);
    expect(isExternalUrl(LETTER_MAILTO)).toBe(true);
    expect(isExternalWebUrl(LETTER_MAILTO)).toBe(false);
    for (const url of REFUSED_OUTRIGHT) expect(isExternalUrl(url), url).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it('prevents navigation to a mailto: link and hands it to the system (the email app)', () => {
    const g = guardedFake();
    const evt = g.fire('will-navigate', LETTER_MAILTO);
    expect(evt.preventDefault).toHaveBeenCalled();
    expect(g.openExternal).toHaveBeenCalledExactlyOnceWith(LETTER_MAILTO);
    expect(g.open('mailto:someone@example.com')).toEqual({ action: 'deny' });
    expect(g.openExternal).toHaveBeenLastCalledWith('mailto:someone@example.com');
  });

  it('prevents navigation to a web page and hands it to the system browser', () => {
    const g = guardedFake();
    const evt = g.fire('will-navigate', 'https://example.com');
    expect(evt.preventDefault).toHaveBeenCalled();
    expect(g.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com');
  });

  it.each(REFUSED_OUTRIGHT)('prevents navigation to %s and does not hand it out', (url) => {
    const g = guardedFake();
    const evt = g.fire('will-navigate', url);
    expect(evt.preventDefault).toHaveBeenCalled();
    expect(g.openExternal).not.toHaveBeenCalled();
  });

  it('denies every window.open, passing only http(s) to the system browser', () => {
    const g = guardedFake();
    expect(g.open('https://example.com/job')).toEqual({ action: 'deny' });
    expect(g.open('http://example.com/')).toEqual({ action: 'deny' });
    for (const url of REFUSED_OUTRIGHT) expect(g.open(url)).toEqual({ action: 'deny' });
    expect(g.openExternal.mock.calls).toEqual([['https://example.com/job'], ['http://example.com/']]);
  });

  it('prevents redirects, sub-frame navigation and <webview> attachment without opening anything', () => {
    const g = guardedFake();
    expect(g.fire('will-redirect', 'https://example.com').preventDefault).toHaveBeenCalled();
    expect(g.fire('will-frame-navigate', 'https://example.com').preventDefault).toHaveBeenCalled();
    expect(g.fire('will-attach-webview').preventDefault).toHaveBeenCalled();
    expect(g.openExternal).not.toHaveBeenCalled();
  });
});

describe('denyAllPermissions', () => {
  type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
  type CheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;

  function install() {
    let request: RequestHandler | undefined;
    let check: CheckHandler | undefined;
    const session = {
      setPermissionRequestHandler: (h: RequestHandler) => (request = h),
      setPermissionCheckHandler: (h: CheckHandler) => (check = h),
    };
    denyAllPermissions(session as unknown as Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>);
    if (!request || !check) throw new Error('both permission handlers must be installed');
    return { request, check };
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem'])(
    'answers a %s request with false',
    (permission) => {
      const { request } = install();
      const callback = vi.fn();
      request({}, permission, callback, { requestingUrl: 'app://app/index.html' });
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('answers every permission check with false', () => {
    const { check } = install();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-sanitized-write']) {
      expect(check({}, permission, 'app://app', {})).toBe(false);
    }
  });
});
